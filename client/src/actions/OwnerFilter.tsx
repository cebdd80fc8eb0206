// "Eigenaar" as a filter, on the board's actions panel and the actieoverzicht: everyone, each owner by
// name, and "no owner" when an action has none. The values are the filter's own: ALL_OWNERS, a name, NO_OWNER.

export const ALL_OWNERS = '*'
/** "No owner": a name can never be empty, so this cannot clash. */
const NO_OWNER = ''

export function OwnerFilter(props: {
  testId: string
  className?: string
  label: string
  allLabel: string
  noOwnerLabel: string
  owners: readonly string[]
  /** Some action has no owner: offer "no owner". */
  hasNoOwner: boolean
  value: string
  onChange: (value: string) => void
}) {
  return (
    <label className={props.className}>
      <span>{props.label}</span>
      <select data-testid={props.testId} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value={ALL_OWNERS}>{props.allLabel}</option>
        {props.owners.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        {props.hasNoOwner && <option value={NO_OWNER}>{props.noOwnerLabel}</option>}
      </select>
    </label>
  )
}

/** The filter's value as shared/actions/ownerFilter.ts `ownerMatches` takes it: everyone, nobody or a name. */
export function chosenOwner(value: string): string | null | undefined {
  return value === ALL_OWNERS ? undefined : value === NO_OWNER ? null : value
}
