// Who an action list can be filtered on, and which actions a chosen owner keeps: one rule for the
// action panel beside the board and the working group's actieoverzicht. Names match whatever their
// letter case, as people type them.
type Owned = { owner: string | null }

const key = (name: string) => name.toLocaleLowerCase('nl')

/** `owner`: undefined for everyone, null for actions without one, else a name (letter case ignored). */
export function ownerMatches(action: Owned, owner: string | null | undefined): boolean {
  if (owner === undefined) return true
  if (owner === null) return !action.owner
  return !!action.owner && key(action.owner) === key(owner)
}

/** Every owner once (first spelling seen), sorted as the language sorts names. */
export function ownersOf(actions: readonly Owned[], collator: Intl.Collator): string[] {
  const names = new Map<string, string>()
  for (const action of actions) if (action.owner && !names.has(key(action.owner))) names.set(key(action.owner), action.owner)
  return [...names.values()].sort(collator.compare)
}
