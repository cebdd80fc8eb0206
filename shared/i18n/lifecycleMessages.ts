// Texts of a session's data lifecycle: deleting it, the backup file, importing one, and the page shown
// when the session was deleted. Dutch first, English second; the English catalogue has exactly the
// Dutch keys.
export const lifecycleNl = {
  'lifecycle.heading': 'Sessie',
  'lifecycle.backup': 'Back-up downloaden',
  'lifecycle.backup.hint': 'Het hele bord als één bestand, om te bewaren of te verhuizen',
  'lifecycle.backup.busy': 'Bezig met downloaden…',
  'lifecycle.delete': 'Sessie verwijderen',
  'lifecycle.delete.hint': 'Het bord en alle links, voorgoed',
  'lifecycle.delete.confirm':
    'Sessie “{title}” en alles op het bord verwijderen? Dit kan niet ongedaan worden gemaakt: alle links werken daarna niet meer. Download eerst een back-up als je het bord wilt bewaren.',
  'lifecycle.delete.yes': 'Definitief verwijderen',
  'lifecycle.delete.no': 'Annuleren',
  'lifecycle.delete.busy': 'Bezig met verwijderen…',
  'lifecycle.error': 'Dat lukte niet: {message}',
  'lifecycle.deleted.title': 'Deze sessie is verwijderd',
  'lifecycle.deleted.body': 'De begeleider heeft de sessie verwijderd, met alles wat op het bord stond. De links werken niet meer.',
  'lifecycle.import.heading': 'Sessie importeren',
  'lifecycle.import.hint': 'Kies een back-up van Samenbord (.json). Je krijgt een nieuwe sessie met nieuwe links en hetzelfde bord.',
  'lifecycle.import.choose': 'Back-upbestand kiezen',
  'lifecycle.import.busy': 'Bezig met importeren…',
  'lifecycle.import.error': 'Importeren is mislukt: {message}',
  'lifecycle.import.unreadable': 'Dit bestand kon niet worden gelezen.',
} as const

export type LifecycleMessageKey = keyof typeof lifecycleNl

export const lifecycleEn: Record<LifecycleMessageKey, string> = {
  'lifecycle.heading': 'Session',
  'lifecycle.backup': 'Download backup',
  'lifecycle.backup.hint': 'The whole board as one file, to keep or to move',
  'lifecycle.backup.busy': 'Downloading…',
  'lifecycle.delete': 'Delete session',
  'lifecycle.delete.hint': 'The board and every link, for good',
  'lifecycle.delete.confirm':
    'Delete session “{title}” and everything on the board? This cannot be undone: none of the links will work afterwards. Download a backup first if you want to keep the board.',
  'lifecycle.delete.yes': 'Delete for good',
  'lifecycle.delete.no': 'Cancel',
  'lifecycle.delete.busy': 'Deleting…',
  'lifecycle.error': 'That did not work: {message}',
  'lifecycle.deleted.title': 'This session was deleted',
  'lifecycle.deleted.body': 'The facilitator deleted the session, with everything on the board. The links no longer work.',
  'lifecycle.import.heading': 'Import a session',
  'lifecycle.import.hint': 'Choose a Samenbord backup (.json). You get a new session with new links and the same board.',
  'lifecycle.import.choose': 'Choose backup file',
  'lifecycle.import.busy': 'Importing…',
  'lifecycle.import.error': 'Import failed: {message}',
  'lifecycle.import.unreadable': 'This file could not be read.',
}
