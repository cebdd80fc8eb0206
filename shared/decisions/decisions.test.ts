import { describe, expect, it } from 'vitest'
import { boardSchema } from '../board/schema.ts'
import { area, note, sid, testBoard } from '../areas/testFixtures.ts'
import { isMessageKey } from '../i18n/messages.ts'
import { translate } from '../i18n/translate.ts'
import { decisionsAreaRecord } from './decisionsArea.ts'
import { toggleDecisionMark } from './mark.ts'
import { isMarkedDecision, readDecisions } from './readDecisions.ts'

describe('toggleDecisionMark', () => {
  it('marks and unmarks, keeping the rest of meta and unknown fields of meta.decision', () => {
    const plain = note({ id: 'n', x: 0, y: 0, text: 'Markt op zaterdag', meta: { action: { owner: 'Anna' }, createdBy: 'b1' } })
    const marked = toggleDecisionMark(plain)
    expect(isMarkedDecision(marked)).toBe(true)
    expect(marked.meta).toEqual({ action: { owner: 'Anna' }, createdBy: 'b1', decision: { marked: true } })
    const unmarked = toggleDecisionMark({ ...marked, meta: { ...(marked.meta as object), decision: { marked: true, by: 'later' } } })
    expect(isMarkedDecision(unmarked)).toBe(false)
    expect((unmarked.meta as { decision: unknown }).decision).toEqual({ marked: false, by: 'later' })
    expect(plain.meta).toEqual({ action: { owner: 'Anna' }, createdBy: 'b1' })
  })

  it('treats a malformed meta.decision as unmarked', () => {
    const odd = note({ id: 'n', x: 0, y: 0, text: 'x', meta: { decision: 'yes' } })
    expect(toggleDecisionMark(odd).meta).toEqual({ decision: { marked: true } })
  })
})

describe('decisions on the board', () => {
  it('are the notes in a Besluiten area and the marked notes, read in order', () => {
    const decisions = decisionsAreaRecord({ existing: [], near: { x: 450, y: 350 }, newId: () => 'besluiten' })
    expect(() => boardSchema().types.shape.validate(decisions)).not.toThrow()
    const props = decisions.props as { kind: string; labelKey: string; hintKey: string; x?: number }
    expect(props.kind).toBe('decisions')
    expect(isMessageKey(props.labelKey) && isMessageKey(props.hintKey)).toBe(true)
    expect(translate('nl', props.labelKey as never)).toBe('Besluiten')
    const board = testBoard(
      area({
        id: 'acties',
        kind: 'actions',
        template: 'vision',
        key: 'actions',
        order: 0,
        labelKey: 'vision.actions',
        index: 'a1',
        x: 2000,
        y: 0,
        w: 600,
        h: 1000,
      }),
      { ...decisions, id: sid('besluiten') },
      note({ id: 'second', x: (decisions.x as number) + 300, y: (decisions.y as number) + 300, text: 'Subsidie aanvragen' }),
      note({ id: 'first', x: (decisions.x as number) + 50, y: (decisions.y as number) + 50, text: 'Markt op zaterdag' }),
      note({ id: 'empty', x: (decisions.x as number) + 600, y: (decisions.y as number) + 50, text: ' ' }),
      toggleDecisionMark(note({ id: 'marked', x: 2100, y: 100, text: 'Parkeren blijft gratis' })),
      note({ id: 'action', x: 2100, y: 500, text: 'Flyers' }),
    )
    const read = readDecisions(board, 'nl')
    expect(read.map((d) => d.id)).toEqual([sid('first'), sid('second'), sid('marked')])
    expect(read[0]).toEqual({ id: sid('first'), text: 'Markt op zaterdag', area: sid('besluiten'), areaLabel: 'Besluiten' })
  })
})
