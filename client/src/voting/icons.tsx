// Small line icons of the workshop rounds, in the current text colour.
export function VoteIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="round-icon">
      <circle cx="6" cy="7" r="3" fill="currentColor" />
      <circle cx="14" cy="7" r="3" fill="currentColor" opacity="0.55" />
      <circle cx="10" cy="14" r="3" fill="currentColor" />
    </svg>
  )
}

export function SilentIcon() {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="round-icon">
      <path d="M3 5.5h10v7H8l-3 2.5v-2.5H3z" fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinejoin="round" />
      <path d="M12.5 4l5 10" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
    </svg>
  )
}
