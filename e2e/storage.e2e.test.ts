// The facilitator and the participants are told when the server cannot store the board (it takes no
// edits meanwhile; each screen keeps its own), and the banner goes once it can. The write fault is injected with the server's test-only seam
// (the test entry point server/testing/faultServerMain.ts, see server/testing/faultInjection.ts).
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, tempDataDir } from '../server/testing/serverProcess.ts'
import { typeNote, Workshop } from './workshop.ts'

const faultFile = path.join(tempDataDir('samenbord-e2e-faults-'), 'faults')
const w = new Workshop()

beforeAll(() => w.start({ faultFile }))
afterAll(() => w.close())

describe('storage problems in the browser', () => {
  it('shows the facilitator and the participants a banner while saving fails, and takes it away once it works', async () => {
    const session = await createSession(w.server.url, 'Opslagstoring')
    const facilitator = await w.join(`${w.server.url}/f/${session.facilitator}`, 'Fatima')
    const participant = await w.join(`${w.server.url}/s/${session.join}`, 'Anna')
    const banner = facilitator.getByTestId('storage-banner')
    const participantBanner = participant.getByTestId('storage-banner')
    expect(await banner.count()).toBe(0)

    fs.writeFileSync(faultFile, `${session.id}\n`)
    await typeNote(participant, 'Tijdens de storing', { x: 500, y: 400 })
    await banner.waitFor({ timeout: 5_000 })
    expect(await banner.textContent()).toMatch(/^Opslaan lukt niet: het bord neemt nu geen wijzigingen aan/)
    await participantBanner.waitFor({ timeout: 5_000 })
    expect(await participantBanner.textContent()).toMatch(/^Het bord kan nu niet opslaan\. Je wijzigingen blijven op dit apparaat bewaard/)

    fs.writeFileSync(faultFile, '')
    await banner.waitFor({ state: 'detached', timeout: 5_000 })
    await participantBanner.waitFor({ state: 'detached', timeout: 5_000 })
  })
})
