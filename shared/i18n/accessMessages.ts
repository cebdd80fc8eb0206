// Texts of the accessibility work every page carries: what the timer says to a screen reader, and the
// way to the toegankelijkheidsverklaring. The statement itself is long and read by few, so its text is
// in statementMessages.ts, loaded with its page only. Dutch first, English second.
export const accessNl = {
  'timer.say.minute': 'Nog één minuut',
  'timer.say.up': 'De tijd is om',
  'access.link': 'Toegankelijkheid',
  'access.title': 'Toegankelijkheidsverklaring',
  'access.loading': 'Toegankelijkheidsverklaring laden…',
} as const

type AccessKey = keyof typeof accessNl

export const accessEn: Record<AccessKey, string> = {
  'timer.say.minute': 'One minute left',
  'timer.say.up': 'Time is up',
  'access.link': 'Accessibility',
  'access.title': 'Accessibility statement',
  'access.loading': 'Loading the accessibility statement…',
}
