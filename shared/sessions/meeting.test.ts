import { describe, expect, it } from 'vitest'
import { isLocalDateTime, meetingDetailsOf, validateMeetingPatch } from './meeting.ts'
import { dayInputOf, meetingFormOf, parseDayInput, parseTimeInput, patchFromForm, timeInputOf, type MeetingForm } from './meetingForm.ts'

describe('isLocalDateTime', () => {
  it.each([
    ['2026-12-01T19:30', true],
    ['2028-02-29T00:00', true],
    ['2026-12-01T23:59', true],
    ['2027-02-29T10:00', false],
    ['2026-12-01T24:00', false],
    ['2026-12-01T19:60', false],
    ['2026-12-01 19:30', false],
    ['2026-12-01T19:30:00', false],
    ['2026-12-01T19:30Z', false],
    ['2026-12-01', false],
    [20261201, false],
  ])('%s → %s', (value, expected) => expect(isLocalDateTime(value)).toBe(expected))
})

describe('validateMeetingPatch', () => {
  it('takes every field, trims strings and keeps null as a clear', () => {
    const result = validateMeetingPatch({
      title: '  Werkgroep 2 ',
      startsAt: '2026-12-01T19:30',
      place: ' Stadhuis, zaal 3 ',
      nextMeeting: { at: '2027-01-12', place: ' Bibliotheek ' },
    })
    expect(result).toEqual({
      ok: true,
      patch: { title: 'Werkgroep 2', startsAt: '2026-12-01T19:30', place: 'Stadhuis, zaal 3', nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' } },
    })
    expect(validateMeetingPatch({ startsAt: null, place: null, nextMeeting: null })).toEqual({
      ok: true,
      patch: { startsAt: null, place: null, nextMeeting: null },
    })
  })

  it('takes a next meeting with a time, and an empty place as none', () => {
    expect(validateMeetingPatch({ nextMeeting: { at: '2027-01-12T20:00', place: '' }, place: '' })).toEqual({
      ok: true,
      patch: { nextMeeting: { at: '2027-01-12T20:00' }, place: null },
    })
  })

  it('refuses an empty body, a non-object and unknown fields', () => {
    expect(validateMeetingPatch({})).toEqual({ ok: false, message: expect.stringContaining('nothing to change') })
    expect(validateMeetingPatch([])).toMatchObject({ ok: false })
    expect(validateMeetingPatch('x')).toMatchObject({ ok: false })
    expect(validateMeetingPatch({ place: 'Stadhuis', id: 'x', joinToken: 'y' })).toEqual({
      ok: false,
      message: expect.stringContaining('unknown fields "id", "joinToken"'),
    })
    expect(validateMeetingPatch({ nextMeeting: { at: '2027-01-12', when: 'x' } })).toEqual({ ok: false, message: expect.stringContaining('"when"') })
  })

  it('names every problem at once', () => {
    const result = validateMeetingPatch({ title: '', startsAt: '2026-02-30T10:00', place: 'a\nb', nextMeeting: { at: '12-01-2027', place: 'x'.repeat(201) } })
    expect(result.ok).toBe(false)
    const message = (result as { message: string }).message
    expect(message).toContain('title must not be empty')
    expect(message).toContain('startsAt must be')
    expect(message).toContain('place must be one line')
    expect(message).toContain('nextMeeting.at must be')
    expect(message).toContain('nextMeeting.place must be at most 200')
  })

  it('limits the title as creation does, and never clears it', () => {
    expect(validateMeetingPatch({ title: 'x'.repeat(201) })).toMatchObject({ ok: false })
    expect(validateMeetingPatch({ title: 'x'.repeat(30) }, 20)).toEqual({ ok: false, message: 'title must be at most 20 characters' })
    expect(validateMeetingPatch({ title: null })).toMatchObject({ ok: false })
  })

  it('refuses a next meeting without a day, and a place of the wrong type', () => {
    expect(validateMeetingPatch({ nextMeeting: { place: 'Stadhuis' } })).toMatchObject({ ok: false })
    expect(validateMeetingPatch({ nextMeeting: '2027-01-12' })).toMatchObject({ ok: false })
    expect(validateMeetingPatch({ place: 12 })).toMatchObject({ ok: false })
    expect(validateMeetingPatch({ place: 'x'.repeat(200) })).toMatchObject({ ok: true })
  })
})

describe('meetingDetailsOf', () => {
  it('is undefined for a record without any, and copies what is set', () => {
    expect(meetingDetailsOf({})).toBeUndefined()
    expect(meetingDetailsOf({ place: 'Stadhuis', nextMeeting: { at: '2027-01-12' } })).toEqual({ place: 'Stadhuis', nextMeeting: { at: '2027-01-12' } })
  })
})

describe('the Meeting dialog fields', () => {
  it.each([
    ['1-12-2026', '2026-12-01'],
    ['01-12-2026', '2026-12-01'],
    ['1/12/2026', '2026-12-01'],
    [' 29.02.2028 ', '2028-02-29'],
    ['', ''],
    ['29-02-2027', null],
    ['12/01/26', null],
    ['2026-12-01', null],
    ['1 dec 2026', null],
  ])('day %j → %j', (text, expected) => expect(parseDayInput(text)).toBe(expected))

  it.each([
    ['19:30', '19:30'],
    ['9:05', '09:05'],
    ['9.30', '09:30'],
    ['1930', '19:30'],
    ['9', '09:00'],
    ['', ''],
    ['24:00', null],
    ['19:75', null],
    ['7 pm', null],
  ])('time %j → %j', (text, expected) => expect(parseTimeInput(text)).toBe(expected))

  it('shows stored values the Dutch way and reads them back unchanged', () => {
    expect(dayInputOf('2026-12-01T19:30')).toBe('01-12-2026')
    expect(timeInputOf('2026-12-01T19:30')).toBe('19:30')
    expect(timeInputOf('2027-01-12')).toBe('')
    const details = { startsAt: '2026-12-01T19:30', place: 'Stadhuis', nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' } }
    const form = meetingFormOf(details)
    expect(form).toEqual({ startDay: '01-12-2026', startTime: '19:30', place: 'Stadhuis', nextDay: '12-01-2027', nextTime: '', nextPlace: 'Bibliotheek' })
    expect(patchFromForm(form)).toEqual({
      ok: true,
      patch: { startsAt: '2026-12-01T19:30', place: 'Stadhuis', nextMeeting: { at: '2027-01-12', place: 'Bibliotheek' } },
    })
  })

  const empty: MeetingForm = { startDay: '', startTime: '', place: '', nextDay: '', nextTime: '', nextPlace: '' }

  it('sends emptied fields as null', () => {
    expect(patchFromForm(empty)).toEqual({ ok: true, patch: { startsAt: null, place: null, nextMeeting: null } })
  })

  it('names the fields that are wrong or missing their other half', () => {
    expect(patchFromForm({ ...empty, startDay: '31-11-2026', nextTime: '25:00' })).toEqual({ ok: false, fields: ['startDay', 'nextTime'] })
    expect(patchFromForm({ ...empty, startDay: '1-12-2026' })).toEqual({ ok: false, fields: ['startTime'] })
    expect(patchFromForm({ ...empty, nextPlace: 'Stadhuis' })).toEqual({ ok: false, fields: ['nextDay'] })
    expect(patchFromForm({ ...empty, place: 'x'.repeat(201) })).toEqual({ ok: false, fields: ['place'] })
    expect(patchFromForm({ ...empty, nextDay: '12-1-2027', nextPlace: 'x'.repeat(201) })).toEqual({ ok: false, fields: ['nextPlace'] })
  })
})
