// "3 min geleden": how long ago something happened, as a message key and a number (the words are in
// shared/i18n/historyMessages.ts).
export type AgoKey = 'history.ago.now' | 'history.ago.minutes' | 'history.ago.hours' | 'history.ago.day' | 'history.ago.days'

export function ago(thenMs: number, nowMs: number): { key: AgoKey; n: number } {
  const minutes = Math.floor(Math.max(0, nowMs - thenMs) / 60_000)
  if (minutes < 1) return { key: 'history.ago.now', n: 0 }
  if (minutes < 60) return { key: 'history.ago.minutes', n: minutes }
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return { key: 'history.ago.hours', n: hours }
  const days = Math.floor(hours / 24)
  return days === 1 ? { key: 'history.ago.day', n: 1 } : { key: 'history.ago.days', n: days }
}
