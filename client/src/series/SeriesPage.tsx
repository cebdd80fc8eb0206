// The working group's actieoverzicht at /s/<token>/acties and /f/<token>/acties: every action of every
// meeting with its status per meeting, updated between meetings by whoever has a join link (by name,
// the name the board uses), the yearly evaluation, and for the facilitator who changed what and when.
import { useCallback, useEffect, useState, type KeyboardEvent } from 'react'
import type { ActionPatch } from '../../../shared/actions/types.ts'
import type { SeriesAction, SeriesView } from '../../../shared/series/types.ts'
import { fetchSession, type SessionInfo } from '../app/api.ts'
import { LinkUnknownPage, MessagePage } from '../app/MessagePage.tsx'
import { followInPlace } from '../app/route.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import { NameDialog } from '../identity/NameDialog.tsx'
import { loadName, saveName } from '../identity/identity.ts'
import { ActionsView } from './ActionsView.tsx'
import { ChangeLog } from './ChangeLog.tsx'
import { EvaluationView } from './EvaluationView.tsx'
import { fetchSeries, updateSeriesAction } from './seriesApi.ts'
import './series.css'

type Tab = 'actions' | 'evaluation' | 'changes'
type Loaded =
  | { state: 'loading' }
  | { state: 'unknown' }
  | { state: 'view-only' }
  | { state: 'error'; message: string }
  | { state: 'ready'; info: SessionInfo; view: SeriesView }
type Notice = { kind: 'saved' } | { kind: 'error'; message: string } | null

export function SeriesPage(props: { prefix: 's' | 'v' | 'f'; token: string }) {
  const t = useT()
  const { token } = props
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })
  const [tab, setTab] = useState<Tab>('actions')
  const [name, setName] = useState<string | null>(loadName)
  const [askName, setAskName] = useState(false)
  const [pending, setPending] = useState<{ action: SeriesAction; patch: ActionPatch } | null>(null)
  const [notice, setNotice] = useState<Notice>(null)

  const load = useCallback(async () => {
    try {
      const info = await fetchSession(token)
      if (info === 'unknown') return setLoaded({ state: 'unknown' })
      if (info.role === 'view') return setLoaded({ state: 'view-only' })
      setLoaded({ state: 'ready', info, view: await fetchSeries(info.id, token) })
    } catch (error) {
      setLoaded({ state: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }, [token])

  useEffect(() => {
    void load()
    // Back from another tab or app (a message from the group, a call): show what changed meanwhile.
    const onFocus = () => void load()
    window.addEventListener('focus', onFocus)
    return () => window.removeEventListener('focus', onFocus)
  }, [load])

  const ready = loaded.state === 'ready' ? loaded : null
  const latestTitle = ready ? (ready.view.sessions[ready.view.sessions.length - 1]?.title ?? ready.info.title) : ''
  useEffect(() => {
    document.title = latestTitle ? `${t('series.title')} · ${latestTitle}` : t('series.title')
  }, [latestTitle, t])

  const send = async (action: SeriesAction, patch: ActionPatch, by: string) => {
    if (!ready) return
    setNotice(null)
    try {
      await updateSeriesAction(ready.info.id, token, action.id, patch, by)
      setNotice({ kind: 'saved' })
      await load()
    } catch (error) {
      setNotice({ kind: 'error', message: error instanceof Error ? error.message : String(error) })
    }
  }

  const onPatch = (action: SeriesAction, patch: ActionPatch) => {
    if (name) return void send(action, patch, name)
    setPending({ action, patch })
    setAskName(true)
  }

  switch (loaded.state) {
    case 'loading':
      return <MessagePage busy title={t('series.loading')} />
    case 'unknown':
      return <LinkUnknownPage />
    case 'view-only':
      return <MessagePage testId="series-view-only" title={t('series.title')} body={t('series.viewOnly')} showHomeLink />
    case 'error':
      return (
        <MessagePage
          title={t('series.title')}
          body={t('series.error', { message: loaded.message })}
          action={
            <button type="button" className="button primary" onClick={() => void load()}>
              {t('series.retry')}
            </button>
          }
        />
      )
  }

  const { info, view } = loaded
  const facilitator = info.role === 'facilitator'
  const boardPath = `/${props.prefix}/${token}`
  const tabs: Tab[] = facilitator ? ['actions', 'evaluation', 'changes'] : ['actions', 'evaluation']
  const onTabKey = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (!step) return
    event.preventDefault()
    const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length]!
    setTab(next)
    document.getElementById(`series-tab-${next}`)?.focus()
  }
  return (
    <main className="series-page" data-testid="series-page" data-role={info.role}>
      <header className="series-header">
        <div className="series-heading">
          <p className="brand-mark">{t('app.name')}</p>
          <h1>{t('series.title')}</h1>
          <p className="hint" data-testid="series-subtitle">
            {latestTitle} · {view.sessions.length === 1 ? t('series.meetingsOne') : t('series.meetings', { count: view.sessions.length })}
          </p>
        </div>
        <div className="series-header-actions">
          <button type="button" className="button secondary" data-testid="series-refresh" onClick={() => void load()}>
            {t('series.refresh')}
          </button>
          <a className="button secondary" href={boardPath} onClick={(event) => followInPlace(event, boardPath)}>
            {t('series.toBoard')}
          </a>
        </div>
      </header>

      {/* Tabs as the ARIA pattern has them: one Tab stop, arrows move between them, each names its panel. */}
      <div className="series-tabs" role="tablist" aria-label={t('series.title')} onKeyDown={onTabKey}>
        {tabs.map((key) => (
          <button
            key={key}
            id={`series-tab-${key}`}
            type="button"
            role="tab"
            aria-selected={tab === key}
            aria-controls="series-tabpanel"
            tabIndex={tab === key ? 0 : -1}
            className="series-tab"
            data-testid={`series-tab-${key}`}
            onClick={() => setTab(key)}
          >
            {t(`series.tab.${key}`)}
          </button>
        ))}
      </div>

      <div className="series-status" aria-live="polite">
        {name && (
          <p className="hint series-as">
            {t('series.as', { name })}{' '}
            <button type="button" className="link-button" data-testid="series-change-name" onClick={() => setAskName(true)}>
              {t('series.changeName')}
            </button>
          </p>
        )}
        {notice?.kind === 'saved' && (
          <p className="series-saved" data-testid="series-saved">
            {t('series.saved')}
          </p>
        )}
        {notice?.kind === 'error' && (
          <p className="series-error" role="alert" data-testid="series-save-error">
            {t('series.saveError', { message: notice.message })}
          </p>
        )}
      </div>

      <div id="series-tabpanel" role="tabpanel" aria-labelledby={`series-tab-${tab}`}>
        {tab === 'actions' && <ActionsView view={view} onPatch={onPatch} />}
        {tab === 'evaluation' && <EvaluationView view={view} />}
        {tab === 'changes' && facilitator && <ChangeLog view={view} />}
      </div>

      {askName && (
        <NameDialog
          initialName={name ?? ''}
          sessionTitle={latestTitle}
          onCancel={() => {
            setAskName(false)
            setPending(null)
          }}
          onSubmit={(next) => {
            saveName(next)
            setName(next)
            setAskName(false)
            if (pending) void send(pending.action, pending.patch, next)
            setPending(null)
          }}
        />
      )}
    </main>
  )
}
