/**
 * Reads a Retry-After value as milliseconds to wait: delta-seconds ("120", or a number) or an
 * HTTP date. Returns undefined when the value is absent or unreadable; never negative.
 */
export function parseRetryAfterMs(value: string | number | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? Math.max(0, value * 1000) : undefined;
  const trimmed = value.trim();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
