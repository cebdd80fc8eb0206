// Texts of the board's top bar that grows with the room (the avatar stack and the list it opens):
// Dutch first, English second.
export const chromeNl = {
  'people.button': '{count} aanwezig: toon wie er zijn',
  'people.follow': 'klik om mee te kijken',
  'people.stopFollowing': 'je kijkt mee: klik om te stoppen',
}

export const chromeEn: Record<keyof typeof chromeNl, string> = {
  'people.button': '{count} present: show who is here',
  'people.follow': 'click to follow their view',
  'people.stopFollowing': 'following: click to stop',
}
