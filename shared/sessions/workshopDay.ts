// The day a board's notes are read against ("15/12", "vrijdag", "eind januari"): the workshop's own,
// the session's createdAt, so the canvas, the list view, the API and the working group's overview read
// a note alike. An unreadable createdAt falls back to now rather than to an Invalid Date that no date
// can be read against.
export function workshopReference(createdAt: string, now: () => Date = () => new Date()): Date {
  const created = new Date(createdAt)
  return Number.isNaN(created.getTime()) ? now() : created
}
