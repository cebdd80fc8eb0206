import { describe, expect, it } from 'vitest'
import { groupPeople } from './people.ts'
import type { PlanParticipant } from './types.ts'

const person = (name: string, organisation = '', facilitator = false): PlanParticipant => ({ name, organisation, facilitator })
const names = (people: readonly PlanParticipant[]) => people.map((p) => p.name)

describe('groupPeople', () => {
  it('sorts the names in a group alphabetically (Dutch collation), not in order of arrival', () => {
    const groups = groupPeople(
      [person('Willem', 'Gemeente'), person('ézra', 'Gemeente'), person('Anna', 'Gemeente'), person('bram', 'Gemeente'), person('Els', 'Gemeente')],
      'nl',
    )
    expect(names(groups[0]!.people)).toEqual(['Anna', 'bram', 'Els', 'ézra', 'Willem'])
  })

  it('puts the facilitator first in its group, the others still alphabetical', () => {
    const groups = groupPeople([person('Zeynep', 'Gemeente'), person('Petra', 'Gemeente', true), person('Anna', 'Gemeente')], 'nl')
    expect(names(groups[0]!.people)).toEqual(['Petra', 'Anna', 'Zeynep'])
  })

  it('groups organisations case and spaces aside, alphabetically, those without one last', () => {
    const groups = groupPeople([person('Kees'), person('Bram', 'politie '), person('Anna', 'Politie'), person('Fatima', 'Gemeente')], 'nl')
    expect(groups.map((g) => [g.organisation, names(g.people)])).toEqual([
      ['Gemeente', ['Fatima']],
      ['politie', ['Anna', 'Bram']],
      ['', ['Kees']],
    ])
  })
})
