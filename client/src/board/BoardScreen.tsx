// The canvas screen, loaded on demand by the board page (app/BoardPage.tsx): everything of tldraw (its
// code and its stylesheet, tldrawStyles.ts) arrives with this module, never with the phone page or the
// home page.
import { useMemo } from 'react'
import type { Atom } from '@tldraw/state'
import type { SessionInfo } from '../app/api.ts'
import type { DocSync } from '../collab/useDocSync.ts'
import type { Identity } from '../identity/identity.ts'
import { useLang } from '../i18n/I18nProvider.tsx'
import { BoardView } from './BoardView.tsx'
import { createTldrawUser } from './tldrawUser.ts'

export default function BoardScreen(props: { token: string; session: SessionInfo; doc: DocSync; identity: Atom<Identity>; licenseKey: string | null }) {
  const lang = useLang()
  // tldraw's view of the page load's identity; the locale is the page's language when the board opens.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the locale is the page language when the board opens; a later language change must not rebuild tldraw's user (and with it the editor)
  const user = useMemo(() => createTldrawUser(props.identity, lang), [props.identity])
  return <BoardView token={props.token} session={props.session} doc={props.doc} user={user} licenseKey={props.licenseKey} />
}
