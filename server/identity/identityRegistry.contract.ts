// What every IdentityRegistry does, whatever keeps the identities (fileIdentityRegistry.ts,
// postgres/pgIdentityRegistry.ts). `make` returns a new instance on the same backing store each call
// (a reopened store, another process). `shared`: instances may run at once (several processes on one
// database); the file store's one process per DATA_DIR mints concurrently through one instance instead.
import { describe, expect, it } from 'vitest'
import type { IdentityLimits, IdentityRegistry } from './identityRegistry.ts'

export type MakeIdentityRegistry = (limits: IdentityLimits) => IdentityRegistry | Promise<IdentityRegistry>

let n = 0
const session = () => `ids${Date.now().toString(36)}${n++}`
const open: IdentityLimits = { perAddress: 0, perSession: 0 }

export function describeIdentityRegistryContract(name: string, make: MakeIdentityRegistry, opts: { shared: boolean }): void {
  describe(`IdentityRegistry contract: ${name}`, () => {
    it('mints identities whose secrets resolve, in a second instance too, in their own session only', async () => {
      const [s, other] = [session(), session()]
      const first = await make(open)
      const minted = await first.mint(s, '10.0.0.1')
      if (!minted.ok) throw new Error('not minted')
      expect(minted.identity.id).toMatch(/^p_/)
      expect(await first.resolve(s, minted.identity.secret)).toBe(minted.identity.id)

      const second = await make(open)
      expect(await second.resolve(s, minted.identity.secret)).toBe(minted.identity.id)
      expect(await second.count(s)).toBe(1)
      expect(await second.resolve(other, minted.identity.secret)).toBeUndefined()
      expect(await second.resolve(s, 'x'.repeat(32))).toBeUndefined()
      expect(await second.resolve(s, 'not a secret')).toBeUndefined()
      expect(await second.resolve(s, undefined)).toBeUndefined()
      expect(await second.resolve(s, null)).toBeUndefined()
    })

    it('refuses past the per-address limit, then past the per-session limit', async () => {
      const s = session()
      const store = await make({ perAddress: 2, perSession: 3 })
      expect((await store.mint(s, 'a')).ok).toBe(true)
      expect((await store.mint(s, 'a')).ok).toBe(true)
      expect(await store.mint(s, 'a')).toEqual({ ok: false, error: 'too-many-for-address' })
      expect((await store.mint(s, 'b')).ok).toBe(true)
      expect(await store.mint(s, 'c')).toEqual({ ok: false, error: 'session-full' })
      // Per session: another session starts from nothing.
      expect((await store.mint(session(), 'a')).ok).toBe(true)
      // A second instance counts what the first minted.
      expect(await (await make({ perAddress: 2, perSession: 3 })).mint(s, 'd')).toEqual({ ok: false, error: 'session-full' })
    })

    it('concurrent mints never pass a limit', async () => {
      const [bySession, byAddress] = [session(), session()]
      const limits = { perAddress: 4, perSession: 6 }
      const a = await make(limits)
      const b = opts.shared ? await make(limits) : a
      const burst = (s: string, address: (i: number) => string) => Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? a : b).mint(s, address(i))))
      const spread = await burst(bySession, (i) => `10.0.0.${i}`)
      expect(spread.filter((r) => r.ok)).toHaveLength(6)
      expect(await a.count(bySession)).toBe(6)
      const one = await burst(byAddress, () => '10.9.9.9')
      expect(one.filter((r) => r.ok)).toHaveLength(4)
      expect(await b.count(byAddress)).toBe(4)
    })

    it('remove forgets the session in every instance', async () => {
      const s = session()
      const first = await make(open)
      const minted = await first.mint(s, 'a')
      if (!minted.ok) throw new Error('not minted')
      await first.remove(s)
      expect(await first.resolve(s, minted.identity.secret)).toBeUndefined()
      expect(await first.count(s)).toBe(0)
      expect(await (await make(open)).resolve(s, minted.identity.secret)).toBeUndefined()
    })

    it('exported identities imported elsewhere keep resolving by their old secrets, and count against the limits', async () => {
      const [from, to] = [session(), session()]
      const source = await make(open)
      const minted = await Promise.all(['a', 'a', 'b'].map((address) => source.mint(from, address)))
      const exported = await source.exportSession(from)
      expect(exported.map((stored) => stored.id).sort()).toEqual(minted.map((r) => (r.ok ? r.identity.id : '')).sort())
      expect(JSON.stringify(exported)).not.toContain(minted[0]!.ok ? minted[0]!.identity.secret : 'x')
      const target = await make({ perAddress: 2, perSession: 4 })
      await target.importSession(to, exported)
      await target.importSession(to, exported) // again: nothing doubled
      expect(await target.count(to)).toBe(3)
      for (const result of minted) if (result.ok) expect(await (await make(open)).resolve(to, result.identity.secret)).toBe(result.identity.id)
      expect(await target.exportSession(to)).toEqual(expect.arrayContaining(exported))
      expect(await target.mint(to, 'a')).toEqual({ ok: false, error: 'too-many-for-address' })
      expect((await target.mint(to, 'c')).ok).toBe(true)
      expect(await target.mint(to, 'd')).toEqual({ ok: false, error: 'session-full' })
    })
  })
}
