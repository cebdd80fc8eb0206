import { describe, expect, it } from 'vitest'
import { toMarkdown } from './markdown.ts'
import { SORTED_ACTION_TEXTS, testPlan } from './testPlan.ts'

/** A GFM table row back into its cells: split on pipes that are not escaped, then undo the escapes. */
function cells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/\\([\\`*_[\]<>|~#+\-=.)])/g, '$1'))
}

/** The table that follows a heading, as rows of cells (header first, separator left out). */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.split('\n')
  const start = lines.indexOf(heading)
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0)
  const rows: string[][] = []
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('#')) break
    if (line.startsWith('|') && !/^\|( --- \|)+$/.test(line)) rows.push(cells(line))
    else if (rows.length > 0 && !line.startsWith('|')) break
  }
  return rows
}

describe('toMarkdown', () => {
  const md = toMarkdown(testPlan())

  it('opens with the title, the written-out date, time, place and facilitator', () => {
    expect(md.split('\n').slice(0, 9)).toEqual([
      '# Actieplan: Winkelstraat Oosterhout',
      '',
      '**Datum:** maandag 23 november 2026',
      '',
      '**Tijd:** 19:30',
      '',
      '**Plaats:** Buurthuis De Linde, Oosterhout',
      '',
      '**Gespreksleiding:** Petra Jansen',
    ])
  })

  it('has a heading per template, in board order, under the outcomes', () => {
    const headings = md.split('\n').filter((l) => /^#{2,3} /.test(l))
    expect(headings).toEqual([
      '## Acties: wie doet wat, wanneer',
      '## Besluiten',
      '## Volgende bijeenkomst',
      '## Uitkomsten',
      '### Actorenkaart',
      '### Participatieladder',
      '### Brainstorm',
      '### Visiesessie',
      '## Deelnemers',
    ])
    expect(md).toContain('## Besluiten\n\n- De winkelstraat krijgt in december sfeerverlichting\n- De werkgroep komt elke zes weken bij elkaar\n')
    expect(md).toContain('## Volgende bijeenkomst\n\n**Wanneer:** dinsdag 12 januari 2027, 19:30\n\n**Plaats:** Stadhuis, zaal 2\n')
  })

  it('lists the actions by date, then owner, undated last, as table rows', () => {
    expect(tableAfter(md, '## Acties: wie doet wat, wanneer')).toEqual([
      ['Wie', 'Actie', 'Wanneer', 'Status'],
      // Due 1 December, the plan made on 10 December: overdue.
      ['Bram de Vries', SORTED_ACTION_TEXTS[0], '1 december 2026', 'Open; Te laat'],
      ['Anna Bakker', SORTED_ACTION_TEXTS[1], '15 december 2026', 'Klaar'],
      ['Fatima El Amrani', SORTED_ACTION_TEXTS[2], '15 december 2026', 'Bezig'],
      ['–', SORTED_ACTION_TEXTS[3], '–', 'Open'],
    ])
  })

  it('puts actors in a table per quadrant and escapes | so a cell never splits the row', () => {
    expect(md).toContain('| Winkeliersvereniging De Markt | Ondernemer | Neutraal (0) | Meedenker | Meer bezoekers \\| langer open |')
    expect(tableAfter(md, '#### Nauw betrekken / sleutelspelers')).toEqual([
      ['Naam', 'Soort partij', 'Houding', 'Gewenste rol', 'Belang'],
      ['Gemeente Oosterhout', 'Gemeente', 'Positief (+)', 'Trekker', 'Levendige winkelstraat, minder leegstand'],
      ['Winkeliersvereniging De Markt', 'Ondernemer', 'Neutraal (0)', 'Meedenker', 'Meer bezoekers | langer open'],
    ])
    expect(md).toMatch(/#### Informeren \/ betrokken houden\n\n- Buurtbewoners Oude Kerkstraat\n/)
    expect(md).toMatch(/#### Monitoren\n\n_Niets ingevuld\._\n/)
  })

  it('shows the ladder as one table: per rung who is there now and who is next', () => {
    const rows = tableAfter(md, '### Participatieladder')
    expect(rows[0]).toEqual(['Trede', 'Nu', 'Volgende stap'])
    expect(rows.map((r) => r[0])).toEqual(['Trede', 'Zelfbeheer', 'Meebeslissen', 'Coproduceren', 'Adviseren', 'Raadplegen', 'Informeren'])
    expect(rows).toContainEqual(['Meebeslissen', '–', 'Bewoners'])
    expect(rows).toContainEqual(['Raadplegen', 'Bewoners', '–'])
  })

  it('gives the brainstorm question, clusters by votes, then the ideas left out, skipping empty clusters', () => {
    const section = md.slice(md.indexOf('### Brainstorm'), md.indexOf('### Visiesessie'))
    expect(section).toContain('**Vraag:** Hoe maken we de Winkelstraat aantrekkelijker?')
    expect(section.split('\n').filter((l) => l.startsWith('#### ') || l.startsWith('- '))).toEqual([
      '#### Verlichting',
      "- Gevelverlichting 's avonds aan _(5 stemmen)_",
      '- Lichtsnoeren boven de straat _(2 stemmen)_',
      '#### Groen en terrassen',
      '- Café-terras uitbreiden _(3 stemmen)_',
      '- Plantenbakken',
      '#### Ideeën buiten een cluster',
      '- Maandelijkse \\*koopzondag\\* _(1 stem)_',
      '- Gratis wifi',
    ])
    expect(section).not.toContain('dubbelklik')
  })

  it('writes the vision columns as lists, a note over two lines with a hard line break', () => {
    const section = md.slice(md.indexOf('### Visiesessie'), md.indexOf('## Deelnemers'))
    expect(section).toContain('#### Visie\n\n- Een levendige, groene winkelstraat\\\n  waar je graag blijft\n')
    expect(section).toContain('#### Doelen\n\n- Leegstand onder 5% in 2028 _(2 stemmen)_\n- Twee nieuwe terrassen\n')
    // The Acties column is not repeated as typed (`@"Bram de Vries" …`): the table above has it, parsed.
    expect(section).toContain('#### Acties\n\n_Deze acties staan in de actietabel bovenaan dit actieplan._\n')
    expect(md).not.toContain('@')
  })

  it('keeps typed text from turning into markup', () => {
    const plan = testPlan()
    plan.people = undefined
    plan.participants = ['Jan_de_Boer']
    plan.actions = [{ ...plan.actions[0]!, text: '# 1 prioriteit: `stoepborden` <weg>', due: null }]
    const out = toMarkdown(plan)
    expect(out).toContain('## Deelnemers\n\n- Jan\\_de\\_Boer')
    expect(out).toContain('| \\# 1 prioriteit: \\`stoepborden\\` \\<weg\\> |')
  })

  it('never lets a lone CR or a control character end a line: no heading, no broken table row', () => {
    const plan = testPlan()
    plan.title = 'Titel\r# kop in de titel'
    plan.people = undefined
    plan.participants = ['Anna\r# Bakker', 'Bram\u0007']
    const brainstorm = plan.outcomes.templates.find((t) => t.template === 'brainstorm')!
    const item = brainstorm.areas.flatMap((a) => a.items).find((i) => i.type === 'note')!
    if (item.type === 'note') item.text = 'eerste regel\r# tweede regel\u2028- derde'
    plan.actions = [
      { ...plan.actions[0]!, text: 'Plan\r| kapot | rij\r# kop', owner: 'Jan\rPiet', areaLabel: 'Gebied\u0000\u001b[31m', due: null, status: 'open' },
    ]
    const out = toMarkdown(plan)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters the Markdown export must have removed
    expect(out).not.toMatch(/[\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/)
    // Every heading line is one we made; the typed "# kop" never starts a line.
    expect(out.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# Actieplan: Titel # kop in de titel'])
    expect(out).toContain('- eerste regel\\\n  \\# tweede regel\\\n  \\- derde')
    expect(out).toContain('- Anna\\\n  \\# Bakker\n- Bram\n')
    expect(tableAfter(out, '## Acties: wie doet wat, wanneer')[1]).toEqual(['Jan Piet', 'Plan | kapot | rij # kop', '–', 'Open'])
  })

  it('says so when there are no templates and no actions', () => {
    const out = toMarkdown({ ...testPlan(), participants: [], people: [], decisions: [], nextMeeting: undefined, outcomes: { templates: [] }, actions: [] })
    expect(out).toContain('## Deelnemers\n\n_niet vastgelegd_')
    expect(out).toContain('## Besluiten\n\n_Er zijn geen besluiten vastgelegd._')
    expect(out).toContain('## Volgende bijeenkomst\n\n_Nog niet afgesproken._')
    expect(out).toContain('## Uitkomsten\n\n_Er staan geen werkvormen op het bord._')
    expect(out).toContain('## Acties: wie doet wat, wanneer\n\n_Er zijn geen acties vastgelegd._\n')
  })

  it('renders an English plan with English labels', () => {
    const en = toMarkdown(testPlan('en'))
    expect(en).toContain('# Action plan: Winkelstraat Oosterhout')
    expect(en).toContain('**Date:** Monday, 23 November 2026')
    expect(en).toContain('## Participants\n\n| Organisation or role | Names |')
    expect(en).toContain('| Gemeente Oosterhout | Petra Jansen (facilitator); Fatima El Amrani |')
    expect(en).toContain('| No organisation | Kees |')
    expect(en).toContain('## Actions: who does what, by when')
    expect(tableAfter(en, '## Actions: who does what, by when').slice(0, 3)).toEqual([
      ['Who', 'Action', 'When', 'Status'],
      ['Bram de Vries', SORTED_ACTION_TEXTS[0], '1 December 2026', 'Open; Overdue'],
      ['Anna Bakker', SORTED_ACTION_TEXTS[1], '15 December 2026', 'Done'],
    ])
    expect(en).toContain('| Co-decide | – | Bewoners |')
    expect(en).toContain('#### Ideas not in a cluster')
    expect(en).toContain('_(5 votes)_')
    for (const dutch of ['Deelnemers', 'Datum', 'Wie', 'Bezig', 'Klaar', 'stemmen', 'Trede', 'Niets ingevuld', 'Te laat', 'Besluiten', 'gespreksleider'])
      expect(en).not.toContain(dutch)
  })
})
