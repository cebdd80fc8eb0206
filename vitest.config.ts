import os from 'node:os'
import { defineConfig } from 'vitest/config'

// Vitest's default is one worker less than the cores: on a 2-core machine (CI's) one, so every unit and
// integration file ran after the other while an integration test mostly waits on its server. Two at
// least; the e2e project stays one file at a time (fileParallelism: false), after the other two.
const workers = Math.max(2, os.availableParallelism() - 1)

// Three layers: pure unit tests beside the code (client ones that need tldraw's Editor in happy-dom), integration tests that start the real server
// (server/**/*.int.test.ts), and browser tests in Chromium against the built client (e2e/).
export default defineConfig({
  test: {
    maxWorkers: workers,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/*.dom.test.ts', 'node_modules/**'],
        },
      },
      {
        // Client tests on a real, headless tldraw Editor (client/src/board/headlessEditor.ts): its
        // constructor needs a DOM, which happy-dom gives without a browser.
        test: {
          name: 'client-dom',
          include: ['client/**/*.dom.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['server/**/*.int.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
