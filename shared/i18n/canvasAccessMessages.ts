// Texts that make the canvas pages usable with a keyboard and a screen reader (issue 15, "the canvas
// pages pass"): Dutch first, English second.
export const canvasAccessNl = {
  'canvasAccess.textInput': 'Tekst van de notitie of vorm',
  'canvasAccess.highContrast': 'Hoog contrast',
  'canvasAccess.highContrastHint': 'Donkere tekst, dikke randen en grote titels, leesbaar achter in de zaal',
}

export const canvasAccessEn: Record<keyof typeof canvasAccessNl, string> = {
  'canvasAccess.textInput': 'Text of the note or shape',
  'canvasAccess.highContrast': 'High contrast',
  'canvasAccess.highContrastHint': 'Dark text, thick borders and large titles, readable from the back of the room',
}
