import {
  formatDuration,
  formatPredictionRatio,
  ingestReportMetrics,
  writePrettyJson,
  type Metrics,
} from '@testpipe/core';
import type { Command } from '../commands.js';
import { unknownOptionError } from '../did-you-mean.js';
import { formatTable } from '../format-table.js';
import { OptionCursor } from '../option-cursor.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: testpipe metrics [--json] [--slowest N] <report paths, directories or globs...>

Reads every test report (JUnit XML in any dialect, CTRF JSON, NUnit 3, xUnit.net v2, TRX), merges shards
and retries, and prints the metrics: a table by default, metrics.json with --json.
Exits 0 even when tests failed (gating is the report's job); 2 for unusable arguments.`;

interface MetricsArgs {
  json: boolean;
  slowest: number;
  paths: string[];
}

function parseArgs(args: string[]): MetricsArgs {
  const parsed: MetricsArgs = { json: false, slowest: 10, paths: [] };
  for (const cursor = new OptionCursor(args); cursor.next();) {
    if (cursor.flag === '--json') parsed.json = true;
    else if (cursor.flag === '--slowest') {
      const value = cursor.value();
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new UsageError(`--slowest needs a whole number, got "${value}".`);
      parsed.slowest = n;
    } else if (cursor.isOption) throw unknownOptionError(cursor.flag, USAGE);
    else parsed.paths.push(cursor.arg);
  }
  if (parsed.paths.length === 0) throw new UsageError('give at least one report path, directory or glob.');
  return parsed;
}

function rate(value: number | null): string {
  return value === null ? '—' : `${value.toFixed(2)} %`;
}

/** The human-readable form of metrics.json. */
export function formatMetrics(metrics: Metrics): string {
  const sections: string[] = [];
  sections.push(
    formatTable(
      ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'wall', 'cpu'],
      [
        [
          String(metrics.total),
          String(metrics.passed),
          String(metrics.failed),
          String(metrics.errored),
          String(metrics.skipped),
          String(metrics.flaky),
          rate(metrics.passRate),
          formatDuration(metrics.durationMs.wall),
          formatDuration(metrics.durationMs.cpu),
        ],
      ],
    ),
  );
  const suites = Object.entries(metrics.perSuite);
  if (suites.length > 0) {
    sections.push(
      'Suites\n' +
        formatTable(
          ['suite', 'total', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'duration'],
          suites.map(([name, s]) => [
            name,
            String(s.total),
            String(s.failed),
            String(s.errored),
            String(s.skipped),
            String(s.flaky),
            rate(s.passRate),
            formatDuration(s.durationMs),
          ]),
        ),
    );
  }
  const categories = Object.entries(metrics.categories).filter(([, c]) => c.count > 0 || c.flaky > 0);
  if (categories.length > 0) {
    sections.push(
      'Failure categories\n' +
        formatTable(
          ['category', 'failed', 'flaky', 'what to look at'],
          categories.map(([name, c]) => [name, String(c.count), String(c.flaky), c.recommendation]),
        ),
    );
  }
  if (metrics.flakyTests.length > 0) {
    sections.push(
      'Flaky tests\n' +
        formatTable(
          ['test', 'attempts', 'failed attempts'],
          metrics.flakyTests.map((t) => [t.id, String(t.attempts), String(t.failedAttempts)]),
        ),
    );
  }
  if (metrics.slowest.length > 0) {
    sections.push(
      'Slowest tests\n' +
        formatTable(
          ['test', 'status', 'duration'],
          metrics.slowest.map((t) => [t.id, t.status, formatDuration(t.durationMs)]),
        ),
    );
  }
  if (metrics.shards?.length) {
    sections.push(
      'Shards: predicted and actual\n' +
        formatTable(
          ['shard', 'suite', 'predicted', 'actual', 'actual ÷ predicted', 'attempts'],
          metrics.shards.map((shard) => [
            shard.shard,
            shard.suite,
            shard.predictedMs === undefined ? '–' : formatDuration(shard.predictedMs),
            formatDuration(shard.actualMs),
            formatPredictionRatio(shard),
            String(shard.attempts),
          ]),
        ),
    );
  }
  sections.push(
    'Files\n' +
      formatTable(
        ['file', 'format', 'tests', 'problems'],
        metrics.files.map((f) => [
          f.path,
          f.format,
          String(f.tests),
          f.errors.length === 0
            ? '—'
            : f.errors
                .map((e) => `${e.kind}${e.line ? ` at ${e.line}:${e.column ?? 0}` : ''}: ${e.message}`)
                .join('; '),
        ]),
      ),
  );
  if (metrics.duplicates.length > 0) {
    sections.push('Duplicate test ids (not retries)\n' + metrics.duplicates.map((d) => `  ${d.message}`).join('\n'));
  }
  return sections.join('\n\n');
}

export const metricsCommand: Command = {
  name: 'metrics',
  usage: USAGE,
  async run(args) {
    const parsed = parseArgs(args);
    // Bounded memory: the merged run is never built (RunBuilder's retain: 'metrics').
    const metrics = await ingestReportMetrics(parsed.paths, { slowest: parsed.slowest });
    // metrics.json of a large run is tens of MB: written piece by piece, never as one string.
    if (parsed.json) await writePrettyJson(metrics, process.stdout);
    else process.stdout.write(`${formatMetrics(metrics)}\n`);
    return 0;
  },
};
