import { ingestFile, type IngestOptions } from '../ingest/index.js';
import { computeMetrics, type Metrics, type MetricsOptions } from '../metrics/metrics.js';
import type { TestRun } from '../model.js';
import { collectInto, collectReports, type CollectReportsOptions } from './collect-reports.js';
import { InexactListError } from './kept-names.js';
import { RunBuilder } from './run-builder.js';

export interface IngestReportsOptions extends IngestOptions {
  /** Directory that relative paths and globs are resolved against; default process.cwd(). */
  cwd?: string;
  /** File extensions picked up under a directory; default xml, json, trx. */
  extensions?: readonly string[];
}

export interface IngestReportMetricsOptions extends IngestReportsOptions, MetricsOptions {
  /**
   * How many of the slowest, and of each category's failing, tests keep their names in the bounded
   * pass (default 1000, at least what the options list). Lower only to exercise the full re-read.
   */
  namesKept?: number;
}

const DEFAULT_NAMES_KEPT = 1000;

/** Reads report files, directories and globs with the streaming parsers and merges them into one run. */
export function ingestReports(pathsOrGlobs: readonly string[], options: IngestReportsOptions = {}): Promise<TestRun> {
  const { cwd, extensions, shard, ...ingestOptions } = options;
  return collectReports(pathsOrGlobs, { cwd, extensions, shard, ingestOptions }, ingestFile);
}

/**
 * The Metrics that computeMetrics(await ingestReports(...)) gives, in memory bounded by the number
 * of tests times ~20 bytes (columns, no TestResult, most tests without a name: RunBuilder's
 * retain: 'metrics'). In the rare run where that cannot list the slowest tests or a category's ids
 * exactly (retries made most kept candidates faster or not failing), the reports are read again in full.
 */
export async function ingestReportMetrics(
  pathsOrGlobs: readonly string[],
  options: IngestReportMetricsOptions = {},
): Promise<Metrics> {
  const { cwd, extensions, shard, slowest, maxTestsPerCategory, namesKept, ...ingestOptions } = options;
  const collect: CollectReportsOptions<IngestOptions> = { cwd, extensions, shard, ingestOptions };
  const metricsOptions: MetricsOptions = { slowest, maxTestsPerCategory };
  const listed = Math.max(slowest ?? 20, maxTestsPerCategory ?? 50);
  if (Number.isFinite(listed)) {
    const kept = Math.max(namesKept ?? DEFAULT_NAMES_KEPT, Math.ceil(listed));
    const builder = new RunBuilder({ retain: 'metrics', slowestCandidates: kept, categoryCandidates: kept });
    await collectInto(builder, pathsOrGlobs, collect, ingestFile);
    try {
      return builder.metrics(metricsOptions);
    } catch (error) {
      if (!(error instanceof InexactListError)) throw error;
    }
  }
  return computeMetrics(await collectReports(pathsOrGlobs, collect, ingestFile), metricsOptions);
}
