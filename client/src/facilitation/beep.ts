// Three short tones when the timer runs out, made with WebAudio (no sound file to serve). Browsers only
// play after the person has interacted with the page; the facilitator has (they started the timer).
let context: AudioContext | null = null

export function beep(): void {
  try {
    context ??= new AudioContext()
    const ctx = context
    if (ctx.state === 'suspended') void ctx.resume()
    const start = ctx.currentTime + 0.05
    for (let i = 0; i < 3; i++) {
      const at = start + i * 0.28
      const osc = ctx.createOscillator()
      const gain = ctx.createGain()
      osc.type = 'sine'
      osc.frequency.value = 880
      // A soft attack and release: no clicks from the speakers.
      gain.gain.setValueAtTime(0, at)
      gain.gain.linearRampToValueAtTime(0.25, at + 0.02)
      gain.gain.linearRampToValueAtTime(0, at + 0.18)
      osc.connect(gain).connect(ctx.destination)
      osc.start(at)
      osc.stop(at + 0.2)
    }
  } catch {
    // no audio here (or not allowed yet): the badge still flashes
  }
}
