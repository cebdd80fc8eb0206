// The phone page's screen, loaded on demand by the board page (app/BoardPage.tsx) for a participant on a
// phone: the canvasless screen it shares with the list view (app/CanvaslessScreen.tsx) around the page.
import { CanvaslessScreen, type CanvaslessProps } from '../app/CanvaslessScreen.tsx'
import { PhonePage } from './PhonePage.tsx'

export default function PhoneScreen(props: CanvaslessProps & { onFullBoard: () => void; onListView: () => void }) {
  const { token, session, doc } = props
  return (
    <CanvaslessScreen {...props}>
      <PhonePage
        title={session.title}
        connection={doc.connection}
        onFullBoard={props.onFullBoard}
        onListView={props.onListView}
        token={session.role === 'join' ? token : undefined}
      />
    </CanvaslessScreen>
  )
}
