// The list view's vote status line (client/src/listview/ListVoteStatus.tsx): which round runs on what,
// with a link to it, and how far the reader is (dots left; for the facilitator how many voted); and the
// names of an item's buttons. Dutch first, English second.
export const listStatusNl = {
  'listStatus.open': 'Stemronde over',
  'listStatus.closed': 'Stemronde gesloten over',
  'listStatus.board': 'het hele bord',
  'listStatus.selection.one': '1 gekozen notitie',
  'listStatus.selection': '{count} gekozen notities',
  'listStatus.brainstorm': 'de hele brainstorm',
  'listStatus.perPerson': '{dots} stippen per persoon',
  'listStatus.voters.one': '1 persoon heeft gestemd',
  'listStatus.voters': '{count} mensen hebben gestemd',
  'listStatus.totals': 'de uitslag staat bij de notities',
  'listStatus.hidden': 'de uitslag is nog niet vrijgegeven',
  'listStatus.label': 'Stemronde',
  // A button's name with its note: the visible word first (WCAG 2.5.3), then which note.
  'listNamed.button': '{label}: ‘{note}’',
}

export const listStatusEn: Record<keyof typeof listStatusNl, string> = {
  'listStatus.open': 'Vote running on',
  'listStatus.closed': 'Vote closed on',
  'listStatus.board': 'the whole board',
  'listStatus.selection.one': '1 chosen note',
  'listStatus.selection': '{count} chosen notes',
  'listStatus.brainstorm': 'the whole brainstorm',
  'listStatus.perPerson': '{dots} dots per person',
  'listStatus.voters.one': '1 person has voted',
  'listStatus.voters': '{count} people have voted',
  'listStatus.totals': 'the result is shown with the notes',
  'listStatus.hidden': 'the result has not been revealed yet',
  'listStatus.label': 'Vote',
  'listNamed.button': '{label}: ‘{note}’',
}
