// Prullenbak and Terug in de tijd: the entries open their drawer (client/src/history/) and close the menu.
import { HistoryMenuEntries } from '../../history/HistoryMenuEntries.tsx'
import { FACILITATE_MENU_ID, type FacilitatorToolProps } from './types.ts'

export function HistoryTool(props: FacilitatorToolProps) {
  return <HistoryMenuEntries onOpen={() => props.editor?.menus.deleteOpenMenu(FACILITATE_MENU_ID)} />
}
