// Silent brainstorm on the canvas. Participants' (and the projector's) canvases leave out the notes
// others wrote in the round's area since it started, through tldraw's shape visibility hook, so a
// hidden note is neither drawn nor clickable; the facilitator sees everything, with a count.
// Visibility is decided per note inside tldraw's reactive cache: a note arriving from someone else is
// hidden in the same frame it arrives (no flash), and the reveal shows them all at once.
import { useEffect, useMemo, useState } from 'react'
import { atom, type Editor, type TLShape } from 'tldraw'
import type { BoardRecord } from '../../../shared/board/index.ts'
import { areaOf, listAreas, type AreaInfo } from '../../../shared/areas/index.ts'
import { DEFAULT_CONTROL, hiddenBySilence, type SilentState } from '../../../shared/facilitation/index.ts'
import { silentAuthors, silentRoundNotes } from '../../../shared/workshop/index.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, type Translate } from '../i18n/I18nProvider.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'

type Visibility = (shape: TLShape, editor: Editor) => 'hidden' | 'inherit'

/** A stable getShapeVisibility for <Tldraw>, fed with the live silence state and the board's areas. */
export function useSilenceVisibility(): Visibility {
  const { board, role, authorId } = useWorkshop()
  const { control } = useControl()
  const [state] = useState(() => ({
    silent: atom<SilentState>('samenbord silence', DEFAULT_CONTROL.silent),
    areas: atom<readonly AreaInfo[]>('samenbord silence areas', []),
  }))
  const silent = control.silent
  const active = silent.on && role !== 'facilitator'
  const tick = useBoardTick(board, active && silent.areaId !== null)

  useEffect(() => {
    state.silent.set(active ? silent : DEFAULT_CONTROL.silent)
  }, [state, active, silent])

  // Areas move rarely; a frame's delay there is fine (a note's own move is seen at once, below).
  useEffect(() => {
    if (!board || !active || silent.areaId === null) return
    state.areas.set(listAreas(board, 'nl'))
  }, [state, board, active, silent.areaId, tick])

  return useMemo<Visibility>(() => {
    const viewer = { authorId, isFacilitator: role === 'facilitator' }
    return (shape, editor) => {
      if (shape.type !== 'note') return 'inherit'
      const current = state.silent.get()
      if (!current.on) return 'inherit'
      const byId = (id: string) => editor.store.get(id as TLShape['id']) as unknown as BoardRecord | undefined
      const areaIdOf = (record: BoardRecord) => areaOf(record, state.areas.get(), byId)?.id
      return hiddenBySilence(shape as unknown as BoardRecord, current, viewer, areaIdOf) ? 'hidden' : 'inherit'
    }
  }, [state, authorId, role])
}

export interface SilentRound {
  on: boolean
  /** The round's area label; '' for the whole board. */
  areaLabel: string
  /** Notes written in the round so far (everyone's): the facilitator's count. */
  count: number
  authors: number
}

/** The running silent round, counted live (for the facilitator's banner). */
export function useSilentRound(): SilentRound {
  const { board } = useWorkshop()
  const { control } = useControl()
  const lang = useLang()
  const silent = control.silent
  const tick = useBoardTick(board, silent.on)
  return useMemo(() => {
    if (!board || !silent.on) return { on: false, areaLabel: '', count: 0, authors: 0 }
    const notes = silentRoundNotes(board, silent)
    const areaLabel = silent.areaId ? (listAreas(board, lang).find((a) => a.id === silent.areaId)?.label ?? '') : ''
    return { on: true, areaLabel, count: notes.length, authors: silentAuthors(notes) }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [board, silent, lang, tick])
}

/** "Stille brainstorm in Ideeën: 4 nieuwe notities van 3 personen, verborgen voor de anderen". */
export function silentSummary(round: SilentRound, t: Translate): string {
  const where = round.areaLabel ? t('silent.where', { area: round.areaLabel }) : ''
  if (round.count === 0) return t('silent.banner.facilitator.empty', { where })
  const notes = round.count === 1 ? t('silent.notes.one') : t('silent.notes.other', { count: round.count })
  const people = round.authors === 1 ? t('silent.people.one') : t('silent.people.other', { count: round.authors })
  return t('silent.banner.facilitator', { where, notes, people })
}
