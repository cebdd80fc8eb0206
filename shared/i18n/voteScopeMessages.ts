// Texts of what a vote is about (the whole brainstorm, a whole template, one area) and of areas named
// by their lane (the ladder's two lanes of one rung), and the closed round's banner. Dutch first,
// English second.
export const voteScopeNl = {
  'area.lane.now': '{label} — nu',
  'area.lane.next': '{label} — volgende stap',
  'vote.scope.group.wide': 'Over meer gebieden',
  'vote.scope.group.areas': 'Eén gebied',
  'vote.scope.group.other': 'Anders',
  'vote.scope.brainstorm': 'Hele brainstorm: ideeën en clusters ({count})',
  'vote.scope.brainstorm.named': 'Hele brainstorm “{name}”: ideeën en clusters ({count})',
  'vote.scope.template': 'Heel sjabloon: {name} ({count})',
  'vote.bar.dismiss': 'Melding verbergen',
}

export const voteScopeEn: Record<keyof typeof voteScopeNl, string> = {
  'area.lane.now': '{label} — now',
  'area.lane.next': '{label} — next step',
  'vote.scope.group.wide': 'Across areas',
  'vote.scope.group.areas': 'One area',
  'vote.scope.group.other': 'Other',
  'vote.scope.brainstorm': 'Whole brainstorm: ideas and clusters ({count})',
  'vote.scope.brainstorm.named': 'Whole brainstorm “{name}”: ideas and clusters ({count})',
  'vote.scope.template': 'Whole template: {name} ({count})',
  'vote.bar.dismiss': 'Hide this message',
}
