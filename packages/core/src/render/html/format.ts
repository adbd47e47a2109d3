import { formatDuration as formatAnyDuration } from '../format.js';

export { formatCount, formatPercent } from '../format.js';

/** Human duration with a decimal below 10 ms: the HTML report shows fast tests precisely. */
export function formatDuration(ms: number): string {
  return formatAnyDuration(ms, true);
}

export function formatSigned(value: number, unit: string): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  return `${sign}${Math.abs(value).toFixed(2)}${unit}`;
}
