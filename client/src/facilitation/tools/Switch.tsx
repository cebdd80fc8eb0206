// An on/off row with a name and a hint (the locks, "keep following").
export function Switch(props: { testId: string; checked: boolean; disabled: boolean; label: string; hint: string; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      role="switch"
      className="facilitate-switch"
      data-testid={props.testId}
      aria-checked={props.checked}
      disabled={props.disabled}
      onClick={() => props.onChange(!props.checked)}
    >
      <span className="switch-track" aria-hidden="true">
        <span className="switch-thumb" />
      </span>
      <span className="switch-text">
        <strong>{props.label}</strong>
        <span className="hint">{props.hint}</span>
      </span>
    </button>
  )
}
