// "Exporteren", for the facilitator: the action plan in six formats from the server, and images of the
// board: the whole board made by tldraw in the browser, or each template on an A4 page from the server. A tldraw dropdown menu (TldrawUiDropdownMenu*); the
// items keep it open while a file is being made, so a failure can be shown where it happened.
import { useState } from 'react'
import { TldrawUiDropdownMenuContent, TldrawUiDropdownMenuRoot, TldrawUiDropdownMenuTrigger, useMenuIsOpen, type Editor } from 'tldraw'
import type { ExportFormat } from '../../../shared/export/types.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { ChromeMenuItem, ChromeMenuSection } from '../board/ChromeMenuItem.tsx'
import { TopBarButton } from '../board/TopBarButton.tsx'
import { downloadActionPlan, downloadBoardImage } from './download.ts'
import { SessionDataItems } from './SessionDataItems.tsx'

/** 'png' and 'svg' are tldraw's image of the whole board; 'a4' is the server's image of each template (format=png). */
type Item = Exclude<ExportFormat, 'png'> | 'png' | 'svg' | 'a4'
const PLAN: Array<Exclude<ExportFormat, 'png'>> = ['pdf', 'docx', 'md', 'csv', 'ics', 'json']
const IMAGE: Array<'png' | 'svg' | 'a4'> = ['a4', 'png', 'svg']
const MENU_ID = 'samenbord-export'
const BADGE: Record<Item, string> = { pdf: 'PDF', md: 'MD', csv: 'CSV', docx: 'DOC', ics: 'ICS', json: 'JSON', png: 'PNG', svg: 'SVG', a4: 'A4' }

export function ExportMenu(props: { editor: Editor | null; sessionId: string; token: string; title: string }) {
  const t = useT()
  const lang = useLang()
  const [busy, setBusy] = useState<Item | null>(null)
  const [error, setError] = useState<string | null>(null)
  // The menu's open state lives in tldraw's menu signal (editor.menus), shared with the Root below.
  const [, setOpen] = useMenuIsOpen(MENU_ID)

  const run = async (item: Item) => {
    setBusy(item)
    setError(null)
    try {
      if (item === 'png' || item === 'svg') {
        if (!props.editor) return
        const name = await downloadBoardImage(props.editor, item, props.title, t('exportMenu.imageFileName'))
        if (!name) {
          setError(t('exportMenu.emptyBoard'))
          return
        }
      } else {
        const format: ExportFormat = item === 'a4' ? 'png' : item
        await downloadActionPlan({ sessionId: props.sessionId, token: props.token, format, lang, title: props.title })
      }
      setOpen(false)
    } catch (cause) {
      const message = cause instanceof Error && cause.message ? cause.message : String(cause)
      setError(t('exportMenu.error', { message }))
    } finally {
      setBusy(null)
    }
  }

  const entry = (item: Item) => (
    <ChromeMenuItem
      key={item}
      testId={`export-${item}`}
      noClose
      disabled={busy !== null || ((item === 'png' || item === 'svg') && !props.editor)}
      busy={busy === item}
      icon={
        <span className={`export-badge export-badge-${item}`} aria-hidden="true">
          {BADGE[item]}
        </span>
      }
      label={t(`exportMenu.${item}` as MessageKey)}
      hint={busy === item ? t('exportMenu.busy') : t(`exportMenu.${item}.hint` as MessageKey)}
      onSelect={() => void run(item)}
    />
  )

  return (
    <TldrawUiDropdownMenuRoot id={MENU_ID}>
      <TldrawUiDropdownMenuTrigger>
        <TopBarButton
          kind="export"
          testId="export-menu"
          command="export"
          label={t('exportMenu.button')}
          onClick={() => setError(null)}
          icon={
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="export-button-icon">
              <path
                d="M10 3v9m0 0l-3.5-3.5M10 12l3.5-3.5M4 14v2.5h12V14"
                fill="none"
                stroke="currentColor"
                strokeWidth="1.9"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          }
        />
      </TldrawUiDropdownMenuTrigger>
      <TldrawUiDropdownMenuContent className="chrome-menu export-panel" side="bottom" align="start" alignOffset={0} collisionPadding={8}>
        <ChromeMenuSection title={t('exportMenu.plan')}>{PLAN.map(entry)}</ChromeMenuSection>
        <ChromeMenuSection title={t('exportMenu.board')}>{IMAGE.map(entry)}</ChromeMenuSection>
        <ChromeMenuSection title={t('lifecycle.heading')}>
          <SessionDataItems sessionId={props.sessionId} token={props.token} title={props.title} />
        </ChromeMenuSection>
        {error && (
          <ChromeMenuSection>
            <p className="form-error export-error" role="alert" data-testid="export-error">
              {error}
            </p>
          </ChromeMenuSection>
        )}
      </TldrawUiDropdownMenuContent>
    </TldrawUiDropdownMenuRoot>
  )
}
