import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeIdentityRegistryContract } from './identityRegistry.contract.ts'
import { FileIdentityRegistry } from './fileIdentityRegistry.ts'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-identities-'))
describeIdentityRegistryContract('files', (limits) => new FileIdentityRegistry(dir, limits), { shared: false })
