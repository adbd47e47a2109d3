/**
 * Runs `work` on every item, at most `limit` at a time, in the order given; once `signal` is aborted
 * no further item starts (the running ones are expected to stop on the same signal).
 */
export async function runWithConcurrency<T>(
  items: readonly T[],
  limit: number,
  signal: AbortSignal,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (!signal.aborted && next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}
