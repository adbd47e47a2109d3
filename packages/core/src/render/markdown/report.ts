import { formatCount } from './format.js';
import {
  FittingRenderer,
  MIN_FAILED_ROWS,
  SHORT_LIST_CAP,
  TOP_FAILURES_IN_CHECK_RUN,
  type Limit,
  type Plan,
} from './fitting-renderer.js';
import { sizeOf } from './text.js';
import type { MarkdownReport, MarkdownReportInput, MarkdownReportOptions } from './types.js';

/** GitHub drops a job summary over 1 MiB entirely. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;
/** GitHub rejects a comment body, and a check run's summary, over 65,535 characters. */
export const COMMENT_LIMIT_CHARS = 65_535;

function limitFor(options: MarkdownReportOptions): Limit {
  if (options.target === 'summary') {
    const max = Math.min(options.maxChars ?? SUMMARY_LIMIT_BYTES, SUMMARY_LIMIT_BYTES);
    return {
      max,
      unit: 'bytes',
      label: max === SUMMARY_LIMIT_BYTES ? '1 MiB for a job summary' : `${formatCount(max)} bytes for a job summary`,
    };
  }
  const max = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
  return { max, unit: 'chars', label: `${formatCount(max)} characters for a comment` };
}

/** Whole lines of the minimal report that fit: the answer when even the verdict alone is too long. */
function linesThatFit(renderer: FittingRenderer, plan: Plan, limit: Limit): MarkdownReport {
  const { markdown, dropped } = renderer.render(plan);
  let out = '';
  for (const line of markdown.split('\n')) {
    const next = `${out}${line}\n`;
    if (sizeOf(next, limit.unit) > limit.max) break;
    out = next;
  }
  return { markdown: out, dropped };
}

function fitReport(renderer: FittingRenderer, limit: Limit): MarkdownReport {
  const all = renderer.failedCount;
  const base: Plan = {
    layout: 'report',
    details: 0,
    failedRows: all,
    listCap: Infinity,
    countsOnly: false,
    minimal: false,
  };
  // 1. Everything listed; as many failure details as fit.
  if (renderer.fitsEstimate(all, (i) => renderer.rowSize(i)) && renderer.fits(base)) {
    const details = renderer.largest(
      renderer.detailCount,
      (i) => renderer.blockSize(i),
      renderer.size(base),
      (n) => ({ ...base, details: n }),
    );
    return renderer.render({ ...base, details });
  }
  // 2. No details; the failed list shortened, the other lists whole; 3. the other lists shortened too.
  for (const [listCap, minRows] of [
    [Infinity, Math.min(all, MIN_FAILED_ROWS)],
    [SHORT_LIST_CAP, Math.min(all, 1)],
  ] as const) {
    const plan: Plan = { ...base, failedRows: 0, listCap };
    if (!renderer.fits(plan)) continue;
    const rows = renderer.largest(
      all,
      (i) => renderer.rowSize(i),
      renderer.size(plan),
      (n) => ({ ...plan, failedRows: n }),
    );
    if (rows >= minRows) return renderer.render({ ...plan, failedRows: rows });
  }
  // 4. Counts only; 5. the verdict alone; 6. as many of its lines as fit.
  const countsOnly: Plan = { ...base, failedRows: 0, listCap: 0, countsOnly: true };
  if (renderer.fits(countsOnly)) return renderer.render(countsOnly);
  const minimal: Plan = { ...countsOnly, minimal: true };
  if (renderer.fits(minimal)) return renderer.render(minimal);
  return linesThatFit(renderer, minimal, limit);
}

/**
 * The aggregate report as Markdown for the job summary or the sticky PR comment, shortened in a
 * fixed order (failure details, the failed list, the other lists, then counts only) so that it
 * never exceeds GitHub's limit, which would lose it entirely.
 */
export function renderMarkdownReport(input: MarkdownReportInput, options: MarkdownReportOptions): MarkdownReport {
  const limit = limitFor(options);
  return fitReport(new FittingRenderer(input, limit, options.target), limit);
}

/** The check run's summary: verdict, the first failures (new ones first), totals and the comparison, within 65,535 characters. */
export function renderCheckRunSummary(input: MarkdownReportInput): string {
  const limit: Limit = {
    max: COMMENT_LIMIT_CHARS,
    unit: 'chars',
    label: `${formatCount(COMMENT_LIMIT_CHARS)} characters for a check run`,
  };
  const renderer = new FittingRenderer(input, limit, 'check-run');
  const top = Math.min(renderer.failedCount, TOP_FAILURES_IN_CHECK_RUN);
  const plan: Plan = {
    layout: 'check-run',
    details: 0,
    failedRows: top,
    listCap: SHORT_LIST_CAP,
    countsOnly: false,
    minimal: false,
  };
  if (renderer.fits(plan)) return renderer.render(plan).markdown;
  const none: Plan = { ...plan, failedRows: 0 };
  if (renderer.fits(none)) {
    const rows = renderer.largest(
      top,
      (i) => renderer.rowSize(i),
      renderer.size(none),
      (n) => ({ ...plan, failedRows: n }),
    );
    return renderer.render({ ...plan, failedRows: rows }).markdown;
  }
  return linesThatFit(renderer, { ...none, minimal: true }, limit).markdown;
}
