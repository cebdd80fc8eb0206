// One server process per DATA_DIR. Two processes appending to the same session logs would interleave
// frames and corrupt them, so the second one is refused at start. The lock is DATA_DIR/.lock holding the
// owner's pid, created exclusively ('wx'); a lock whose pid is no longer alive (the owner was killed)
// is taken over.
import fs from 'node:fs'
import path from 'node:path'

export class DataDirLockedError extends Error {
  constructor(
    readonly lockFile: string,
    readonly ownerPid: number,
  ) {
    super(
      `${path.dirname(lockFile)} is in use by another Samenbord server (pid ${ownerPid}); ` +
        `stop it or use another DATA_DIR (remove ${lockFile} only if that process is not a Samenbord server)`,
    )
  }
}

export interface DataDirLock {
  readonly file: string
  release(): void
}

/** Takes the lock or throws DataDirLockedError. `isAlive` is injectable for tests. */
export function lockDataDir(dataDir: string, pid = process.pid, isAlive = processIsAlive): DataDirLock {
  fs.mkdirSync(dataDir, { recursive: true })
  const file = path.join(dataDir, '.lock')
  // Two attempts: the second after removing a stale lock. A racing process that also removed it and
  // won the exclusive create makes our second attempt fail, as it should.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx')
      fs.writeSync(fd, `${pid}\n`)
      fs.closeSync(fd)
      return { file, release: () => releaseIfOurs(file, pid) }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
    }
    const owner = readOwner(file)
    if (owner !== undefined && owner !== pid && isAlive(owner)) throw new DataDirLockedError(file, owner)
    // Stale (owner gone, or an unreadable/empty file from a crash between create and write): take over.
    try {
      fs.unlinkSync(file)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err
    }
  }
  throw new DataDirLockedError(file, readOwner(file) ?? -1)
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function releaseIfOurs(file: string, pid: number): void {
  if (readOwner(file) !== pid) return
  try {
    fs.unlinkSync(file)
  } catch {
    // Already gone: nothing to release.
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}
