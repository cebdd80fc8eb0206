// Typed text as exports and hand-edited fields may carry it. A browser, a raw client or the REST API can
// put any character in a note; a Markdown renderer reads a lone CR as a line end (so text after it can
// become a heading or end a table row), RFC 5545 TEXT allows no control characters at all, and XML (the
// Word file) forbids most of them. One rule, here, for every renderer and every validator.

/**
 * Every way to end a line: CRLF, a lone CR or LF, and the rarer ones some readers also break on
 * (vertical tab, form feed, NEL, line and paragraph separator).
 */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g

/** Control characters that are neither a line break nor a tab: C0, DEL and C1. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this sanitiser exists to find control characters
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g

/** Any control character or line break, tab included: what a one-line field such as an owner may not hold. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this check exists to find control characters
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/**
 * The text with every line break as '\n' and other control characters left out. Tabs stay: they are
 * white space to every format (RFC 5545 TEXT allows them), and the CSV export must still see a leading
 * tab to neutralise it as a formula start.
 */
export function plainText(text: string): string {
  return text.replace(LINE_BREAK, '\n').replace(CONTROL, '')
}

/** The plain text in one line: line breaks (and the spaces round them) become one space. */
export function oneLine(text: string): string {
  return plainText(text)
    .replace(/\s*\n\s*/g, ' ')
    .trim()
}

/** True when the text holds a line break, a tab or another control character. */
export function hasControlCharacters(text: string): boolean {
  return ANY_CONTROL.test(text)
}

/**
 * A copy of a plain data value (objects, arrays, strings, numbers…) with every string made plain text.
 * Renderers apply it to what they render, so no field can be forgotten.
 */
export function plainTextDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T
  if (Array.isArray(value)) return value.map((item) => plainTextDeep(item)) as T
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) copy[key] = plainTextDeep(item)
    return copy as T
  }
  return value
}
