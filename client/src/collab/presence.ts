// Presence ↔ Yjs awareness. Our awareness state is { user: {name, color, role, author, organisation?}, presence }, where
// presence is tldraw's instance_presence record (cursor, page, selection, camera) derived from the
// store; other clients' presences become instance_presence records in our store, which tldraw draws
// as live cursors with names.
// From the packages tldraw re-exports them from, not 'tldraw': the phone page publishes its user through
// here and must not load the editor.
import { react, type Signal } from '@tldraw/state'
import { createPresenceStateDerivation, InstancePresenceRecordType, type TLInstancePresence, type TLStore, type TLUser } from '@tldraw/tlschema'
import type { Awareness } from 'y-protocols/awareness'
import { browserId } from '../identity/identity.ts'
import type { AwarenessState, AwarenessUser, Role } from './types.ts'

/** Cursor updates are sent at most this often (ms); the last position is always sent. */
export const PRESENCE_INTERVAL_MS = 50

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] }

export function presenceIdFor(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(String(clientId))
}

/** Keeps awareness.user in step with the current user (name/colour can change mid-session). */
export function publishUser(awareness: Awareness, user: Signal<TLUser | null>, role: Role): () => void {
  return react('samenbord: user → awareness', () => {
    const current = user.get()
    if (!current) return
    const value: AwarenessUser = { name: current.name, color: current.color, role, author: browserId() }
    // Organisation or role as given with the name (identity/userRecord.ts): the server records it.
    const organisation = current.meta?.organisation
    if (typeof organisation === 'string' && organisation) value.organisation = organisation
    awareness.setLocalStateField('user', value)
  })
}

/**
 * A pointer that never moved on a canvas (the phone page has none; a page nobody has touched yet) sits
 * at the board's origin, and tldraw counts a presence without activity as active: every screen would
 * draw that person's cursor and name on the board's top-left corner, for good. Published as long
 * inactive, tldraw leaves the cursor out (unless someone follows that person); the presence stays,
 * so following and the list of who is here work as before.
 */
export function untouchedAsInactive(presence: TLInstancePresence | null): TLInstancePresence | null {
  if (!presence || presence.lastActivityTimestamp) return presence
  return { ...presence, lastActivityTimestamp: 1 }
}

/**
 * Sends our presence (throttled) and mirrors everyone else's into the store. Viewers send nothing (a
 * projector's pointer is noise on everyone's screen, and the server takes no presence from the view
 * link) but do see the others'.
 */
export function bindPresence(store: TLStore, awareness: Awareness, user: Signal<TLUser | null>, role: Role): () => void {
  const stops: Array<() => void> = []

  if (role !== 'view') {
    const $presence = createPresenceStateDerivation(user, { instanceId: presenceIdFor(awareness.clientID) })(store)
    let lastSent = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const send = () => {
      timer = undefined
      lastSent = Date.now()
      awareness.setLocalStateField('presence', untouchedAsInactive($presence.get()))
    }
    stops.push(
      react('samenbord: presence → awareness', () => {
        $presence.get()
        if (timer !== undefined) return
        const wait = PRESENCE_INTERVAL_MS - (Date.now() - lastSent)
        if (wait <= 0) send()
        else timer = setTimeout(send, wait)
      }),
    )
    stops.push(() => clearTimeout(timer))
  }

  const onChange = ({ added, updated, removed }: AwarenessChanges) => {
    const states = awareness.getStates() as Map<number, AwarenessState>
    const put: TLInstancePresence[] = []
    const remove: TLInstancePresence['id'][] = []
    for (const clientId of [...added, ...updated]) {
      if (clientId === awareness.clientID) continue
      const presence = states.get(clientId)?.presence
      const id = presenceIdFor(clientId)
      if (presence && typeof presence === 'object' && presence.typeName === 'instance_presence') {
        put.push({ ...presence, id })
      } else if (store.has(id)) {
        remove.push(id)
      }
    }
    for (const clientId of removed) {
      const id = presenceIdFor(clientId)
      if (store.has(id)) remove.push(id)
    }
    if (put.length === 0 && remove.length === 0) return
    store.mergeRemoteChanges(() => {
      if (remove.length) store.remove(remove)
      for (const record of put) {
        try {
          store.put([record])
        } catch (error) {
          console.warn('samenbord: ignored an invalid presence', error)
        }
      }
    })
  }
  awareness.on('change', onChange)
  stops.push(() => awareness.off('change', onChange))
  onChange({ added: Array.from(awareness.getStates().keys()), updated: [], removed: [] })

  return () => {
    for (const stop of stops) stop()
    // Leave no stale cursors behind in a store that may be shown again.
    const ids = store.query
      .records('instance_presence')
      .get()
      .map((record) => record.id)
    if (ids.length) store.mergeRemoteChanges(() => store.remove(ids))
  }
}
