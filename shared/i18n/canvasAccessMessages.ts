// Texts that make the canvas pages usable with a keyboard and a screen reader (issue 15, "the canvas
// pages pass"): Dutch first, English second.
export const canvasAccessNl = {
  'canvasAccess.textInput': 'Tekst van de notitie of vorm',
}

export const canvasAccessEn: Record<keyof typeof canvasAccessNl, string> = {
  'canvasAccess.textInput': 'Text of the note or shape',
}
