import { describe, expect, it } from 'vitest'
import { shareUnchanged } from './shareUnchanged.ts'

const rich = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })
const note = (x: number, text: string, color = 'yellow') => ({
  id: 'shape:a',
  x,
  y: 0,
  props: { color, richText: rich(text), scale: 1 },
  meta: { createdBy: 'p1' },
})

describe('shareUnchanged', () => {
  it('keeps props and meta of a moved record', () => {
    const prev = note(0, 'idee')
    const next = shareUnchanged(prev, note(50, 'idee'))
    expect(next.x).toBe(50)
    expect(next.props).toBe(prev.props)
    expect(next.meta).toBe(prev.meta)
  })

  it('keeps the rich text when only the colour changed', () => {
    const prev = note(0, 'idee')
    const next = shareUnchanged(prev, note(0, 'idee', 'blue'))
    expect(next.props).not.toBe(prev.props)
    expect(next.props.color).toBe('blue')
    expect(next.props.richText).toBe(prev.props.richText)
  })

  it('takes changed text as it came, and leaves the incoming record alone', () => {
    const prev = note(0, 'idee')
    const incoming = note(0, 'ander idee')
    const next = shareUnchanged(prev, incoming)
    expect(next.props.richText).toEqual(rich('ander idee'))
    expect(next.meta).toBe(prev.meta)
    expect(incoming.meta).not.toBe(prev.meta)
  })

  it('returns the record itself when there is nothing before it or nothing to share', () => {
    const incoming = note(0, 'idee')
    expect(shareUnchanged(undefined, incoming)).toBe(incoming)
    expect(shareUnchanged({ id: 'shape:a', x: 1 }, { id: 'shape:a', x: 2 })).toEqual({ id: 'shape:a', x: 2 })
  })
})
