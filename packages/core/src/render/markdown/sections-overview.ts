import { repoRelativePath } from './paths.js';
import { placeOf } from '../../locate/place.js';
import { describePassRate } from '../../gate/exact-pass-rate.js';
import type { Metrics } from '../../metrics/metrics.js';
import type { FailureCategory, TestResult } from '../../model.js';
import type { BaseComparison } from './compare.js';
import { codeSpan, escapeInline, markdownLink, safeLinkUrl, tableRow } from './escape.js';
import {
  formatCount,
  formatDuration,
  formatDurationDelta,
  formatPercent,
  formatPointsDelta,
  plural,
} from './format.js';
import {
  baseLabelOf,
  cell,
  MAX_ID,
  MAX_LABEL,
  MAX_REASON,
  moreLines,
  text,
  type ReportContext,
} from './section-parts.js';
import { truncate } from './text.js';

/**
 * The verdict, said once: the heading names it, one line gives the counts and the gate's reason, and
 * the next links the full report of this run.
 */
export function headlineSection(ctx: ReportContext): string {
  const { reportName, status, metrics, gate } = ctx.input;
  const name = text(reportName, MAX_LABEL) || 'Test report';
  const lines: string[] = [];
  const failing = metrics.failed + metrics.errored;
  const gateRule = `Pass rate ${describePassRate(metrics, metrics.passRate, gate.minPassRate)}; the gate requires at least ${formatPercent(gate.minPassRate)} and fails on ${codeSpan(truncate(gate.failOn, MAX_LABEL)) || 'nothing'}.`;
  // The gate's own reason starts by restating the pass rate against the minimum: only what it adds is kept.
  const extra = (gate.reason ?? '').replace(/^Pass rate .*?(?:\)\.|%\.)\s*/, '');
  const reason = extra ? text(extra, MAX_REASON) : '';
  const verdictTail = reason ? `${gateRule} ${reason}` : gateRule;
  if (status === 'failed') {
    lines.push(`## ❌ ${name}: failed`);
    const newCount = ctx.newFailures.size;
    const base = baseLabelOf(ctx);
    const isNew = base !== undefined ? `, ${formatCount(newCount)} new against ${text(base, MAX_LABEL)}` : '';
    lines.push(
      `**${formatCount(failing)} of ${plural(metrics.total, 'test', 'tests')} failed${isNew}.** ${verdictTail}`,
    );
  } else if (status === 'passed') {
    lines.push(`## ${name}: passed`);
    const notes = [
      metrics.flaky ? `${formatCount(metrics.flaky)} flaky` : '',
      metrics.skipped ? `${formatCount(metrics.skipped)} skipped` : '',
    ]
      .filter(Boolean)
      .join(', ');
    // The totals table's words and numbers: passed does not include flaky.
    lines.push(
      `**${formatCount(metrics.passed)} passed${notes ? `, ${notes}` : ''} of ${plural(metrics.total, 'test', 'tests')}.** ${verdictTail}`,
    );
  } else {
    lines.push(`## ${name}: no tests ran`);
    lines.push(`**No tests ran.**${reason ? ` ${reason}` : ' No test results were found in the reports.'}`);
  }
  const reportUrl = ctx.input.links?.reportUrl;
  if (safeLinkUrl(reportUrl)) lines.push(`📄 ${markdownLink('Full report of this run', reportUrl)}`);
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

/** `scope › name` for a test id, from the run when the test is in it, else read from the id itself. */
function describeTestId(id: string, tests: ReadonlyMap<string, TestResult>, roots: readonly string[]): string {
  const test = tests.get(id);
  if (test) return `${repoRelativePath(placeOf(test).file ?? test.suite, roots)} › ${test.name}`;
  const [scope, , ...name] = id.split('::');
  return name.length ? `${repoRelativePath(scope!, roots)} › ${name.join('::')}` : id;
}

function idList(
  title: string,
  ids: readonly string[],
  cap: number,
  tests: ReadonlyMap<string, TestResult>,
  roots: readonly string[],
): string[] {
  if (ids.length === 0) return [];
  const shown = ids.slice(0, cap);
  return [
    `**${title}**`,
    '',
    ...shown.map((id) => `- ${text(describeTestId(id, tests, roots), MAX_ID)}`),
    ...moreLines(shown.length, ids.length, 'tests'),
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
    const tests = new Map(ctx.input.run.tests.map((test) => [test.id, test]));
    // A failing comment does not list new failures again: its failed table lists them first, marked new.
    for (const [title, ids] of [
      ['New failures', ctx.failingComment ? [] : c.newFailures],
      ['Fixed', c.fixed],
      ['New tests', c.newTests],
      ['Removed tests', c.removedTests],
    ] as const) {
      const list = idList(title, ids, listCap, tests, ctx.input.links?.workspace ? [ctx.input.links.workspace] : []);
      if (list.length) parts.push(list.join('\n'));
    }
  }
  return parts.join('\n\n');
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

export function linksLine(ctx: ReportContext): string {
  const links = ctx.input.links ?? {};
  const candidates: [string | undefined, string][] = [
    [links.reportUrl, 'Full report'],
    // When the report link is the run page itself (no artifact link), it is not given twice.
    [links.runUrl === links.reportUrl ? undefined : links.runUrl, 'Workflow run'],
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
