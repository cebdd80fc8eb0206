// `npm run build` (after vite): the server compiled ahead to plain JavaScript, so production runs
// `node dist/server/main.js` without tsx. npm packages stay external, loaded from node_modules (which
// is why they must be `dependencies`: server/serverBuild.int.test.ts reads the metafile written here),
// except BUNDLED. Code splitting keeps what `import()` loads on demand (exports, due-date parsing)
// out of the start.
import fs from 'node:fs'
import path from 'node:path'
import { build, type BuildOptions, type Plugin } from 'esbuild'

const OUT_DIR = 'dist/server'
/** esbuild's metafile: every input and every import of every output file. */
const META_FILE = path.join(OUT_DIR, 'meta.json')

/**
 * Packages compiled into the bundle, with everything they import. They are ESM spread over many
 * small files (zod ~95 modules, @tldraw/* ~130, lib0 ~30) and Node 20's ESM loader spends more time
 * on each file than on the code: loaded from node_modules they took half of the server's start
 * (CPU to listening ~1.0 s → ~0.5 s bundled, measured side by side) and ~6 MB of RSS. yjs, lib0 and
 * y-protocols go together so there is one Yjs (no external package imports any of them).
 */
const BUNDLED = ['zod', '@tldraw/state', '@tldraw/store', '@tldraw/tlschema', '@tldraw/utils', '@tldraw/validate', 'yjs', 'lib0', 'y-protocols']

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!
}

/** Like `packages: 'external'`, but BUNDLED and whatever bundled package code imports is bundled. */
const externalPackages: Plugin = {
  name: 'samenbord-external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('node:')) return { path: args.path, external: true }
      if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      if (BUNDLED.includes(packageName(args.path))) return undefined
      return { path: args.path, external: true }
    })
  },
}

const options: BuildOptions = {
  // The test entry point with the storage fault seam (server/testing/faultServerMain.ts) is built here
  // too, so the built mode's fault tests run the very chunks main.js runs; main.js never loads it.
  // The move of a file installation into PostgreSQL (`npm run migrate-to-postgres`) is an entry of its
  // own, so it runs from the build on an install without dev dependencies.
  entryPoints: {
    main: 'server/main.ts',
    'testing/faultServerMain': 'server/testing/faultServerMain.ts',
    'cli/migrateToPostgres': 'server/cli/migrateToPostgres.ts',
  },
  outdir: OUT_DIR,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [externalPackages],
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
