// The list view's way in and out, its undo and its lock announcements (issue 15's walk-through: focus,
// title, undo of a delete, the move's empty choice). Dutch first, English second.
export const listFlowNl = {
  'listFlow.documentTitle': 'Lijstweergave: {title}',
  'listFlow.lock.on': 'Het bord is vergrendeld door de begeleider',
  'listFlow.lock.off': 'Het bord is weer open: je kunt weer meedoen',
  'listFlow.deleted': 'Notitie verwijderd',
  'listFlow.undo': 'Ongedaan maken',
  'listFlow.restored': 'Notitie teruggezet.',
  'listFlow.restore.taken': 'Terugzetten lukte niet: de notitie is er al weer.',
  'listFlow.move.choose': 'Kies een vlak…',
  'listFlow.move.none': 'Kies eerst een vlak om de notitie naartoe te verplaatsen.',
}

export const listFlowEn: Record<keyof typeof listFlowNl, string> = {
  'listFlow.documentTitle': 'List view: {title}',
  'listFlow.lock.on': 'The facilitator has locked the board',
  'listFlow.lock.off': 'The board is open again: you can take part again',
  'listFlow.deleted': 'Note deleted',
  'listFlow.undo': 'Undo',
  'listFlow.restored': 'Note restored.',
  'listFlow.restore.taken': 'Could not restore: the note is back already.',
  'listFlow.move.choose': 'Choose an area…',
  'listFlow.move.none': 'Choose an area to move the note to first.',
}
