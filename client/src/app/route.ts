// Which page a path shows. The URL prefix only picks the page; the role comes from the server.
import { useEffect, useState, type MouseEvent } from 'react'
import { isStatementPath } from '../../../shared/api/pages.ts'

export type Route =
  | { page: 'home' }
  | { page: 'board'; prefix: 's' | 'v' | 'f'; token: string }
  /** The working group's actieoverzicht of a link: /s/<token>/acties, /f/<token>/acties. */
  | { page: 'series'; prefix: 's' | 'v' | 'f'; token: string }
  /** The toegankelijkheidsverklaring (accessibility statement). */
  | { page: 'statement' }
  | { page: 'notFound' }

const BOARD_PATH = /^\/(s|v|f)\/([A-Za-z0-9_-]{1,128})\/?$/
const SERIES_PATH = /^\/(s|v|f)\/([A-Za-z0-9_-]{1,128})\/acties\/?$/

export function parseRoute(pathname: string): Route {
  if (pathname === '/' || pathname === '/index.html') return { page: 'home' }
  if (isStatementPath(pathname)) return { page: 'statement' }
  const match = BOARD_PATH.exec(pathname)
  if (match) return { page: 'board', prefix: match[1] as 's' | 'v' | 'f', token: match[2]! }
  const series = SERIES_PATH.exec(pathname)
  if (series) return { page: 'series', prefix: series[1] as 's' | 'v' | 'f', token: series[2]! }
  return { page: 'notFound' }
}

/** Client-side navigation: pushes the path (keeping ?lang=) and tells useRoute listeners. */
export function navigate(path: string): void {
  const lang = new URLSearchParams(window.location.search).get('lang')
  const url = lang ? `${path}?lang=${encodeURIComponent(lang)}` : path
  window.history.pushState(null, '', url)
  window.dispatchEvent(new PopStateEvent('popstate'))
}

/**
 * A link's click: a plain left click navigates in place; with a modifier or another button the browser
 * does what it does with links (a new tab, a new window).
 */
export function followInPlace(event: MouseEvent<HTMLAnchorElement>, path: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(path)
}

export function useRoute(): Route {
  const [pathname, setPathname] = useState(() => window.location.pathname)
  useEffect(() => {
    const onChange = () => setPathname(window.location.pathname)
    window.addEventListener('popstate', onChange)
    return () => window.removeEventListener('popstate', onChange)
  }, [])
  return parseRoute(pathname)
}

/** The actieoverzicht of a link (same-origin path). */
export function seriesPath(prefix: 's' | 'v' | 'f', token: string): string {
  return `/${prefix}/${token}/acties`
}

/** Full links to share, built from this page's origin. */
export function boardUrl(prefix: 's' | 'v' | 'f', token: string): string {
  return `${window.location.origin}/${prefix}/${token}`
}
