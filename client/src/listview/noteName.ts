// A note named in a button or an announcement ("Stip geven aan ‘Speeltuin bij de…’"): its text on one
// line, cut at a word near `max` characters, so fifty buttons in a list stay tellable apart without a
// screen reader reading a whole note out for each.
export function shortNoteName(text: string, max = 40): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= max) return line
  const cut = line.slice(0, max)
  // The cut ends at a word when the next character is a space.
  const space = line[max] === ' ' ? max : cut.lastIndexOf(' ')
  // A word break not too far back; otherwise (one long Dutch compound) cut inside the word.
  return `${(space >= max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/u, '')}…`
}
