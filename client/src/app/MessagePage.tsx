// A centred card for the pages that are not a board: unknown link, not found, errors, loading.
import type { ReactNode } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { navigate } from './route.ts'

export function MessagePage(props: { title: string; body?: string; showHomeLink?: boolean; busy?: boolean; action?: ReactNode; testId?: string }) {
  const t = useT()
  return (
    <main className="message-page" data-testid={props.testId}>
      <div className="card message-card" role={props.busy ? 'status' : undefined} aria-live="polite">
        <p className="brand-mark">{t('app.name')}</p>
        {props.busy && <div className="spinner" aria-hidden="true" />}
        <h1>{props.title}</h1>
        {props.body && <p>{props.body}</p>}
        {props.action}
        {props.showHomeLink && (
          <a
            className="button secondary"
            href="/"
            onClick={(event) => {
              event.preventDefault()
              navigate('/')
            }}
          >
            {t('unknown.home')}
          </a>
        )}
      </div>
    </main>
  )
}

export function LinkUnknownPage() {
  const t = useT()
  return <MessagePage testId="link-unknown" title={t('unknown.title')} body={t('unknown.body')} showHomeLink />
}

/** The board's socket was closed with 4410: the facilitator deleted the session (nothing is left). */
export function SessionDeletedPage() {
  const t = useT()
  return <MessagePage testId="session-deleted" title={t('lifecycle.deleted.title')} body={t('lifecycle.deleted.body')} showHomeLink />
}
