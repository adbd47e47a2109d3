import type { Metrics } from '../../metrics/metrics.js';
import type { FailureCategory, TestResult } from '../../model.js';
import type { BaseComparison } from './compare.js';
import {
  codeSpan,
  escapeHtmlLine,
  escapeInline,
  escapePreBlock,
  markdownLink,
  safeLinkUrl,
  tableRow,
} from './escape.js';
import { failureHeadline, failureText } from './failures.js';
import {
  formatCount,
  formatDuration,
  formatDurationDelta,
  formatPercent,
  formatPointsDelta,
  plural,
} from './format.js';
import { blobUrl, repoRelativePath } from './paths.js';
import { truncate } from './text.js';
import type { MarkdownReportInput } from './types.js';

// Caps on any one field from a report, so that a single row or heading stays small.
const MAX_NAME = 300;
const MAX_SUITE = 200;
const MAX_PATH = 300;
const MAX_HEADLINE = 200;
const MAX_DETAILS = 4000;
const MAX_REASON = 1000;
const MAX_LABEL = 200;
const MAX_ID = 400;
const MAX_READ_ERROR = 300;

/** The data every section reads, computed once per report. */
export interface ReportContext {
  input: MarkdownReportInput;
  failing: TestResult[];
  /** Failing tests that have a message or stack to show. */
  withDetails: TestResult[];
}

function text(value: string, max: number): string {
  return escapeInline(truncate(value, max));
}

function cell(value: string, max: number): string {
  return text(value, max) || ' ';
}

function moreLine(shown: number, total: number, what: string): string[] {
  return shown < total ? [`_…and ${formatCount(total - shown)} more ${what}, not shown._`] : [];
}

function location(ctx: ReportContext, file: string | undefined, line: number | undefined): string {
  if (!file) return ' ';
  const path = truncate(repoRelativePath(file, [ctx.input.links?.workspace]), MAX_PATH);
  const label = codeSpan(line !== undefined ? `${path}:${line}` : path, true);
  return markdownLink(label, blobUrl(ctx.input.links?.blobBaseUrl, path, line));
}

export function headlineSection(ctx: ReportContext): string {
  const { reportName, status, metrics, gate } = ctx.input;
  const name = text(reportName, MAX_LABEL) || 'Test report';
  const lines: string[] = [];
  const failing = metrics.failed + metrics.errored;
  const reason = gate.reason ? text(gate.reason, MAX_REASON) : '';
  if (status === 'failed') {
    lines.push(`## ❌ ${name}: failed`);
    lines.push(
      `**Failed:** ${reason || `${formatCount(failing)} of ${plural(metrics.total, 'test', 'tests')} failed.`}`,
    );
  } else if (status === 'passed') {
    lines.push(`## ${name}: passed`);
    const ran = metrics.total - metrics.skipped;
    const notes = [
      metrics.flaky ? `${formatCount(metrics.flaky)} flaky` : '',
      metrics.skipped ? `${formatCount(metrics.skipped)} skipped` : '',
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(
      `**Passed:** ${formatCount(metrics.passed + metrics.flaky)} of ${plural(ran, 'test', 'tests')} passed${notes ? ` (${notes})` : ''}.${reason ? ` ${reason}` : ''}`,
    );
  } else {
    lines.push(`## ${name}: no tests ran`);
    lines.push(`**No tests ran.**${reason ? ` ${reason}` : ' No test results were found in the reports.'}`);
  }
  lines.push(
    `Pass rate ${formatPercent(metrics.passRate)}; the gate requires at least ${formatPercent(gate.minPassRate)} and fails on ${codeSpan(truncate(gate.failOn, MAX_LABEL)) || 'nothing'}.`,
  );
  return lines.join('\n\n');
}

export function totalsSection(metrics: Metrics): string {
  const head = [
    'Total',
    'Passed',
    'Failed',
    'Errored',
    'Skipped',
    'Flaky',
    'Pass rate',
    'Duration (wall)',
    'Duration (CPU)',
  ];
  const values = [metrics.total, metrics.passed, metrics.failed, metrics.errored, metrics.skipped, metrics.flaky].map(
    formatCount,
  );
  return [
    tableRow(head),
    tableRow(head.map(() => '---:')),
    tableRow([
      ...values,
      formatPercent(metrics.passRate),
      formatDuration(metrics.durationMs.wall),
      formatDuration(metrics.durationMs.cpu),
    ]),
  ].join('\n');
}

function idList(title: string, ids: readonly string[], cap: number): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, cap);
  return [
    `**${title}**`,
    '',
    ...shown.map((id) => `- ${text(id, MAX_ID)}`),
    ...moreLine(shown.length, ids.length, 'tests').map((line) => `\n${line}`),
  ];
}

/** The delta against the base run, or one line saying why there is none. `listCap` 0 gives counts only. */
export function comparisonSection(ctx: ReportContext, listCap: number): string {
  const comparison = ctx.input.comparison;
  if (!comparison) return '_No base run to compare with: none was given._';
  if ('unavailable' in comparison) return `_No base run to compare with: ${text(comparison.unavailable, MAX_REASON)}_`;
  const c: BaseComparison = comparison;
  const head = ['Pass rate', 'Duration (wall)', 'New failures', 'Fixed', 'New tests', 'Removed tests'];
  const parts = [
    `### Compared with ${text(c.baseLabel, MAX_LABEL) || 'base'}`,
    [
      tableRow(head),
      tableRow(head.map(() => '---:')),
      tableRow([
        formatPointsDelta(c.passRateDelta),
        formatDurationDelta(c.durationDeltaMs),
        ...[c.newFailures, c.fixed, c.newTests, c.removedTests].map((list) => formatCount(list.length)),
      ]),
    ].join('\n'),
  ];
  if (listCap > 0) {
    for (const [title, ids] of [
      ['New failures', c.newFailures],
      ['Fixed', c.fixed],
      ['New tests', c.newTests],
      ['Removed tests', c.removedTests],
    ] as const) {
      const list = idList(title, ids, listCap);
      if (list.length) parts.push(list.join('\n'));
    }
  }
  return parts.join('\n\n');
}

/** One row of the failed-tests table. */
export function failedRow(ctx: ReportContext, test: TestResult): string {
  return tableRow([
    cell(test.name, MAX_NAME),
    cell(test.suite, MAX_SUITE),
    test.status,
    location(ctx, test.file, test.line),
    cell(failureHeadline(test, MAX_HEADLINE), MAX_HEADLINE),
  ]);
}

export function failedSection(ctx: ReportContext, rows: readonly string[]): string {
  const total = ctx.failing.length;
  if (total === 0) return '';
  return [
    `### Failed tests (${formatCount(total)})`,
    '',
    tableRow(['Test', 'Suite', 'Status', 'Location', 'Message']),
    tableRow(['---', '---', '---', '---', '---']),
    ...rows,
    ...moreLine(rows.length, total, 'failed tests').map((line) => `\n${line}`),
  ].join('\n');
}

/** A collapsed block with the failure's message and stack; HTML-escaped, never a blank line inside. */
export function detailBlock(test: TestResult): string {
  const summary = escapeHtmlLine(
    `${truncate(test.suite, MAX_SUITE)} › ${truncate(test.name, MAX_NAME)} (${test.status})`,
  );
  return [
    `<details><summary>${summary}</summary>`,
    `<pre>${escapePreBlock(failureText(test, MAX_DETAILS))}</pre>`,
    '</details>',
  ].join('\n');
}

export function detailsSection(blocks: readonly string[]): string {
  return blocks.length ? ['### Failure details', ...blocks].join('\n\n') : '';
}

const CATEGORY_LABELS: Record<FailureCategory, string> = {
  environment: 'Environment',
  data: 'Test data',
  timeout: 'Timeout',
  'test-logic': 'Test logic',
  unknown: 'Unknown',
};

export function categoriesSection(metrics: Metrics, withRecommendations: boolean): string {
  const entries = (
    Object.entries(metrics.categories) as [FailureCategory, Metrics['categories'][FailureCategory]][]
  ).filter(([, entry]) => entry.count > 0 || entry.flaky > 0);
  if (entries.length === 0) return '';
  const head = ['Category', 'Failed', 'Flaky', ...(withRecommendations ? ['What to do'] : [])];
  return [
    '### Failure categories',
    '',
    tableRow(head),
    tableRow(['---', '---:', '---:', ...(withRecommendations ? ['---'] : [])]),
    ...entries.map(([category, entry]) =>
      tableRow([
        CATEGORY_LABELS[category] ?? escapeInline(category),
        formatCount(entry.count),
        formatCount(entry.flaky),
        ...(withRecommendations ? [cell(entry.recommendation, MAX_REASON)] : []),
      ]),
    ),
  ].join('\n');
}

export function flakySection(ctx: ReportContext, cap: number): string {
  const flaky = ctx.input.metrics.flakyTests;
  if (flaky.length === 0) return '';
  const shown = flaky.slice(0, cap);
  return [
    `### Flaky tests (${formatCount(flaky.length)})`,
    '',
    'Failed at least once, then passed on retry.',
    '',
    tableRow(['Test', 'Suite', 'Failed attempts', 'Location']),
    tableRow(['---', '---', '---:', '---']),
    ...shown.map((test) =>
      tableRow([
        cell(test.name, MAX_NAME),
        cell(test.suite, MAX_SUITE),
        `${formatCount(test.failedAttempts)} of ${formatCount(test.attempts)}`,
        location(ctx, test.file, undefined),
      ]),
    ),
    ...moreLine(shown.length, flaky.length, 'flaky tests').map((line) => `\n${line}`),
  ].join('\n');
}

export function slowestSection(ctx: ReportContext, cap: number): string {
  const slowest = ctx.input.metrics.slowest;
  if (slowest.length === 0) return '';
  const shown = slowest.slice(0, cap);
  return [
    '### Slowest tests',
    '',
    tableRow(['Test', 'Suite', 'Status', 'Duration']),
    tableRow(['---', '---', '---', '---:']),
    ...shown.map((test) =>
      tableRow([cell(test.name, MAX_NAME), cell(test.suite, MAX_SUITE), test.status, formatDuration(test.durationMs)]),
    ),
    ...moreLine(shown.length, slowest.length, 'slow tests').map((line) => `\n${line}`),
  ].join('\n');
}

/** Report files that could not be read fully, one row per problem; duplicates as a count. */
export function fileProblemsSection(ctx: ReportContext, cap: number): string {
  const { metrics } = ctx.input;
  const problems = metrics.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
  const parts: string[] = [];
  if (problems.length > 0) {
    const shown = problems.slice(0, cap);
    parts.push(
      [
        `### Report files with problems (${formatCount(problems.length)})`,
        '',
        tableRow(['File', 'Format', 'Problem']),
        tableRow(['---', '---', '---']),
        ...shown.map(({ file, error }) =>
          tableRow([
            codeSpan(truncate(error.path || file.path, MAX_PATH), true) || ' ',
            cell(file.format, MAX_LABEL),
            cell(
              `${error.kind}${error.line !== undefined ? ` (line ${error.line})` : ''}: ${error.message}`,
              MAX_READ_ERROR,
            ),
          ]),
        ),
        ...moreLine(shown.length, problems.length, 'problems').map((line) => `\n${line}`),
      ].join('\n'),
    );
  }
  if (metrics.duplicates.length > 0) {
    parts.push(
      `${plural(metrics.duplicates.length, 'test was', 'tests were')} reported more than once in the same file and counted once; see the full report.`,
    );
  }
  return parts.join('\n\n');
}

export function linksLine(ctx: ReportContext): string {
  const links = ctx.input.links ?? {};
  const candidates: [string | undefined, string][] = [
    [links.reportUrl, 'Full report'],
    [links.runUrl, 'Workflow run'],
    [links.checkUrl, 'Check run'],
  ];
  return candidates
    .filter(([url]) => safeLinkUrl(url) !== undefined)
    .map(([url, label]) => markdownLink(label, url))
    .join(' · ');
}

/** Says in the report itself what was left out to fit, and where the rest is. */
export function shortenedNotice(ctx: ReportContext, limitLabel: string, dropped: readonly string[]): string {
  if (dropped.length === 0) return '';
  const reportUrl = ctx.input.links?.reportUrl;
  const where = safeLinkUrl(reportUrl)
    ? markdownLink('the full report', reportUrl)
    : 'the full report in the artifacts of this workflow run';
  return `> **Details were shortened to fit GitHub's limit** (${limitLabel}): ${dropped.map((item) => escapeInline(item)).join('; ')}. See ${where}.`;
}
