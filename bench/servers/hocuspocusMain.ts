// Peer process: @hocuspocus/server with @hocuspocus/extension-sqlite (its documented database extension;
// documents are stored through onStoreDocument, debounced by Hocuspocus's defaults: 2 s, at most 10 s).
import { SQLite } from '@hocuspocus/extension-sqlite'
import { Server } from '@hocuspocus/server'

const server = new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.HOCUSPOCUS_DB ?? ':memory:' })],
})
await server.listen()
console.log(`hocuspocus ready on ${server.address.port}`)
