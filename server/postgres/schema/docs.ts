// Filled by the docs store (issue 16).
export const DOCS_SCHEMA = 'select 1'
