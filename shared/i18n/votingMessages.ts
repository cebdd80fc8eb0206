// Texts of dot votes bound to a person: how many people voted against how many are online, and what a
// participant is told when their identity cannot be had. Dutch first, English second.
export const votingNl = {
  'vote.status.voters': '{voters} van {online} online hebben gestemd',
  'vote.error.identity': 'Je kunt nu niet stemmen: {message}',
}

export const votingEn: Record<keyof typeof votingNl, string> = {
  'vote.status.voters': '{voters} of {online} online have voted',
  'vote.error.identity': 'You cannot vote right now: {message}',
}
