// tldraw's stylesheet, fetched with the board's code instead of by every page. It must come first in the
// cascade, as it did when main.tsx imported it: our stylesheet overrides tldraw's rules of equal
// specificity (e.g. .chrome-portal on a .tl-container) by coming later. A plain CSS import in a lazy
// chunk would be appended after ours, so the link is put in front of the first stylesheet instead.
import href from 'tldraw/tldraw.css?url'

let loading: Promise<void> | undefined

/** Resolves once the stylesheet is in (or failed: the board then works unstyled rather than not at all). */
export function loadTldrawStyles(): Promise<void> {
  loading ??= new Promise<void>((resolve) => {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.onload = () => resolve()
    link.onerror = () => {
      console.error('samenbord: could not load tldraw.css')
      resolve()
    }
    document.head.insertBefore(link, document.head.querySelector('link[rel="stylesheet"], style'))
  })
  return loading
}
