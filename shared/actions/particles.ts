// Dutch surname particles (tussenvoegsels) and the few foreign ones common in Dutch towns. A particle
// joins a first name and a capitalised surname into one owner: "@Jan de Vries", "@Fatima El Amrani",
// "@Anna van der Berg". Matched case-insensitively ("Van Dijk"); longest first, so "van der" is tried
// before "van". Particles that are also everyday prepositions ("in", "op", "uit", "aan") only count
// together with an article ("in 't Veld", "op de Beek", "uit den Bogaard"), never alone.
const PARTICLES: readonly string[] = [
  'van der',
  'van den',
  'van de',
  'van het',
  "van 't",
  'van ter',
  'van ten',
  'van',
  'de',
  'der',
  'den',
  "'t",
  'te',
  'ten',
  'ter',
  "in 't",
  'in het',
  'in de',
  'in den',
  "op 't",
  'op het',
  'op de',
  'op den',
  'op ten',
  "uit 't",
  'uit het',
  'uit de',
  'uit den',
  'aan de',
  'aan den',
  'aan het',
  'von der',
  'von',
  'zu',
  'du',
  'da',
  'di',
  'del',
  'della',
  'des',
  'dos',
  'das',
  'la',
  'le',
  'el',
  'al',
  'ben',
  'ibn',
  'abu',
]

/** A regex source for one word or phrase, case-insensitive without the i flag (the surname after it is not). */
function anyCase(phrase: string): string {
  return [...phrase]
    .map((ch) => {
      if (ch === ' ') return String.raw`[ \t\u00a0]+`
      if (ch === "'") return `['’]`
      const [lower, upper] = [ch.toLowerCase(), ch.toUpperCase()]
      return lower === upper ? ch : `[${lower}${upper}]`
    })
    .join('')
}

/** Any particle, as a regex source, longest first. */
export const PARTICLE = `(?:${[...PARTICLES]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .join('|')})`

const PARTICLE_SET = new Set(PARTICLES.map((p) => p.replace(/’/gu, "'")))

export function isParticle(word: string): boolean {
  return PARTICLE_SET.has(word.toLowerCase().replace(/’/gu, "'").replace(/\s+/gu, ' '))
}
