// The action state of one note in the list view: marked as action or not, and its owner, due date and
// status, editable by keyboard under the same rules as the canvas's actions panel.
// Contract (issue 15): rendered by the list view's item for every note; `canEdit` is false for the view
// role, while the board is locked for participants, and wherever the canvas would refuse the edit.
export function NoteAction(_props: { noteId: string; canEdit: boolean }) {
  return null
}
