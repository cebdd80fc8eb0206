// The working group's templates (Rolverdeling, Afsprakenkader, Terugblik) as outcomes: placed as the
// server and the insert menu place them, filled as a room fills them.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { actor, note } from '../areas/testFixtures.ts'
import { BoardDoc } from '../board/boardDoc.ts'
import type { ActorCardProps } from '../board/shapes/index.ts'
import { initBoard } from '../board/initBoard.ts'
import { translate } from '../i18n/translate.ts'
import { placeNoteInArea } from '../layout/boardLayout.ts'
import { placeTemplate, type TemplateLayoutId } from '../templates/index.ts'
import { readOutcomes, type TemplateOutcome } from './outcomes.ts'

let counter = 0
const newId = () => `c${++counter}`

function boardWith(layout: TemplateLayoutId): { board: BoardDoc; areaId: (key: string) => string } {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  const placed = placeTemplate(board, layout, { near: { x: 0, y: 0 }, newId })
  const areaId = (key: string) => placed.records.find((r) => r.type === 'sb-area' && (r.props as { key: string }).key === key)!.id
  return { board, areaId }
}

/** A note posted into an area by the shared layout rule, as the notes API and the phone page do. */
function post(board: BoardDoc, areaId: string, text: string): void {
  const placed = placeNoteInArea(board.all(), areaId, note({ id: newId(), text }), { grow: true })!
  board.apply({ put: [placed.note, ...placed.also] })
}

function cardIn(board: BoardDoc, areaId: string, name: string, party: ActorCardProps['party']): void {
  const area = board.get(areaId)!
  const at = { x: Number(area.x) + 40, y: Number(area.y) + 300 + 170 * board.all().filter((r) => r.type === 'sb-actor').length }
  board.apply({ put: [actor({ id: newId(), ...at, name, party })] })
}

const byArea = (t: TemplateOutcome) => t.areas.map((a) => [a.key, a.label, a.items.map((i) => (i.type === 'note' ? i.text : i.name))])

describe('outcomes of the working group templates', () => {
  it('Rolverdeling: per role who is in it, actor cards and name notes alike', () => {
    const { board, areaId } = boardWith('role-division')
    cardIn(board, areaId('kerngroep'), 'Gemeente Oosterhout', 'gemeente')
    post(board, areaId('kerngroep'), 'Ondernemersvereniging')
    cardIn(board, areaId('thema'), 'Horeca Nederland', 'ondernemer')
    post(board, areaId('informed'), 'Woningcorporatie Thuis')
    const [roles] = readOutcomes(board, 'nl').templates
    expect(roles!.template).toBe('role-division')
    expect(roles!.title).toBe('Rolverdeling')
    expect(byArea(roles!)).toEqual([
      ['kerngroep', 'Kerngroep / trekker', ['Ondernemersvereniging', 'Gemeente Oosterhout']],
      ['thema', 'Werkt mee aan één thema', ['Horeca Nederland']],
      ['meedenker', 'Meedenker / sympathisant', []],
      ['informed', 'Op de hoogte houden', ['Woningcorporatie Thuis']],
    ])
    expect(readOutcomes(board, 'en').templates[0]!.areas.map((a) => a.label)).toEqual([
      'Core group / lead',
      'Works on one theme',
      'Thinks along / sympathiser',
      'Kept informed',
    ])
  })

  it('Afsprakenkader: per topic the notes, in the order a group settles them', () => {
    const { board, areaId } = boardWith('agreements')
    post(board, areaId('chafes'), 'Eerst onderling bespreken, dan de voorzitter')
    post(board, areaId('goal'), 'Een levendig centrum')
    post(board, areaId('meet'), 'Elke zes weken, in het stadhuis')
    const [framework] = readOutcomes(board, 'nl').templates
    expect(framework!.title).toBe(translate('nl', 'template.agreements.title'))
    expect(byArea(framework!).map(([key, , items]) => [key, items])).toEqual([
      ['goal', ['Een levendig centrum']],
      ['members', []],
      ['decide', []],
      ['meet', ['Elke zes weken, in het stadhuis']],
      ['communicate', []],
      ['chafes', ['Eerst onderling bespreken, dan de voorzitter']],
      ['evaluate', []],
    ])
  })

  it('Terugblik: per lane the actions in it', () => {
    const { board, areaId } = boardWith('review')
    post(board, areaId('done'), 'Kerstmarkt evalueren')
    post(board, areaId('open'), 'Gevelfonds opzetten\n@Jan de Vries, vóór 1 maart 2027')
    const [review] = readOutcomes(board, 'nl').templates
    expect(review!.title).toBe('Terugblik')
    expect(byArea(review!)).toEqual([
      ['open', 'Nog open', ['Gevelfonds opzetten\n@Jan de Vries, vóór 1 maart 2027']],
      ['doing', 'Bezig', []],
      ['done', 'Klaar', ['Kerstmarkt evalueren']],
      ['dropped', 'Vervallen', []],
    ])
  })
})
