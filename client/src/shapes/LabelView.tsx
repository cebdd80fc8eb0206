// How structure text looks: big and high-contrast for the projector. Titles and axes bold, captions
// muted, the actor map's axes with an arrow along them, the legend as colour chips, and the question
// as a panel that shows its placeholder until someone types it.
import { useMemo, type CSSProperties } from 'react'
import { HTMLContainer, useEditor, useIsEditing, useValue } from 'tldraw'
import { isMessageKey } from '../../../shared/i18n/index.ts'
import { useLang, useT } from '../i18n/I18nProvider.tsx'
import { InlineTextInput } from './InlineTextInput.tsx'
import { useControl } from '../facilitation/useControl.ts'
import type { LabelShape } from './LabelShapeUtil.tsx'
import { legendLayout } from './legendLayout.ts'
import { LABEL_WEIGHT, questionFontSize } from './metrics.ts'
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from './shapeText.ts'
import { useOnProjector } from './onProjector.ts'

/** Axis labels of the power/interest grid and the role division get an arrow: they are real axes, not headings. */
const ARROW_AXES = new Set(['actorMap.axis.influence', 'actorMap.axis.interest', 'roles.axis'])

const JUSTIFY = { start: 'flex-start', middle: 'center', end: 'flex-end' } as const
const TEXT_ALIGN = { start: 'left', middle: 'center', end: 'right' } as const

export function LabelView({ shape }: { shape: LabelShape }) {
  const { props } = shape
  if (props.role === 'legend') return <LegendLabel shape={shape} />
  if (props.role === 'question') return <QuestionLabel shape={shape} />
  return <PlainLabel shape={shape} />
}

function PlainLabel({ shape }: { shape: LabelShape }) {
  const t = useT()
  const { props } = shape
  const text = props.text.trim() || (isMessageKey(props.labelKey) ? t(props.labelKey) : '')
  const fontSize = LABEL_FONT_SIZE[props.size]
  const line = Math.ceil(fontSize * LABEL_LINE_HEIGHT)
  const arrow = props.role === 'axis' && ARROW_AXES.has(props.labelKey)
  const style: CSSProperties = {
    fontSize,
    fontWeight: LABEL_WEIGHT[props.role],
    lineHeight: LABEL_LINE_HEIGHT,
    justifyContent: JUSTIFY[props.align],
    textAlign: TEXT_ALIGN[props.align],
  }
  if (props.vertical) {
    // Runs upwards along the left edge: a w-long line of text turned a quarter to the left.
    Object.assign(style, { width: props.w, height: line, transform: `translate(0px, ${props.w}px) rotate(-90deg)`, transformOrigin: '0 0' })
  }
  return (
    <HTMLContainer className={`sb-label sb-label-${props.role}`} data-label-role={props.role}>
      <div className={`sb-label-text${props.vertical ? ' is-vertical' : ''}${arrow ? ' has-arrow' : ''}`} style={style}>
        {arrow && <span className="sb-axis-line" aria-hidden="true" />}
        <span className="sb-label-words">{text}</span>
        {arrow && <span className="sb-axis-line sb-axis-head" aria-hidden="true" />}
      </div>
    </HTMLContainer>
  )
}

function LegendLabel({ shape }: { shape: LabelShape }) {
  const t = useT()
  const lang = useLang()
  const editor = useEditor()
  const { props } = shape
  const heading = isMessageKey(props.labelKey) ? t(props.labelKey) : ''
  const fontSize = LABEL_FONT_SIZE[props.size]
  const layout = useMemo(() => legendLayout(editor, lang, heading, fontSize, props.w), [editor, lang, heading, fontSize, props.w])
  return (
    <HTMLContainer className="sb-label sb-legend" data-label-role="legend">
      {layout.rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a row is a position in the legend's layout (its items move between rows as the width changes), not an item
        <div key={i} className="sb-legend-row" style={{ height: layout.rowHeight, gap: layout.gap, justifyContent: JUSTIFY[props.align], fontSize }}>
          {row.map((item) =>
            item.kind === 'heading' ? (
              <span key="heading" className="sb-legend-heading">
                {item.text}
              </span>
            ) : (
              <span key={item.kind} className="sb-legend-item" data-party={item.kind}>
                <span className="sb-legend-chip" style={{ width: layout.chip, height: layout.chip, background: item.color }} />
                {item.text}
              </span>
            ),
          )}
        </div>
      ))}
    </HTMLContainer>
  )
}

function QuestionLabel({ shape }: { shape: LabelShape }) {
  const t = useT()
  const editor = useEditor()
  const { props } = shape
  const isEditing = useIsEditing(shape.id)
  const { control } = useControl()
  // "Double-click to type" only for whoever can: the projector and participants under the structure
  // lock see a plain "Central question" instead of an instruction they cannot follow.
  const canType = useValue(
    'can type the question',
    () => !editor.getIsReadonly() && (editor.getInstanceState().meta.samenbordRole === 'facilitator' || !control.lock.structure),
    [editor, control.lock.structure],
  )
  const placeholder = !isMessageKey(props.labelKey) ? '' : canType ? t(props.labelKey) : t('brainstorm.question.empty')
  const empty = !props.text.trim()
  const fontSize = useMemo(() => questionFontSize(editor, props.text || placeholder, props.w), [editor, props.text, placeholder, props.w])
  // Nothing on the projector until the question is typed (an empty dashed panel says nothing to the room).
  const onProjector = useOnProjector()
  if (empty && onProjector) return <HTMLContainer className="sb-label sb-question-hidden" data-label-role="question" data-placeholder-hidden />
  return (
    <HTMLContainer className={`sb-label sb-question${empty ? ' is-empty' : ''}${isEditing ? ' is-editing' : ''}`} data-label-role="question">
      {isEditing ? (
        <InlineTextInput
          shapeId={shape.id}
          multiline
          className="sb-question-input"
          style={{ fontSize, fontWeight: LABEL_WEIGHT.question, textAlign: TEXT_ALIGN[props.align] }}
          value={props.text}
          placeholder={placeholder}
          // The question stays locked while it is typed: the lock is for moving and deleting it.
          onChange={(text) => editor.run(() => editor.updateShape<LabelShape>({ id: shape.id, type: shape.type, props: { text } }), { ignoreShapeLock: true })}
          testId="question-input"
        />
      ) : (
        <div className="sb-question-text" style={{ fontSize, fontWeight: empty ? 600 : LABEL_WEIGHT.question, textAlign: TEXT_ALIGN[props.align] }}>
          {empty ? placeholder : props.text}
        </div>
      )}
    </HTMLContainer>
  )
}
