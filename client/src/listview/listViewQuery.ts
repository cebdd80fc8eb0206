// The list view's address, as plain values without dependencies (like phone/phoneQuery.ts), so the
// entry can guess the list view's code before the board page is loaded (app/boardPrefetch.ts) while
// listViewMode.ts keeps the live signal.
const PARAM = 'view'
const LIST = 'list'

/** Whether this address asks for the list view (?view=list). */
export function listViewRequested(search: string = window.location.search): boolean {
  return new URLSearchParams(search).get(PARAM) === LIST
}

/** This address with the list view on or off (other parameters, ?lang= among them, kept). */
export function listViewHref(on: boolean, location: Pick<Location, 'pathname' | 'search' | 'hash'> = window.location): string {
  const params = new URLSearchParams(location.search)
  if (on) params.set(PARAM, LIST)
  else params.delete(PARAM)
  const query = params.toString()
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`
}
