// Texts of the area layout tools ("Opruimen"): Dutch first, English second.
export const layoutNl = {
  'tidy.heading': 'Opruimen',
  'tidy.button': 'Briefjes in dit vak op een rij',
  'tidy.hint': 'Zet de briefjes van het gekozen vak (of het vak onder de selectie) netjes in een raster. Ongedaan maken met Ctrl+Z.',
  'tidy.noArea': 'Kies eerst een vak of een briefje in een vak.',
  'tidy.done': '{count} briefjes opgeruimd',
  'tidy.menu': 'Opruimen',
}

export const layoutEn: Record<keyof typeof layoutNl, string> = {
  'tidy.heading': 'Tidy',
  'tidy.button': 'Line up the notes in this area',
  'tidy.hint': 'Arranges the notes of the selected area (or the area under the selection) in a grid. Undo with Ctrl+Z.',
  'tidy.noArea': 'Select an area or a note in an area first.',
  'tidy.done': '{count} notes tidied',
  'tidy.menu': 'Tidy',
}
