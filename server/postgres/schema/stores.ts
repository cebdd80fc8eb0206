// Filled by the stores store (issue 16).
export const STORES_SCHEMA = 'select 1'
