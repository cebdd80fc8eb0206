// The soft colours of template areas. Projectors wash colours out and lift dark greys, so fills are
// light but clearly tinted, borders a step darker, and label text a deep shade of the same hue that
// keeps well above 7:1 contrast on its own fill. Shared: the board draws them, and so does the image of
// each template in the action plan (shared/export/sketch.ts).
import type { AreaTint } from './area.ts'

export interface Tint {
  fill: string
  border: string
  ink: string
}

export const TINTS: Record<AreaTint, Tint> = {
  yellow: { fill: '#fff3c4', border: '#e9c85a', ink: '#5c4300' },
  green: { fill: '#dcf2e3', border: '#86c99c', ink: '#14532d' },
  blue: { fill: '#dde9fa', border: '#8fb4e6', ink: '#173f75' },
  violet: { fill: '#e9e1fa', border: '#b39be6', ink: '#43287e' },
  red: { fill: '#fbe0dc', border: '#e79a8f', ink: '#7f1d14' },
  orange: { fill: '#fde6cf', border: '#eeb173', ink: '#723804' },
  grey: { fill: '#e9ecf1', border: '#b4bcc8', ink: '#273142' },
}

export function tintOf(tint: string): Tint {
  return TINTS[tint as AreaTint] ?? TINTS.grey
}
