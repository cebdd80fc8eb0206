// An area's name where it is listed on its own (a vote's or silent round's choices, the phone's
// current question): its label, and for an area in a lane the lane as well, so the ladder's two areas
// of one rung read "Zelfbeheer — nu" and "Zelfbeheer — volgende stap" instead of "Zelfbeheer" twice.
// On the board the lane is a column heading, so the area's own label stays the bare rung name. An
// unnamed cluster carries the board's hint ("dubbelklik om een naam te geven"): in a list it is
// "Cluster zonder naam", as in the exports.
import { translate, type Lang } from '../i18n/translate.ts'
import type { AreaInfo } from './areas.ts'

export function areaName(area: Pick<AreaInfo, 'label' | 'lane'> & Partial<Pick<AreaInfo, 'kind'>>, lang: Lang): string {
  if (area.kind === 'cluster' && isUnnamedCluster(area.label)) return translate(lang, 'export.cluster.unnamed')
  if (area.lane === 'now') return translate(lang, 'area.lane.now', { label: area.label })
  if (area.lane === 'next') return translate(lang, 'area.lane.next', { label: area.label })
  return area.label
}

function isUnnamedCluster(label: string): boolean {
  const text = label.trim()
  return text === '' || text === translate('nl', 'brainstorm.cluster.unnamed') || text === translate('en', 'brainstorm.cluster.unnamed')
}
