import { describe, expect, it } from 'vitest'
import { readServerStorage } from './serverStatus.ts'

describe('readServerStorage', () => {
  it('is ok without a server state, whatever the peers publish', () => {
    expect(
      readServerStorage(
        new Map<number, unknown>([
          [1, { user: { name: 'Anna' } }],
          [2, null],
        ]),
      ),
    ).toBe('ok')
  })

  it('reads the server state among the peers', () => {
    expect(
      readServerStorage(
        new Map<number, unknown>([
          [1, { user: { name: 'Anna' } }],
          [9, { server: { storage: 'failing' } }],
        ]),
      ),
    ).toBe('failing')
    expect(readServerStorage(new Map<number, unknown>([[9, { server: { storage: 'repaired' } }]]))).toBe('repaired')
  })

  it('ignores values it does not know', () => {
    expect(readServerStorage(new Map<number, unknown>([[9, { server: { storage: 'on fire' } }]]))).toBe('ok')
  })
})
