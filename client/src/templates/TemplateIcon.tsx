// Small schematic pictures of the templates and parts for the insert menu (inline SVG, no assets).
import type { TemplateLayoutId } from '../../../shared/templates/index.ts'

export type InsertItemId = TemplateLayoutId | 'actor' | 'cluster' | 'actions' | 'decisions'

const C = { red: '#f3b2a9', orange: '#f6c99a', blue: '#a9c6ee', grey: '#c9d0da', violet: '#c9b8ef', green: '#a8dcb8', yellow: '#f5dc85' }

export function TemplateIcon({ id }: { id: InsertItemId }) {
  return (
    <svg className="insert-icon" viewBox="0 0 48 36" width="48" height="36" aria-hidden="true">
      {shapes(id)}
    </svg>
  )
}

function shapes(id: InsertItemId) {
  switch (id) {
    case 'actor-map':
      return (
        <>
          <rect x="4" y="2" width="20" height="15" rx="2" fill={C.orange} />
          <rect x="25" y="2" width="20" height="15" rx="2" fill={C.red} />
          <rect x="4" y="18" width="20" height="15" rx="2" fill={C.grey} />
          <rect x="25" y="18" width="20" height="15" rx="2" fill={C.blue} />
        </>
      )
    case 'actor-map:rings':
      return (
        <>
          {[16, 12, 8, 4].map((r, i) => (
            <circle key={r} cx="24" cy="18" r={r} fill={[C.yellow, C.green, C.blue, C.violet][i]} stroke="#fff" strokeWidth="0.8" />
          ))}
          <line x1="24" y1="1" x2="24" y2="35" stroke="#5b6475" strokeWidth="1.5" />
        </>
      )
    case 'participation-ladder':
      return (
        <>
          {[C.red, C.orange, C.yellow, C.green, C.blue, C.violet].map((fill, i) => (
            <g key={fill}>
              <rect x="4" y={2 + i * 5.5} width="19" height="4.5" rx="1" fill={fill} />
              <rect x="25" y={2 + i * 5.5} width="19" height="4.5" rx="1" fill={fill} opacity="0.6" />
            </g>
          ))}
        </>
      )
    case 'brainstorm':
      return (
        <>
          <rect x="4" y="2" width="40" height="6" rx="2" fill="#fff" stroke="#1f3a5f" strokeWidth="1.2" />
          <rect x="4" y="11" width="24" height="23" rx="2" fill={C.yellow} />
          <rect x="30" y="11" width="14" height="11" rx="2" fill={C.green} />
          <rect x="30" y="23" width="14" height="11" rx="2" fill={C.blue} />
        </>
      )
    case 'vision':
      return (
        <>
          <rect x="3" y="3" width="13" height="30" rx="2" fill={C.violet} />
          <rect x="17.5" y="3" width="13" height="30" rx="2" fill={C.blue} />
          <rect x="32" y="3" width="13" height="30" rx="2" fill={C.green} />
        </>
      )
    case 'review':
      return (
        <>
          {[C.orange, C.blue, C.green, C.grey].map((fill, i) => (
            <g key={fill}>
              <rect x={3 + i * 11} y="3" width="9.5" height="30" rx="1.5" fill={fill} />
              <rect x={4.5 + i * 11} y={i === 2 ? 8 : 14} width="6.5" height="5" rx="0.8" fill="#fde68a" stroke="#c9a227" strokeWidth="0.5" />
            </g>
          ))}
        </>
      )
    case 'role-division':
      return (
        <>
          {[C.violet, C.blue, C.green, C.grey].map((fill, i) => (
            <g key={fill}>
              <rect x={3 + i * 11} y="8" width="9.5" height="25" rx="1.5" fill={fill} />
              <circle cx={7.75 + i * 11} cy="16" r="2.6" fill="#5b6475" opacity="0.7" />
            </g>
          ))}
          <path d="M4 4 H43 M40 2 l3 2 l-3 2" stroke="#5b6475" strokeWidth="1.2" fill="none" />
        </>
      )
    case 'agreements':
      return (
        <>
          {[C.violet, C.blue, C.green, C.orange].map((fill, i) => (
            <rect key={fill} x={3 + i * 11} y="3" width="9.5" height="14" rx="1.5" fill={fill} />
          ))}
          {[C.blue, C.red, C.grey].map((fill, i) => (
            <rect key={fill} x={3 + i * 14.5} y="19" width="13.5" height="14" rx="1.5" fill={fill} />
          ))}
        </>
      )
    case 'actor':
      return (
        <>
          <rect x="8" y="5" width="32" height="26" rx="3" fill="#fff" stroke="#c5ccd8" />
          <rect x="8" y="5" width="32" height="7" rx="3" fill="#2f6fb3" />
          <rect x="12" y="16" width="20" height="3" rx="1.5" fill="#1d2433" />
          <rect x="12" y="22" width="24" height="2" rx="1" fill="#9aa5b5" />
        </>
      )
    case 'cluster':
      return <rect x="5" y="5" width="38" height="26" rx="4" fill={C.green} stroke="#6fbf88" strokeDasharray="3 2" />
    case 'actions':
      return (
        <>
          <rect x="9" y="2" width="30" height="32" rx="3" fill={C.green} />
          {[10, 17, 24].map((y) => (
            <g key={y}>
              <path d={`M13 ${y + 1.5} l2 2 l3.5 -4`} stroke="#14532d" strokeWidth="1.6" fill="none" />
              <rect x="21" y={y} width="14" height="2.5" rx="1" fill="#14532d" opacity="0.55" />
            </g>
          ))}
        </>
      )
    case 'decisions':
      return (
        <>
          <rect x="9" y="2" width="30" height="32" rx="3" fill={C.blue} />
          {[9, 16, 23].map((y) => (
            <rect key={y} x="13" y={y} width="22" height="4" rx="1" fill="#1e3a8a" opacity="0.55" />
          ))}
        </>
      )
  }
}
