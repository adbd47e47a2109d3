// Formats the cold-start bench: one Markdown table per runtime and the bundles over the target ratio.
import { MiB } from '../lib/dataset.js';
import { BASELINE_LABEL, type BenchCommand } from './commands.js';

/** The target: each bundle starts in at most 1.5× the time of a bare `node -e 0`. */
export const TARGET_RATIO = 1.5;

export interface Samples {
  ms: number[];
  rssMiB: number[];
}

export interface CommandStats {
  label: string;
  size: BenchCommand['size'];
  medianMs: number;
  p90Ms: number;
  peakRssMiB: number;
  /** median / median of node -e 0 under the same runtime */
  ratio: number;
}

/** Nearest-rank percentile (p in 0..100) of a non-empty list. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function summarize(commands: readonly BenchCommand[], samples: ReadonlyMap<string, Samples>): CommandStats[] {
  const baseline = median(samples.get(BASELINE_LABEL)?.ms ?? []);
  return commands.map((command) => {
    const own = samples.get(command.label) ?? { ms: [], rssMiB: [] };
    const medianMs = median(own.ms);
    return {
      label: command.label,
      size: command.size,
      medianMs,
      p90Ms: percentile(own.ms, 90),
      peakRssMiB: Math.max(...own.rssMiB),
      ratio: medianMs / baseline,
    };
  });
}

const fmtMiB = (bytes: number): string => `${(bytes / MiB).toFixed(2)} MB`;

function fmtSize(size: BenchCommand['size']): string {
  if (!size) return '—';
  return size.totalBytes === size.entryBytes
    ? fmtMiB(size.totalBytes)
    : `${fmtMiB(size.totalBytes)} (entry ${fmtMiB(size.entryBytes)})`;
}

export function formatRuntimeTable(rows: readonly CommandStats[]): string {
  const header = ['bundle', 'size on disk', 'median ms', 'p90 ms', 'peak RSS', `vs ${BASELINE_LABEL}`];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      row.label,
      fmtSize(row.size),
      row.medianMs.toFixed(1),
      row.p90Ms.toFixed(1),
      `${row.peakRssMiB.toFixed(1)} MB`,
      `${row.ratio.toFixed(2)}×`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** One line: which bundles start slower than TARGET_RATIO × node -e 0, per runtime. */
export function formatVerdict(byRuntime: ReadonlyArray<{ runtime: string; rows: readonly CommandStats[] }>): string {
  const misses = byRuntime.flatMap(({ runtime, rows }) =>
    rows
      .filter((row) => row.label !== BASELINE_LABEL && row.ratio > TARGET_RATIO)
      .map((row) => `${row.label} on ${runtime} (${row.ratio.toFixed(2)}×)`),
  );
  return misses.length === 0
    ? `PASS  every bundle starts within ${TARGET_RATIO}× of ${BASELINE_LABEL} on every runtime measured`
    : `MISS  over ${TARGET_RATIO}× of ${BASELINE_LABEL}: ${misses.join(', ')}`;
}
