// Filled by the sessions store (issue 16).
export const SESSIONS_SCHEMA = 'select 1'
