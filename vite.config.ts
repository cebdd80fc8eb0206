import zlib from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { compression, defineAlgorithm } from 'vite-plugin-compression2'
import { tiptapSchemaOnce } from './client/build/tiptapSchemaOnce.ts'

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
  ],
  build: { outDir: '../dist/client', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
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
