// The participants grouped by the organisation or role they gave with their name, for the plan's
// participants part: "Gemeente" and "gemeente " are one group, named as first typed; groups in
// alphabetical order, those who gave none last; in each group the facilitator first, then the names in
// alphabetical order (a list sent round is read by name, not by who opened the link first).
import type { Lang } from '../i18n/translate.ts'
import type { PlanParticipant } from './types.ts'

export interface PeopleGroup {
  /** As first typed; '' for those who gave none. */
  organisation: string
  people: PlanParticipant[]
}

const LOCALES: Record<Lang, string> = { nl: 'nl-NL', en: 'en-GB' }

export function groupPeople(people: readonly PlanParticipant[], lang: Lang): PeopleGroup[] {
  const groups = new Map<string, PeopleGroup>()
  for (const person of people) {
    const organisation = person.organisation.trim().replace(/\s+/g, ' ')
    const key = organisation.toLocaleLowerCase(LOCALES[lang])
    const group = groups.get(key) ?? { organisation, people: [] }
    group.people.push(person)
    groups.set(key, group)
  }
  const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true })
  for (const group of groups.values()) {
    group.people.sort((a, b) => Number(b.facilitator) - Number(a.facilitator) || collator.compare(a.name, b.name))
  }
  return [...groups.values()].sort((a, b) =>
    a.organisation === '' ? (b.organisation === '' ? 0 : 1) : b.organisation === '' ? -1 : collator.compare(a.organisation, b.organisation),
  )
}
