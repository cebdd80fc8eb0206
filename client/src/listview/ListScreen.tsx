// The list view's screen, loaded on demand by the board page (app/BoardPage.tsx) for the board's address
// with ?view=list, for every role: the canvasless screen it shares with the phone page around the list
// page. No tldraw editor in its module graph.
import { workshopReference } from '../../../shared/sessions/workshopDay.ts'
import { useMemo } from 'react'
import { useT } from '../i18n/I18nProvider.tsx'
import { CanvaslessScreen, type CanvaslessProps } from '../app/CanvaslessScreen.tsx'
import { ListPage } from './ListPage.tsx'

export default function ListScreen(props: CanvaslessProps & { onLeave: () => void; leaveLabel: string }) {
  const { session, doc } = props
  const t = useT()
  // Dates on action notes are read relative to the workshop's day, as on the board.
  const reference = useMemo(() => workshopReference(session.createdAt), [session.createdAt])
  return (
    <CanvaslessScreen {...props} documentTitle={t('listFlow.documentTitle', { title: session.title })}>
      <ListPage title={session.title} connection={doc.connection} reference={reference} onLeave={props.onLeave} leaveLabel={props.leaveLabel} />
    </CanvaslessScreen>
  )
}
