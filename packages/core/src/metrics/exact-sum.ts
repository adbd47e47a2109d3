/**
 * A sum of doubles that does not depend on the order of its terms: Shewchuk's exact partials
 * (the algorithm behind Python's math.fsum), rounded once at the end. Metrics are computed both
 * from a sorted TestRun and from RunBuilder's columns in arrival order, and must agree to the
 * last bit; a plain `+=` would not (durations like 1.317 ms are not exact in binary).
 * Sums of integers below 2^53 equal the plain sum.
 */
export class ExactSum {
  private readonly partials: number[] = [];
  private count = 0;
  /** Infinities and NaN bypass the partials; their plain sum decides the result. */
  private nonFinite = 0;
  private hasNonFinite = false;
  /** How many terms were added (a sum added with addSum counts its own terms). */
  terms = 0;

  add(value: number): void {
    this.terms++;
    if (!Number.isFinite(value)) {
      this.nonFinite += value;
      this.hasNonFinite = true;
      return;
    }
    const partials = this.partials;
    const count = this.count;
    let x = value;
    let kept = 0;
    for (let j = 0; j < count; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) {
        const swap = x;
        x = y;
        y = swap;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[kept++] = lo;
      x = hi;
    }
    partials[kept] = x;
    this.count = kept + 1;
  }

  /** Back to an empty sum (so one instance can round many small sums). */
  reset(): void {
    this.partials.length = 0;
    this.count = 0;
    this.nonFinite = 0;
    this.hasNonFinite = false;
    this.terms = 0;
  }

  addSum(other: ExactSum): void {
    const terms = this.terms + other.terms;
    for (let j = 0; j < other.count; j++) this.add(other.partials[j]!);
    if (other.hasNonFinite) this.add(other.nonFinite);
    this.terms = terms;
  }

  /** The exact sum of every term, correctly rounded (half to even). */
  value(): number {
    if (this.hasNonFinite) return this.nonFinite;
    const partials = this.partials;
    let n = this.count;
    if (n === 0) return 0;
    let hi = partials[--n]!;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n]!;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
