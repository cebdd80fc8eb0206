// Organisations that own actions in a Dutch town's working group. A note that starts with one of them
// and a colon names it as the owner ("Gemeente: vergunning aanvragen"); and a word from this list is
// never taken for a surname after a particle ("@Jan van de Gemeente" is Jan).
// The rule for the prefix (documented in the README): at the very start of the note, before a colon
// followed by a space or the end,
//   - a name already known (participants, their organisations, owners set by hand, names the server
//     passes, such as the series' owners), or
//   - a word from ORGANISATION_WORDS, optionally followed by a capitalised name of up to three words
//     ("Gemeente Oosterhout:", "Politie Den Bosch:"), or
//   - one capitalised word ending in an organisation word ("Ondernemersvereniging:", "Wijkraad:",
//     "Huurdersvereniging:"), or
//   - an abbreviation of 2–6 capitals ("GGD:", "BIZ:"), except NB, PS, PM, OK, TODO, FYI, ASAP, AUB.
// Never a time ("10:00" has no letters) and never a first name nobody knows ("Jan: bellen" needs @Jan).
const ORGANISATION_WORDS: readonly string[] = [
  'gemeente',
  'politie',
  'provincie',
  'waterschap',
  'rijkswaterstaat',
  'brandweer',
  'ggd',
  'kvk',
  'boa',
  'handhaving',
  'wijkagent',
  'college',
  'wethouder',
  'burgemeester',
  'gemeenteraad',
  'raad',
  'bestuur',
  'woningcorporatie',
  'woonstichting',
  'woningbouwvereniging',
  'corporatie',
  'ondernemersvereniging',
  'winkeliersvereniging',
  'ondernemers',
  'horeca',
  'centrummanagement',
  'citymarketing',
  'vvv',
  'bewonersvereniging',
  'buurtvereniging',
  'bewonerscommissie',
  'bewoners',
  'wijkraad',
  'dorpsraad',
  'wijkteam',
  'buurtteam',
  'welzijn',
  'welzijnsorganisatie',
  'bibliotheek',
  'school',
  'scholen',
  'zorg',
  'huisarts',
  'kerngroep',
  'werkgroep',
  'stuurgroep',
  'projectgroep',
  'stichting',
  'vereniging',
  'kerk',
  'moskee',
  'sportclub',
]

/** Endings that make a compound word an organisation: "Ondernemersvereniging", "Dorpsraad". */
const ORGANISATION_ENDINGS: readonly string[] = [
  'vereniging',
  'stichting',
  'raad',
  'corporatie',
  'coöperatie',
  'collectief',
  'platform',
  'comité',
  'commissie',
  'bureau',
  'centrum',
  'team',
  'groep',
  'overleg',
  'club',
  'fonds',
  'gemeente',
  'politie',
  'school',
  'bibliotheek',
]

const NOT_ORGANISATIONS = new Set(['NB', 'PS', 'PM', 'OK', 'TODO', 'FYI', 'ASAP', 'AUB', 'SVP', 'LET', 'NOTE'])

const WORDS = new Set(ORGANISATION_WORDS)

/** Whether one word is an organisation: listed, a compound ending in one, or an abbreviation. */
export function isOrganisationWord(word: string): boolean {
  const lower = word.toLowerCase()
  if (WORDS.has(lower)) return true
  if (/^\p{Lu}{2,6}$/u.test(word)) return !NOT_ORGANISATIONS.has(word)
  return /^\p{Lu}/u.test(word) && ORGANISATION_ENDINGS.some((end) => lower.length > end.length && lower.endsWith(end))
}
