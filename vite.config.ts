import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { tiptapSchemaOnce } from './client/build/tiptapSchemaOnce.ts'

// The client lives in client/; the server serves dist/client. In dev, vite proxies the API and the
// WebSocket to a server started with `npm run serve` on 8080.
export default defineConfig({
  root: 'client',
  plugins: [react(), tiptapSchemaOnce()],
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
