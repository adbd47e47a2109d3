import type { Metrics } from '../../metrics/metrics.js';
import { escapeHtml, safeHttpUrl } from './escape.js';
import { formatCount, formatDuration, formatPercent } from './format.js';
import { STATUS_COLOURS, STATUS_ORDER } from './status-style.js';
import { durationBuckets, histogramSvg, statusBarSvg } from './svg-charts.js';
import type { TestResult } from '../../model.js';

export type Verdict = 'passed' | 'failed' | 'no-tests';

export function verdictOf(metrics: Metrics): Verdict {
  if (metrics.total === 0) return 'no-tests';
  return metrics.failed + metrics.errored > 0 ? 'failed' : 'passed';
}

const VERDICT_TEXT: Record<Verdict, string> = { passed: 'Passed', failed: 'Failed', 'no-tests': 'No tests' };

function commitLine(repositoryUrl: string | undefined, commitSha: string | undefined): string {
  if (!commitSha) return '';
  const repo = safeHttpUrl(repositoryUrl);
  const short = escapeHtml(commitSha.slice(0, 12));
  if (!repo || !/^[0-9a-f]{7,64}$/i.test(commitSha)) return ` · commit <code>${short}</code>`;
  return ` · commit <a href="${escapeHtml(`${repo}/commit/${commitSha}`)}" rel="noopener noreferrer" target="_blank"><code>${short}</code></a>`;
}

/** The header: verdict, pass rate, counts, durations. */
export function verdictHeader(
  title: string,
  metrics: Metrics,
  generatedAt: string,
  repositoryUrl?: string,
  commitSha?: string,
): string {
  const verdict = verdictOf(metrics);
  const failing = metrics.failed + metrics.errored;
  const stats: Array<[string, string, string]> = [
    ['total', 'Total', formatCount(metrics.total)],
    ['passed', 'Passed', formatCount(metrics.passed)],
    ['failed', 'Failed', formatCount(metrics.failed)],
    ['errored', 'Errored', formatCount(metrics.errored)],
    ['flaky', 'Flaky', formatCount(metrics.flaky)],
    ['skipped', 'Skipped', formatCount(metrics.skipped)],
  ];
  const statHtml = stats
    .map(
      ([key, label, value]) =>
        `<div class="stat stat-${key}" data-stat="${key}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`,
    )
    .join('');
  const reason =
    verdict === 'failed'
      ? `${formatCount(failing)} of ${formatCount(metrics.total)} tests failed`
      : verdict === 'passed'
        ? metrics.flaky > 0
          ? `all tests passed, ${formatCount(metrics.flaky)} only on retry`
          : 'all tests passed'
        : 'no test results were found';
  return `<header class="verdict verdict-${verdict}">
<h1>${escapeHtml(title)}</h1>
<p class="verdict-line"><span class="verdict-badge" id="verdict">${VERDICT_TEXT[verdict]}</span> <span class="pass-rate">Pass rate <strong id="pass-rate">${formatPercent(metrics.passRate)}</strong></span> <span class="verdict-reason">${reason}</span></p>
<div class="stats" id="totals">${statHtml}</div>
<p class="meta">Duration ${formatDuration(metrics.durationMs.wall)} (wall clock) · ${formatDuration(metrics.durationMs.cpu)} summed over tests · generated ${escapeHtml(generatedAt)}${commitLine(repositoryUrl, commitSha)}</p>
</header>`;
}

/** Status chart and duration histogram, side by side. */
export function chartsSection(metrics: Metrics, tests: readonly TestResult[]): string {
  const legend = STATUS_ORDER.map(
    (status) =>
      `<li><span class="swatch" data-colour="${status}"></span>${status} <strong>${formatCount(metrics[status])}</strong></li>`,
  ).join('');
  const ran = tests.filter((t) => t.status !== 'skipped').map((t) => t.durationMs);
  return `<section class="charts">
<div class="card"><h2>Results</h2>${statusBarSvg(metrics)}<ul class="legend">${legend}</ul></div>
<div class="card"><h2>Duration of tests</h2>${histogramSvg(durationBuckets(ran))}</div>
</section>`;
}

/** CSS rules for the status swatches, so the page needs no inline style attributes. */
export function statusSwatchCss(): string {
  return STATUS_ORDER.map((s) => `.swatch[data-colour="${s}"],.badge-${s}{background:${STATUS_COLOURS[s]}}`).join('\n');
}
