// "Bijeenkomst" in the facilitator's menu: time, place and next meeting, in a dialog of its own
// (meeting/MeetingDialog.tsx); the menu closes as the dialog opens.
import { useDialogs } from 'tldraw'
import { MeetingDialog } from '../../meeting/MeetingDialog.tsx'
import { useT } from '../../i18n/I18nProvider.tsx'
import { FACILITATE_MENU_ID, type FacilitatorToolProps } from './types.ts'
import { ToolButton, ToolSection } from './ToolSection.tsx'

export function MeetingTool(props: FacilitatorToolProps) {
  const t = useT()
  const { addDialog } = useDialogs()
  const open = () => {
    props.editor?.menus.deleteOpenMenu(FACILITATE_MENU_ID)
    addDialog({ id: 'samenbord-meeting', component: ({ onClose }) => <MeetingDialog onClose={onClose} target={props.target} /> })
  }
  return (
    <ToolSection name="meeting" heading={t('meeting.tool.heading')}>
      <ToolButton testId="open-meeting" onClick={open} icon={{ d: 'M3.5 5h13v11.5h-13zM3.5 8.5h13M7 3v4M13 3v4', strokeWidth: 1.7 }}>
        {t('meeting.tool.open')}
      </ToolButton>
      <p className="hint facilitate-hint">{t('meeting.tool.hint')}</p>
    </ToolSection>
  )
}
