// tldraw's animation speed (0: camera moves jump) under the system's "reduce motion" setting. The person's
// own choice in tldraw's menu (☰ → Toegankelijkheid → Verminder beweging) wins; without one, the system decides.

/** The speed tldraw gets: the chosen one, else 0 when the system asks for reduced motion. */
export function animationSpeedFor(chosen: number | null | undefined, systemReducesMotion: boolean): number {
  if (typeof chosen === 'number') return chosen
  return systemReducesMotion ? 0 : 1
}

/**
 * What to remember after tldraw wrote its preferences back. tldraw writes every preference with each
 * change (a new name, a colour): a speed equal to the one we derived is no choice of the person's, so
 * the stored choice (or its absence) stays; any other speed is their choice.
 */
export function chosenAnimationSpeed(stored: number | null | undefined, written: number | null | undefined, systemReducesMotion: boolean): number | undefined {
  if (typeof written !== 'number') return typeof stored === 'number' ? stored : undefined
  if (written === animationSpeedFor(stored, systemReducesMotion)) return typeof stored === 'number' ? stored : undefined
  return written
}
