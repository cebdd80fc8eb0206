// The form of an actor card being edited: a popover beside the card, at the same size on screen
// whatever the zoom (a card is small on a zoomed-out board), above the canvas and its shapes (it lives
// in the editor's portal, not in the card, so no shape can paint over it). It keeps its pointer and
// keys from tldraw, writes each change through the editor (the card beside it updates live), and
// closes on Escape, "Klaar" or a click elsewhere (tldraw then ends the editing).
import { useEffect, useRef } from 'react'
import { EditorPortal, useEditor, useValue } from 'tldraw'
import { ACTOR_ROLES, ATTITUDES, PARTY_COLORS, PARTY_KINDS, type ActorCardProps } from '../../../shared/board/shapes/index.ts'
import type { MessageKey } from '../../../shared/i18n/index.ts'
import { useT } from '../i18n/I18nProvider.tsx'
import type { ActorShape } from './ActorCardShapeUtil.tsx'
import { keepFromCanvas } from './InlineTextInput.tsx'

export function ActorCardForm({ shape }: { shape: ActorShape }) {
  const t = useT()
  const editor = useEditor()
  const nameRef = useRef<HTMLInputElement>(null)
  const { props } = shape
  const anchor = useValue('actor form anchor', () => formPosition(editor, shape.id), [editor, shape.id])

  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      nameRef.current?.focus()
      nameRef.current?.select()
    })
    return () => cancelAnimationFrame(frame)
  }, [])

  const update = (change: Partial<ActorCardProps>) => editor.updateShape<ActorShape>({ id: shape.id, type: shape.type, props: change })
  const done = () => {
    if (editor.getEditingShapeId() === shape.id) editor.complete()
  }

  if (!anchor) return null
  return (
    <EditorPortal>
      <div
        className="sb-actor-form"
        data-testid="actor-form"
        role="dialog"
        aria-label={t('actorForm.title')}
        style={{ left: anchor.x, top: anchor.y, '--party': PARTY_COLORS[props.party] } as React.CSSProperties}
        {...keepFromCanvas}
        onKeyDown={(event) => {
          event.stopPropagation()
          if (event.key === 'Escape') {
            event.preventDefault()
            done()
          }
        }}
      >
        <label className="sb-field">
          <span>{t('actor.name')}</span>
          <input
            ref={nameRef}
            type="text"
            data-testid="actor-name"
            value={props.name}
            placeholder={t('actor.name.placeholder')}
            onChange={(event) => update({ name: event.currentTarget.value })}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                done()
              }
            }}
          />
        </label>
        <label className="sb-field">
          <span>{t('actor.party')}</span>
          <span className="sb-select-with-chip">
            <span className="sb-party-chip" style={{ background: PARTY_COLORS[props.party] }} />
            <select data-testid="actor-party" value={props.party} onChange={(event) => update({ party: event.currentTarget.value as ActorCardProps['party'] })}>
              {PARTY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`party.${kind}` as MessageKey)}
                </option>
              ))}
            </select>
          </span>
        </label>
        <label className="sb-field">
          <span>{t('actor.interest')}</span>
          <textarea data-testid="actor-interest" rows={2} value={props.interest} onChange={(event) => update({ interest: event.currentTarget.value })} />
        </label>
        {/* biome-ignore lint/a11y/useSemanticElements: the attitude buttons in the card's flex form; a <fieldset> (border, padding, min-width: min-content) would break that layout, role=group gives the same grouping */}
        <div className="sb-field" role="group" aria-label={t('actor.attitude')}>
          <span>{t('actor.attitude')}</span>
          <div className="sb-attitude-buttons">
            {ATTITUDES.filter((a) => a !== '').map((attitude) => (
              <button
                key={attitude}
                type="button"
                data-testid={`actor-attitude-${attitude}`}
                className={`sb-attitude-button attitude-${attitude}`}
                aria-pressed={props.attitude === attitude}
                onClick={() => update({ attitude: props.attitude === attitude ? '' : attitude })}
              >
                {t(`attitude.${attitude}` as MessageKey)}
              </button>
            ))}
          </div>
        </div>
        <label className="sb-field">
          <span>{t('actor.role')}</span>
          <select data-testid="actor-role" value={props.role} onChange={(event) => update({ role: event.currentTarget.value as ActorCardProps['role'] })}>
            {ACTOR_ROLES.map((role) => (
              <option key={role || 'none'} value={role}>
                {role ? t(`actorRole.${role}` as MessageKey) : t('actorForm.noRole')}
              </option>
            ))}
          </select>
        </label>
        <div className="sb-form-actions">
          <button type="button" className="button primary" data-testid="actor-done" onClick={done}>
            {t('actorForm.done')}
          </button>
        </div>
      </div>
    </EditorPortal>
  )
}

const FORM = { w: 360, h: 470, gap: 16, margin: 8 }

/** Beside the card (right of it, else left of it), kept inside the editor's viewport. */
function formPosition(editor: ReturnType<typeof useEditor>, id: ActorShape['id']): { x: number; y: number } | null {
  const bounds = editor.getShapePageBounds(id)
  if (!bounds) return null
  const viewport = editor.getViewportScreenBounds()
  const topLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.minY })
  const bottomRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.maxY })
  const fitsRight = bottomRight.x + FORM.gap + FORM.w <= viewport.w - FORM.margin
  const x = fitsRight ? bottomRight.x + FORM.gap : topLeft.x - FORM.gap - FORM.w
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v))
  return {
    x: clamp(x, FORM.margin, viewport.w - FORM.w - FORM.margin),
    y: clamp(topLeft.y, FORM.margin, viewport.h - FORM.h - FORM.margin),
  }
}
