import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DataDirLockedError, lockDataDir } from './dataDirLock.ts'

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'samenbord-lock-'))

describe('lockDataDir', () => {
  it('writes our pid and removes the lock on release', () => {
    const dir = tmp()
    const lock = lockDataDir(dir, 1234, () => true)
    expect(fs.readFileSync(path.join(dir, '.lock'), 'utf8').trim()).toBe('1234')
    lock.release()
    expect(fs.existsSync(path.join(dir, '.lock'))).toBe(false)
  })

  it('refuses a second owner while the first is alive, naming its pid', () => {
    const dir = tmp()
    lockDataDir(dir, 1234, () => true)
    expect(() => lockDataDir(dir, 5678, () => true)).toThrow(DataDirLockedError)
    expect(() => lockDataDir(dir, 5678, () => true)).toThrow(/pid 1234/)
  })

  it('takes over a stale lock whose owner is gone', () => {
    const dir = tmp()
    lockDataDir(dir, 1234, () => true)
    const lock = lockDataDir(dir, 5678, (pid) => pid !== 1234)
    expect(fs.readFileSync(lock.file, 'utf8').trim()).toBe('5678')
  })

  it('takes over an empty lock file (a crash between create and write)', () => {
    const dir = tmp()
    fs.writeFileSync(path.join(dir, '.lock'), '')
    expect(() => lockDataDir(dir, 5678, () => true)).not.toThrow()
  })

  it('does not remove a lock another process took over', () => {
    const dir = tmp()
    const lock = lockDataDir(dir, 1234, () => true)
    fs.writeFileSync(lock.file, '999\n')
    lock.release()
    expect(fs.readFileSync(lock.file, 'utf8').trim()).toBe('999')
  })
})
