/// A small deterministic random source (mulberry32), so that generated documents and
/// scenarios are the same on every machine and every run.
export class SeededRandom {
  private state: number

  constructor(seed: number) { this.state = seed >>> 0 }

  /// A float in [0, 1).
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /// An integer in [0, n).
  int(n: number): number { return Math.floor(this.next() * n) }

  /// An integer in [min, max].
  between(min: number, max: number): number { return min + this.int(max - min + 1) }

  pick<T>(list: readonly T[]): T { return list[this.int(list.length)] }
}
