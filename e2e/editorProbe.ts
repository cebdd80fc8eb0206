// How browser tests reach the live tldraw Editor without a hook in the app (the production build sets
// none): `window.__samenbordEditor`, defined by this init script in every page a Workshop opens. It
// reads the editor from tldraw's EditorContext provider through React's fiber on the canvas element
// (tldraw's one public registry, `tleditors`, lives inside the bundle where a page cannot reach it).
// Those fiber fields (`__reactFiber$…`, `.return`, `.memoizedProps`) are React internals: when they
// move, the getter throws at the first use, naming this file, instead of letting every test time out.
import type { BrowserContext } from 'playwright-core'

/**
 * Runs in the page before any of its scripts. Playwright sends its source, so it is self-contained and
 * names no inner function (a transform that keeps names would wrap those in a helper the page lacks).
 */
function defineEditorProbe(): void {
  type Fiber = { return: Fiber | null; memoizedProps?: { value?: unknown } | null }
  type EditorLike = { getCurrentPageShapes?: unknown; getIsMounted?: unknown }
  Object.defineProperty(window, '__samenbordEditor', {
    configurable: true,
    get(): unknown {
      // tldraw's own canvas, rendered inside its EditorContext provider only (the loading screen's has no test id).
      const canvas = document.querySelector('.tl-canvas[data-testid="canvas"]')
      if (!canvas) return undefined
      const key = Object.keys(canvas).find((name) => name.startsWith('__reactFiber$'))
      for (let fiber = key ? ((canvas as unknown as Record<string, Fiber | null>)[key] ?? null) : null; fiber; fiber = fiber.return) {
        const value = fiber.memoizedProps?.value as EditorLike | undefined
        if (typeof value !== 'object' || value === null || typeof value.getCurrentPageShapes !== 'function' || typeof value.getIsMounted !== 'function')
          continue
        // Mounted: the app's onMount (BoardCanvas.tsx) has run, as when the app set the hook itself.
        return (value.getIsMounted as () => boolean).call(value) ? value : undefined
      }
      throw new Error(
        `e2e/editorProbe.ts: the board's canvas is drawn but ${key ? 'no Editor is provided above it' : 'it carries no React fiber'}; React's fiber internals or tldraw's EditorContext moved`,
      )
    },
  })
}

/** Every page of this browser profile gets `window.__samenbordEditor` (undefined while no board is drawn). */
export async function addEditorProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(defineEditorProbe)
}
