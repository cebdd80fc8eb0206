// Addresses of the app's pages that hold no token, named once for the client's router and the server
// that answers them with the app.

/** The toegankelijkheidsverklaring (accessibility statement); `?lang=en` shows it in English. */
export const STATEMENT_PATH = '/toegankelijkheid'

/** Whether a request path is the statement's page (with or without a trailing slash). */
export function isStatementPath(pathname: string): boolean {
  return pathname === STATEMENT_PATH || pathname === `${STATEMENT_PATH}/`
}
