// Number and duration formatting shared by the Markdown and HTML reports.
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** Human duration: 850 ms, 1.25 s, 3 min 20 s, 1 h 2 min; `fine` keeps a decimal below 10 ms (4.2 ms). */
export function formatDuration(ms: number, fine = false): string {
  if (!Number.isFinite(ms) || ms < 0) return '–';
  if (ms < 1000) return `${fine && ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${minutes - hours * 60} min`;
}

export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)} %`;
}

function sign(value: number): string {
  return value > 0 ? '+' : value < 0 ? '−' : '±';
}

/** Pass-rate change in percentage points: +0.50 pp. */
export function formatPointsDelta(value: number | null): string {
  return value === null ? '–' : `${sign(value)}${Math.abs(value).toFixed(2)} pp`;
}

export function formatDurationDelta(ms: number | null): string {
  return ms === null ? '–' : `${sign(ms)}${formatDuration(Math.abs(ms))}`;
}

export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** actual ÷ predicted, e.g. `1.42×`; – when nothing was predicted. */
export function formatPredictionRatio(shard: { predictedMs?: number; actualMs: number }): string {
  if (shard.predictedMs === undefined || shard.predictedMs <= 0) return '–';
  return `${(shard.actualMs / shard.predictedMs).toFixed(2)}×`;
}
