// Which areas a vote's scope covers. Membership is derived from where notes are now (shared/areas), so a
// scope is a set of areas, never a frozen list of notes: an idea dragged from "Ideeën" into a cluster
// leaves one area of the brainstorm for another and keeps its place in the vote, with its dots.
//
//   brainstorm              every ideas and cluster area on the board
//   brainstorm + instance   that brainstorm's ideas and clusters, plus clusters that belong to no
//                           brainstorm (made by hand away from one: still where ideas are grouped)
//   template + instance     every area of that template on the board (a brainstorm's clusters made
//                           while it was in view carry its instance, so they are part of it)
import type { AreaInfo } from '../areas/areas.ts'
import type { VoteScope } from './types.ts'

type AreaLike = Pick<AreaInfo, 'id' | 'kind' | 'template' | 'instance'>

const isBrainstormArea = (area: AreaLike) => area.kind === 'ideas' || area.kind === 'cluster'

/** Whether an area is covered by the scope. */
export function inScope(area: AreaLike, scope: VoteScope): boolean {
  if (scope.kind === 'template') return area.instance === scope.instance
  if (!isBrainstormArea(area)) return false
  if (scope.instance === undefined || area.instance === scope.instance) return true
  return area.kind === 'cluster' && area.template !== 'brainstorm'
}

/** The ids of the areas the scope covers, in the order given. */
export function scopeAreaIds(areas: readonly AreaLike[], scope: VoteScope): string[] {
  return areas.filter((area) => inScope(area, scope)).map((area) => area.id)
}

export type ScopeProblem = 'unknown-template' | 'not-a-brainstorm' | 'no-brainstorm'

/**
 * Why a scope names nothing on this board (undefined: it is fine): an instance no area carries, a
 * brainstorm scope naming another template's instance, or a brainstorm scope on a board without one.
 */
export function scopeProblem(areas: readonly AreaLike[], scope: VoteScope): ScopeProblem | undefined {
  if (scope.instance !== undefined) {
    const of = areas.filter((area) => area.instance === scope.instance)
    if (of.length === 0) return 'unknown-template'
    if (scope.kind === 'brainstorm' && !of.some(isBrainstormArea)) return 'not-a-brainstorm'
    return undefined
  }
  return areas.some(isBrainstormArea) ? undefined : 'no-brainstorm'
}

/** The same scope, in the one shape the board stores (no stray fields from a request). */
export function normalScope(scope: VoteScope): VoteScope {
  if (scope.kind === 'template') return { kind: 'template', instance: scope.instance }
  return scope.instance === undefined ? { kind: 'brainstorm' } : { kind: 'brainstorm', instance: scope.instance }
}

/** Whether a value read from the board is a scope this version understands. */
export function isVoteScope(value: unknown): value is VoteScope {
  if (typeof value !== 'object' || value === null) return false
  const { kind, instance } = value as { kind?: unknown; instance?: unknown }
  if (kind === 'template') return typeof instance === 'string'
  return kind === 'brainstorm' && (instance === undefined || typeof instance === 'string')
}
