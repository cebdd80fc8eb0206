// What a structure label shows given its props and who looks (rendered to static HTML, no DOM).
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import type { LabelProps } from '../../../shared/board/shapes/index.ts'
import { DEFAULT_CONTROL } from '../../../shared/facilitation/types.ts'
import { translate } from '../../../shared/i18n/index.ts'
import { type LabelShape, LabelShapeUtil } from './LabelShapeUtil.tsx'
import { LabelView } from './LabelView.tsx'
import { measuringEditor, shapeRecord } from './shapeTesting.ts'
import { renderView } from './viewTesting.ts'

const defaults = new LabelShapeUtil(measuringEditor().editor).getDefaultProps()
const label = (props: Partial<LabelProps> = {}) => shapeRecord<LabelShape>('sb-label', { ...defaults, ...props })
const view = (shape: LabelShape, opts: Parameters<typeof renderView>[1] = {}) => renderView(createElement(LabelView, { shape }), opts)
const question = label({ role: 'question', template: 'brainstorm', text: '', labelKey: 'brainstorm.question.placeholder' })
const unlocked = { ...DEFAULT_CONTROL, lock: { ...DEFAULT_CONTROL.lock, structure: false } }

describe('LabelView', () => {
  it('shows typed text before its label key', () => {
    expect(view(label({ role: 'title', text: 'Actorenkaart', labelKey: 'brainstorm.question.placeholder' }))).toContain('Actorenkaart')
  })

  it('shows the typed question to everyone, the projector included', () => {
    const typed = label({ role: 'question', text: 'Hoe maken we het plein autoluw?', labelKey: 'brainstorm.question.placeholder' })
    for (const opts of [{}, { onProjector: true }, { role: 'facilitator' as const }]) {
      expect(view(typed, opts)).toContain('Hoe maken we het plein autoluw?')
    }
  })

  it('invites typing an empty question only to whoever can: the facilitator, or anyone when structure is unlocked', () => {
    // Whole text of the element: the plain text is the start of the invitation.
    const invite = `>${translate('nl', 'brainstorm.question.placeholder')}<`
    const plain = `>${translate('nl', 'brainstorm.question.empty')}<`
    expect(view(question, { role: 'facilitator' })).toContain(invite)
    expect(view(question, { role: 'facilitator' })).not.toContain(plain)
    expect(view(question, { role: 'join', control: unlocked })).toContain(invite)
    expect(view(question, { role: 'join' })).toContain(plain)
    expect(view(question, { role: 'facilitator', readonly: true })).toContain(plain)
  })

  it('hides an empty question on the projector, and opens the question field while it is edited', () => {
    const hidden = view(question, { onProjector: true })
    expect(hidden).toContain('data-placeholder-hidden')
    expect(hidden).not.toContain(translate('nl', 'brainstorm.question.empty'))
    expect(view(question, { role: 'facilitator', editingShapeId: question.id })).toContain('data-testid="question-input"')
  })
})
