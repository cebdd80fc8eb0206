import { toRichText } from '@tldraw/tlschema'
import { describe, expect, it } from 'vitest'
import { note, text } from '../areas/testFixtures.ts'
import { noteText, plainText } from './richText.ts'

describe('plainText', () => {
  it('joins paragraphs with newlines and keeps empty lines in between', () => {
    expect(plainText(toRichText('Eerste regel\n\nDerde regel'))).toBe('Eerste regel\n\nDerde regel')
  })

  it('concatenates marked-up text runs and turns hard breaks into newlines', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Veilig ' },
            { type: 'text', text: 'winkelgebied', marks: [{ type: 'bold' }] },
            { type: 'hardBreak' },
            { type: 'text', text: 'in 2030' },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'camera’s' }] }] }] },
      ],
    }
    expect(plainText(doc)).toBe('Veilig winkelgebied\nin 2030\ncamera’s')
  })

  it('drops trailing whitespace and trailing empty paragraphs', () => {
    expect(plainText(toRichText('  ingesprongen   \nmeer  \n\n\n'))).toBe('  ingesprongen\nmeer')
  })

  it('returns an empty string for junk, never throws', () => {
    const cyclic: { type: string; content: unknown[] } = { type: 'doc', content: [] }
    cyclic.content.push(cyclic)
    const hostile = {
      type: 'doc',
      get content(): unknown[] {
        throw new Error('boom')
      },
    }
    for (const junk of [
      undefined,
      null,
      42,
      'tekst',
      [],
      {},
      { type: 'doc', content: 'nee' },
      { type: 'doc', content: [null, 3, { type: 'text', text: 7 }] },
      { type: 'toString' },
      cyclic,
      hostile,
    ]) {
      expect(plainText(junk)).toBe('')
    }
  })

  it('keeps the good parts of partly broken documents', () => {
    expect(plainText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }, { type: 'text', text: 'goed' }] }, 'rommel'] })).toBe('goed')
  })
})

describe('noteText', () => {
  it('reads notes and text shapes, and nothing from other records', () => {
    expect(noteText(note({ id: 'n', text: 'Buurtapp\nopzetten' }))).toBe('Buurtapp\nopzetten')
    expect(noteText(text({ id: 't', text: 'Acties' }))).toBe('Acties')
    expect(noteText({ id: 'page:x', typeName: 'page' })).toBe('')
    expect(noteText({ id: 'shape:x', typeName: 'shape', props: 'kapot' })).toBe('')
  })
})
