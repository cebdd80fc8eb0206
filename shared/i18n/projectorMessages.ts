// Texts of the projector mode's own controls (pages, cursors): Dutch first, English second.
export const projectorNl = {
  'projector.page': 'Deel {index} van {count}',
  'projector.pageNext': 'Volgend deel',
  'projector.pagePrevious': 'Vorig deel',
  'projector.showCursors': 'Cursors tonen',
  'projector.hideCursors': 'Cursors verbergen',
} as const

type ProjectorKey = keyof typeof projectorNl

export const projectorEn: Record<ProjectorKey, string> = {
  'projector.page': 'Part {index} of {count}',
  'projector.pageNext': 'Next part',
  'projector.pagePrevious': 'Previous part',
  'projector.showCursors': 'Show cursors',
  'projector.hideCursors': 'Hide cursors',
}
