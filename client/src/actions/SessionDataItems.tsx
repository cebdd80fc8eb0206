// The facilitator's "Sessie" part of the export menu: download the whole session as a backup file,
// and delete the session, after a confirm step that says it cannot be undone. After a deletion the
// board's own socket is closed with 4410 and BoardView shows the "deleted" page.
import { useState } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { ChromeMenuItem } from '../board/ChromeMenuItem.tsx'
import { deleteSession, downloadBackup } from '../app/lifecycleApi.ts'

export function SessionDataItems(props: { sessionId: string; token: string; title: string }) {
  const t = useT()
  const [busy, setBusy] = useState<'backup' | 'delete' | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const run = async (what: 'backup' | 'delete') => {
    setBusy(what)
    setError(null)
    try {
      if (what === 'backup') await downloadBackup(props.sessionId, props.token)
      else await deleteSession(props.sessionId, props.token)
      setConfirming(false)
    } catch (cause) {
      setError(t('lifecycle.error', { message: cause instanceof Error && cause.message ? cause.message : String(cause) }))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <ChromeMenuItem
        testId="session-backup"
        noClose
        disabled={busy !== null}
        busy={busy === 'backup'}
        icon={
          <span className="export-badge export-badge-json" aria-hidden="true">
            ⤓
          </span>
        }
        label={t('lifecycle.backup')}
        hint={busy === 'backup' ? t('lifecycle.backup.busy') : t('lifecycle.backup.hint')}
        onSelect={() => void run('backup')}
      />
      <ChromeMenuItem
        testId="session-delete"
        noClose
        disabled={busy !== null}
        icon={
          <span className="export-badge export-badge-delete" aria-hidden="true">
            ✕
          </span>
        }
        label={t('lifecycle.delete')}
        hint={t('lifecycle.delete.hint')}
        onSelect={() => setConfirming(true)}
      />
      {confirming && (
        <div className="session-delete-confirm" role="alertdialog" aria-label={t('lifecycle.delete')} data-testid="session-delete-confirm">
          <p>{t('lifecycle.delete.confirm', { title: props.title })}</p>
          <div className="session-delete-buttons">
            <button type="button" className="button secondary" disabled={busy !== null} onClick={() => setConfirming(false)}>
              {t('lifecycle.delete.no')}
            </button>
            <button
              type="button"
              className="button primary danger-fill"
              data-testid="session-delete-yes"
              disabled={busy !== null}
              onClick={() => void run('delete')}
            >
              {busy === 'delete' ? t('lifecycle.delete.busy') : t('lifecycle.delete.yes')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error export-error" role="alert" data-testid="session-data-error">
          {error}
        </p>
      )}
    </>
  )
}
