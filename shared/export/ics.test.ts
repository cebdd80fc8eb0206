import { describe, expect, it } from 'vitest'
import { actionUid, toIcs } from './ics.ts'
import { testPlan } from './testPlan.ts'

/** Unfold the lines (RFC 5545 §3.1) and read each VEVENT's properties, TEXT values unescaped. */
function events(ics: string): Array<Record<string, string>> {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n')
  const out: Array<Record<string, string>> = []
  let current: Record<string, string> | undefined
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {}
    else if (line === 'END:VEVENT') {
      out.push(current!)
      current = undefined
    } else if (current) {
      const colon = line.indexOf(':')
      current[line.slice(0, colon)] = line.slice(colon + 1)
    }
  }
  return out
}

const unescapeText = (text: string) => text.replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1')

describe('toIcs', () => {
  const ics = toIcs(testPlan())

  it('is a calendar named after the session, with CRLF line ends', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true)
    expect(ics).toContain('\r\nX-WR-CALNAME:Winkelstraat Oosterhout\r\n')
    expect(ics).toContain('\r\nPRODID:-//Samenbord//Actieplan//NL\r\n')
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/)
  })

  it('has one all-day event per action with a due date', () => {
    const list = events(ics)
    expect(list).toHaveLength(3)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3)
    expect(list.map((e) => [e['DTSTART;VALUE=DATE'], e['DTEND;VALUE=DATE']])).toEqual([
      ['20261201', '20261202'],
      ['20261215', '20261216'],
      ['20261215', '20261216'],
    ])
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261215\r\n')
  })

  it('titles each event with the action and describes owner, status and session', () => {
    const [first, , third] = events(ics)
    expect(unescapeText(first!.SUMMARY!)).toBe('Offerte lichtsnoeren; kleur "warm wit" kiezen')
    expect(unescapeText(first!.DESCRIPTION!)).toBe('Wie: Bram de Vries\nStatus: Open\nGebied: Acties\nSessie: Winkelstraat Oosterhout (23 november 2026)')
    expect(first!.CATEGORIES).toBe('Actieplan,Open,Acties')
    expect(unescapeText(third!.SUMMARY!)).toBe('Café-terras: vergunning aanvragen')
    expect(first!.TRANSP).toBe('TRANSPARENT')
  })

  it('gives stable, unique UIDs built from the action and the session', () => {
    const uids = events(ics).map((e) => e.UID)
    expect(uids).toEqual(events(toIcs(testPlan())).map((e) => e.UID))
    expect(new Set(uids).size).toBe(3)
    expect(uids[0]).toBe('shape-act2.k3J9x_Ab@samenbord')
    // Without a session id, title and date stand in, still stable.
    const { sessionId: _, ...anonymous } = testPlan()
    expect(actionUid(anonymous, { id: 'shape:act2' })).toBe('shape-act2.winkelstraat-oosterhout-2026-11-23@samenbord')
    expect(actionUid({ ...testPlan(), sessionId: 'other' }, { id: 'shape:act2' })).not.toBe(uids[0])
  })

  it('escapes commas and semicolons in the calendar name and categories', () => {
    const plan = testPlan()
    plan.title = 'Centrum, oost; avond'
    plan.actions = plan.actions.map((a) => ({ ...a, areaLabel: a.areaLabel && 'Acties, kort' }))
    const out = toIcs(plan)
    expect(out).toContain('X-WR-CALNAME:Centrum\\, oost\\; avond\r\n')
    expect(events(out)[0]!.CATEGORIES).toBe('Actieplan,Open,Acties\\, kort')
  })

  it('leaves no bare CR or control character in SUMMARY, DESCRIPTION, CATEGORIES or X-WR-CALNAME (RFC 5545 TEXT)', () => {
    const plan = testPlan()
    plan.title = 'Avond\rBEGIN:VEVENT\u0007'
    plan.actions = plan.actions.map((a) => ({
      ...a,
      text: `${a.text}\rDTSTART:19700101\u0000`,
      owner: a.owner && `${a.owner}\r\u001b`,
      areaLabel: a.areaLabel && 'Acties\rX',
    }))
    const out = toIcs(plan)
    // Every line ends in CRLF and holds no control character but the tab a folded line starts with.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters an iCalendar line may not contain
    for (const line of out.split('\r\n')) expect(line, JSON.stringify(line)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/)
    expect(out).toContain('X-WR-CALNAME:Avond BEGIN:VEVENT\r\n')
    expect(out.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3)
    const [first] = events(out)
    expect(unescapeText(first!.SUMMARY!)).toBe('Offerte lichtsnoeren; kleur "warm wit" kiezen DTSTART:19700101')
    expect(unescapeText(first!.DESCRIPTION!)).toBe('Wie: Bram de Vries\n\nStatus: Open\nGebied: Acties\nX\nSessie: Avond BEGIN:VEVENT (23 november 2026)')
    expect(first!.CATEGORIES).toBe('Actieplan,Open,Acties X')
  })

  it('writes English descriptions for an English plan', () => {
    const [first] = events(toIcs(testPlan('en')))
    expect(unescapeText(first!.DESCRIPTION!)).toBe('Who: Bram de Vries\nStatus: Open\nArea: Actions\nSession: Winkelstraat Oosterhout (23 November 2026)')
  })

  it('leaves out undated and impossible dates, and is an empty calendar when none are left', () => {
    const plan = testPlan()
    plan.actions = plan.actions.map((a) => ({ ...a, due: a.due && '2026-02-31' }))
    const out = toIcs(plan)
    expect(out).not.toContain('BEGIN:VEVENT')
    expect(out).toContain('X-WR-CALNAME:Winkelstraat Oosterhout')
  })
})
