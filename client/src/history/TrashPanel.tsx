// Prullenbak: every note, actor card and cluster deleted in the session, newest deletion first, grouped
// by deletion (one change: one group), with who and when; restore one item or all of one deletion.
import { useCallback } from 'react'
import type { DeletedItemJson } from '../../../shared/api/history.ts'
import { ago } from '../../../shared/history/ago.ts'
import type { ControlTarget } from '../facilitation/controlApi.ts'
import { useLang, useT, type Translate } from '../i18n/I18nProvider.tsx'
import { historyApi } from './historyApi.ts'
import { PanelShell } from './PanelShell.tsx'
import { usePolledList } from './usePolledList.ts'

/** Deletions happen while the panel is open: it asks again this often. */
const REFRESH_MS = 4000

interface Deletion {
  id: string
  items: DeletedItemJson[]
}

function byDeletion(items: readonly DeletedItemJson[]): Deletion[] {
  const groups = new Map<string, DeletedItemJson[]>()
  for (const item of items) {
    const group = groups.get(item.deletion)
    if (group) group.push(item)
    else groups.set(item.deletion, [item])
  }
  return [...groups].map(([id, list]) => ({ id, items: list }))
}

function who(item: DeletedItemJson, t: Translate): string {
  if (item.deletedBy) return item.deletedBy
  return item.deletedByRole === 'facilitator' ? t('history.by.facilitator') : t('history.by.nameless')
}

export function TrashPanel(props: { target: ControlTarget }) {
  const t = useT()
  const lang = useLang()
  const fetchItems = useCallback(async () => (await historyApi.deleted(props.target, lang)).items, [props.target, lang])
  const { list: items, error, notice, busy, act } = usePolledList(fetchItems, REFRESH_MS)

  const restore = (ids: string[]) =>
    act(async () => {
      const { restored } = await historyApi.restoreDeleted(props.target, ids)
      return t('history.trash.restored', { count: restored })
    })

  const now = Date.now()
  return (
    <PanelShell
      testId="trash-panel"
      title={t('history.trash.title')}
      intro={t('history.trash.intro')}
      notice={{ text: notice, testId: 'trash-notice' }}
      error={error}
    >
      {items === null && !error && <p className="hint">{t('history.loading')}</p>}
      {items?.length === 0 && (
        <p className="hint history-empty" data-testid="trash-empty">
          {t('history.trash.empty')}
        </p>
      )}
      {items && items.length > 0 && (
        <ol className="history-list">
          {byDeletion(items).map((deletion) => {
            const first = deletion.items[0]!
            const when = ago(Date.parse(first.deletedAt), now)
            return (
              <li key={deletion.id} className="history-group" data-testid="trash-deletion">
                <div className="history-group-head">
                  <span className="history-meta">{t('history.trash.deletedBy', { who: who(first, t), when: t(when.key, { n: when.n }) })}</span>
                  {deletion.items.length > 1 && (
                    <button
                      type="button"
                      className="button primary history-restore-all"
                      data-testid="trash-restore-deletion"
                      disabled={busy}
                      onClick={() => void restore(deletion.items.map((i) => i.id))}
                    >
                      {t('history.trash.restoreAll', { count: deletion.items.length })}
                    </button>
                  )}
                </div>
                <ul className="history-items">
                  {deletion.items.map((item) => (
                    <li key={item.id} className={`history-item kind-${item.kind}`} data-testid="trash-item" data-kind={item.kind}>
                      <span className="history-kind">{t(`history.kind.${item.kind}`)}</span>
                      <span className="history-text" title={item.text}>
                        {item.text || '—'}
                      </span>
                      <span className="history-where">{item.area ? t('history.area.in', { area: item.area }) : t('history.area.none')}</span>
                      <button
                        type="button"
                        className="button secondary history-restore"
                        data-testid="trash-restore-item"
                        disabled={busy}
                        onClick={() => void restore([item.id])}
                      >
                        {t('history.trash.restore')}
                      </button>
                    </li>
                  ))}
                </ul>
              </li>
            )
          })}
        </ol>
      )}
    </PanelShell>
  )
}
