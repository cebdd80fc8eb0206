// "Begeleiden", the facilitator's menu in the top bar: a tldraw popover (TldrawUiPopover*) holding the
// tools listed in facilitatorTools.ts (timer, locks, follow me, projector, voting and silent rounds).
// Every action is a call to the facilitator's API; what the tools show comes back through the board
// document (useControl), so two facilitator tabs always agree.
import { TldrawUiPopover, TldrawUiPopoverContent, TldrawUiPopoverTrigger } from 'tldraw'
import { TopBarButton } from '../board/TopBarButton.tsx'
import { useT } from '../i18n/I18nProvider.tsx'
import { FACILITATOR_TOOLS } from './facilitatorTools.ts'
import { FACILITATE_MENU_ID, type FacilitatorToolProps } from './tools/types.ts'
import { useControl } from './useControl.ts'

export function FacilitateMenu(props: FacilitatorToolProps) {
  const t = useT()
  const { timer, lock, follow } = useControl().control
  const active = lock.board || (follow.keep && follow.userId !== null) || timer.phase !== 'idle'
  return (
    <TldrawUiPopover id={FACILITATE_MENU_ID} className="chrome-popover">
      <TldrawUiPopoverTrigger>
        <TopBarButton
          kind="facilitate"
          testId="facilitate-menu"
          command="facilitate"
          label={t('facilitate.button')}
          data-active={active ? 'true' : undefined}
          icon={
            <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="facilitate-button-icon">
              <path d="M4 17V3.5M4 4h9.5l-2 3.2 2 3.3H4" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          }
        />
      </TldrawUiPopoverTrigger>
      <TldrawUiPopoverContent side="bottom" align="center" sideOffset={8} collisionPadding={8} autoFocusFirstButton={false}>
        <div className="facilitate-panel" data-testid="facilitate-panel" role="dialog" aria-label={t('facilitate.title')}>
          {FACILITATOR_TOOLS.map(({ id, wide, Tool }) => (
            <div key={id} className={wide ? 'facilitate-tool facilitate-tool-wide' : 'facilitate-tool'} data-tool={id}>
              <Tool {...props} />
            </div>
          ))}
        </div>
      </TldrawUiPopoverContent>
    </TldrawUiPopover>
  )
}
