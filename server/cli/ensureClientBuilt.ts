// `npm start`: build the client when there is no build yet or when a client/shared source is newer
// than the build, then the caller serves it. Keeps "one command installs and runs" true after a pull.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()
const built = path.join(root, 'dist/client/index.html')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0
const sourcesAt = Math.max(
  newestMtime(path.join(root, 'client')),
  newestMtime(path.join(root, 'shared')),
  fs.statSync(path.join(root, 'vite.config.ts')).mtimeMs,
  fs.statSync(path.join(root, 'package-lock.json')).mtimeMs,
)
if (builtAt < sourcesAt) {
  console.log(builtAt ? 'samenbord: client sources changed, rebuilding…' : 'samenbord: building the client…')
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
