// TEST-ONLY entry point: the production server (serve.ts) with the storage write-fault seam of
// faultInjection.ts around the boards' and the ballots' storage, at SAMENBORD_FAULT_FILE (required).
// Tests start it through startServerProcess({ faultFile }); `npm run build` compiles it beside
// dist/server/main.js so the built mode runs it too. Production's main.ts never reads the variable.
import { serve } from '../serve.ts'
import { FaultInjectingStorage } from './faultInjection.ts'

const faultFile = process.env.SAMENBORD_FAULT_FILE
if (!faultFile) {
  console.error('samenbord: the fault server needs SAMENBORD_FAULT_FILE')
  process.exit(2)
}
console.error(`samenbord: storage fault injection enabled (tests only): ${faultFile}`)
serve({ wrapStorage: (storage) => new FaultInjectingStorage(storage, faultFile) })
