// Workshop rounds as participants see them: the current question, silent brainstorm, dot votes, who
// took part. Pure reads of the board document, shared by the canvas, the phone page and tests.
export * from './currentQuestion.ts'
export * from './silentView.ts'
export * from './voteView.ts'
export * from './participantsView.ts'
