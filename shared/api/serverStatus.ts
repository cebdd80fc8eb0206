// What the server tells every client through its own awareness state (it has no presence, so this is
// the only thing it publishes there): whether it can store the board. 'failing' while the disk refuses
// writes (edits are kept in memory and retried), 'repaired' after a damaged file was set aside on load.
// No state at all means all is well.

export type StorageState = 'ok' | 'failing' | 'repaired'

export interface ServerAwarenessState {
  server: { storage: Exclude<StorageState, 'ok'> }
}

/** The storage state the server published among the awareness states; 'ok' when it published none. */
export function readServerStorage(states: ReadonlyMap<number, unknown>): StorageState {
  for (const state of states.values()) {
    const storage = (state as Partial<ServerAwarenessState> | null)?.server?.storage
    if (storage === 'failing' || storage === 'repaired') return storage
  }
  return 'ok'
}
