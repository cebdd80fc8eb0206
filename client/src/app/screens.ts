// The three screens a board link can show (phone page, list view, canvas), each fetched once: the board page renders them through
// React.lazy, and the entry starts the likely one early (boardPrefetch.ts), through the same loaders.
// A failed fetch is not kept: the next attempt (a retry, a switch) asks again.

export const loadPhoneScreen = once(() => import('../phone/PhoneScreen.tsx'))

// The list view (?view=list): canvasless like the phone page.
export const loadListScreen = once(() => import('../listview/ListScreen.tsx'))

// The canvas's code and tldraw's stylesheet side by side; shown once both are in (no unstyled flash).
export const loadBoardScreen = once(() =>
  Promise.all([import('../board/BoardScreen.tsx'), import('../board/tldrawStyles.ts').then((styles) => styles.loadTldrawStyles())]).then(([screen]) => screen),
)

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined
      throw error
    })
    return loading
  }
}
