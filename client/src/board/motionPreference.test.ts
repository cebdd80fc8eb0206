import { describe, expect, it } from 'vitest'
import { animationSpeedFor, chosenAnimationSpeed } from './motionPreference.ts'

describe('animationSpeedFor', () => {
  it('is 0 (camera moves jump) when the system asks for reduced motion and the person chose nothing', () => {
    expect(animationSpeedFor(undefined, true)).toBe(0)
    expect(animationSpeedFor(null, true)).toBe(0)
    expect(animationSpeedFor(undefined, false)).toBe(1)
  })
  it("keeps the person's own choice either way", () => {
    expect(animationSpeedFor(1, true)).toBe(1)
    expect(animationSpeedFor(0, false)).toBe(0)
  })
})

describe('chosenAnimationSpeed', () => {
  it('does not take the derived speed tldraw writes back with another change for a choice', () => {
    expect(chosenAnimationSpeed(undefined, 0, true)).toBeUndefined()
    expect(chosenAnimationSpeed(undefined, 1, false)).toBeUndefined()
  })
  it("remembers a toggle in tldraw's menu", () => {
    expect(chosenAnimationSpeed(undefined, 1, true)).toBe(1)
    expect(chosenAnimationSpeed(1, 0, true)).toBe(0)
  })
})
