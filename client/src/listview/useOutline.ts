// The live outline of the board for this reader: re-read whenever the board, our private notes or the
// facilitation state change.
import { useMemo } from 'react'
import { readOutline, type Outline } from '../../../shared/outline/readOutline.ts'
import { useControl } from '../facilitation/useControl.ts'
import { useLang } from '../i18n/I18nProvider.tsx'
import { useBoardTick } from '../voting/useVote.ts'
import { useWorkshop } from '../voting/workshopContext.ts'

export function useOutline(reference: Date): Outline | null {
  const lang = useLang()
  const { board, privateBoard, authorId, role } = useWorkshop()
  // version: bumped by the votes too, whose totals the outline shows
  const { control, version } = useControl()
  const tick = useBoardTick(board)
  const privateTick = useBoardTick(privateBoard)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the board, private board and control are mutable documents read in place: tick, privateTick and version count their changes (version also the votes the outline shows)
  return useMemo(() => {
    if (!board) return null
    try {
      return readOutline(board, {
        lang,
        control,
        viewer: { authorId, isFacilitator: role === 'facilitator' },
        privateNotes: privateBoard?.all() ?? [],
        reference,
      })
    } catch (error) {
      // A damaged record must not take the page down with it: the last good outline stays.
      console.error('samenbord: could not read the outline', error)
      return null
    }
  }, [board, privateBoard, lang, version, authorId, role, reference, tick, privateTick])
}
