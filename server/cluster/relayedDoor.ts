// A board WebSocket relayed from another process (door 'sync'), taken into its room here, the owner:
// what SyncServer's accept does for a local socket, after the same checks made on the relay (origin,
// address, token, role). The room cannot tell the two apart.
import type { Logger } from '../log.ts'
import { CloseCode } from '../sync/protocol.ts'
import { SessionDeletedError, type Rooms } from '../sync/rooms.ts'
import type { RemoteSocket } from './tunnelHost.ts'

export function acceptRelayedSync(rooms: Rooms, socket: RemoteSocket, log: Logger): void {
  const { sessionId, role } = socket.info
  rooms.open(sessionId).then(
    (room) => {
      // Left before the room was ready; the room may now be empty.
      if (socket.gone) return rooms.releaseIfEmpty(room)
      const conn = room.connect(socket, role)
      // Frames that arrived while the room loaded were held by the socket, in order.
      socket.onMessage((data) => conn.receive(data))
      socket.onClose(() => conn.close())
    },
    (error: Error) => {
      if (error instanceof SessionDeletedError) return socket.close(CloseCode.deleted, 'session deleted')
      log.error({ session: sessionId, err: error.message }, 'cannot load session')
      socket.close(CloseCode.serverError, 'cannot load session')
    },
  )
}
