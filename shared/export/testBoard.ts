// A workshop board for the image tests and measurements: the four classic templates side by side, 60
// notes spread over their areas (long and short texts, several colours) and three actor cards.
import * as Y from 'yjs'
import { listAreas } from '../areas/areas.ts'
import { actor } from '../areas/testFixtures.ts'
import { BoardDoc } from '../board/boardDoc.ts'
import { initBoard } from '../board/initBoard.ts'
import { addNoteToBoard, placeTemplatesSideBySide } from '../templates/index.ts'

const TEXTS = [
  'Gratis wifi',
  'Lichtsnoeren boven de straat',
  "Gevelverlichting 's avonds aan, ook in de zijstraten richting de markt en het station",
  '@Jan de Vries kerstverlichting regelen vóór 1 dec',
  'Café-terras uitbreiden',
  'Plantenbakken',
  'Meer fietsenrekken bij de supermarkt',
  'Leegstand onder 5% in 2028',
  'Çiçekçi Ayşe vraagt om laad- en losplekken',
  'Wijkagent',
] as const
const COLORS = ['yellow', 'light-blue', 'light-green', 'orange', 'light-violet'] as const

export function workshopBoard(noteCount = 60): BoardDoc {
  const board = new BoardDoc(new Y.Doc())
  initBoard(board, { pageName: 'Bord' })
  let seq = 0
  placeTemplatesSideBySide(board, ['actor-map', 'participation-ladder', 'brainstorm', 'vision'])
  const areas = listAreas(board, 'nl')
  const quadrant = areas.find((a) => a.key === 'key-players')!
  board.apply({
    put: [
      actor({ id: 'card1', x: quadrant.bounds.x + 40, y: quadrant.bounds.y + 80, name: 'Gemeente Oosterhout', party: 'gemeente', attitude: 'plus' }),
      actor({ id: 'card2', x: quadrant.bounds.x + 320, y: quadrant.bounds.y + 80, name: 'Winkeliersvereniging De Markt', party: 'ondernemer' }),
      actor({ id: 'card3', x: quadrant.bounds.x + 40, y: quadrant.bounds.y + 300, name: 'Politie', party: 'politie' }),
    ],
  })
  // Fill the areas in turn, so that every area gets notes and the brainstorm's ideas area gets many.
  const targets = areas.filter((a) => a.kind !== 'quadrant' || a.key !== 'key-players')
  for (let i = 0; i < noteCount; i++) {
    const area = targets[i % targets.length]!
    const text = `${TEXTS[i % TEXTS.length]}${i >= TEXTS.length ? ` ${i}` : ''}`
    const placed = addNoteToBoard({ board, text, areaId: area.id, id: `shape:note${++seq}`, color: COLORS[i % COLORS.length] })
    if (placed.ok) board.apply({ put: [placed.record, ...placed.also] })
  }
  return board
}
