// Silent brainstorm on the canvas. Round notes stay in their authors' private documents (server/
// silent), so nobody else's screen receives them until the reveal; the facilitator sees how many the
// server counted. What reaches the board during a round anyway (a browser from before private
// documents, a note the server wrote) is still left out of participants' (and the projector's)
// canvases through tldraw's shape visibility hook, in the frame it arrives; our own private notes never.
import { useEffect, useMemo, useState } from 'react'
import { atom } from '@tldraw/state'
import type { Editor, TLShape } from 'tldraw'
import type { BoardRecord } from '../../../shared/board/index.ts'
import { areaName, areaOf, listAreas, type AreaInfo } from '../../../shared/areas/index.ts'
import { DEFAULT_CONTROL, hiddenBySilence, type SilentState } from '../../../shared/facilitation/index.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useLang, type Translate } from '../i18n/I18nProvider.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'

type Visibility = (shape: TLShape, editor: Editor) => 'hidden' | 'inherit'

/** A stable getShapeVisibility for <Tldraw>, fed with the live silence state and the board's areas. */
export function useSilenceVisibility(): Visibility {
  const { board, privateBoard, role, authorId } = useWorkshop()
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  useEffect(() => {
    if (!board || !active || silent.areaId === null) return
    state.areas.set(listAreas(board, 'nl'))
  }, [state, board, active, silent.areaId, tick])

  return useMemo<Visibility>(() => {
    const viewer = { authorId, isFacilitator: role === 'facilitator' }
    return (shape, editor) => {
      if (shape.type !== 'note') return 'inherit'
      const current = state.silent.get()
      if (!current.on || privateBoard?.get(shape.id)) return 'inherit'
      const byId = (id: string) => editor.store.get(id as TLShape['id']) as unknown as BoardRecord | undefined
      const areaIdOf = (record: BoardRecord) => areaOf(record, state.areas.get(), byId)?.id
      return hiddenBySilence(shape as unknown as BoardRecord, current, viewer, areaIdOf) ? 'hidden' : 'inherit'
    }
  }, [state, authorId, role, privateBoard])
}

export interface SilentRound {
  on: boolean
  /** The round's area label; '' for the whole board. */
  areaLabel: string
  /** Notes waiting in private documents, as the server counts them: the facilitator's count. */
  count: number
  authors: number
}

/** The running silent round, with the server's live count (for the facilitator's banner). */
export function useSilentRound(): SilentRound {
  const { board } = useWorkshop()
  const { control } = useControl()
  const lang = useLang()
  const silent = control.silent
  const tick = useBoardTick(board, silent.on && silent.areaId !== null)
  // biome-ignore lint/correctness/useExhaustiveDependencies: tick counts the changes of the mutable board document (the same object throughout), so it is what makes this re-read the board
  return useMemo(() => {
    if (!board || !silent.on) return { on: false, areaLabel: '', count: 0, authors: 0 }
    const area = silent.areaId ? listAreas(board, lang).find((a) => a.id === silent.areaId) : undefined
    const areaLabel = area ? areaName(area, lang) : ''
    return { on: true, areaLabel, count: silent.notes, authors: silent.people }
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
