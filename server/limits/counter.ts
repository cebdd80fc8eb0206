// Live counts per key (connections per session, per address). Keys with no live entries are dropped,
// so the map holds only what is connected right now.
export class Counter {
  private readonly counts = new Map<string, number>()

  get(key: string): number {
    return this.counts.get(key) ?? 0
  }

  add(key: string): void {
    this.counts.set(key, this.get(key) + 1)
  }

  remove(key: string): void {
    const next = this.get(key) - 1
    if (next > 0) this.counts.set(key, next)
    else this.counts.delete(key)
  }
}
