import zlib from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import { sizeBudget } from './client/build/sizeBudget.ts'
import { tiptapSchemaOnce } from './client/build/tiptapSchemaOnce.ts'

// What each page may load up front, JS and CSS brotli-compressed (client/build/pageWeight.ts). The issue's
// targets count everything a first visit transfers (HTML, API answers, the board's document, fonts): the
// home page ≤ 150 kB, the phone page ≤ 350 kB, the laptop board ≤ 1.0 MB with the draw font (~150 kB).
// These budgets keep that margin, with ~20 % room over today's figures (home 90 kB, board 601 kB).
const pageBudgets = [
  { name: 'home', chunks: ['src/app/HomePage.tsx'], budget: 110_000 },
  { name: 'board', chunks: ['src/app/BoardPage.tsx', 'src/board/BoardScreen.tsx', 'src/board/tldrawStyles.ts'], budget: 650_000 },
  { name: 'phone', chunks: ['src/app/BoardPage.tsx', 'src/phone/PhoneScreen.tsx'], budget: 300_000 },
  // The list view (?view=list): canvasless like the phone page, with the outline and the area layout rule.
  { name: 'list', chunks: ['src/app/BoardPage.tsx', 'src/listview/ListScreen.tsx'], budget: 320_000 },
  // The working group's actieoverzicht (/s/<token>/acties): React and the page, no tldraw; since its due
  // field is the board's, it carries the Dutch date reader (chrono-node, ~17 kB): 113 kB, far under the phone's 350 kB.
  { name: 'acties', chunks: ['src/series/SeriesPage.tsx'], budget: 135_000 },
  // The toegankelijkheidsverklaring (/toegankelijkheid): the entry and its text, under the home page's budget.
  { name: 'statement', chunks: ['src/statement/StatementPage.tsx'], budget: 110_000 },
]

// The client lives in client/; the server serves dist/client. In dev, vite proxies the API and the
// WebSocket to a server started from source with `npm run dev:server` on 8080.
export default defineConfig({
  root: 'client',
  plugins: [
    react(),
    tiptapSchemaOnce(),
    // Every text asset also as .br and .gz beside it, compressed once at the strongest settings, so
    // the server (sirv, server/http/static.ts) sends the smallest one a browser accepts without
    // compressing anything per request. woff2 and images are compressed already. A .br/.gz that
    // would not be smaller is skipped; the server then sends the file as is.
    compression({
      include: /\.(?:js|mjs|css|html|json|svg|txt|webmanifest)$/,
      algorithms: [
        defineAlgorithm('brotliCompress', { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY } }),
        defineAlgorithm('gzip', { level: 9 }),
      ],
    }),
    sizeBudget(pageBudgets),
  ],
  // manifest: the size budget follows each page's chunks through it (dist/client/.vite/, not served).
  // pluginTimings: brotli at quality 11 makes the compression plugin the slowest step, by design; the
  // notice saying so on every build is noise.
  build: { outDir: '../dist/client', emptyOutDir: true, manifest: true, rolldownOptions: { checks: { pluginTimings: false } } },
  // @tldraw/assets' import map must be bundled as files, not pre-bundled.
  optimizeDeps: { exclude: ['@tldraw/assets'] },
  server: {
    proxy: {
      '/api': 'http://localhost:8080',
      '/healthz': 'http://localhost:8080',
      '/sync': { target: 'ws://localhost:8080', ws: true },
    },
  },
})
