// What the board says while the server cannot store it (its awareness carries the storage state):
// the facilitator and the participants are told plainly that edits wait, and where they wait.
// Dutch first, English second.
export const storageNl = {
  'storage.failing.facilitator':
    'Opslaan lukt niet: het bord neemt nu geen wijzigingen aan. Wat iedereen doet, blijft op het eigen scherm bewaard en komt binnen zodra opslaan weer lukt.',
  'storage.failing.participant':
    'Het bord kan nu niet opslaan. Je wijzigingen blijven op dit apparaat bewaard en worden verstuurd zodra het weer lukt. Sluit deze pagina niet.',
}

export const storageEn: Record<keyof typeof storageNl, string> = {
  'storage.failing.facilitator':
    'Saving fails: the board takes no changes right now. What everyone does is kept on their own screen and arrives as soon as saving works again.',
  'storage.failing.participant':
    'The board cannot save right now. Your changes are kept on this device and sent as soon as it works again. Do not close this page.',
}
