const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;

// The notation of duration settings (testpipe.yml timeouts, action inputs): "10m", "1h30m", "500ms" or seconds.

/**
 * "10m", "90s", "1h30m", "500ms" or a number of seconds → milliseconds; undefined when the
 * value is not a positive duration.
 */
export function parseDurationMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().replace(/\s+/g, '');
  if (/^\d+(?:\.\d+)?$/.test(text)) return parseDurationMs(Number(text));
  if (!DURATION.test(text)) return undefined;
  let total = 0;
  for (const [, amount, unit] of text.matchAll(PART)) total += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 0);
  return total > 0 ? Math.round(total) : undefined;
}

/**
 * Milliseconds in the notation of settings (the inverse of parseDurationMs): 600000 → "10m", 90000 → "1m30s",
 * 3000 → "3s". Messages about a setting echo it this way; everything else uses formatDuration.
 */
export function formatDurationSetting(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  const parts: string[] = [];
  let rest = Math.round(ms / 1000);
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  rest -= minutes * 60;
  if (hours) parts.push(`${hours}h`);
  if (minutes) parts.push(`${minutes}m`);
  if (rest || parts.length === 0) parts.push(`${rest}s`);
  return parts.join('');
}
