export * from './boardDoc.ts'
export * from './initBoard.ts'
export * from './migrate.ts'
export * from './schema.ts'
