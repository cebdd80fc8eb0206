import { describe, expect, it } from 'vitest'
import { area, note, sid, testBoard } from '../areas/testFixtures.ts'
import { noteText } from '../board/richText.ts'
import { knownNames } from './knownNames.ts'
import { applyActionEdit, noteTextAfterEdit } from './noteTextEdit.ts'
import { readActions } from './readActions.ts'
import type { ActionMeta, ActionPatch } from './types.ts'

const WORKSHOP = new Date(2026, 5, 10)
const FOLLOW_UP = new Date(2026, 11, 10)

function actionsBoard(text: string, meta: ActionMeta = {}) {
  const actions = area({ id: 'acties', kind: 'actions', template: 'board', key: 'actions', labelKey: 'template.actions.title', x: 0, y: 0, w: 900, h: 900 })
  return testBoard(actions, note({ id: 'n', x: 100, y: 100, text, meta: { action: meta } }))
}

/** Edits the note as the panel and the API do, and returns its text and its action as read back. */
function edit(text: string, patch: ActionPatch, opts: { meta?: ActionMeta; reference?: Date; known?: string[] } = {}) {
  const board = actionsBoard(text, opts.meta)
  const reference = opts.reference ?? WORKSHOP
  const before = board.get(sid('n'))!
  const after = applyActionEdit(before, patch, { reference, known: knownNames(opts.known ?? []) })
  board.apply({ put: [after] })
  const action = readActions(board, { reference, lang: 'nl' })[0]!
  return { text: noteText(board.get(sid('n'))!), action: { text: action.text, owner: action.owner, due: action.due }, before, after }
}

describe('a hand edit of owner or due rewrites what the note says', () => {
  it('a carried note: the new date replaces the old one on the note', () => {
    const meta = { owner: 'Gemeente', due: '2027-01-31' }
    for (const typed of ['Vergunning terras aanvragen\n@Gemeente, vóór 31 januari 2027', 'Vergunning terras aanvragen @Gemeente, vóór 31 januari 2027']) {
      const r = edit(typed, { due: '2027-02-28' }, { meta, reference: FOLLOW_UP })
      expect(r.text).toBe('Vergunning terras aanvragen\n@Gemeente, vóór 28 februari 2027')
      expect(r.action).toEqual({ text: 'Vergunning terras aanvragen', owner: 'Gemeente', due: '2027-02-28' })
    }
  })

  it('a typed note: owner or date changed by hand, the rest kept as typed', () => {
    expect(edit('@Jan Flyers drukken vóór 1 dec', { owner: 'Piet' }).text).toBe('Flyers drukken\n@Piet, vóór 1 december 2026')
    expect(edit('@Jan Flyers drukken vóór 1 dec', { due: '2026-12-15' }).text).toBe('Flyers drukken\n@Jan, vóór 15 december 2026')
    const r = edit('Flyers drukken vóór 1 dec, bij drukkerij Peters (in kleur!)', { due: '2027-01-08' })
    expect(r.text).toBe('Flyers drukken, bij drukkerij Peters (in kleur!)\nvóór 8 januari 2027')
    expect(r.action).toEqual({ text: 'Flyers drukken, bij drukkerij Peters (in kleur!)', owner: null, due: '2027-01-08' })
    // "Gemeente: …" names the owner too; the new one is written in the board's shorthand.
    expect(edit('Gemeente: vergunning aanvragen eind januari', { owner: 'Politie' }).text).toBe('Vergunning aanvragen\n@Politie, vóór 31 januari 2027')
  })

  it('a note that spells neither an owner nor a date is left as typed', () => {
    const r = edit('Flyers drukken bij de drukker', { owner: 'Piet', due: '2026-12-01' })
    expect(r.text).toBe('Flyers drukken bij de drukker')
    expect(r.after.props).toBe(r.before.props)
    expect(r.action).toEqual({ text: 'Flyers drukken bij de drukker', owner: 'Piet', due: '2026-12-01' })
  })

  it('owner cleared by hand: the name leaves the note, the date stays', () => {
    const r = edit('@Jan Flyers drukken vóór 1 dec', { owner: null })
    expect(r.text).toBe('Flyers drukken\nvóór 1 december 2026')
    expect(r.action).toEqual({ text: 'Flyers drukken', owner: null, due: '2026-12-01' })
  })

  it('date cleared by hand: the date leaves the note, the owner stays', () => {
    const r = edit('@Jan Flyers drukken vóór 1 dec', { due: null })
    expect(r.text).toBe('Flyers drukken\n@Jan')
    expect(r.action).toEqual({ text: 'Flyers drukken', owner: 'Jan', due: null })
    expect(edit('@Jan Flyers drukken vóór 1 dec', { owner: null, due: null }).text).toBe('Flyers drukken')
  })

  it('a note with an owner only gets the date set by hand beside it', () => {
    expect(edit('@Jan Flyers drukken', { due: '2026-12-01' }).text).toBe('Flyers drukken\n@Jan, vóór 1 december 2026')
  })

  it('leaves the text alone when it still says the action, or the edit is only the status', () => {
    for (const patch of [{ owner: 'jan' }, { due: '2026-12-01' }, { status: 'done' }] as ActionPatch[]) {
      const r = edit('@Jan Flyers drukken vóór 1 dec', patch)
      expect(r.text).toBe('@Jan Flyers drukken vóór 1 dec')
      expect(r.after.props).toBe(r.before.props)
    }
  })

  it('reads the old text with the hand edits made before: a corrected owner is cut whole', () => {
    const r = edit('@Jan Bakker Subsidie aanvragen', { owner: 'Piet' }, { meta: { owner: 'Jan Bakker' } })
    expect(r.text).toBe('Subsidie aanvragen\n@Piet')
  })

  it('leaves the text as typed when it already spells the owner set by hand', () => {
    // Read without the hand owner, "@Jan Bakker" is Jan's and "Bakker" part of the text; set by hand,
    // the text says Jan Bakker already, so it stays (and the actions list cuts "@Jan Bakker" whole).
    const r = edit('@Jan Bakker Subsidie aanvragen eind januari', { owner: 'Jan Bakker' })
    expect(r.text).toBe('@Jan Bakker Subsidie aanvragen eind januari')
    expect(r.action).toEqual({ text: 'Subsidie aanvragen', owner: 'Jan Bakker', due: '2027-01-31' })
    // With the date changed too, the owner is cut whole and written as set.
    expect(edit('@Jan Bakker Subsidie aanvragen eind januari', { owner: 'Jan Bakker', due: '2027-02-15' }).text).toBe(
      'Subsidie aanvragen\n@"Jan Bakker", vóór 15 februari 2027',
    )
    // A date set by hand that the text spells further on: that phrase is the date, nothing is rewritten.
    expect(edit('Flyers 1 dec ophalen, uitdelen vóór 15 dec', { due: '2026-12-15' }).text).toBe('Flyers 1 dec ophalen, uitdelen vóór 15 dec')
  })

  it('quotes a name only where the note would not read it back whole', () => {
    expect(edit('@Jan Flyers drukken', { owner: 'Jan de Vries' }).text).toBe('Flyers drukken\n@Jan de Vries')
    expect(edit('@Jan Flyers drukken', { owner: 'Jan Bakker' }).text).toBe('Flyers drukken\n@"Jan Bakker"')
    const known = edit('@Jan Flyers drukken', { owner: 'Jan Bakker' }, { known: ['Jan Bakker'] })
    expect(known.text).toBe('Flyers drukken\n@Jan Bakker')
    expect(known.action).toEqual({ text: 'Flyers drukken', owner: 'Jan Bakker', due: null })
  })

  it('keeps the other props and meta, and fits the note to a longer text', () => {
    const long = 'Een lange tekst over de verlichting van de hele kerstmarkt op het plein, de kramen en de route @Jan vóór 1 dec'
    const r = edit(long, { owner: 'Anna van der Berg-Smit', status: 'doing' })
    const props = r.after.props as Record<string, unknown>
    expect(props.color).toBe('yellow')
    expect(props.growY).toBeGreaterThan(0)
    expect(r.after.meta).toEqual({ action: { owner: 'Anna van der Berg-Smit', status: 'doing' } })
  })

  it('noteTextAfterEdit: the rule on plain text', () => {
    const context = { reference: WORKSHOP }
    expect(noteTextAfterEdit('Jan bellen', {}, { owner: 'Piet' }, context)).toBeUndefined()
    expect(noteTextAfterEdit('Bellen @Jan', {}, { owner: 'Piet' }, context)).toBe('Bellen\n@Piet')
  })
})
