import { describe, expect, it } from 'vitest'
import { toJson } from './json.ts'
import { SORTED_ACTION_TEXTS, testPlan } from './testPlan.ts'

describe('toJson', () => {
  it('is the whole plan, pretty-printed, actions in plan order', () => {
    const plan = testPlan()
    const json = toJson(plan)
    expect(json).toMatch(/^\{\n {2}"title": "Winkelstraat Oosterhout",\n/)
    expect(json.endsWith('}\n')).toBe(true)
    const back = JSON.parse(json)
    expect(Object.keys(back)).toEqual(['title', 'date', 'participants', 'outcomes', 'actions'])
    expect(back.title).toBe(plan.title)
    expect(back.date).toBe('2026-11-23')
    expect(back.participants).toEqual(plan.participants)
    expect(back.outcomes).toEqual(plan.outcomes)
    expect(back.actions.map((a: { text: string }) => a.text)).toEqual(SORTED_ACTION_TEXTS)
    expect(back.actions).toEqual(expect.arrayContaining(plan.actions))
  })
})
