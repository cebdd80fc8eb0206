import { describe, expect, it } from 'vitest'
import { area, note, sid, testBoard } from '../areas/testFixtures.ts'
import { applyActionPatch } from '../actions/edit.ts'
import { parseQuickSyntax } from '../actions/parse.ts'
import { readActions } from '../actions/readActions.ts'
import { knownNames } from '../actions/knownNames.ts'
import { carriedNoteText, ownerToken } from './carriedNoteText.ts'

const WORKSHOP = new Date(2026, 5, 10)

describe('carriedNoteText', () => {
  it('writes owner and due date under the action, in words', () => {
    expect(carriedNoteText({ text: 'Gevelfonds opzetten', owner: 'Anna', due: '2026-03-01' })).toBe('Gevelfonds opzetten\n@Anna, vóór 1 maart 2026')
    expect(carriedNoteText({ text: 'Website bijwerken', owner: 'Jan de Vries', due: null })).toBe('Website bijwerken\n@Jan de Vries')
    expect(carriedNoteText({ text: 'Kerstmarkt', owner: null, due: '2026-12-15' })).toBe('Kerstmarkt\nvóór 15 december 2026')
    expect(carriedNoteText({ text: 'Alleen tekst', owner: null, due: null })).toBe('Alleen tekst')
  })

  it('reads back as the same action: text, owner and due date (also for an overdue date)', () => {
    const cases = [
      { text: 'Gevelfonds opzetten', owner: 'Anna', due: '2026-03-01' },
      { text: 'Website bijwerken, met foto’s', owner: 'Jan de Vries', due: '2027-02-01' },
      { text: 'Bankjes plaatsen', owner: 'Anne-Marie', due: null },
      { text: 'Subsidie aanvragen', owner: null, due: '2025-11-30' },
      { text: 'Overleg met "de Ondernemersvereniging"', owner: '„Fatima” El Amrani', due: '2026-06-10' },
    ]
    for (const action of cases) {
      const parsed = parseQuickSyntax(carriedNoteText(action), WORKSHOP)
      expect(parsed).toEqual({ text: action.text, owner: action.owner?.replace(/["„”]/gu, '') ?? null, due: action.due })
    }
  })

  it('quotes only names the quick syntax would cut short', () => {
    expect(ownerToken('Bram')).toBe('@Bram')
    expect(ownerToken("D'Hondt")).toBe("@D'Hondt")
    expect(ownerToken('Gemeente Oosterhout')).toBe('@"Gemeente Oosterhout"')
    expect(ownerToken('Anna.')).toBe('@"Anna."')
    // The name grammar reads particles and a surname: no quotes people find technical.
    expect(ownerToken('Jan de Vries')).toBe('@Jan de Vries')
    expect(ownerToken('Anna van der Berg')).toBe('@Anna van der Berg')
    expect(ownerToken('„Fatima” El Amrani')).toBe('@Fatima El Amrani')
    // Two capitalised words are one owner only where the name is known.
    expect(ownerToken('Jan Bakker')).toBe('@"Jan Bakker"')
    expect(ownerToken('Jan Bakker', knownNames(['Jan Bakker']))).toBe('@Jan Bakker')
    expect(ownerToken('Gemeente Oosterhout', knownNames(['Gemeente Oosterhout']))).toBe('@Gemeente Oosterhout')
  })

  it('carries the owner corrected by hand and the clean text, never the text as first misread', () => {
    const actions = area({ id: 'acties', kind: 'actions', template: 'board', key: 'actions', labelKey: 'template.actions.title', x: 0, y: 0, w: 900, h: 900 })
    const board = testBoard(actions, note({ id: 'n', x: 100, y: 100, text: '@Jan Bakker Subsidie aanvragen eind januari' }))
    const read = () => readActions(board, { reference: WORKSHOP, lang: 'nl' })[0]!
    expect(carriedNoteText(read())).toBe('Bakker Subsidie aanvragen\n@Jan, vóór 31 januari 2027')
    board.apply({ put: [applyActionPatch(board.get(sid('n'))!, { owner: 'Jan Bakker', due: '2027-02-15' })] })
    const carried = carriedNoteText(read())
    expect(carried).toBe('Subsidie aanvragen\n@"Jan Bakker", vóór 15 februari 2027')
    // In the follow-up the carried note keeps owner and due in meta too (server/sessions/followUp.ts).
    expect(parseQuickSyntax(carried, new Date(2027, 0, 20), { owner: 'Jan Bakker', due: '2027-02-15' })).toEqual({
      text: 'Subsidie aanvragen',
      owner: 'Jan Bakker',
      due: '2027-02-15',
    })
  })
})
