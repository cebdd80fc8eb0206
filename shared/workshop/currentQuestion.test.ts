import { describe, expect, it } from 'vitest'
import { DEFAULT_CONTROL, type ControlState } from '../facilitation/types.ts'
import { area, label, testBoard } from '../areas/testFixtures.ts'
import { currentQuestion } from './currentQuestion.ts'

function control(parts: Partial<Pick<ControlState, 'focus' | 'silent'>> = {}): Pick<ControlState, 'focus' | 'silent'> {
  return { focus: DEFAULT_CONTROL.focus, silent: DEFAULT_CONTROL.silent, ...parts }
}

/** Two brainstorms (the second placed later, with a typed question) and a vision board. */
function workshopBoard() {
  return testBoard(
    area({
      id: 'ideas-1',
      template: 'brainstorm',
      instance: 'b1',
      kind: 'ideas',
      labelKey: 'brainstorm.ideas',
      hintKey: 'brainstorm.ideas.hint',
      index: 'a1',
      x: 0,
      y: 300,
      w: 1300,
      h: 1100,
    }),
    label({ id: 'q-1', template: 'brainstorm', instance: 'b1', role: 'question', labelKey: 'brainstorm.question.placeholder', index: 'a2' }),
    area({
      id: 'goals',
      template: 'vision',
      instance: 'v1',
      kind: 'goals',
      labelKey: 'vision.goals',
      hintKey: 'vision.goals.hint',
      index: 'a3',
      x: 0,
      y: 3000,
      w: 800,
      h: 800,
    }),
    area({
      id: 'ideas-2',
      template: 'brainstorm',
      instance: 'b2',
      kind: 'ideas',
      labelKey: 'brainstorm.ideas',
      index: 'a5',
      x: 5000,
      y: 300,
      w: 1300,
      h: 1100,
    }),
    area({
      id: 'cluster-2',
      template: 'brainstorm',
      instance: 'b2',
      kind: 'cluster',
      label: 'Parkeren',
      order: 1,
      index: 'a6',
      x: 6400,
      y: 300,
      w: 700,
      h: 500,
    }),
    label({ id: 'q-2', template: 'brainstorm', instance: 'b2', role: 'question', text: 'Hoe maken we het plein autoluw?', index: 'a7' }),
  )
}

describe('currentQuestion', () => {
  it('takes the newest brainstorm’s ideas area and its typed question when nothing is focused', () => {
    expect(currentQuestion(workshopBoard(), control(), 'nl')).toEqual({
      areaId: 'shape:ideas-2',
      source: 'brainstorm',
      question: 'Hoe maken we het plein autoluw?',
      kind: 'ideas',
      label: 'Ideeën',
      hint: '',
    })
  })

  it('follows the facilitator’s focus area, with its label and hint in the viewer’s language', () => {
    const focus = { areaId: 'shape:goals' }
    expect(currentQuestion(workshopBoard(), control({ focus }), 'en')).toMatchObject({
      areaId: 'shape:goals',
      source: 'focus',
      question: '',
      label: 'Goals',
      hint: 'What do we want to achieve?',
    })
  })

  it('uses the silent brainstorm’s area when there is no focus, and the focus over it', () => {
    const silent = { on: true, areaId: 'shape:ideas-1', since: 1, notes: 0, people: 0 }
    expect(currentQuestion(workshopBoard(), control({ silent }), 'nl')).toMatchObject({
      areaId: 'shape:ideas-1',
      source: 'silent',
      // The first brainstorm's question was never typed: no question, only the area.
      question: '',
      hint: 'Eén idee per briefje',
    })
    expect(currentQuestion(workshopBoard(), control({ silent, focus: { areaId: 'shape:cluster-2' } }), 'nl')).toMatchObject({
      areaId: 'shape:cluster-2',
      source: 'focus',
      label: 'Parkeren',
      question: 'Hoe maken we het plein autoluw?',
    })
  })

  it('ignores a focus or silent area that is no longer on the board, and a silence that is off', () => {
    const gone = control({ focus: { areaId: 'shape:deleted' }, silent: { on: false, areaId: 'shape:ideas-1', since: 1, notes: 0, people: 0 } })
    expect(currentQuestion(workshopBoard(), gone, 'nl').areaId).toBe('shape:ideas-2')
  })

  it('has no area on a board without a brainstorm and without focus', () => {
    const board = testBoard(area({ id: 'goals', template: 'vision', instance: 'v1', kind: 'goals' }))
    expect(currentQuestion(board, control(), 'nl')).toEqual({ areaId: null, source: 'none', question: '', kind: '', label: '', hint: '' })
  })
})
