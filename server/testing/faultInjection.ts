// TEST-ONLY fault seam. Running as root, tests cannot make a file unwritable with chmod, so storage
// faults are injected here instead: when the server is started by faultServerMain.ts (SAMENBORD_FAULT_FILE=<path>),
// every write (append, compact) for a session id listed in that file (one per line) fails like a full
// or broken disk would. Tests add and remove ids while the server runs, so a fault can also clear.
// A line `delay <ms>` makes every load and write take that long first, as a database across a network
// does: what an asynchronous store must stay correct under (ordering, budgets).
// Production (server/main.ts) never installs it: only that test entry point does.
import fs from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import type { DocStorage, LoadedDoc } from '../storage/types.ts'

const DELAY = /^delay (\d+)$/

export class FaultInjectingStorage implements DocStorage {
  constructor(
    private readonly inner: DocStorage,
    private readonly faultFile: string,
  ) {}

  async load(sessionId: string): Promise<LoadedDoc> {
    await this.delay()
    return this.inner.load(sessionId)
  }

  async append(sessionId: string, update: Uint8Array | readonly Uint8Array[]): Promise<void> {
    await this.failIfFaulty(sessionId, 'append')
    await this.inner.append(sessionId, update)
  }

  async compact(sessionId: string, state: Uint8Array): Promise<void> {
    await this.failIfFaulty(sessionId, 'compact')
    await this.inner.compact(sessionId, state)
  }

  logBytes(sessionId: string): number {
    return this.inner.logBytes(sessionId)
  }

  release(sessionId: string): void {
    this.inner.release(sessionId)
  }

  async setAside(sessionId: string, json: string): Promise<string> {
    await this.failIfFaulty(sessionId, 'setAside')
    return this.inner.setAside(sessionId, json)
  }

  remove(sessionId: string): Promise<void> {
    return this.inner.remove(sessionId)
  }

  private lines(): string[] {
    try {
      return fs
        .readFileSync(this.faultFile, 'utf8')
        .split('\n')
        .map((line) => line.trim())
    } catch {
      return [] // no fault file: no faults
    }
  }

  private async delay(lines = this.lines()): Promise<void> {
    const ms = lines.map((line) => DELAY.exec(line)?.[1]).find((found) => found !== undefined)
    if (ms) await sleep(Number(ms))
  }

  private async failIfFaulty(sessionId: string, op: string): Promise<void> {
    const lines = this.lines()
    await this.delay(lines)
    if (lines.includes(sessionId)) {
      const error = new Error(`EIO: injected write fault (${op}) for session ${sessionId}`) as NodeJS.ErrnoException
      error.code = 'EIO'
      throw error
    }
  }
}
