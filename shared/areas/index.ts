// Areas: the named regions of workshop templates, where they are, and what is in them.
export * from './areas.ts'
export * from './geometry.ts'
export * from './membership.ts'
export * from './areaName.ts'
export * from './numbered.ts'
