// The action plan exports that need no Node: Markdown, CSV, calendar and JSON, and the names and
// content types of all five formats. The Word document is made on the server (server/export).
export * from './types.ts'
export { buildDocument, type Block, type Cell, type Column, type Heading, type List, type ListItem, type Paragraph, type Table } from './document.ts'
export { toMarkdown } from './markdown.ts'
export { toCsv } from './csv.ts'
export { actionUid, toIcs } from './ics.ts'
export { toJson } from './json.ts'
export { contentType, exportFileName, slugify } from './fileName.ts'
export { longDate, sortActions } from './labels.ts'
