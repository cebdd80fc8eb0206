// Small synchronous file operations the document storage is built from: durable writes, atomic
// replacement, setting damaged files aside, and reads and removals that take a missing file calmly.
import fs from 'node:fs'
import path from 'node:path'

/** Writes a whole file and fsyncs it; removes the partial file if anything fails. */
export function writeDurably(file: string, data: Uint8Array): void {
  const fd = fs.openSync(file, 'w')
  try {
    let written = 0
    while (written < data.length) {
      const n = fs.writeSync(fd, data, written, data.length - written)
      if (n <= 0) throw new Error(`write to ${file} made no progress`)
      written += n
    }
    fs.fsyncSync(fd)
  } catch (err) {
    fs.closeSync(fd)
    removeIfExists(file)
    throw err
  }
  fs.closeSync(fd)
}

/** Replaces `file` with `data` all at once (temp file, fsync, rename, fsync of the directory). */
export function replaceDurably(file: string, data: Uint8Array): void {
  const tmp = `${file}.tmp`
  writeDurably(tmp, data)
  fs.renameSync(tmp, file)
  fsyncDir(path.dirname(file))
}

/** Makes renames and new files in `dir` durable. Some platforms (Windows) cannot fsync a directory. */
export function fsyncDir(dir: string): void {
  let fd: number | undefined
  try {
    fd = fs.openSync(dir, 'r')
    fs.fsyncSync(fd)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err
  } finally {
    if (fd !== undefined) fs.closeSync(fd)
  }
}

/** Moves (snapshot) or copies (log) a damaged file aside; returns the new base name. Never overwrites. */
export function quarantine(file: string, mode: 'rename' | 'copy'): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  let target = `${file}.corrupt-${stamp}`
  for (let n = 1; fs.existsSync(target); n++) target = `${file}.corrupt-${stamp}-${n}`
  if (mode === 'rename') fs.renameSync(file, target)
  else fs.copyFileSync(file, target, fs.constants.COPYFILE_EXCL)
  return path.basename(target)
}

export function readIfExists(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file)
  } catch (err) {
    if (isNotFound(err)) return undefined
    throw err
  }
}

export function removeIfExists(file: string): void {
  try {
    fs.unlinkSync(file)
  } catch (err) {
    if (!isNotFound(err)) throw err
  }
}

function isNotFound(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}
