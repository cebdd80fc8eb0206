// The dot vote on one note of the list view: the dots we gave it and buttons to give or take one back,
// under the same budget and server rules as the canvas and the phone page.
// Contract (issue 15): rendered by the list view's item for every note; renders nothing when the note
// is not in a running vote. Reads the workshop and control contexts (voting/workshopContext.ts).
export function NoteVote(_props: { noteId: string }) {
  return null
}
