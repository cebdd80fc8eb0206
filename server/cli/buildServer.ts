// `npm run build` (after vite): the server compiled ahead to plain JavaScript, so production runs
// `node dist/server/main.js` without tsx. npm packages stay external (loaded from node_modules, which
// is why they must be `dependencies`: server/build.int.test.ts reads the metafile written here).
// Code splitting keeps what `import()` loads on demand (exports, due-date parsing) out of the start.
import fs from 'node:fs'
import path from 'node:path'
import { build, type BuildOptions } from 'esbuild'

const OUT_DIR = 'dist/server'
/** esbuild's metafile: every input and every import of every output file. */
const META_FILE = path.join(OUT_DIR, 'meta.json')

const options: BuildOptions = {
  entryPoints: { main: 'server/main.ts' },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  // Stack traces name the .ts file and line (`npm run serve` runs node with --enable-source-maps);
  // the sources themselves are in the checkout, so the maps need not carry them.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  logLevel: 'warning',
}

async function main(): Promise<void> {
  const root = process.cwd()
  // Chunks carry content hashes: old ones would pile up without a clean directory.
  fs.rmSync(path.join(root, OUT_DIR), { recursive: true, force: true })
  const started = performance.now()
  const result = await build({ ...options, absWorkingDir: root })
  fs.writeFileSync(path.join(root, META_FILE), JSON.stringify(result.metafile, null, 1))
  const bytes = Object.entries(result.metafile!.outputs)
    .filter(([file]) => file.endsWith('.js'))
    .reduce((sum, [, output]) => sum + output.bytes, 0)
  console.log(`samenbord: server built into ${OUT_DIR} (${(bytes / 1024).toFixed(0)} kB JS) in ${(performance.now() - started).toFixed(0)} ms`)
}

main().catch((error: Error) => {
  console.error(`samenbord: server build failed: ${error.message}`)
  process.exit(1)
})
