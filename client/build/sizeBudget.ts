// The build fails when a page grows past its budget: after Vite wrote the client, each page's JS and
// CSS (client/build/pageWeight.ts, from the build manifest) is brotli-compressed as the server sends it
// and weighed against the page's budget. The figures are printed on every build.
import { brotliCompressSync, constants } from 'node:zlib'
import type { Manifest, Plugin, ResolvedConfig } from 'vite'
import { kB, overBudget, weighPages, type PageSpec } from './pageWeight.ts'

const MANIFEST = '.vite/manifest.json'
const HTML_ENTRY = 'index.html'

function brotliSize(content: string | Uint8Array): number {
  return brotliCompressSync(content, {
    params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
  }).length
}

export function sizeBudget(pages: PageSpec[]): Plugin {
  let config: ResolvedConfig
  return {
    name: 'samenbord:size-budget',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    writeBundle(_options, bundle) {
      const manifestFile = bundle[MANIFEST]
      if (manifestFile?.type !== 'asset') {
        this.error(`size budget: no ${MANIFEST} in the build (set build.manifest: true in vite.config.ts)`)
      }
      const manifest = JSON.parse(String(manifestFile.source)) as Manifest
      const sizes = new Map<string, number>()
      const sizeOf = (file: string): number => {
        let size = sizes.get(file)
        if (size === undefined) {
          const output = bundle[file]
          if (!output) this.error(`size budget: ${file} is in the manifest but not in the build`)
          size = brotliSize(output.type === 'chunk' ? output.code : output.source)
          sizes.set(file, size)
        }
        return size
      }
      const result = weighPages(manifest, HTML_ENTRY, pages, sizeOf)
      if (!result.ok) this.error(result.error)
      for (const page of result.pages) {
        config.logger.info(
          `size budget: ${page.name.padEnd(6)} ${kB(page.bytes).padStart(9)} of ${kB(page.budget)} (JS+CSS, brotli, ${page.files.length} files)`,
        )
      }
      const over = overBudget(result.pages)
      if (over.length > 0) this.error(over.join('\n'))
    },
  }
}
