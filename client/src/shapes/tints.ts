// The areas' colours live in shared/, where the action plan's image of each template uses them too.
export { tintOf } from '../../../shared/board/shapes/tints.ts'
