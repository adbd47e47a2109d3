import type { Metrics } from '@testpipe/core';

/** One line of history.jsonl; also a HistoryPoint for the HTML trend. */
export interface HistoryEntry {
  runId: string;
  pipelineId: string;
  /** ISO 8601 time of the run. */
  at: string;
  branch?: string;
  sha?: string;
  total: number;
  passed: number;
  failed: number;
  errored: number;
  skipped: number;
  flaky: number;
  passRate: number | null;
  /** Wall duration: the longest shard. */
  durationMs: number;
}

export interface RunIdentity {
  runId: string;
  pipelineId: string;
  at: Date;
  branch?: string;
  sha?: string;
}

type MetricsSubset = Pick<Metrics, 'total' | 'passed' | 'failed' | 'errored' | 'skipped' | 'flaky' | 'passRate'> & {
  durationMs: Pick<Metrics['durationMs'], 'wall'>;
};

export function historyEntryFromMetrics(metrics: MetricsSubset, run: RunIdentity): HistoryEntry {
  return {
    runId: run.runId,
    pipelineId: run.pipelineId,
    at: run.at.toISOString(),
    ...(run.branch ? { branch: run.branch } : {}),
    ...(run.sha ? { sha: run.sha } : {}),
    total: metrics.total,
    passed: metrics.passed,
    failed: metrics.failed,
    errored: metrics.errored,
    skipped: metrics.skipped,
    flaky: metrics.flaky,
    passRate: metrics.passRate,
    durationMs: metrics.durationMs.wall,
  };
}

function isHistoryEntry(value: unknown): value is HistoryEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  const counts = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'durationMs'];
  return (
    typeof entry.runId === 'string' &&
    typeof entry.at === 'string' &&
    (entry.passRate === null || typeof entry.passRate === 'number') &&
    counts.every((key) => typeof entry[key] === 'number')
  );
}

/** Reads history.jsonl; a line that is not an entry is counted and skipped, not fatal to the trend. */
export function parseHistoryLines(text: string): { entries: HistoryEntry[]; invalidLines: number } {
  const entries: HistoryEntry[] = [];
  let invalidLines = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const value: unknown = JSON.parse(line);
      if (isHistoryEntry(value)) entries.push(value);
      else invalidLines += 1;
    } catch {
      invalidLines += 1;
    }
  }
  return { entries, invalidLines };
}

export function formatHistoryLines(entries: readonly HistoryEntry[]): string {
  return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
