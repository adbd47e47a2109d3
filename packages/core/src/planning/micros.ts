// The planner counts in whole microseconds: sums are then exact, so a plan never depends on the
// order floating-point additions happened in, and the same input gives byte-identical output.

export function toMicros(ms: number): number {
  return Math.round(ms * 1000);
}

export function toMillis(micros: number): number {
  return micros / 1000;
}

/** Median of whole microseconds, rounded; undefined for no values. Sorts `values` in place. */
export function medianMicros(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  if (values.length % 2 === 1) return values[middle];
  return Math.round((values[middle - 1]! + values[middle]!) / 2);
}
