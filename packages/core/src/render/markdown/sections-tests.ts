import { placeOf } from '../../locate/place.js';
import type { TestResult } from '../../model.js';
import { codeSpan, escapeHtmlLine, escapePreBlock, tableRow } from './escape.js';
import { failureHeadline, failureText } from './failures.js';
import { formatCount, formatDuration, plural } from './format.js';
import { repoRelativePath } from './paths.js';
import {
  baseLabelOf,
  cell,
  location,
  MAX_DETAILS,
  MAX_HEADLINE,
  MAX_LABEL,
  MAX_NAME,
  MAX_PATH,
  MAX_READ_ERROR,
  MAX_SUITE,
  moreLines,
  seeFullReport,
  type ReportContext,
} from './section-parts.js';
import { truncate } from './text.js';

/** One row of the failed-tests table; a failure new against the base is marked **new**. */
export function failedRow(ctx: ReportContext, test: TestResult): string {
  return tableRow([
    cell(test.name, MAX_NAME),
    cell(test.suite, MAX_SUITE),
    ctx.newFailures.has(test.id) ? `**new** ${test.status}` : test.status,
    location(ctx, placeOf(test).file, placeOf(test).line),
    cell(failureHeadline(test, MAX_HEADLINE), MAX_HEADLINE),
  ]);
}

export function failedSection(ctx: ReportContext, rows: readonly string[]): string {
  const total = ctx.failing.length;
  if (total === 0) return '';
  const base = baseLabelOf(ctx);
  const newCount =
    base === undefined ? '' : `, ${formatCount(ctx.newFailures.size)} new against ${cell(base, MAX_LABEL)}`;
  return [
    `### Failed tests (${formatCount(total)})${newCount}`,
    '',
    tableRow(['Test', 'Suite', 'Status', 'Location', 'Message']),
    tableRow(['---', '---', '---', '---', '---']),
    ...rows,
    ...moreLines(rows.length, total, 'failed tests'),
  ].join('\n');
}

/** A collapsed block with the failure's message and stack; HTML-escaped, never a blank line inside. */
export function detailBlock(ctx: ReportContext, test: TestResult): string {
  const status = ctx.newFailures.has(test.id) ? `new, ${test.status}` : test.status;
  const summary = escapeHtmlLine(`${truncate(test.suite, MAX_SUITE)} › ${truncate(test.name, MAX_NAME)} (${status})`);
  return [
    `<details><summary>${summary}</summary>`,
    `<pre>${escapePreBlock(failureText(test, MAX_DETAILS))}</pre>`,
    '</details>',
  ].join('\n');
}

export function detailsSection(blocks: readonly string[]): string {
  return blocks.length ? ['### Failure details', ...blocks].join('\n\n') : '';
}

export function flakySection(ctx: ReportContext, cap: number): string {
  const flaky = ctx.input.metrics.flakyTests;
  if (flaky.length === 0) return '';
  const shown = flaky.slice(0, cap);
  const wanted = new Set(shown.map((test) => test.id));
  const places = new Map(
    ctx.input.run.tests.filter((test) => wanted.has(test.id)).map((test) => [test.id, placeOf(test)]),
  );
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
        location(ctx, places.get(test.id)?.file ?? test.file, places.get(test.id)?.line),
      ]),
    ),
    ...moreLines(shown.length, flaky.length, 'flaky tests'),
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
    ...moreLines(shown.length, slowest.length, 'slow tests'),
  ].join('\n');
}

/**
 * Report files that could not be read fully, one row per problem; duplicates as a count. With `cap` 0,
 * one line for repeated test names and one for the other problems, the detail left to the full report.
 */
export function fileProblemsSection(ctx: ReportContext, cap: number): string {
  const { metrics } = ctx.input;
  const problems = metrics.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
  const parts: string[] = [];
  if (problems.length > 0 && cap === 0) {
    const repeats = problems.filter(({ error }) => error.kind === 'duplicate-test');
    const others = problems.length - repeats.length;
    if (repeats.length > 0) {
      const files = new Set(repeats.map(({ error, file }) => error.path || file.path)).size;
      parts.push(
        `**Repeated test names:** in ${plural(files, 'report file', 'report files')}, same-named tests were counted as tests of their own (\`name #2\`…); ${seeFullReport(ctx)}.`,
      );
    }
    if (others > 0) parts.push(`**Report files with problems:** ${formatCount(others)}; ${seeFullReport(ctx)}.`);
  } else if (problems.length > 0) {
    const shown = problems.slice(0, cap);
    parts.push(
      [
        `### Report files with problems (${formatCount(problems.length)})`,
        '',
        tableRow(['File', 'Format', 'Problem']),
        tableRow(['---', '---', '---']),
        ...shown.map(({ file, error }) =>
          tableRow([
            codeSpan(
              truncate(repoRelativePath(error.path || file.path, [ctx.input.links?.workspace]), MAX_PATH),
              true,
            ) || ' ',
            cell(file.format, MAX_LABEL),
            cell(
              `${error.kind}${error.line !== undefined ? ` (line ${error.line})` : ''}: ${error.message}`,
              MAX_READ_ERROR,
            ),
          ]),
        ),
        ...moreLines(shown.length, problems.length, 'problems'),
      ].join('\n'),
    );
  }
  if (metrics.duplicates.length > 0) {
    parts.push(
      `${plural(metrics.duplicates.length, 'test was', 'tests were')} reported more than once in the same file and counted once; ${seeFullReport(ctx)}.`,
    );
  }
  return parts.join('\n\n');
}
