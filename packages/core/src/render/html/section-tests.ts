import type { Metrics, TestSummary } from '../../metrics/metrics.js';
import { FAILURE_CATEGORIES, type FailureCategory, type TestResult } from '../../model.js';
import { placeOf } from '../../locate/place.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDuration } from './format.js';
import { fileReference } from './links.js';
import type { PathView } from './paths.js';

/** What the test sections need besides the metrics: links, workspace roots, the base's new failures. */
export interface SectionContext {
  linkBase?: string;
  paths: PathView;
  /** Ids of tests failing now and not in the base run. */
  newFailures: ReadonlySet<string>;
  baseLabel?: string;
}

const CATEGORY_TITLES: Record<FailureCategory, string> = {
  environment: 'Environment',
  data: 'Test data',
  timeout: 'Timeout',
  'test-logic': 'Test logic',
  unknown: 'Unknown',
};

function firstLine(text: string | undefined, max = 300): string {
  const line = (text ?? '').split('\n', 1)[0]!.trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

function failureMessage(test: TestResult, paths: PathView): string {
  for (let i = test.attempts.length - 1; i >= 0; i--) {
    const failure = test.attempts[i]!.failure;
    if (failure?.message || failure?.type) return firstLine(paths.text(failure.message || failure.type || ''));
  }
  return '';
}

function statusBadge(status: string): string {
  return `<span class="badge badge-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/** The "new" marker: failing now, not failing (or absent) in the base run. */
export function newBadge(baseLabel: string | undefined): string {
  const title = baseLabel ? ` title="${escapeHtml(`New failure since ${baseLabel}`)}"` : '';
  return `<span class="badge badge-new"${title}>new</span>`;
}

/** A test's place in the repository, relative to it, as a link or code. */
function placeReference(test: Pick<TestResult, 'file' | 'line' | 'location'>, context: SectionContext): string {
  const place = placeOf(test);
  return fileReference(context.linkBase, context.paths.optionalFile(place.file), place.line);
}

/** Failing tests grouped by failure category, new failures first, each group with what to do about it. */
export function failuresSection(
  metrics: Metrics,
  testsById: ReadonlyMap<string, TestResult>,
  context: SectionContext,
): string {
  const { paths, newFailures } = context;
  let newCount = 0;
  const groups = FAILURE_CATEGORIES.filter((c) => metrics.categories[c].count > 0).map((category) => {
    const entry = metrics.categories[category];
    const ids = [...entry.tests].sort((a, b) => Number(newFailures.has(b)) - Number(newFailures.has(a)));
    const items = ids.map((id) => {
      const test = testsById.get(id);
      const marker = newFailures.has(id) ? `${newBadge(context.baseLabel)} ` : '';
      if (marker) newCount += 1;
      if (!test) return `<li>${marker}<code>${escapeHtml(paths.text(id))}</code></li>`;
      const message = failureMessage(test, paths);
      return `<li>${marker}${statusBadge(test.status)} <span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span> ${placeReference(test, context)}${message ? `<div class="failure-message">${escapeHtml(message)}</div>` : ''}</li>`;
    });
    const more = entry.count - entry.tests.length;
    const flaky = entry.flaky > 0 ? ` (+${formatCount(entry.flaky)} flaky)` : '';
    return `<div class="category category-${category}" data-category="${category}">
<h3>${CATEGORY_TITLES[category]} <span class="count">${formatCount(entry.count)} failing${flaky}</span></h3>
<p class="recommendation">${escapeHtml(entry.recommendation)}</p>
<ul class="failure-list">${items.join('')}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more: filter the table below by status.</p>` : ''}
</div>`;
  });
  if (groups.length === 0) return '';
  const since =
    newCount > 0 && context.baseLabel
      ? ` <span class="muted">${formatCount(newCount)} new since ${escapeHtml(context.baseLabel)}</span>`
      : '';
  return `<section class="card" id="failures"><h2>Failures by category${since}</h2>${groups.join('\n')}</section>`;
}

export function flakySection(metrics: Metrics, limit = 50): string {
  if (metrics.flakyTests.length === 0) return '';
  const rows = metrics.flakyTests
    .slice(0, limit)
    .map(
      (t) =>
        `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td class="num">${t.failedAttempts} of ${t.attempts}</td><td>${escapeHtml(t.category ?? '')}</td></tr>`,
    )
    .join('');
  const more = metrics.flakyTests.length - limit;
  return `<section class="card" id="flaky"><h2>Flaky tests (${formatCount(metrics.flakyTests.length)})</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>Failed attempts</th><th>Category</th></tr></thead><tbody>${rows}</tbody></table>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</section>`;
}

/** The slowest tests; the File column says where each test is (its located place, else its report's file). */
export function slowestSection(
  slowest: readonly TestSummary[],
  testsById: ReadonlyMap<string, TestResult>,
  context: SectionContext,
): string {
  if (slowest.length === 0) return '';
  const rows = slowest
    .map(
      (t) =>
        `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td>${placeReference(testsById.get(t.id) ?? t, context)}</td><td>${statusBadge(t.status)}</td><td class="num">${formatDuration(t.durationMs)}</td></tr>`,
    )
    .join('');
  return `<section class="card" id="slowest"><h2>Slowest tests</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>File</th><th>Status</th><th class="num">Duration</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/**
 * Report files that could not be read fully, and notes such as repeated names: results may be missing.
 * A collapsed card at the bottom of the page: worth knowing, rarely what a reader came for.
 */
export function ingestProblemsSection(metrics: Metrics, paths: PathView, limit = 100): string {
  const problems = [...metrics.files.flatMap((f) => f.errors), ...metrics.duplicates];
  if (problems.length === 0) return '';
  const items = problems
    .slice(0, limit)
    .map((e) => {
      const path = paths.file(e.path);
      const where = e.line !== undefined ? `${path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : path;
      return `<li><code>${escapeHtml(where)}</code> <span class="badge badge-errored">${escapeHtml(e.kind)}</span> ${escapeHtml(paths.text(e.message))}</li>`;
    })
    .join('');
  const more = problems.length - limit;
  return `<details class="card warning" id="ingest-problems"><summary><h2>Problems reading the reports (${formatCount(problems.length)})</h2></summary>
<p>Some results may be missing or counted once where a report listed them twice.</p><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</details>`;
}
