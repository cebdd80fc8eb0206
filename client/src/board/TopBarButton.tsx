// A menu button in the board's top bar ("Invoegen", "Exporteren", "Begeleiden"): its name is its label,
// as tooltip, as accessible name and as the word beside the icon (chrome.css lets the word give way to
// the icon on narrow screens). The menu triggers (Radix, asChild) hand their props and ref through.
import type { ComponentProps, ReactNode } from 'react'

export function TopBarButton({
  kind,
  command,
  testId,
  label,
  icon,
  ...button
}: ComponentProps<'button'> & {
  /** Names the classes: `<kind>-button`, `<kind>-button-label`. */
  kind: string
  /** data-command: names the command for the top bar's hit test (e2e/roomChecks.ts). */
  command: string
  testId: string
  label: string
  icon: ReactNode
}) {
  return (
    <button
      type="button"
      className={`button secondary ${kind}-button`}
      data-testid={testId}
      data-command={command}
      title={label}
      aria-label={label}
      {...button}
    >
      {icon}
      <span className={`${kind}-button-label chrome-label`}>{label}</span>
    </button>
  )
}
