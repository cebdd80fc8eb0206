// `npm start` (and `npm run bench`): build the client and the server when there is no build yet or a
// source is newer than it, then the caller serves dist/ with plain node. Keeps "one command installs
// and runs" true after a pull. Plain JavaScript because it runs before anything is compiled, and in an
// install without dev dependencies (`npm ci --omit=dev`), where it only checks that the build is current.
// @ts-check
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = process.cwd()

/** @param {string} dir @returns {number} the newest modification time of a source below dir */
function newestMtime(dir) {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.') || /\.test\.tsx?$/.test(entry.name)) continue
    const full = path.join(dir, entry.name)
    const time = entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs
    if (time > newest) newest = time
  }
  return newest
}

/** @param {string} file */
const mtime = (file) => (fs.existsSync(path.join(root, file)) ? fs.statSync(path.join(root, file)).mtimeMs : 0)

const parts = [
  { name: 'client', built: 'dist/client/index.html', script: 'build:client', dirs: ['client', 'shared'], files: ['vite.config.ts'], tools: ['vite'] },
  { name: 'server', built: 'dist/server/main.js', script: 'build:server', dirs: ['server', 'shared'], files: [], tools: ['esbuild', 'tsx'] },
]

for (const part of parts) {
  const builtAt = mtime(part.built)
  const sourcesAt = Math.max(...part.dirs.map((dir) => newestMtime(path.join(root, dir))), ...[...part.files, 'package-lock.json'].map(mtime))
  if (builtAt >= sourcesAt) continue
  const missing = part.tools.filter((tool) => !fs.existsSync(path.join(root, 'node_modules', tool, 'package.json')))
  if (missing.length > 0) {
    console.error(
      `samenbord: the ${part.name} build is ${builtAt ? 'older than its sources' : 'missing'}, and building it needs the dev dependencies (${missing.join(', ')}).\n` +
        'Run `npm ci && npm run build` first (then `npm ci --omit=dev` may drop the dev dependencies again).',
    )
    process.exit(1)
  }
  console.log(builtAt ? `samenbord: ${part.name} sources changed, rebuilding…` : `samenbord: building the ${part.name}…`)
  const result = spawnSync('npm', ['run', '--silent', part.script], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
