import type { TestResult } from '../../model.js';
import { escapeHtml } from './escape.js';
import { formatCount, formatDuration, formatSigned } from './format.js';
import { durationTrendSvg, passRateTrendSvg } from './svg-charts.js';
import type { PathView } from './paths.js';
import type { BaseComparison, HistoryPoint } from './types.js';

export function trendSection(history: readonly HistoryPoint[] | undefined): string {
  if (!history || history.length === 0) return '';
  return `<section class="charts" id="trend">
<div class="card"><h2>Pass rate, last ${formatCount(history.length)} runs</h2>${passRateTrendSvg(history)}</div>
<div class="card"><h2>Duration, last ${formatCount(history.length)} runs</h2>${durationTrendSvg(history)}</div>
</section>`;
}

function idList(
  title: string,
  key: string,
  ids: readonly string[],
  testsById: ReadonlyMap<string, TestResult>,
  paths: PathView,
  limit: number,
): string {
  if (ids.length === 0) return '';
  const items = ids
    .slice(0, limit)
    .map((id) => {
      const test = testsById.get(id);
      // Removed tests are not in this run: the id is all there is.
      return test
        ? `<li><span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span></li>`
        : `<li><code>${escapeHtml(paths.text(id))}</code></li>`;
    })
    .join('');
  const more = ids.length - limit;
  return `<div class="comparison-list" data-list="${key}"><h3>${title} (${formatCount(ids.length)})</h3><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</div>`;
}

export function comparisonSection(
  comparison: BaseComparison | undefined,
  testsById: ReadonlyMap<string, TestResult>,
  paths: PathView,
  limit = 100,
): string {
  if (!comparison) return '';
  const rate =
    comparison.passRateDelta === null
      ? 'pass rate not comparable'
      : `pass rate ${formatSigned(comparison.passRateDelta, ' pp')}`;
  const delta = comparison.durationDeltaMs;
  const duration =
    delta === null ? 'duration not comparable' : `duration ${delta >= 0 ? '+' : '−'}${formatDuration(Math.abs(delta))}`;
  const lists = [
    idList('New failures', 'new-failures', comparison.newFailures, testsById, paths, limit),
    idList('Fixed', 'fixed', comparison.fixed, testsById, paths, limit),
    idList('New tests', 'new-tests', comparison.newTests, testsById, paths, limit),
    idList('Removed tests', 'removed-tests', comparison.removedTests, testsById, paths, limit),
  ].join('');
  return `<section class="card" id="comparison"><h2>Compared with ${escapeHtml(comparison.baseLabel)}</h2>
<p class="comparison-summary">${escapeHtml(rate)} · ${escapeHtml(duration)}</p>${lists || '<p class="muted">Same tests, same outcomes.</p>'}</section>`;
}
