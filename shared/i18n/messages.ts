// The message catalogues: Dutch first, English second. Every user-visible string of the UI and the
// exports is a key here. The English catalogue must have exactly the Dutch keys (checked by type).
// The workshop methods' own vocabulary lives in templateMessages.ts and is merged in here.
import { templateEn, templateNl } from './templateMessages.ts'

const uiNl = {
  'app.name': 'Samenbord',
  'app.tagline': 'Het werkbord voor samenwerking in je straat, centrum of wijk',
  'page.name': 'Bord',

  'home.new.heading': 'Nieuwe sessie',
  'home.new.titleLabel': 'Titel van de sessie',
  'home.new.titlePlaceholder': 'bv. Marktplein autoluw – bewonersavond',
  'home.new.submit': 'Sessie starten',
  'home.new.submitting': 'Bezig met starten…',
  'home.new.hint':
    'Je krijgt drie links: om deel te nemen, om mee te kijken (bv. op de beamer) en om de sessie te begeleiden.',
  'home.error.titleRequired': 'Geef de sessie een titel.',
  'home.error.server': 'De sessie kon niet worden gestart: {message}',
  'home.error.network': 'Geen verbinding met de server. Controleer je verbinding en probeer het opnieuw.',

  'loading.session': 'Sessie laden…',
  'loading.board': 'Verbinden met het bord…',

  'unknown.title': 'Deze link kennen we niet',
  'unknown.body':
    'De link is onvolledig of de sessie bestaat niet meer. Vraag de begeleider van de sessie om een nieuwe link.',
  'unknown.home': 'Naar de startpagina',
  'notFound.title': 'Deze pagina bestaat niet',

  'error.title': 'Er ging iets mis',
  'error.loadSession': 'De sessie kon niet worden geladen. Controleer je verbinding en probeer het opnieuw.',
  'error.boardTooNew': 'Dit bord is gemaakt met een nieuwere versie van Samenbord. Herlaad de pagina.',
  'error.retry': 'Opnieuw proberen',

  'name.title': 'Hoe heet je?',
  'name.body': 'De andere deelnemers zien je naam bij je cursor en in de lijst van aanwezigen.',
  'name.label': 'Je naam',
  'name.placeholder': 'bv. Fatima, bakkerij De Korenbloem',
  'name.submit': 'Meedoen',
  'name.save': 'Opslaan',
  'name.cancel': 'Annuleren',

  'role.facilitator': 'Begeleider',
  'role.join': 'Deelnemer',
  'role.view': 'Kijker',
  'viewer.name': 'Kijker',
  'viewer.badge': 'Alleen kijken',

  'connection.connected': 'Verbonden',
  'connection.connecting': 'Verbinden…',
  'connection.offline': 'Offline',
  'connection.connectedHint': 'Wijzigingen worden meteen gedeeld.',
  'connection.connectingHint': 'De verbinding wordt opnieuw opgebouwd. Je kunt gewoon verder werken.',
  'connection.offlineHint': 'Je wijzigingen blijven bewaard en worden verstuurd zodra de verbinding terug is.',

  'links.button': 'Delen',
  'links.title': 'Links voor deze sessie',
  'links.join': 'Deelnemen',
  'links.joinHint': 'Voor deelnemers: zij kunnen meeschrijven.',
  'links.view': 'Meekijken',
  'links.viewHint': 'Alleen kijken, bijvoorbeeld voor de beamer.',
  'links.facilitator': 'Begeleiden',
  'links.facilitatorHint': 'Alleen voor jou: bewaar deze link om later terug te keren.',
  'links.copy': 'Kopiëren',
  'links.copied': 'Gekopieerd',
  'links.copyFailed': 'Kopiëren lukte niet: selecteer de link en kopieer hem zelf.',
  'links.close': 'Sluiten',

  'participants.title': 'Aanwezig',
  'participants.you': '(jij)',
  'participants.changeName': 'Klik om je naam te wijzigen',

  'insert.button': 'Sjabloon invoegen',
  'insert.title': 'Invoegen op het bord',
  'insert.templates': 'Werkvormen',
  'insert.parts': 'Onderdelen',
  'insert.layout.actor-map': 'Actorenkaart – invloed en belang',
  'insert.layout.actor-map.hint': 'Wie heeft invloed, wie heeft belang? Vier kwadranten.',
  'insert.layout.actor-map:rings': 'Actorenkaart – ringen van invloed',
  'insert.layout.actor-map:rings.hint': 'Rol nu en gewenste rol, van meeweten tot meebeslissen.',
  'insert.layout.participation-ladder': 'Participatieladder',
  'insert.layout.participation-ladder.hint': 'Van informeren tot zelfbeheer: waar staan we, wat is de volgende stap?',
  'insert.layout.brainstorm': 'Brainstorm',
  'insert.layout.brainstorm.hint': 'Een centrale vraag, ideeën en clusters.',
  'insert.layout.vision': 'Visiesessie',
  'insert.layout.vision.hint': 'Visie, doelen en acties: wie doet wat, wanneer.',
  'insert.addActor': 'Actor toevoegen',
  'insert.addActor.hint': 'Een kaart met naam, soort partij, belang, houding en rol.',
  'insert.addCluster': 'Cluster toevoegen',
  'insert.addCluster.hint': 'Een vlak om briefjes te groeperen, met een eigen naam.',
  'insert.addActionsArea': 'Actiegebied toevoegen',
  'insert.addActionsArea.hint': 'Briefjes in dit vlak zijn acties.',

  'cluster.namePlaceholder': 'Naam van het cluster',
  'actorForm.title': 'Actor bewerken',
  'actorForm.noRole': 'Nog niet bepaald',
  'actorForm.done': 'Klaar',
} as const

type UiKey = keyof typeof uiNl

const uiEn: Record<UiKey, string> = {
  'app.name': 'Samenbord',
  'app.tagline': 'The workshop board for cooperation in your street, town centre or neighbourhood',
  'page.name': 'Board',

  'home.new.heading': 'New session',
  'home.new.titleLabel': 'Session title',
  'home.new.titlePlaceholder': 'e.g. Low-traffic market square – residents’ evening',
  'home.new.submit': 'Start session',
  'home.new.submitting': 'Starting…',
  'home.new.hint':
    'You get three links: to take part, to watch (e.g. on the projector) and to facilitate the session.',
  'home.error.titleRequired': 'Please give the session a title.',
  'home.error.server': 'The session could not be started: {message}',
  'home.error.network': 'No connection to the server. Check your connection and try again.',

  'loading.session': 'Loading session…',
  'loading.board': 'Connecting to the board…',

  'unknown.title': 'We don’t recognise this link',
  'unknown.body':
    'The link is incomplete or the session no longer exists. Ask the facilitator of the session for a new link.',
  'unknown.home': 'Go to the start page',
  'notFound.title': 'This page does not exist',

  'error.title': 'Something went wrong',
  'error.loadSession': 'The session could not be loaded. Check your connection and try again.',
  'error.boardTooNew': 'This board was made with a newer version of Samenbord. Please reload the page.',
  'error.retry': 'Try again',

  'name.title': 'What’s your name?',
  'name.body': 'The other participants see your name next to your cursor and in the list of people present.',
  'name.label': 'Your name',
  'name.placeholder': 'e.g. Fatima, De Korenbloem bakery',
  'name.submit': 'Join',
  'name.save': 'Save',
  'name.cancel': 'Cancel',

  'role.facilitator': 'Facilitator',
  'role.join': 'Participant',
  'role.view': 'Viewer',
  'viewer.name': 'Viewer',
  'viewer.badge': 'View only',

  'connection.connected': 'Connected',
  'connection.connecting': 'Connecting…',
  'connection.offline': 'Offline',
  'connection.connectedHint': 'Changes are shared immediately.',
  'connection.connectingHint': 'Re-establishing the connection. You can keep working.',
  'connection.offlineHint': 'Your changes are kept and sent as soon as the connection is back.',

  'links.button': 'Share',
  'links.title': 'Links for this session',
  'links.join': 'Take part',
  'links.joinHint': 'For participants: they can add and edit.',
  'links.view': 'Watch',
  'links.viewHint': 'View only, for example for the projector.',
  'links.facilitator': 'Facilitate',
  'links.facilitatorHint': 'Only for you: keep this link to come back later.',
  'links.copy': 'Copy',
  'links.copied': 'Copied',
  'links.copyFailed': 'Copying failed: select the link and copy it yourself.',
  'links.close': 'Close',

  'participants.title': 'Present',
  'participants.you': '(you)',
  'participants.changeName': 'Click to change your name',

  'insert.button': 'Insert template',
  'insert.title': 'Insert on the board',
  'insert.templates': 'Methods',
  'insert.parts': 'Parts',
  'insert.layout.actor-map': 'Actor map – influence and interest',
  'insert.layout.actor-map.hint': 'Who has influence, who has a stake? Four quadrants.',
  'insert.layout.actor-map:rings': 'Actor map – rings of influence',
  'insert.layout.actor-map:rings.hint': 'Role now and role wanted, from being informed to co-deciding.',
  'insert.layout.participation-ladder': 'Participation ladder',
  'insert.layout.participation-ladder.hint': 'From informing to self-management: where are we, what is the next step?',
  'insert.layout.brainstorm': 'Brainstorm',
  'insert.layout.brainstorm.hint': 'A central question, ideas and clusters.',
  'insert.layout.vision': 'Vision session',
  'insert.layout.vision.hint': 'Vision, goals and actions: who does what, by when.',
  'insert.addActor': 'Add actor',
  'insert.addActor.hint': 'A card with name, kind of party, interest, attitude and role.',
  'insert.addCluster': 'Add cluster',
  'insert.addCluster.hint': 'An area to group notes in, with its own name.',
  'insert.addActionsArea': 'Add actions area',
  'insert.addActionsArea.hint': 'Notes in this area are actions.',

  'cluster.namePlaceholder': 'Name of the cluster',
  'actorForm.title': 'Edit actor',
  'actorForm.noRole': 'Not decided yet',
  'actorForm.done': 'Done',
}

export const nl = { ...uiNl, ...templateNl }
export type MessageKey = keyof typeof nl
export const en: Record<MessageKey, string> = { ...uiEn, ...templateEn }

/** Whether a string read from a document is one of our keys (labels are stored as keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nl, key)
}
