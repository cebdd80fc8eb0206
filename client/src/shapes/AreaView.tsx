// How an area looks: a soft tinted panel with its name top-left (bold) and its meaning under it, or,
// for a ring, the (half) annulus with its name in the band beside the top of the seam.
import { useMemo } from 'react'
import { HTMLContainer, useEditor, useIsEditing } from 'tldraw'
import type { AreaProps } from '../../../shared/board/shapes/index.ts'
import { isMessageKey } from '../../../shared/i18n/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import type { AreaShape } from './AreaShapeUtil.tsx'
import { InlineTextInput } from './InlineTextInput.tsx'
import { areaRadius } from './metrics.ts'
import { ringOf } from '../../../shared/areas/ring.ts'
import { ringLabelPlacement, ringPath, ringSeam } from './ringGeometry.ts'
import { measure, SHAPE_FONT } from './shapeText.ts'
import { tintOf } from './tints.ts'
import { useOnProjector } from './onProjector.ts'

const AREA_LABEL_SIZE = 40
const AREA_HINT_SIZE = 26
const AREA_PADDING = 28
const AREA_GUTTER = 5
const RING_LABEL_SIZE = 48

function dataAttributes(props: AreaProps) {
  return {
    'data-area-kind': props.kind,
    'data-area-key': props.key,
    'data-area-template': props.template,
    'data-area-lane': props.lane || undefined,
  }
}

export function AreaView({ shape }: { shape: AreaShape }) {
  return shape.props.geometry === 'ring' ? <RingArea shape={shape} /> : <PanelArea shape={shape} />
}

function PanelArea({ shape }: { shape: AreaShape }) {
  const t = useT()
  const editor = useEditor()
  const { props } = shape
  const tint = tintOf(props.tint)
  const isCluster = props.kind === 'cluster'
  const isEditing = useIsEditing(shape.id)
  const unnamed = isCluster && !props.label.trim()
  // An unnamed cluster's "double-click to name it" is not for the room's wall.
  const onProjector = useOnProjector()
  const label = props.label.trim() || (isMessageKey(props.labelKey) ? t(props.labelKey) : '')
  const hint = props.hintKey && isMessageKey(props.hintKey) ? t(props.hintKey) : ''

  return (
    <HTMLContainer
      className={`sb-area sb-area-${props.kind}`}
      {...dataAttributes(props)}
      style={
        {
          '--area-fill': tint.fill,
          '--area-border': tint.border,
          '--area-ink': tint.ink,
          borderRadius: areaRadius(props),
          padding: `${AREA_PADDING - 6}px ${AREA_PADDING}px`,
          // Neighbouring areas (quadrants, rungs) share edges: a small gutter keeps them apart.
          inset: AREA_GUTTER,
          width: 'auto',
          height: 'auto',
        } as React.CSSProperties
      }
    >
      <div className="sb-area-header" style={{ maxWidth: props.kind === 'rung' ? '46%' : '100%' }}>
        {isEditing ? (
          <InlineTextInput
            shapeId={shape.id}
            className="sb-area-label-input"
            style={{ fontSize: AREA_LABEL_SIZE }}
            value={props.label}
            placeholder={t('cluster.namePlaceholder')}
            onChange={(label) => editor.updateShape<AreaShape>({ id: shape.id, type: shape.type, props: { label } })}
            testId="cluster-name"
          />
        ) : unnamed && onProjector ? null : (
          <div
            className={`sb-area-label${unnamed ? ' is-placeholder' : ''}`}
            // The projector's high-contrast look sets the scale (styles/projector-contrast.css).
            style={{ fontSize: `calc(${unnamed ? AREA_HINT_SIZE + 4 : AREA_LABEL_SIZE}px * var(--sb-area-label-scale, 1))` }}
          >
            {label}
          </div>
        )}
        {hint && (
          <div className="sb-area-hint" style={{ fontSize: AREA_HINT_SIZE }}>
            {hint}
          </div>
        )}
      </div>
    </HTMLContainer>
  )
}

function RingArea({ shape }: { shape: AreaShape }) {
  const t = useT()
  const editor = useEditor()
  const { props } = shape
  const tint = tintOf(props.tint)
  const ring = ringOf(props)
  const label = props.label.trim() || (isMessageKey(props.labelKey) ? t(props.labelKey) : '')
  // As big as the band allows, up to a little above the panels' label size (rings are shown zoomed out).
  const { w, h, ringInner, side } = props
  const spot = useMemo(() => {
    const perPixel = measure(editor, label, { fontSize: 100, fontWeight: 700 }, null).w / 100
    return ringLabelPlacement(ringOf({ w, h, ringInner, side }), (size) => perPixel * size, RING_LABEL_SIZE)
  }, [editor, label, w, h, ringInner, side])
  const seam = ringSeam(ring)

  return (
    <HTMLContainer className="sb-area sb-area-ring" {...dataAttributes(props)}>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: the ring's name is the <text> inside it (drawn along the ring), which screen readers read; a <title> would say it twice */}
      <svg
        className="sb-ring"
        width={props.w}
        height={props.h}
        viewBox={`0 0 ${props.w} ${props.h}`}
        style={{ position: 'absolute', left: 0, top: 0, overflow: 'visible' }}
      >
        <path d={ringPath(ring)} fill={tint.fill} fillRule="evenodd" stroke={tint.border} strokeWidth={4} />
        {seam && <path d={seam} stroke="#5b6475" strokeWidth={6} strokeLinecap="round" />}
        <text
          x={spot.x}
          y={spot.y}
          textAnchor={spot.anchor}
          dominantBaseline="central"
          fill={tint.ink}
          fontFamily={SHAPE_FONT}
          fontWeight={700}
          fontSize={spot.size}
        >
          {label}
        </text>
      </svg>
    </HTMLContainer>
  )
}
