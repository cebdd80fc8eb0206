import { describe, expect, it } from 'vitest'
import { backupSchema, isBase64 } from './backup.ts'

describe('isBase64', () => {
  it('takes standard padded base64 and nothing else', () => {
    for (const ok of ['', 'QQ==', 'QUI=', 'QUJD', Buffer.from('Samenbord!').toString('base64')]) expect(isBase64(ok)).toBe(true)
    for (const bad of ['Q', 'QQ=', 'Q===', '====', 'QU-_', 'QUJD\n', 'QU=D']) expect(isBase64(bad)).toBe(false)
  })

  it('checks a backup of tens of megabytes without running out of stack', () => {
    const doc = Buffer.alloc(30 * 1024 * 1024, 7).toString('base64')
    const parsed = backupSchema(120).safeParse({
      format: 'samenbord-backup',
      version: 1,
      session: { title: 'Groot', createdAt: new Date().toISOString() },
      doc,
    })
    expect(parsed.success).toBe(true)
  })
})
