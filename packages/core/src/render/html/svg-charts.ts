import type { TestStatus } from '../../model.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDuration } from './format.js';
import { STATUS_COLOURS, STATUS_ORDER } from './status-style.js';
import type { HistoryPoint } from './types.js';

/** One stacked horizontal bar of final statuses; the legend beside it is plain HTML. */
export function statusBarSvg(counts: Readonly<Record<TestStatus, number>>): string {
  const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
  const width = 1000;
  const height = 36;
  let x = 0;
  const rects: string[] = [];
  for (const status of STATUS_ORDER) {
    const count = counts[status];
    if (count === 0 || total === 0) continue;
    const w = (count / total) * width;
    const label = `${status}: ${formatCount(count)} (${((count / total) * 100).toFixed(1)} %)`;
    rects.push(
      `<rect x="${x.toFixed(2)}" y="0" width="${Math.max(w, 2).toFixed(2)}" height="${height}" fill="${STATUS_COLOURS[status]}"><title>${escapeHtml(label)}</title></rect>`,
    );
    x += w;
  }
  if (rects.length === 0) rects.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#d0d7de"/>`);
  return `<svg class="status-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="Tests by status">${rects.join('')}</svg>`;
}

export interface HistogramBucket {
  label: string;
  count: number;
}

/** Decade buckets: a suite's durations span microseconds to minutes, so linear bins hide most tests. */
const BUCKET_LIMITS_MS: ReadonlyArray<[number, string]> = [
  [1, '< 1 ms'],
  [10, '1–10 ms'],
  [100, '10–100 ms'],
  [1_000, '0.1–1 s'],
  [10_000, '1–10 s'],
  [60_000, '10–60 s'],
  [600_000, '1–10 min'],
  [Infinity, '≥ 10 min'],
];

export function durationBuckets(durationsMs: Iterable<number>): HistogramBucket[] {
  const counts = BUCKET_LIMITS_MS.map(() => 0);
  for (const ms of durationsMs) {
    const index = BUCKET_LIMITS_MS.findIndex(([limit]) => ms < limit);
    counts[index === -1 ? counts.length - 1 : index]! += 1;
  }
  return BUCKET_LIMITS_MS.map(([, label], i) => ({ label, count: counts[i]! }));
}

export function histogramSvg(buckets: readonly HistogramBucket[]): string {
  const width = 640;
  const height = 200;
  const top = 20;
  const bottom = 30;
  const slot = width / buckets.length;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const bars = buckets.map((bucket, i) => {
    const h = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - top - bottom));
    const x = i * slot + slot * 0.12;
    const y = height - bottom - h;
    const label = `${bucket.label}: ${formatCount(bucket.count)} tests`;
    return (
      `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="#0969da"><title>${escapeHtml(label)}</title></rect>` +
      `<text x="${(x + slot * 0.38).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="chart-value">${formatCount(bucket.count)}</text>` +
      `<text x="${(x + slot * 0.38).toFixed(1)}" y="${height - 10}" text-anchor="middle" class="chart-axis">${escapeHtml(bucket.label)}</text>`
    );
  });
  const axis = `<line x1="0" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#8c959f"/>`;
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Test durations">${axis}${bars.join('')}</svg>`;
}

interface TrendSeries {
  label: string;
  values: Array<number | null>;
  format: (value: number) => string;
  colour: string;
  /** Fixed top of the y axis (100 for a percentage); otherwise the series maximum. */
  ceiling?: number;
}

/** A line over the history's runs, left to right in the order given; null values break the line. */
export function trendSvg(history: readonly HistoryPoint[], series: TrendSeries): string {
  const width = 640;
  const height = 180;
  const left = 64;
  const right = 12;
  const top = 14;
  const bottom = 28;
  const present = series.values.filter((v): v is number => v !== null && Number.isFinite(v));
  const high = series.ceiling ?? Math.max(1, ...present);
  const low =
    series.ceiling !== undefined && present.length > 0
      ? Math.max(0, Math.floor(Math.min(...present) / 10) * 10 - 10)
      : 0;
  const span = Math.max(high - low, 1e-9);
  const step = history.length > 1 ? (width - left - right) / (history.length - 1) : 0;
  const xOf = (i: number): number => (history.length > 1 ? left + i * step : (left + width - right) / 2);
  const yOf = (v: number): number => top + (1 - (v - low) / span) * (height - top - bottom);

  let path = '';
  let penDown = false;
  const dots: string[] = [];
  series.values.forEach((value, i) => {
    if (value === null || !Number.isFinite(value)) {
      penDown = false;
      return;
    }
    const x = xOf(i).toFixed(1);
    const y = yOf(value).toFixed(1);
    path += `${penDown ? 'L' : 'M'}${x} ${y} `;
    penDown = true;
    const point = history[i]!;
    const tip = `${point.runId} (${point.at}): ${series.format(value)}`;
    dots.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${series.colour}"><title>${escapeHtml(tip)}</title></circle>`);
  });

  const grid = [low, (low + high) / 2, high]
    .map((v) => {
      const y = yOf(v).toFixed(1);
      return `<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#d0d7de"/><text x="${left - 6}" y="${y}" dy="4" text-anchor="end" class="chart-axis">${escapeHtml(series.format(v))}</text>`;
    })
    .join('');
  const first = history[0];
  const last = history[history.length - 1];
  const xLabels =
    first && last
      ? `<text x="${left}" y="${height - 8}" class="chart-axis">${escapeHtml(first.at.slice(0, 10))}</text>` +
        `<text x="${width - right}" y="${height - 8}" text-anchor="end" class="chart-axis">${escapeHtml(last.at.slice(0, 10))}</text>`
      : '';
  const line = path ? `<path d="${path.trim()}" fill="none" stroke="${series.colour}" stroke-width="2"/>` : '';
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(series.label)}">${grid}${xLabels}${line}${dots.join('')}</svg>`;
}

export function passRateTrendSvg(history: readonly HistoryPoint[]): string {
  return trendSvg(history, {
    label: 'Pass rate over recent runs',
    values: history.map((h) => h.passRate),
    format: (v) => `${Math.round(v * 10) / 10} %`,
    colour: '#2da44e',
    ceiling: 100,
  });
}

export function durationTrendSvg(history: readonly HistoryPoint[]): string {
  return trendSvg(history, {
    label: 'Duration over recent runs',
    values: history.map((h) => h.durationMs),
    format: formatDuration,
    colour: '#0969da',
  });
}
