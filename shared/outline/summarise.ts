// What changed between two outlines, told as a screen reader should hear it: one line per area and kind
// of change with a count ("3 nieuwe notities in Ideeën"), not one announcement per note. The list view's
// live region diffs the outline it last announced with the current one after a short quiet window; the
// changes this browser made itself are left out (`skip`), since their author knows them already.
import type { MessageKey } from '../i18n/messages.ts'
import type { Outline, OutlineItem } from './readOutline.ts'

export type ChangeKind = 'added' | 'removed' | 'edited' | 'moved'

export interface LiveMessage {
  key: MessageKey
  params: { count: number; area: string }
}

const KEYS: Record<ChangeKind, { one: MessageKey; many: MessageKey }> = {
  added: { one: 'listView.live.added.one', many: 'listView.live.added.many' },
  removed: { one: 'listView.live.removed.one', many: 'listView.live.removed.many' },
  edited: { one: 'listView.live.edited.one', many: 'listView.live.edited.many' },
  moved: { one: 'listView.live.moved.one', many: 'listView.live.moved.many' },
}

interface Where {
  item: OutlineItem
  /** The area's id, '' for no area. */
  areaId: string
  areaName: string
}

function index(outline: Outline, elsewhere: string): Map<string, Where> {
  const out = new Map<string, Where>()
  for (const section of outline.sections) {
    for (const area of section.areas) for (const item of area.items) out.set(item.id, { item, areaId: area.id, areaName: area.name })
  }
  for (const item of outline.unplaced) out.set(item.id, { item, areaId: '', areaName: elsewhere })
  return out
}

/**
 * The announcements for going from `before` to `after`, in the order of the areas in `after` (then
 * areas that are gone), added before moved before edited before removed within an area. `elsewhere` is
 * the name of the no-area section in the reader's language. A new open vote round comes first.
 */
export function summariseChanges(before: Outline, after: Outline, opts: { elsewhere: string; skip?: ReadonlySet<string> }): LiveMessage[] {
  const skip = opts.skip ?? new Set<string>()
  const was = index(before, opts.elsewhere)
  const now = index(after, opts.elsewhere)
  // area id → its name and the count per kind, in first-seen order
  const counts = new Map<string, { name: string; kinds: Record<ChangeKind, number> }>()
  const order = [...after.sections.flatMap((s) => s.areas.map((a) => a.id)), '']
  for (const id of order) counts.set(id, { name: id === '' ? opts.elsewhere : '', kinds: { added: 0, removed: 0, edited: 0, moved: 0 } })
  const count = (areaId: string, name: string, kind: ChangeKind) => {
    const entry = counts.get(areaId) ?? { name, kinds: { added: 0, removed: 0, edited: 0, moved: 0 } }
    entry.name ||= name
    entry.kinds[kind] += 1
    counts.set(areaId, entry)
  }

  for (const [id, at] of now) {
    if (skip.has(id)) continue
    const old = was.get(id)
    if (!old) count(at.areaId, at.areaName, 'added')
    else if (old.areaId !== at.areaId) count(at.areaId, at.areaName, 'moved')
    else if (old.item.text !== at.item.text || old.item.details.join('\n') !== at.item.details.join('\n')) count(at.areaId, at.areaName, 'edited')
  }
  for (const [id, old] of was) {
    if (skip.has(id) || now.has(id)) continue
    count(old.areaId, old.areaName, 'removed')
  }

  const messages: LiveMessage[] = []
  if (after.voteRound !== null && after.voteRound !== before.voteRound) messages.push({ key: 'listView.live.voteRound', params: { count: 0, area: '' } })
  for (const { name, kinds } of counts.values()) {
    for (const kind of ['added', 'moved', 'edited', 'removed'] as const) {
      const n = kinds[kind]
      if (n > 0) messages.push({ key: n === 1 ? KEYS[kind].one : KEYS[kind].many, params: { count: n, area: name } })
    }
  }
  return messages
}
