import type { Metrics, TestSummary } from '../../metrics/metrics.js';
import { FAILURE_CATEGORIES, type FailureCategory, type TestResult } from '../../model.js';
import { placeOf } from '../../locate/place.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDuration } from './format.js';
import { fileReference } from './links.js';

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

function failureMessage(test: TestResult): string {
  for (let i = test.attempts.length - 1; i >= 0; i--) {
    const failure = test.attempts[i]!.failure;
    if (failure?.message || failure?.type) return firstLine(failure.message || failure.type);
  }
  return '';
}

function statusBadge(status: string): string {
  return `<span class="badge badge-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}

/** Failing tests grouped by failure category, each group with what to do about it. */
export function failuresSection(
  metrics: Metrics,
  testsById: ReadonlyMap<string, TestResult>,
  linkBase?: string,
): string {
  const groups = FAILURE_CATEGORIES.filter((c) => metrics.categories[c].count > 0).map((category) => {
    const entry = metrics.categories[category];
    const items = entry.tests.map((id) => {
      const test = testsById.get(id);
      if (!test) return `<li><code>${escapeHtml(id)}</code></li>`;
      const message = failureMessage(test);
      return `<li>${statusBadge(test.status)} <span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span> ${fileReference(linkBase, placeOf(test).file, placeOf(test).line)}${message ? `<div class="failure-message">${escapeHtml(message)}</div>` : ''}</li>`;
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
  return `<section class="card" id="failures"><h2>Failures by category</h2>${groups.join('\n')}</section>`;
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

export function slowestSection(slowest: readonly TestSummary[], linkBase?: string): string {
  if (slowest.length === 0) return '';
  const rows = slowest
    .map(
      (t) =>
        `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td>${fileReference(linkBase, t.file)}</td><td>${statusBadge(t.status)}</td><td class="num">${formatDuration(t.durationMs)}</td></tr>`,
    )
    .join('');
  return `<section class="card" id="slowest"><h2>Slowest tests</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>File</th><th>Status</th><th class="num">Duration</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

/** Report files that could not be read fully, and duplicate tests: results may be missing. */
export function ingestProblemsSection(metrics: Metrics, limit = 100): string {
  const problems = [...metrics.files.flatMap((f) => f.errors), ...metrics.duplicates];
  if (problems.length === 0) return '';
  const items = problems
    .slice(0, limit)
    .map((e) => {
      const where =
        e.line !== undefined ? `${e.path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.path;
      return `<li><code>${escapeHtml(where)}</code> <span class="badge badge-errored">${escapeHtml(e.kind)}</span> ${escapeHtml(e.message)}</li>`;
    })
    .join('');
  const more = problems.length - limit;
  return `<section class="card warning" id="ingest-problems"><h2>Report files with problems (${formatCount(problems.length)})</h2>
<p>Some results may be missing or counted once where a report listed them twice.</p><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</section>`;
}
