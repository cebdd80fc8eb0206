// What is left of a note's text after the quick syntax is cut out: "Subsidie aanvragen, @Jan, vóór
// 1 maart." must read "Subsidie aanvragen." and not "Subsidie aanvragen, , ." in the actions list.

/**
 * Removes [start, end) ranges from the text, each replaced by a space so words do not run together.
 * Ranges may overlap (a date phrase can span a blanked-out owner token: "1 @Jan maart").
 */
export function cutRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): string {
  const merged: Array<{ start: number; end: number }> = []
  for (const { start, end } of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1)
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else merged.push({ start, end })
  }
  let out = text
  for (const { start, end } of merged.reverse()) out = `${out.slice(0, start)} ${out.slice(end)}`
  return out
}

function tidyLine(line: string): string {
  return (
    line
      // Brackets that held only the cut-out syntax: "(@Jan)", "(@Jan, 20-12)". Before collapsing spaces.
      .replace(/\(\s*(?:[,;:]\s*)*\)/gu, '')
      .replace(/[ \t\u00a0]+/gu, ' ')
      .replace(/ +(?=[,.;:!?)])/gu, '')
      // Separators left next to each other: "a, , b" → "a, b"; "a - - b" → "a - b"; "a,." → "a.".
      .replace(/([,;:])(?:\s*[,;:])+/gu, '$1')
      .replace(/(\s[–—-])(?:\s+[–—-])+(?=\s|$)/gu, '$1')
      .replace(/[,;:]+(?=[.!?])/gu, '')
      .trim()
      // A separator at the very end or (except a "- " bullet) the very start leads nowhere.
      .replace(/\s*(?:[,;:]|\s[–—-])+$/u, '')
      .replace(/^[,;:]+\s*/u, '')
      .replace(/^[–—-]$/u, '')
      .trim()
  )
}

/** Horizontal whitespace collapsed, dangling separators dropped, empty lines dropped. */
export function tidyText(text: string): string {
  return text
    .split('\n')
    .map(tidyLine)
    .filter((line) => line !== '')
    .join('\n')
}

/**
 * The first word with a capital when it is written all in lower case ("bellen" → "Bellen", "ijs" →
 * "IJs"); a word with a capital inside ("iPad") or a text starting with a sign ("- punt") stays.
 */
export function capitaliseStart(text: string): string {
  // Not a web address or an e-mail address: "https://…", "www.gemeente.nl", "info@…".
  const m = /^(\p{Ll})([\p{Ll}\p{M}'’-]*)(?![\p{L}\p{M}]|[:.@/]\S)/u.exec(text)
  if (!m) return text
  const head = text.startsWith('ij') ? 'IJ' : m[1]!.toUpperCase()
  return head + text.slice(text.startsWith('ij') ? 2 : 1)
}
