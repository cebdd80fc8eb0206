// The toegankelijkheidsverklaring (accessibility statement), after the Dutch government's model
// statement (digitoegankelijk.nl): status, what conforms, what does not yet and what to use instead, how
// it was tested, and whom to contact. Dutch first, English second. Not merged into the main catalogue:
// only the statement's own page loads this text. {date}, {host} and {contact} are filled in by the page.

export interface StatementText {
  title: string
  intro: string
  scope: string
  status: { heading: string; verdict: string; body: string }
  conforms: { heading: string; intro: string; items: readonly string[] }
  notYet: { heading: string; intro: string; insteadLabel: string; items: readonly { what: string; instead: string }[] }
  alternatives: { heading: string; items: readonly { name: string; how: string }[] }
  tested: { heading: string; items: readonly string[]; note: string }
  contact: { heading: string; body: string; organiser: string; operator: string }
  drawnUp: string
  home: string
  otherLanguage: { label: string; lang: 'nl' | 'en' }
}

export const statementNl: StatementText = {
  title: 'Toegankelijkheidsverklaring',
  intro:
    'Iedereen moet kunnen meedoen aan een werksessie met Samenbord, ook wie een schermlezer, alleen een toetsenbord, een vergroting of een telefoon gebruikt. In deze verklaring staat wat daarvoor al klaar is, wat nog niet, en hoe u dan toch meedoet.',
  scope: 'Deze verklaring geldt voor Samenbord op {host}: de startpagina, de borden van elke sessie, de telefoonpagina, het actieoverzicht en de exports.',
  status: {
    heading: 'Status',
    verdict: 'Samenbord voldoet gedeeltelijk aan de eisen.',
    body: 'De eisen zijn die van WCAG 2.1 op niveau A en AA, zoals de Europese norm EN 301 549 ze vraagt. Een deel van Samenbord voldoet nog niet; dat staat hieronder, met wat u in plaats daarvan kunt gebruiken.',
  },
  conforms: {
    heading: 'Wat voldoet',
    intro: 'Deze onderdelen zijn te gebruiken met een schermlezer en met alleen het toetsenbord:',
    items: [
      'de startpagina: een sessie starten, Mijn sessies, een sessie importeren, en deze verklaring;',
      'de vraag naar uw naam bij het openen van een link;',
      'de Lijstweergave van het bord: elk sjabloon en elk vak als kop, elke notitie als item met de auteur, waar die bekend is, met stemmen en actiestatus; notities toevoegen, wijzigen, verplaatsen, stippen geven en acties bijhouden;',
      'de telefoonpagina: de vraag van dit moment, een notitie toevoegen, uw notities, stemmen en de timer;',
      'het actieoverzicht van de werkgroep (…/acties): alle acties met eigenaar, datum en status;',
      'de knoppen, menu’s en panelen rond het canvas, zoals de bovenbalk en het actiepaneel;',
      'de timer: een schermlezer hoort wanneer de laatste minuut begint en wanneer de tijd om is, niet elke seconde;',
      'wie op zijn apparaat minder beweging heeft gekozen, krijgt geen animaties;',
      'de tekst van de exports: het actieplan (PDF), Markdown, Word en CSV.',
    ],
  },
  notYet: {
    heading: 'Wat nog niet voldoet',
    intro: 'Deze onderdelen voldoen nog niet aan de eisen:',
    insteadLabel: 'In plaats daarvan:',
    items: [
      {
        what: 'Het canvas zelf (het tekenvlak van het bord) is niet te lezen met een schermlezer: notities, vakken en andere vormen hebben daar geen naam of rol (WCAG 1.1.1, 1.3.1 en 4.1.2).',
        instead:
          'Gebruik de Lijstweergave: daar staat alles wat op het bord staat, en daar kunt u alles doen wat u op het canvas doet met notities, stemmen en acties.',
      },
      {
        what: 'Tekenen, vormen schikken, verbinden en vakken vergroten op het canvas gaat vooral met muis of aanraking; met het toetsenbord kan maar een deel ervan (WCAG 2.1.1).',
        instead:
          'Notities toevoegen, verplaatsen naar een ander vak, stemmen en acties bijhouden kan met het toetsenbord in de Lijstweergave of op de telefoonpagina.',
      },
      {
        what: 'De afbeelding van het bord (PNG en SVG) heeft geen tekstalternatief (WCAG 1.1.1).',
        instead: 'Het actieplan (PDF), Markdown, Word en CSV geven dezelfde inhoud als tekst.',
      },
    ],
  },
  alternatives: {
    heading: 'Zo doet u toch mee',
    items: [
      {
        name: 'Lijstweergave',
        how: 'Zet de Lijstweergave aan in de bovenbalk van het bord, of voeg ?view=list toe aan het adres van het bord (bijvoorbeeld …/s/uw-link?view=list).',
      },
      {
        name: 'Telefoonpagina',
        how: 'Open de deelnamelink op een telefoon: u krijgt een eenvoudige pagina met de vraag, een invoerveld, uw notities, de stemronde en de timer.',
      },
      { name: 'Exports als tekst', how: 'De begeleider kan het bord delen als actieplan (PDF), Markdown, Word of CSV.' },
    ],
  },
  tested: {
    heading: 'Hoe dit is getest',
    items: [
      'Automatisch, met axe-core (de regels voor WCAG 2.1 A en AA), in de browsertests die bij elke nieuwe versie van Samenbord draaien: de startpagina, deze verklaring, de vraag naar uw naam, de borden van deelnemer en begeleider met het actiepaneel, de Lijstweergave, de projectorweergave, de telefoonpagina en het actieoverzicht, in het Nederlands en het Engels. Er mogen geen ernstige of kritieke fouten zijn.',
      'Met alleen het toetsenbord, zonder muis: deelnemen, uw naam geven, een notitie toevoegen in de Lijstweergave, stemmen en een actie met eigenaar en datum vastleggen. Een tweede deelnemer ziet elke wijziging live op het canvas.',
      'Wat een schermlezer van de Lijstweergave krijgt (de toegankelijkheidsboom) wordt bij elke test vastgelegd.',
    ],
    note: 'Deze toetsing is gedaan door de makers van Samenbord, niet door een onafhankelijke deskundige.',
  },
  contact: {
    heading: 'Contact',
    body: 'Kunt u iets niet gebruiken, of mist u iets? Laat het ons weten, dan zoeken we samen een oplossing.',
    organiser: 'Neem contact op met de organisator van de sessie: de gemeente of organisatie die u de link stuurde.',
    operator: 'Neem contact op met: {contact}',
  },
  drawnUp: 'Deze verklaring is opgesteld op {date}.',
  home: 'Naar de startpagina',
  otherLanguage: { label: 'English', lang: 'en' },
}

export const statementEn: StatementText = {
  title: 'Accessibility statement',
  intro:
    'Everyone should be able to take part in a workshop on Samenbord, including people who use a screen reader, only a keyboard, magnification or a phone. This statement says what is ready for that, what is not yet, and how you can take part all the same.',
  scope: 'This statement applies to Samenbord at {host}: the start page, every session’s boards, the phone page, the action overview and the exports.',
  status: {
    heading: 'Status',
    verdict: 'Samenbord is partially compliant.',
    body: 'The requirements are those of WCAG 2.1 at level A and AA, as the European standard EN 301 549 asks for them. Part of Samenbord does not meet them yet; that part is listed below, with what you can use instead.',
  },
  conforms: {
    heading: 'What complies',
    intro: 'These parts can be used with a screen reader and with the keyboard alone:',
    items: [
      'the start page: starting a session, My sessions, importing a session, and this statement;',
      'the question for your name when you open a link;',
      'the board’s list view: every template and every area as a heading, every note as an item with its author where known, its votes and action status; adding, editing and moving notes, giving dots and keeping track of actions;',
      'the phone page: the current question, adding a note, your notes, voting and the timer;',
      'the working group’s action overview (…/acties): every action with its owner, date and status;',
      'the buttons, menus and panels around the canvas, such as the top bar and the action panel;',
      'the timer: a screen reader hears when the last minute starts and when the time is up, not every second;',
      'if you have asked your device for less motion, you get no animations;',
      'the text of the exports: the action plan (PDF), Markdown, Word and CSV.',
    ],
  },
  notYet: {
    heading: 'What does not comply yet',
    intro: 'These parts do not meet the requirements yet:',
    insteadLabel: 'Instead:',
    items: [
      {
        what: 'The canvas itself (the board’s drawing area) cannot be read with a screen reader: notes, areas and other shapes have no name or role there (WCAG 1.1.1, 1.3.1 and 4.1.2).',
        instead: 'Use the list view: it holds everything on the board, and there you can do everything you do on the canvas with notes, votes and actions.',
      },
      {
        what: 'Drawing, arranging shapes, connecting them and resizing areas on the canvas mostly takes a mouse or touch; only part of it works with the keyboard (WCAG 2.1.1).',
        instead: 'Adding notes, moving them to another area, voting and keeping track of actions work with the keyboard in the list view or on the phone page.',
      },
      {
        what: 'The image of the board (PNG and SVG) has no text alternative (WCAG 1.1.1).',
        instead: 'The action plan (PDF), Markdown, Word and CSV give the same content as text.',
      },
    ],
  },
  alternatives: {
    heading: 'How to take part all the same',
    items: [
      {
        name: 'List view',
        how: 'Turn on the list view in the board’s top bar, or add ?view=list to the board’s address (for example …/s/your-link?view=list).',
      },
      { name: 'Phone page', how: 'Open the join link on a phone: you get a simple page with the question, a text box, your notes, the vote and the timer.' },
      { name: 'Exports as text', how: 'The facilitator can share the board as an action plan (PDF), Markdown, Word or CSV.' },
    ],
  },
  tested: {
    heading: 'How this was tested',
    items: [
      'Automatically, with axe-core (the rules for WCAG 2.1 A and AA), in the browser tests that run for every new version of Samenbord: the start page, this statement, the question for your name, the participant’s and the facilitator’s boards with the action panel, the list view, the projector view, the phone page and the action overview, in Dutch and in English. No serious or critical errors are allowed.',
      'With the keyboard alone, no mouse: joining, giving your name, adding a note in the list view, voting and recording an action with its owner and date. A second participant sees every change live on the canvas.',
      'What a screen reader gets from the list view (the accessibility tree) is recorded in every test run.',
    ],
    note: 'This evaluation was done by Samenbord’s makers, not by an independent expert.',
  },
  contact: {
    heading: 'Contact',
    body: 'Is there something you cannot use, or something missing? Let us know and we will find a solution together.',
    organiser: 'Contact the organiser of the session: the municipality or organisation that sent you the link.',
    operator: 'Contact: {contact}',
  },
  drawnUp: 'This statement was drawn up on {date}.',
  home: 'Go to the start page',
  otherLanguage: { label: 'Nederlands', lang: 'nl' },
}
