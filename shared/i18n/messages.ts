// The message catalogues: Dutch first, English second. Every user-visible string of the UI and the
// exports is a key here. The English catalogue must have exactly the Dutch keys (checked by type).
// The workshop methods' own vocabulary lives in templateMessages.ts and is merged in here.
import { templateEn, templateNl } from './templateMessages.ts'
import { exportEn, exportNl } from './exportMessages.ts'
import { projectorEn, projectorNl } from './projectorMessages.ts'
import { facilitationEn, facilitationNl } from './facilitationMessages.ts'
import { listViewEn, listViewNl } from './listViewMessages.ts'
import { canvasAccessEn, canvasAccessNl } from './canvasAccessMessages.ts'
import { meetingEn, meetingNl } from './meetingMessages.ts'
import { workshopEn, workshopNl } from './workshopMessages.ts'
import { lifecycleEn, lifecycleNl } from './lifecycleMessages.ts'
import { storageEn, storageNl } from './storageMessages.ts'
import { votingEn, votingNl } from './votingMessages.ts'
import { voteScopeEn, voteScopeNl } from './voteScopeMessages.ts'
import { originEn, originNl } from './originMessages.ts'
import { layoutEn, layoutNl } from './layoutMessages.ts'
import { homeEn, homeNl } from './homeMessages.ts'
import { chromeEn, chromeNl } from './chromeMessages.ts'
import { historyEn, historyNl } from './historyMessages.ts'
import { deliveryEn, deliveryNl } from './deliveryMessages.ts'
import { dueDateEn, dueDateNl } from './dueDateMessages.ts'
import { cooperationEn, cooperationNl } from './cooperationMessages.ts'
import { planEn, planNl } from './planMessages.ts'
import { seriesEn, seriesNl } from './seriesMessages.ts'
import { listItemEn, listItemNl } from './listItemMessages.ts'
import { listStatusEn, listStatusNl } from './listStatusMessages.ts'
import { accessEn, accessNl } from './accessMessages.ts'
import { listFlowEn, listFlowNl } from './listFlowMessages.ts'
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
  'home.new.accessCodeLabel': 'Toegangscode om sessies te starten',
  'home.new.accessCodeHint': 'Deze server vraagt een toegangscode; je krijgt die van de beheerder. Hij wordt op dit apparaat onthouden.',
  'home.error.accessCode': 'De toegangscode ontbreekt of klopt niet.',

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
  'storage.repaired': 'Een beschadigd bestand van dit bord is apart gezet; wat erin stond kan ontbreken. Meld het de beheerder.',

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

  'actionsPanel.toggle': 'Acties ({count})',
  'actionsPanel.toggleShort': 'Acties',
  'actionsPanel.title': 'Actieoverzicht',
  'actionsPanel.close': 'Actieoverzicht sluiten',
  'actionsPanel.count': '{shown} van {total}',
  'actionsPanel.sort': 'Sorteren',
  'actionsPanel.sort.due': 'Op datum',
  'actionsPanel.sort.owner': 'Op eigenaar',
  'actionsPanel.sort.status': 'Op status',
  'actionsPanel.filterOwner': 'Eigenaar',
  'actionsPanel.filterStatus': 'Status',
  'actionsPanel.all': 'Iedereen',
  'actionsPanel.allStatuses': 'Alle',
  'actionsPanel.noOwner': 'Zonder eigenaar',
  'actionsPanel.owner': 'Wie',
  'actionsPanel.ownerPlaceholder': 'Naam',
  'actionsPanel.due': 'Wanneer',
  'actionsPanel.status': 'Status',
  'actionsPanel.status.open': 'Open',
  'actionsPanel.status.doing': 'Bezig',
  'actionsPanel.status.done': 'Klaar',
  'actionsPanel.status.dropped': 'Vervallen',
  'actionsPanel.overdue': 'Te laat',
  'actionsPanel.votes': '{count} stemmen',
  'actionsPanel.show': 'Toon op het bord',
  'actionsPanel.noText': '(leeg briefje)',
  'actionsPanel.empty.title': 'Nog geen acties',
  'actionsPanel.empty.body':
    'Zet een briefje in Acties of klik op ‘Actie’ op een briefje. Typ @naam en een datum, bv. ‘@Anna vóór 1 maart’.',
  'actionsPanel.noMatch': 'Geen acties met deze filters.',
  'actionsPanel.readonly': 'Alleen lezen',
  'markAction.label': 'Actie',
  'markAction.mark': 'Maak van dit briefje een actie',
  'markAction.unmark': 'Dit briefje is geen actie meer',
  'markAction.inArea': 'Dit briefje staat in Acties en is daarom een actie',
  'exportMenu.button': 'Exporteren',
  'exportMenu.title': 'Exporteren',
  'exportMenu.plan': 'Actieplan',
  'exportMenu.board': 'Afbeelding van het bord',
  'exportMenu.md': 'Markdown',
  'exportMenu.md.hint': 'Om te mailen of in een wiki te zetten',
  'exportMenu.csv': 'CSV (Excel)',
  'exportMenu.csv.hint': 'Acties als tabel',
  'exportMenu.docx': 'Word',
  'exportMenu.docx.hint': 'Verslag met alle acties',
  'exportMenu.ics': 'Agenda (ics)',
  'exportMenu.ics.hint': 'Deadlines in je agenda',
  'exportMenu.json': 'JSON',
  'exportMenu.json.hint': 'Voor andere programma’s',
  'exportMenu.png': 'PNG',
  'exportMenu.png.hint': 'Afbeelding van het hele bord',
  'exportMenu.svg': 'SVG',
  'exportMenu.svg.hint': 'Scherp op elk formaat',
  'exportMenu.busy': 'Bezig met exporteren…',
  'exportMenu.error': 'Exporteren is mislukt: {message}',
  'exportMenu.emptyBoard': 'Het bord is nog leeg.',
  'exportMenu.imageFileName': 'bord',
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
  'home.new.accessCodeLabel': 'Access code for starting sessions',
  'home.new.accessCodeHint': 'This server asks for an access code; your administrator has it. It is remembered on this device.',
  'home.error.accessCode': 'The access code is missing or wrong.',

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
  'storage.repaired': 'A damaged file of this board was set aside; what it held may be missing. Tell the administrator.',

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

  'actionsPanel.toggle': 'Actions ({count})',
  'actionsPanel.toggleShort': 'Actions',
  'actionsPanel.title': 'Action list',
  'actionsPanel.close': 'Close the action list',
  'actionsPanel.count': '{shown} of {total}',
  'actionsPanel.sort': 'Sort',
  'actionsPanel.sort.due': 'By date',
  'actionsPanel.sort.owner': 'By owner',
  'actionsPanel.sort.status': 'By status',
  'actionsPanel.filterOwner': 'Owner',
  'actionsPanel.filterStatus': 'Status',
  'actionsPanel.all': 'Everyone',
  'actionsPanel.allStatuses': 'All',
  'actionsPanel.noOwner': 'No owner',
  'actionsPanel.owner': 'Who',
  'actionsPanel.ownerPlaceholder': 'Name',
  'actionsPanel.due': 'When',
  'actionsPanel.status': 'Status',
  'actionsPanel.status.open': 'Open',
  'actionsPanel.status.doing': 'In progress',
  'actionsPanel.status.done': 'Done',
  'actionsPanel.status.dropped': 'Dropped',
  'actionsPanel.overdue': 'Overdue',
  'actionsPanel.votes': '{count} votes',
  'actionsPanel.show': 'Show on the board',
  'actionsPanel.noText': '(empty note)',
  'actionsPanel.empty.title': 'No actions yet',
  'actionsPanel.empty.body':
    'Put a note in Actions or click ‘Action’ on a note. Type @name and a date, e.g. ‘@Anna by 1 March’.',
  'actionsPanel.noMatch': 'No actions match these filters.',
  'actionsPanel.readonly': 'Read only',
  'markAction.label': 'Action',
  'markAction.mark': 'Make this note an action',
  'markAction.unmark': 'This note is no longer an action',
  'markAction.inArea': 'This note is in Actions, so it is an action',
  'exportMenu.button': 'Export',
  'exportMenu.title': 'Export',
  'exportMenu.plan': 'Action plan',
  'exportMenu.board': 'Image of the board',
  'exportMenu.md': 'Markdown',
  'exportMenu.md.hint': 'To e-mail or put in a wiki',
  'exportMenu.csv': 'CSV (Excel)',
  'exportMenu.csv.hint': 'Actions as a table',
  'exportMenu.docx': 'Word',
  'exportMenu.docx.hint': 'Report with every action',
  'exportMenu.ics': 'Calendar (ics)',
  'exportMenu.ics.hint': 'Deadlines in your calendar',
  'exportMenu.json': 'JSON',
  'exportMenu.json.hint': 'For other programs',
  'exportMenu.png': 'PNG',
  'exportMenu.png.hint': 'Image of the whole board',
  'exportMenu.svg': 'SVG',
  'exportMenu.svg.hint': 'Sharp at any size',
  'exportMenu.busy': 'Exporting…',
  'exportMenu.error': 'Export failed: {message}',
  'exportMenu.emptyBoard': 'The board is still empty.',
  'exportMenu.imageFileName': 'board',
}

export const nl = { ...uiNl, ...templateNl, ...exportNl, ...projectorNl, ...facilitationNl, ...workshopNl, ...lifecycleNl, ...storageNl, ...votingNl, ...voteScopeNl, ...originNl, ...layoutNl, ...homeNl, ...chromeNl, ...historyNl, ...deliveryNl, ...dueDateNl, ...meetingNl, ...cooperationNl, ...planNl, ...seriesNl, ...listViewNl, ...canvasAccessNl, ...listItemNl, ...accessNl, ...listFlowNl, ...listStatusNl }
export type MessageKey = keyof typeof nl
export const en: Record<MessageKey, string> = { ...uiEn, ...templateEn, ...exportEn, ...projectorEn, ...facilitationEn, ...workshopEn, ...lifecycleEn, ...storageEn, ...votingEn, ...voteScopeEn, ...originEn, ...layoutEn, ...homeEn, ...chromeEn, ...historyEn, ...deliveryEn, ...dueDateEn, ...meetingEn, ...cooperationEn, ...planEn, ...seriesEn, ...listViewEn, ...canvasAccessEn, ...listItemEn, ...accessEn, ...listFlowEn, ...listStatusEn }

/** Whether a string read from a document is one of our keys (labels are stored as keys). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(nl, key)
}
