// The DocStorage contract on the file backend, as the rooms see it (AsyncDocStorage).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeDocStorageContract } from './docStorage.contract.ts'
import { FileDocStorage } from './fileDocStorage.ts'
import { AsyncDocStorage } from './types.ts'

describeDocStorageContract(
  'files',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-contract-'))
    return {
      open: () => new AsyncDocStorage(new FileDocStorage(dir)),
      kept: async (sessionId) => fs.readdirSync(dir).filter((name) => name.startsWith(`${sessionId}.`)),
      close: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  },
  { sharedWriters: false },
)
