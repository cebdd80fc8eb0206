// The whole plan as JSON, for other programs (a municipality's case system, a spreadsheet macro). The
// outcomes keep their raw values ('gemeente', 'plus'): a program wants codes, not translated labels.
import { sortActions } from './labels.ts'
import type { ActionPlan } from './types.ts'

export function toJson(plan: ActionPlan): string {
  const { title, date, participants, outcomes } = plan
  // Same order of actions as the other formats, so a JSON file and a CSV of one plan line up.
  const actions = sortActions(plan.actions, plan.lang)
  return `${JSON.stringify({ title, date, participants, outcomes, actions }, null, 2)}\n`
}
