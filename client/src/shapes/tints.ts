// The areas' colours live in shared/, where the action plan's image of each template uses them too.
export { TINTS, tintOf, type Tint } from '../../../shared/board/shapes/tints.ts'
