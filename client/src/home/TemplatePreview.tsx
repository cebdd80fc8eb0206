// A small picture of a template drawn from its layout data: its areas in their tints, rings as rings,
// titles and axis labels as bars. Plain SVG, so the home page needs nothing of the board's code.
import type { TemplateSpec } from '../../../shared/templates/types.ts'
import { ringOf } from '../../../shared/areas/ring.ts'
import { ringPath } from '../shapes/ringGeometry.ts'
import { tintOf } from '../shapes/tints.ts'

const LABEL_H = { s: 24, m: 32, l: 44, xl: 64 } as const

export function TemplatePreview({ spec }: { spec: TemplateSpec }) {
  // Line widths relative to the template, so every preview reads the same at the same size.
  const stroke = Math.max(spec.w, spec.h) / 160
  return (
    <svg className="template-preview" viewBox={`0 0 ${spec.w} ${spec.h}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true">
      {spec.areas.map((area) => {
        const tint = tintOf(area.tint)
        if (area.geometry === 'ring') {
          const ring = ringOf({ w: area.w, h: area.h, ringInner: area.ringInner ?? 0, side: area.side ?? 'full' })
          return (
            <path
              key={area.key}
              transform={`translate(${area.x} ${area.y})`}
              d={ringPath(ring)}
              fill={tint.fill}
              fillRule="evenodd"
              stroke={tint.border}
              strokeWidth={stroke}
            />
          )
        }
        return (
          <g key={area.key}>
            <rect
              x={area.x + stroke}
              y={area.y + stroke}
              width={area.w - 2 * stroke}
              height={area.h - 2 * stroke}
              rx={stroke * 4}
              fill={tint.fill}
              stroke={tint.border}
              strokeWidth={stroke}
              strokeDasharray={area.kind === 'cluster' ? `${stroke * 4} ${stroke * 3}` : undefined}
            />
            {/* The area's name, as a bar in its ink colour. */}
            <rect
              x={area.x + stroke * 5}
              y={area.y + stroke * 5}
              width={Math.min(area.w * 0.45, 420)}
              height={stroke * 4}
              rx={stroke * 2}
              fill={tint.ink}
              opacity={0.55}
            />
          </g>
        )
      })}
      {/* biome-ignore-start lint/suspicious/noArrayIndexKey: a template's labels are a fixed list, never reordered, and have no id of their own */}
      {spec.labels.map((label, i) => {
        const h = LABEL_H[label.size]
        const w = label.role === 'title' ? Math.min(label.w, spec.w * 0.45) : label.w * 0.6
        const x = label.align === 'middle' ? label.x + (label.w - w) / 2 : label.align === 'end' ? label.x + label.w - w : label.x
        if (label.role === 'question') {
          return (
            <rect
              key={i}
              x={label.x + stroke}
              y={label.y}
              width={label.w - 2 * stroke}
              height={h * 2}
              rx={stroke * 4}
              fill="#fff"
              stroke="#1f3a5f"
              strokeWidth={stroke}
            />
          )
        }
        if (label.vertical)
          return <rect key={i} x={label.x} y={label.y + label.w * 0.2} width={h} height={label.w * 0.6} rx={h / 2} fill="#5b6475" opacity={0.5} />
        const fill = label.role === 'title' ? '#1d2433' : '#5b6475'
        return <rect key={i} x={x} y={label.y} width={w} height={h} rx={h / 2} fill={fill} opacity={label.role === 'title' ? 0.85 : 0.45} />
      })}
      {/* biome-ignore-end lint/suspicious/noArrayIndexKey: end of the fixed label list */}
    </svg>
  )
}
