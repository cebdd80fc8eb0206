// Per-edit cost of keeping the records index up to date, y-utility's YKeyValue against our
// KeyValueArray (shared/board/keyValueArray.ts), on boards of growing size: one participant moves notes,
// the document that holds the index applies each update as the server (and every other client) does.
// In-process and CPU-only, so it runs without servers.
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { KeyValueArray } from '../shared/board/keyValueArray.ts'

type Entry = { key: string; val: { x: number; text: string } }
interface Index {
  set(key: string, val: Entry['val']): void
}

function perEdit(make: (a: Y.Array<Entry>) => Index, size: number, edits: number): number {
  const writer = new Y.Doc()
  const writerIndex = make(writer.getArray<Entry>('records'))
  writer.transact(() => {
    for (let i = 0; i < size; i++) writerIndex.set(`shape:${i}`, { x: i, text: `notitie ${i}` })
  })
  const reader = new Y.Doc()
  make(reader.getArray<Entry>('records'))
  Y.applyUpdate(reader, Y.encodeStateAsUpdate(writer))
  const updates: Uint8Array[] = []
  writer.on('update', (u: Uint8Array) => updates.push(u))
  for (let i = 0; i < edits; i++) writerIndex.set(`shape:${(i * 7919) % size}`, { x: -i, text: `verplaatst ${i}` })
  const started = performance.now()
  for (const u of updates) Y.applyUpdate(reader, u)
  return ((performance.now() - started) * 1000) / edits
}

export function keyValueCostTable(quick: boolean): string {
  const sizes = quick ? [500, 5000] : [500, 2000, 5000, 10_000]
  const edits = 1000
  const ykv = (a: Y.Array<Entry>) => new YKeyValue<Entry['val']>(a)
  const ours = (a: Y.Array<Entry>) => new KeyValueArray<Entry['val']>(a)
  for (let i = 0; i < 3; i++) {
    // warm up both (JIT)
    perEdit(ours, 500, 1000)
    perEdit(ykv, 500, 1000)
  }
  const lines = [
    '### 7. Records index: cost of applying one remote edit (µs)',
    '',
    `A board of N notes; ${edits} moves by one participant applied to a second document that keeps the index, as the server and every other participant do. This was the bottleneck the profiler found (see "What was changed").`,
    '',
    '| notes on the board | y-utility YKeyValue | ours (KeyValueArray) | ours/y-utility |',
    '| ---: | ---: | ---: | ---: |',
  ]
  for (const size of sizes) {
    const a = perEdit(ykv, size, edits)
    const b = perEdit(ours, size, edits)
    lines.push(`| ${size} | ${a.toFixed(1)} | ${b.toFixed(1)} | ${(b / a).toFixed(2)} |`)
  }
  return lines.join('\n')
}
