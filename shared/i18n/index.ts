export * from './messages.ts'
export * from './translate.ts'
