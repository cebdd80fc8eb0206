// "Bijeenkomst" in the facilitator's menu: time, place and next meeting, in a dialog of its own
// (meeting/MeetingDialog.tsx); the menu closes as the dialog opens.
import { useDialogs } from 'tldraw'
import { MeetingDialog } from '../../meeting/MeetingDialog.tsx'
import { useT } from '../../i18n/I18nProvider.tsx'
import { FACILITATE_MENU_ID, type FacilitatorToolProps } from './types.ts'

export function MeetingTool(props: FacilitatorToolProps) {
  const t = useT()
  const { addDialog } = useDialogs()
  const open = () => {
    props.editor?.menus.deleteOpenMenu(FACILITATE_MENU_ID)
    addDialog({ id: 'samenbord-meeting', component: ({ onClose }) => <MeetingDialog onClose={onClose} target={props.target} /> })
  }
  return (
    <section className="facilitate-section" aria-labelledby="facilitate-meeting">
      <h2 id="facilitate-meeting" className="insert-heading facilitate-heading">{t('meeting.tool.heading')}</h2>
      <button type="button" className="button secondary facilitate-wide" data-testid="open-meeting" onClick={open}>
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d="M3.5 5h13v11.5h-13zM3.5 8.5h13M7 3v4M13 3v4" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('meeting.tool.open')}
      </button>
      <p className="hint facilitate-hint">{t('meeting.tool.hint')}</p>
    </section>
  )
}
