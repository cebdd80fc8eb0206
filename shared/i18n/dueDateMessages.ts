// The due-date field of the actions panel: it reads what people type ("01-12-2026", "vrijdag",
// "eind januari") and says what it will save before it does. Dutch first, English second.
export const dueDateNl = {
  'dueField.placeholder': 'dd-mm-jjjj',
  'dueField.hint': 'Bijv. 01-12-2026, vrijdag, eind januari of over twee weken. Enter bewaart, Esc herstelt.',
  'dueField.preview': 'Wordt: {date}',
  'dueField.clear': 'Wordt: geen datum',
  'dueField.invalid': 'Geen datum herkend. Schrijf bijv. 01-12-2026 (dag-maand-jaar), vrijdag of eind januari.',
}

export const dueDateEn: Record<keyof typeof dueDateNl, string> = {
  'dueField.placeholder': 'dd-mm-yyyy',
  'dueField.hint': 'E.g. 01-12-2026 (day-month-year), or in Dutch: vrijdag, eind januari. Enter saves, Esc undoes.',
  'dueField.preview': 'Will be: {date}',
  'dueField.clear': 'Will be: no date',
  'dueField.invalid': 'Not a date. Write e.g. 01-12-2026 (day-month-year).',
}
