// One line for a failed facilitator action, in the person's language: the server's own message when
// it gave one, plain words for "not allowed" and "no connection".
import { ApiError } from '../app/api.ts'
import type { Translate } from '../i18n/I18nProvider.tsx'

export function actionError(cause: unknown, t: Translate): string {
  if (cause instanceof ApiError) {
    if (cause.status === 403) return t('facilitate.forbidden')
    return t('facilitate.error', { message: cause.message })
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  if (cause instanceof TypeError) return t('facilitate.offline')
  const message = cause instanceof Error && cause.message ? cause.message : String(cause)
  return t('facilitate.error', { message })
}
