// The current person as a tldraw user record (`user:<id>`, name, colour), derived from the one Identity
// atom of the page load. Both the board (its store's user store) and the phone page (presence, which
// others' canvases read) publish it; built from @tldraw/tlschema so the phone page needs no editor.
import { atom, computed, type Atom, type Signal } from '@tldraw/state'
import { createUserId, UserRecordType, type TLUser } from '@tldraw/tlschema'
import { createIdentity, type Identity } from './identity.ts'

export function identityAtom(name: string): Atom<Identity> {
  return atom<Identity>('samenbord identity', createIdentity(name))
}

export function userRecordOf(identity: Signal<Identity>): Signal<TLUser | null> {
  return computed<TLUser | null>('samenbord user record', () => {
    const { id, name, color, organisation } = identity.get()
    // The organisation rides in the record's meta, so presence can publish it with the name.
    return UserRecordType.create({ id: createUserId(id), name, color, meta: organisation ? { organisation } : {} })
  })
}
