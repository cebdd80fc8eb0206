import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.ts'

describe('readConfig', () => {
  it('reads PUBLIC_URL as origins, and the join lookup limit', () => {
    const config = readConfig({ PUBLIC_URL: 'https://bord.gemeente.example/, http://10.0.0.5:8080/app', JOIN_LOOKUPS_PER_MINUTE: '10' })
    expect(config.publicOrigins).toEqual(['https://bord.gemeente.example', 'http://10.0.0.5:8080'])
    expect(config.joinLookupsPerMinute).toBe(10)
    expect(readConfig({}).publicOrigins).toEqual([])
    expect(readConfig({}).joinLookupsPerMinute).toBe(60)
  })

  it('refuses a PUBLIC_URL that is not http(s) URLs', () => {
    for (const value of ['bord.gemeente.example', 'ftp://bord.gemeente.example']) expect(() => readConfig({ PUBLIC_URL: value })).toThrow(ConfigError)
  })
})
