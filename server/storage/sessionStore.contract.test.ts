// The SessionRepository contract against the lowdb file store: a fresh data directory per test; the
// second instance is the store reopened on the same directory.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { describeSessionRepositoryContract } from './sessionRepository.contract.ts'
import { SessionStore } from './sessionStore.ts'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-session-contract-'))
afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

describeSessionRepositoryContract('lowdb file', async () => {
  const dir = fs.mkdtempSync(path.join(root, 'data-'))
  return { open: () => SessionStore.open(dir) }
})
