// The view link (/v/…) opens in projector mode: the board large, no editing chrome, the join code
// and the timer readable from the back of the room. `?chrome=1` (or "leave projector view") gives
// the ordinary viewer page instead, for someone watching on their own laptop; it stays in the URL,
// so a reload keeps what the person chose.
import { useCallback, useEffect, useState } from 'react'

const PARAM = 'chrome'

function readChrome(): boolean {
  return new URLSearchParams(window.location.search).get(PARAM) === '1'
}

/** [projector mode on, switch]: only meaningful for the view role. */
export function useProjectorMode(): [boolean, (on: boolean) => void] {
  const [chrome, setChrome] = useState(readChrome)
  useEffect(() => {
    const onPop = () => setChrome(readChrome())
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])
  const set = useCallback((on: boolean) => {
    const url = new URL(window.location.href)
    if (on) url.searchParams.delete(PARAM)
    else url.searchParams.set(PARAM, '1')
    window.history.replaceState(window.history.state, '', url)
    setChrome(!on)
    // Full screen belongs to projector mode: leaving it leaves full screen too.
    if (!on && document.fullscreenElement) void document.exitFullscreen().catch(() => {})
  }, [])
  return [!chrome, set]
}
