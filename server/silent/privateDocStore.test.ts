import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../log.ts'
import { FilePrivateDocStore } from './privateDocStore.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-private-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

it('lists the participants of stored private documents, compacted ones and logs of earlier versions too, after a restart', async () => {
  const update = () => {
    const doc = new Y.Doc()
    doc.getMap('m').set('k', 1)
    return Y.encodeStateAsUpdate(doc)
  }
  const first = new FilePrivateDocStore(dir, createLogger('silent'))
  await first.session('session-1').append('p_appendedAAAAAAAA', update())
  await first.session('session-1').compact('p_compactedAAAAAAA', update())
  // A data dir from before generations: <participant>.log.
  fs.writeFileSync(path.join(dir, 'session-1', 'p_legacyAAAAAAAAAA.log'), '')
  fs.writeFileSync(path.join(dir, 'session-1', 'not-a-participant.txt'), '')
  const reopened = new FilePrivateDocStore(dir, createLogger('silent'))
  expect((await reopened.participants('session-1')).sort()).toEqual(['p_appendedAAAAAAAA', 'p_compactedAAAAAAA', 'p_legacyAAAAAAAAAA'])
  expect(await reopened.participants('session-2')).toEqual([])
})
