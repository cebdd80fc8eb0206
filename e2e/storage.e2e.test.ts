// The facilitator is told when the server cannot store the board, and told again when it can; the
// participants are not alarmed. The write fault is injected with the server's test-only seam
// (SAMENBORD_FAULT_FILE, see server/storage/faultInjection.ts).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, tempDataDir } from '../server/testing/serverProcess.ts'
import { typeNote, Workshop } from './workshop.ts'

const faultFile = path.join(tempDataDir('samenbord-e2e-faults-'), 'faults')
const w = new Workshop()

beforeAll(() => w.start({ env: { SAMENBORD_FAULT_FILE: faultFile } }))
afterAll(() => w.close())

describe('storage problems in the browser', () => {
  it('shows the facilitator a banner while saving fails, and takes it away once it works', async () => {
    const session = await createSession(w.server.url, 'Opslagstoring')
    const facilitator = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima')
    const participant = await w.join(`${w.server.url}/s/${session.join}`, 'Anna')
    const banner = facilitator.getByTestId('storage-banner')
    expect(await banner.count()).toBe(0)

    fs.writeFileSync(faultFile, `${session.id}\n`)
    await typeNote(participant, 'Tijdens de storing', { x: 500, y: 400 })
    await banner.waitFor({ timeout: 5_000 })
    expect(await banner.textContent()).toBe('Opslaan lukt niet: wijzigingen blijven bewaard en worden opnieuw geprobeerd')
    expect(await participant.getByTestId('storage-banner').count()).toBe(0)

    fs.writeFileSync(faultFile, '')
    await banner.waitFor({ state: 'detached', timeout: 5_000 })
  })
})
