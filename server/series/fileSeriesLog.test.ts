import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeSeriesLogContract } from './seriesLog.contract.ts'
import { FileSeriesLog } from './fileSeriesLog.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-series-'))
describeSeriesLogContract('files', (opts) => new FileSeriesLog(dir, opts))
