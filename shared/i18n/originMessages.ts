// What a board page says when the server does not know the address it is served at (no PUBLIC_URL for a
// host name): its WebSocket would be refused, so the page says what the administrator must set instead of
// reconnecting for ever. Dutch first, English second.
export const originNl = {
  'origin.unknown.title': 'Deze server kent dit adres niet',
  'origin.unknown.body':
    'Het bord kan geen live verbinding maken vanaf {origin}. De beheerder van deze server moet PUBLIC_URL={origin} instellen en de server opnieuw starten (zie de README).',
}

export const originEn: Record<keyof typeof originNl, string> = {
  'origin.unknown.title': 'This server does not know this address',
  'origin.unknown.body':
    'The board cannot open a live connection from {origin}. The administrator of this server must set PUBLIC_URL={origin} and restart the server (see the README).',
}
