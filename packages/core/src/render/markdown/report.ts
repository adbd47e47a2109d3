import { failingTests, failureText } from './failures.js';
import { formatCount } from './format.js';
import {
  categoriesSection,
  comparisonSection,
  detailBlock,
  detailsSection,
  failedRow,
  failedSection,
  fileProblemsSection,
  flakySection,
  headlineSection,
  linksLine,
  shortenedNotice,
  slowestSection,
  totalsSection,
  type ReportContext,
} from './sections.js';
import { sizeOf, type SizeUnit } from './text.js';
import type { MarkdownReport, MarkdownReportInput, MarkdownReportOptions } from './types.js';

/** GitHub drops a job summary over 1 MiB entirely. */
export const SUMMARY_LIMIT_BYTES = 1_048_576;
/** GitHub rejects a comment body, and a check run's summary, over 65,535 characters. */
export const COMMENT_LIMIT_CHARS = 65_535;

/** Comparison lists are capped by design: a list of 10,000 new tests helps nobody. */
const COMPARISON_LIST_CAP = 50;
/** Cap on flaky, slowest, comparison and file-problem lists once the failed list alone no longer fits. */
const SHORT_LIST_CAP = 10;
/** Below this many failed rows, the other lists are shortened before the failed list shrinks further. */
const MIN_FAILED_ROWS = 20;
const TOP_FAILURES_IN_CHECK_RUN = 10;

interface Plan {
  layout: 'report' | 'check-run';
  /** Failure detail blocks shown: a prefix of `withDetails`. */
  details: number;
  /** Failed-table rows shown: a prefix of `failing`. */
  failedRows: number;
  /** Cap on the flaky, slowest, comparison and file-problem lists. */
  listCap: number;
  countsOnly: boolean;
  /** Only the headline and the notice: the last resort for very small limits. */
  minimal: boolean;
}

interface Limit {
  max: number;
  unit: SizeUnit;
  label: string;
}

/** Renders plans of one report and finds the fullest one within the limit. */
class FittingRenderer {
  private readonly ctx: ReportContext;
  private readonly rows: string[] = [];
  private readonly blocks: string[] = [];
  private readonly memo = new Map<string, string>();

  constructor(
    input: MarkdownReportInput,
    private readonly limit: Limit,
  ) {
    const failing = failingTests(input.run);
    this.ctx = { input, failing, withDetails: failing.filter((test) => failureText(test, 1) !== '') };
  }

  get failedCount(): number {
    return this.ctx.failing.length;
  }

  get detailCount(): number {
    return this.ctx.withDetails.length;
  }

  fits(plan: Plan): boolean {
    return sizeOf(this.render(plan).markdown, this.limit.unit) <= this.limit.max;
  }

  /** The largest n in [0, upper] with `fits(with(n))`, given that `with(0)` fits; the size estimate bounds the search. */
  largest(upper: number, itemSize: (i: number) => number, baseSize: number, planWith: (n: number) => Plan): number {
    let bound = 0;
    let used = baseSize;
    const slack = 1024; // the notice and "and K more" lines shrink as more items are shown
    while (bound < upper && used + itemSize(bound) <= this.limit.max + slack) used += itemSize(bound++);
    let lo = 0;
    let hi = bound;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (this.fits(planWith(mid))) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** False when the first `count` items alone are already over the limit, so that plan need not be rendered. */
  fitsEstimate(count: number, itemSize: (i: number) => number): boolean {
    let used = 0;
    for (let i = 0; i < count; i++) if ((used += itemSize(i)) > this.limit.max) return false;
    return true;
  }

  size(plan: Plan): number {
    return sizeOf(this.render(plan).markdown, this.limit.unit);
  }

  rowSize(i: number): number {
    return sizeOf(this.row(i), this.limit.unit) + 1;
  }

  blockSize(i: number): number {
    return sizeOf(this.block(i), this.limit.unit) + 2;
  }

  render(plan: Plan): MarkdownReport {
    const dropped = this.dropped(plan);
    const { ctx } = this;
    const notice = shortenedNotice(ctx, this.limit.label, dropped);
    const sections = plan.minimal
      ? [headlineSection(ctx), notice]
      : [
          headlineSection(ctx),
          notice,
          totalsSection(ctx.input.metrics),
          ...(plan.layout === 'check-run'
            ? []
            : [
                this.cached(`cmp:${plan.listCap}:${plan.countsOnly}`, () =>
                  comparisonSection(ctx, plan.countsOnly ? 0 : Math.min(plan.listCap, COMPARISON_LIST_CAP)),
                ),
              ]),
          plan.failedRows > 0 || !plan.countsOnly ? failedSection(ctx, this.rowsUpTo(plan.failedRows)) : '',
          ...(plan.layout === 'check-run'
            ? []
            : [
                this.cached(`cat:${plan.countsOnly}`, () => categoriesSection(ctx.input.metrics, !plan.countsOnly)),
                detailsSection(this.blocksUpTo(plan.details)),
                plan.countsOnly ? '' : this.cached(`flaky:${plan.listCap}`, () => flakySection(ctx, plan.listCap)),
                plan.countsOnly ? '' : this.cached(`slow:${plan.listCap}`, () => slowestSection(ctx, plan.listCap)),
                this.cached(`files:${plan.countsOnly ? 0 : plan.listCap}`, () =>
                  fileProblemsSection(ctx, plan.countsOnly ? 0 : plan.listCap),
                ),
              ]),
          linksLine(ctx),
        ];
    return { markdown: `${sections.filter(Boolean).join('\n\n')}\n`, dropped };
  }

  private dropped(plan: Plan): string[] {
    const { metrics, comparison } = this.ctx.input;
    const dropped: string[] = [];
    const left = (what: string, shown: number, total: number) => {
      if (shown < total) dropped.push(`${formatCount(total - shown)} of ${formatCount(total)} ${what}`);
    };
    if (plan.minimal) return ['everything but the verdict'];
    if (plan.layout === 'check-run') {
      left('failed tests from the list', plan.failedRows, Math.min(this.failedCount, TOP_FAILURES_IN_CHECK_RUN));
      return dropped;
    }
    left('failure messages and stack traces', plan.details, this.detailCount);
    left('failed tests from the list', plan.failedRows, this.failedCount);
    if (plan.countsOnly) {
      dropped.push('the flaky, slowest and comparison lists, report-file problems and recommendations (counts only)');
      return dropped;
    }
    left('flaky tests', plan.listCap, metrics.flakyTests.length);
    left('slowest tests', plan.listCap, metrics.slowest.length);
    const problems = metrics.files.reduce((sum, file) => sum + file.errors.length, 0);
    left('report-file problems', plan.listCap, problems);
    if (comparison && !('unavailable' in comparison) && plan.listCap < COMPARISON_LIST_CAP) {
      const lists = [comparison.newFailures, comparison.fixed, comparison.newTests, comparison.removedTests];
      if (lists.some((list) => list.length > plan.listCap))
        dropped.push(`comparison lists beyond ${plan.listCap} entries each`);
    }
    return dropped;
  }

  private cached(key: string, make: () => string): string {
    let value = this.memo.get(key);
    if (value === undefined) this.memo.set(key, (value = make()));
    return value;
  }

  private row(i: number): string {
    return (this.rows[i] ??= failedRow(this.ctx, this.ctx.failing[i]!));
  }

  private block(i: number): string {
    return (this.blocks[i] ??= detailBlock(this.ctx.withDetails[i]!));
  }

  private rowsUpTo(n: number): string[] {
    const rows: string[] = [];
    for (let i = 0; i < n; i++) rows.push(this.row(i));
    return rows;
  }

  private blocksUpTo(n: number): string[] {
    const blocks: string[] = [];
    for (let i = 0; i < n; i++) blocks.push(this.block(i));
    return blocks;
  }
}

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
  return fitReport(new FittingRenderer(input, limit), limit);
}

/** The check run's summary: verdict, totals and the first failures, within 65,535 characters. */
export function renderCheckRunSummary(input: MarkdownReportInput): string {
  const limit: Limit = {
    max: COMMENT_LIMIT_CHARS,
    unit: 'chars',
    label: `${formatCount(COMMENT_LIMIT_CHARS)} characters for a check run`,
  };
  const renderer = new FittingRenderer(input, limit);
  const top = Math.min(renderer.failedCount, TOP_FAILURES_IN_CHECK_RUN);
  const plan: Plan = {
    layout: 'check-run',
    details: 0,
    failedRows: top,
    listCap: 0,
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
