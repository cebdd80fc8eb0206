// How browser tests reach the live tldraw Editor without a hook in the app (the production build sets
// none): `window.__samenbordEditor`, defined by this init script in every page a Workshop opens. It
// reads the editor from tldraw's EditorContext provider through React's fiber on the canvas element
// (tldraw's one public registry, `tleditors`, lives inside the bundle where a page cannot reach it).
// Those fiber fields (`__reactFiber$…`, `.return`, `.memoizedProps`) are React internals: when they
// move, the getter throws at the first use, naming this file, instead of letting every test time out.
import type { BrowserContext } from 'playwright-core'

/** Runs in the page before any of its scripts; self-contained (Playwright sends its source). */
function defineEditorProbe(): void {
  const broken = (what: string) =>
    new Error(`e2e/editorProbe.ts: the board's canvas is drawn but ${what}; React's fiber internals or tldraw's EditorContext moved`)
  const looksLikeEditor = (value: unknown): value is { getIsMounted(): boolean } =>
    typeof value === 'object' && value !== null && typeof (value as { getCurrentPageShapes?: unknown }).getCurrentPageShapes === 'function' &&
    typeof (value as { getIsMounted?: unknown }).getIsMounted === 'function'
  Object.defineProperty(window, '__samenbordEditor', {
    configurable: true,
    get(): unknown {
      // tldraw's own canvas, rendered inside its EditorContext provider only (the loading screen's has no test id).
      const canvas = document.querySelector('.tl-canvas[data-testid="canvas"]')
      if (!canvas) return undefined
      const key = Object.keys(canvas).find((name) => name.startsWith('__reactFiber$'))
      if (!key) throw broken('it carries no React fiber')
      type Fiber = { return: Fiber | null; memoizedProps?: { value?: unknown } | null }
      for (let fiber = (canvas as unknown as Record<string, Fiber | null>)[key] ?? null; fiber; fiber = fiber.return) {
        const value = fiber.memoizedProps?.value
        // Mounted: the app's onMount (BoardCanvas.tsx) has run, as when the app set the hook itself.
        if (looksLikeEditor(value)) return value.getIsMounted() ? value : undefined
      }
      throw broken('no Editor is provided above it')
    },
  })
}

/** Every page of this browser profile gets `window.__samenbordEditor` (undefined while no board is drawn). */
export async function addEditorProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(defineEditorProbe)
}
