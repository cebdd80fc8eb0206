import { describe, expect, it } from 'vitest'
import { translate } from '../i18n/translate.ts'
import type { AreaOutcome, OutcomeItem, TemplateOutcome } from '../outcomes/outcomes.ts'
import { outcomeBlocks } from './outcomeBlocks.ts'

const note = (text: string): OutcomeItem => ({ id: `shape:${text}`, type: 'note', text, votes: 0 })
const card = (name: string, party: string): OutcomeItem => ({ id: `shape:${name}`, type: 'actor', name, party, interest: '', attitude: '', role: '', votes: 0 })
const areaOf = (kind: string, key: string, label: string, items: OutcomeItem[]): AreaOutcome => ({ id: `shape:${key}`, kind, key, label, items })

describe('outcomeBlocks of the working group templates', () => {
  it('Rolverdeling: one table, role → who', () => {
    const template: TemplateOutcome = {
      instance: 'r',
      template: 'role-division',
      title: 'Rolverdeling',
      areas: [
        areaOf('role', 'kerngroep', 'Kerngroep / trekker', [card('Gemeente Oosterhout', 'gemeente'), note('Ondernemersvereniging')]),
        areaOf('role', 'thema', 'Werkt mee aan één thema', []),
      ],
    }
    expect(outcomeBlocks('nl', template)).toEqual([
      { type: 'heading', level: 3, text: 'Rolverdeling' },
      {
        type: 'table',
        kind: 'lanes',
        columns: [
          { label: translate('nl', 'export.role'), width: 28 },
          { label: translate('nl', 'export.role.who'), width: 72 },
        ],
        rows: [
          [['Kerngroep / trekker'], ['Gemeente Oosterhout (Gemeente)', 'Ondernemersvereniging']],
          [['Werkt mee aan één thema'], ['–']],
        ],
      },
    ])
  })

  it('Afsprakenkader and Terugblik: one row per topic or lane, notes on one line each', () => {
    const agreements: TemplateOutcome = {
      instance: 'a',
      template: 'agreements',
      title: 'Afsprakenkader',
      areas: [areaOf('agreement', 'goal', 'Doel van de samenwerking', [note('Een levendig\ncentrum')])],
    }
    const [, table] = outcomeBlocks('en', agreements)
    expect(table).toMatchObject({
      type: 'table',
      columns: [{ label: 'Topic' }, { label: 'Agreements' }],
      rows: [[['Doel van de samenwerking'], ['Een levendig centrum']]],
    })
    const review: TemplateOutcome = {
      instance: 'tb',
      template: 'review',
      title: 'Terugblik',
      areas: [areaOf('review', 'open', 'Nog open', [note('Gevelfonds')]), areaOf('review', 'done', 'Klaar', [note('Kerstmarkt')])],
    }
    const blocks = outcomeBlocks('nl', review)
    expect(blocks).toHaveLength(2)
    expect(blocks[1]).toMatchObject({
      columns: [{ label: 'Status' }, { label: 'Acties' }],
      rows: [
        [['Nog open'], ['Gevelfonds']],
        [['Klaar'], ['Kerstmarkt']],
      ],
    })
  })
})
