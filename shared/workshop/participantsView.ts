// Everyone who took part, for the facilitator: the board's participants (recorded by the server) joined
// with who is online now (awareness) and how many notes each wrote (meta.createdBy = their author id).
import { participantKey, type BoardDoc, type Participant } from '../board/boardDoc.ts'
import { noteOrigin } from '../facilitation/silent.ts'

/** Someone online, as far as this list needs to know. */
export interface OnlinePerson {
  name: string
  color: string
  role: 'view' | 'join' | 'facilitator'
  authorId: string | null
}

export interface ParticipantRow {
  /** Stable React key: the author id, else the lower-cased name. */
  key: string
  name: string
  color: string
  role: 'join' | 'facilitator'
  authorId: string | null
  online: boolean
  /** Their notes' ids (newest first), for the count and for selecting them on the canvas. */
  noteIds: string[]
  /** Organisation or role as given with the name; '' when none. */
  organisation: string
  /** Marked by the facilitator as not a participant (left out of the action plan). */
  excluded: boolean
  /** In the server's participants map (only a recorded name can be marked as not a participant). */
  recorded: boolean
}

/** Note ids by author id, newest first (notes of unknown age last). */
export function notesByAuthor(board: Pick<BoardDoc, 'all'>): Map<string, string[]> {
  const out = new Map<string, Array<{ id: string; at: number }>>()
  for (const record of board.all()) {
    if (record.typeName !== 'shape' || record.type !== 'note') continue
    const { createdBy, createdAt } = noteOrigin(record)
    if (!createdBy) continue
    const list = out.get(createdBy) ?? []
    list.push({ id: record.id, at: createdAt ?? -Infinity })
    out.set(createdBy, list)
  }
  return new Map([...out].map(([author, notes]) => [author, notes.sort((a, b) => b.at - a.at).map((n) => n.id)]))
}

function authorIdOf(participant: Participant): string | null {
  const value = (participant as { authorId?: unknown }).authorId
  return typeof value === 'string' && value ? value : null
}

const nameKey = participantKey

/**
 * One row per person: the recorded participants in order of arrival, then anyone online with a join
 * or facilitator link the server has not recorded yet. A person is online when someone in awareness
 * has their author id (or, for records without one, their name).
 */
export function participantRows(participants: readonly Participant[], online: readonly OnlinePerson[], notes: ReadonlyMap<string, string[]>): ParticipantRow[] {
  const rows: ParticipantRow[] = []
  const seenAuthors = new Set<string>()
  const seenNames = new Set<string>()
  const onlineAuthors = new Set(online.map((p) => p.authorId).filter((id): id is string => !!id))
  const onlineNames = new Set(online.map((p) => nameKey(p.name)))
  for (const p of participants) {
    const authorId = authorIdOf(p)
    rows.push({
      key: authorId ?? `name:${nameKey(p.name)}`,
      name: p.name,
      color: p.color,
      role: p.role,
      authorId,
      online: authorId ? onlineAuthors.has(authorId) || onlineNames.has(nameKey(p.name)) : onlineNames.has(nameKey(p.name)),
      noteIds: authorId ? (notes.get(authorId) ?? []) : [],
      organisation: typeof p.organisation === 'string' ? p.organisation : '',
      excluded: p.excluded === true,
      recorded: true,
    })
    if (authorId) seenAuthors.add(authorId)
    seenNames.add(nameKey(p.name))
  }
  for (const person of online) {
    if (person.role === 'view') continue
    if (person.authorId ? seenAuthors.has(person.authorId) : false) continue
    if (seenNames.has(nameKey(person.name))) continue
    rows.push({
      key: person.authorId ?? `name:${nameKey(person.name)}`,
      name: person.name,
      color: person.color,
      role: person.role,
      authorId: person.authorId,
      online: true,
      noteIds: person.authorId ? (notes.get(person.authorId) ?? []) : [],
      organisation: '',
      excluded: false,
      recorded: false,
    })
    if (person.authorId) seenAuthors.add(person.authorId)
    seenNames.add(nameKey(person.name))
  }
  return rows
}
