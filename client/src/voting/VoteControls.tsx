// The facilitator's dot-vote controls: start a vote (dots per person; the whole brainstorm, a whole
// template, one area of the board or the current selection; tallies hidden or live), see how many of the people online have voted, then
// reveal, close, reopen or clear it. Everything goes
// through the facilitator API; every screen follows through the board document. Exported for any host
// (the top bar's "Stemmen" menu, a facilitator toolbar).
import { useMemo, useState, type FormEvent } from 'react'
import { useValue, type Editor } from 'tldraw'
import type { VoteBody } from '../../../shared/api/facilitation.ts'
import { MAX_DOTS, type TallyMode } from '../../../shared/facilitation/index.ts'
import type { Peer } from '../collab/types.ts'
import { currentQuestion, ranked } from '../../../shared/workshop/index.ts'
import { controlApi } from '../facilitation/controlApi.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { useBoardTick, useVoteView } from './useVote.ts'
import { areaChoices, scopeChoices, selectedVotable, type ScopeChoice } from './voteTargets.ts'
import type { BoardDoc } from '../../../shared/board/index.ts'
import { useWorkshop } from './workshopContext.ts'
import { NoteTitle } from './NoteTitle.tsx'

const SELECTION = '@selection'
const RESULTS_SHOWN = 5

/** Participants online: join links, one per browser (its tabs share one identity, so one vote). */
function participantsOnline(peers: readonly Peer[]): number {
  return new Set(peers.filter((p) => p.role === 'join').map((p) => p.authorId ?? `client:${p.clientId}`)).size
}

export function VoteControls(props: { editor: Editor | null; peers: readonly Peer[] }) {
  const t = useT()
  const workshop = useWorkshop()
  const view = useVoteView()
  const [starting, setStarting] = useState(false)
  const [confirmingReset, setConfirmingReset] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const send = async (body: VoteBody) => {
    setBusy(true)
    setError(null)
    setConfirmingReset(false)
    try {
      await controlApi.vote(workshop.target, body)
      return true
    } catch (cause) {
      setError(t('vote.error.other', { message: cause instanceof Error ? cause.message : String(cause) }))
      return false
    } finally {
      setBusy(false)
    }
  }

  const showForm = !view || starting
  const cast = view ? view.notes.reduce((sum, n) => sum + n.total, 0) : 0

  return (
    <div className="vote-controls" data-testid="vote-controls" data-phase={view?.vote.phase ?? 'none'}>
      {view && !starting && (
        <>
          <p className="round-status" data-testid="vote-status">
            {view.open ? t('vote.status.open', { dots: view.vote.dots, count: view.notes.length }) : t('vote.status.closed')}
            <br />
            <span className="hint" data-testid="vote-voters" data-voters={view.vote.voters ?? 0} data-online={participantsOnline(props.peers)}>
              {t('vote.status.voters', { voters: view.vote.voters ?? 0, online: participantsOnline(props.peers) })}
              {view.showTotals ? ` · ${t('vote.status.cast', { count: cast })}` : ` · ${t('vote.status.hidden')}`}
            </span>
          </p>
          {view.showTotals && cast > 0 && (
            <ol className="vote-results" data-testid="vote-results">
              {ranked(view.notes)
                .filter((n) => n.total > 0)
                .slice(0, RESULTS_SHOWN)
                .map((n) => (
                  <li key={n.id}>
                    <span className="vote-results-count">{n.total}</span>
                    <NoteTitle id={n.id} />
                  </li>
                ))}
            </ol>
          )}
          <div className="round-actions">
            {!view.showTotals && (
              <button type="button" className="button primary" data-testid="vote-reveal" disabled={busy} onClick={() => void send({ do: 'reveal' })}>
                {t('vote.reveal')}
              </button>
            )}
            {view.open ? (
              <button type="button" className="button secondary" data-testid="vote-close" disabled={busy} onClick={() => void send({ do: 'close' })}>
                {t('vote.close')}
              </button>
            ) : (
              <button type="button" className="button secondary" data-testid="vote-reopen" disabled={busy} onClick={() => void send({ do: 'reopen' })}>
                {t('vote.reopen')}
              </button>
            )}
            <button
              type="button"
              className="button secondary danger"
              data-testid="vote-reset"
              aria-expanded={confirmingReset}
              disabled={busy}
              onClick={() => setConfirmingReset((value) => !value)}
            >
              {t('vote.reset')}
            </button>
            {!view.open && (
              <button type="button" className="button secondary" data-testid="vote-new" disabled={busy} onClick={() => setStarting(true)}>
                {t('vote.new')}
              </button>
            )}
          </div>
          {/* In the menu, not a browser dialog: it must not block the room's screen, and a slip is one more click away. */}
          {confirmingReset && (
            <div className="round-confirm" role="alertdialog" aria-label={t('vote.reset')}>
              <p>{t('vote.reset.confirm')}</p>
              <div className="round-actions">
                <button
                  type="button"
                  className="button primary danger-fill"
                  data-testid="vote-reset-confirm"
                  disabled={busy}
                  onClick={() => {
                    setConfirmingReset(false)
                    void send({ do: 'reset' })
                  }}
                >
                  {t('vote.reset')}
                </button>
                <button type="button" className="button secondary" onClick={() => setConfirmingReset(false)}>
                  {t('vote.dialog.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
      {showForm && (
        <StartForm
          editor={props.editor}
          busy={busy}
          onCancel={view ? () => setStarting(false) : undefined}
          onStart={async (body) => {
            if (await send(body)) setStarting(false)
          }}
        />
      )}
      {error && (
        <p className="form-error" role="alert" data-testid="vote-error">
          {error}
        </p>
      )}
    </div>
  )
}

function StartForm(props: { editor: Editor | null; busy: boolean; onCancel?: () => void; onStart: (body: VoteBody) => void }) {
  const t = useT()
  const lang = useLang()
  const { board } = useWorkshop()
  const { control } = useControl()
  // Live: the form may sit in a menu that stays mounted while notes come and go.
  const tick = useBoardTick(board)
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  const choices = useMemo(() => (board ? areaChoices(board, lang) : []), [board, lang, tick])
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  const scopes = useMemo(() => (board ? scopeChoices(board, lang) : []), [board, lang, tick])
  const selection = useValue('samenbord vote selection', () => selectedVotable(props.editor), [props.editor])
  const [dots, setDots] = useState(3)
  const [tally, setTally] = useState<TallyMode>('hidden')
  // null: not chosen yet, so the default follows the board (the current question's area first).
  const [chosen, setOn] = useState<string | null>(null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the focus and the silent round decide the preferred area (not every control change); tick counts the board's changes
  const preferred = useMemo(() => (board ? currentQuestion(board, control, lang).areaId : null), [board, control.focus, control.silent, lang, tick])
  const fallback =
    (preferred && brainstormOf(board, preferred, scopes)) ||
    (preferred && choices.find((c) => c.id === preferred && c.count > 0)?.id) ||
    scopes.find((c) => c.brainstorm && c.count > 0)?.value ||
    choices.find((c) => c.count > 0)?.id ||
    (selection.length > 0 ? SELECTION : choices[0]?.id) ||
    SELECTION
  const known = (value: string) => value === SELECTION || choices.some((c) => c.id === value) || scopes.some((c) => c.value === value)
  const on = chosen !== null && known(chosen) ? chosen : fallback
  const scope = scopes.find((c) => c.value === on)

  const count = on === SELECTION ? selection.length : (scope?.count ?? choices.find((c) => c.id === on)?.count ?? 0)
  const valid = count > 0 && Number.isInteger(dots) && dots >= 1 && dots <= MAX_DOTS

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!valid) return
    if (on === SELECTION) props.onStart({ do: 'start', dots, notes: selection, tally })
    else if (scope) props.onStart({ do: 'start', dots, scope: scope.scope, tally })
    else props.onStart({ do: 'start', dots, area: on, tally })
  }

  return (
    <form className="round-form" onSubmit={submit} data-testid="vote-form">
      <label htmlFor="vote-dots">{t('vote.dialog.dots')}</label>
      <input
        id="vote-dots"
        data-testid="vote-dots"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DOTS}
        value={Number.isNaN(dots) ? '' : dots}
        onChange={(event) => setDots(event.currentTarget.valueAsNumber)}
      />
      <label htmlFor="vote-area">{t('vote.dialog.on')}</label>
      <select id="vote-area" data-testid="vote-area" value={on} onChange={(event) => setOn(event.currentTarget.value)}>
        {scopes.length > 0 && (
          <optgroup label={t('vote.scope.group.wide')} data-testid="vote-scope-group">
            {scopes.map((c) => (
              <option key={c.value} value={c.value} data-scope={c.scope.kind}>
                {c.label}
              </option>
            ))}
          </optgroup>
        )}
        <optgroup label={t('vote.scope.group.areas')}>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {t('vote.dialog.area', { label: c.label, count: c.count })}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('vote.scope.group.other')}>
          <option value={SELECTION} disabled={selection.length === 0}>
            {selection.length ? t('vote.dialog.selection', { count: selection.length }) : t('vote.dialog.selection.none')}
          </option>
        </optgroup>
      </select>
      <label htmlFor="vote-tally">{t('vote.dialog.tally')}</label>
      <select id="vote-tally" data-testid="vote-tally" value={tally} onChange={(event) => setTally(event.currentTarget.value as TallyMode)}>
        <option value="hidden">{t('vote.dialog.tally.hidden')}</option>
        <option value="live">{t('vote.dialog.tally.live')}</option>
      </select>
      {count === 0 && <p className="hint">{t('vote.dialog.empty')}</p>}
      <div className="round-actions">
        {props.onCancel && (
          <button type="button" className="button secondary" onClick={props.onCancel}>
            {t('vote.dialog.cancel')}
          </button>
        )}
        <button type="submit" className="button primary" data-testid="vote-start" disabled={!valid || props.busy}>
          {t('vote.start')}
        </button>
      </div>
    </form>
  )
}

/**
 * The brainstorm choice to start with when the room is working in a brainstorm's ideas or a cluster:
 * ideas moved into clusters then still count. Undefined when that choice has no notes yet.
 */
function brainstormOf(board: BoardDoc | null, areaId: string, scopes: readonly ScopeChoice[]): string | undefined {
  const props = board?.get(areaId)?.props as { kind?: unknown; instance?: unknown } | undefined
  if (props?.kind !== 'ideas' && props?.kind !== 'cluster') return undefined
  const choice = scopes.find((c) => c.brainstorm && (c.scope.instance === undefined || c.scope.instance === props.instance))
  return choice && choice.count > 0 ? choice.value : undefined
}
