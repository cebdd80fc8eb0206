// Outcomes: what a workshop produced, read from the board as data.
export * from './outcomes.ts'
export * from './votes.ts'
