// Names that can be told apart: when two choices would read alike (two unnamed clusters, a second
// brainstorm's "Ideeën"), the second reads "Cluster zonder naam 2", the third "… 3". One rule for
// every place that lists areas side by side (the facilitator's vote and silent-round choices, the list
// view's headings, jump links and "move to" choices), so each names the same area the same way.
// Numbered in the order given: areas in the board's order (listAreas), so the numbers match everywhere.
import type { Lang } from '../i18n/translate.ts'
import { areaName } from './areaName.ts'
import type { AreaInfo } from './areas.ts'

/** Items with their labels made unique: the n-th item with an already used label gets " n". */
export function numbered<T extends { label: string }>(items: readonly T[]): T[] {
  const seen = new Map<string, number>()
  const taken = new Set(items.map((item) => item.label))
  return items.map((item) => {
    const n = (seen.get(item.label) ?? 0) + 1
    seen.set(item.label, n)
    if (n === 1) return item
    // "Ideeën 2" may itself be a real name on the board: count on until the name is free.
    let k = n
    while (taken.has(`${item.label} ${k}`)) k++
    const label = `${item.label} ${k}`
    taken.add(label)
    return { ...item, label }
  })
}

/** Every area's name as lists show it (areaName), numbered where two would read alike: area id → name. */
export function distinctAreaNames(areas: ReadonlyArray<Pick<AreaInfo, 'id' | 'label' | 'lane' | 'kind'>>, lang: Lang): Map<string, string> {
  return new Map(numbered(areas.map((area) => ({ id: area.id, label: areaName(area, lang) }))).map((a) => [a.id, a.label]))
}
