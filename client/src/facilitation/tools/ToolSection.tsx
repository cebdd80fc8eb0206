// The frame of one tool in the facilitator's "Begeleiden" menu (and the entries other features add to
// it): a section named by its heading, and the menu's wide button with an optional line icon.
import type { ReactNode } from 'react'

export function ToolSection(props: { name: string; heading: ReactNode; className?: string; testId?: string; children: ReactNode }) {
  const headingId = `facilitate-${props.name}`
  return (
    <section
      className={props.className ? `facilitate-section ${props.className}` : 'facilitate-section'}
      aria-labelledby={headingId}
      data-testid={props.testId}
    >
      <h2 id={headingId} className="insert-heading facilitate-heading">
        {props.heading}
      </h2>
      {props.children}
    </section>
  )
}

export function ToolButton(props: {
  testId: string
  title?: string
  disabled?: boolean
  onClick: () => void
  /** A 20×20 line drawing (an SVG path), drawn before the label. */
  icon?: { d: string; strokeWidth: number }
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className="button secondary facilitate-wide"
      data-testid={props.testId}
      title={props.title}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.icon && (
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
          <path d={props.icon.d} fill="none" stroke="currentColor" strokeWidth={props.icon.strokeWidth} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      )}
      {props.children}
    </button>
  )
}
