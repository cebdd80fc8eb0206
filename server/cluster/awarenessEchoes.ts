// A stock y-websocket client sends back every awareness change it applies, other people's included
// (WebsocketProvider's awareness 'update' handler does not look at the origin): each cursor move in a
// room of 20 comes back to the server 19 times. The owner ignores these echoes (y-protocols applies an
// entry only with a newer clock, and the presence guard drops ids another connection speaks for), so a
// relay need not carry them through Redis at all: with 2 of 3 clients relayed they were most of what
// relays sent to owners.
//
// The rule is the one applyAwarenessUpdate applies: an entry whose clock is below the one the owner
// already broadcast for that id, or equal to it without removing the state, changes nothing there.
// What the owner broadcast through this relay is a lower bound of its clocks (it applies before it
// sends), so a frame dropped here is one the owner would have ignored. Anything else, including frames
// that do not parse, goes on to the owner, which judges it.
import * as decoding from 'lib0/decoding'
import { MESSAGE_AWARENESS } from '../sync/protocol.ts'

export class AwarenessClocks {
  /** awareness client id → the highest clock the owner sent for it */
  private readonly clocks = new Map<number, number>()

  /** A frame the owner sent to clients here: its awareness clocks are noted. */
  noteSent(frame: Uint8Array): void {
    if (frame[0] !== MESSAGE_AWARENESS) return
    try {
      for (const { clientId, clock } of entries(frame)) {
        if (clock > (this.clocks.get(clientId) ?? -1)) this.clocks.set(clientId, clock)
      }
    } catch {
      // Not an awareness update after all: nothing to note.
    }
  }

  /** Whether a client's frame is an awareness update every entry of which the owner would ignore. */
  isEcho(frame: Uint8Array): boolean {
    if (frame[0] !== MESSAGE_AWARENESS) return false
    try {
      const list = entries(frame)
      return (
        list.length > 0 &&
        list.every(({ clientId, clock, removes }) => {
          const sent = this.clocks.get(clientId)
          return sent !== undefined && (clock < sent || (clock === sent && !removes))
        })
      )
    } catch {
      return false
    }
  }
}

interface Entry {
  clientId: number
  clock: number
  /** The state is null: the entry removes the client's presence. */
  removes: boolean
}

function entries(frame: Uint8Array): Entry[] {
  const outer = decoding.createDecoder(frame)
  decoding.readVarUint(outer)
  const decoder = decoding.createDecoder(decoding.readVarUint8Array(outer))
  const count = decoding.readVarUint(decoder)
  const list: Entry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    list.push({ clientId, clock, removes: decoding.readVarString(decoder) === 'null' })
  }
  if (decoding.hasContent(decoder) || decoding.hasContent(outer)) throw new Error('trailing bytes')
  return list
}
