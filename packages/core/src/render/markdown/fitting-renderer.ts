import { failingTests, hasFailureText } from './failures.js';
import { formatCount } from './format.js';
import type { ReportContext } from './section-parts.js';
import {
  categoriesSection,
  comparisonSection,
  headlineSection,
  linksLine,
  shortenedNotice,
  totalsSection,
} from './sections-overview.js';
import {
  detailBlock,
  detailsSection,
  failedRow,
  failedSection,
  fileProblemsSection,
  flakySection,
  slowestSection,
} from './sections-tests.js';
import { shardsSection } from './sections-shards.js';
import { sizeOf, type SizeUnit } from './text.js';
import type { MarkdownReport, MarkdownReportInput, MarkdownTarget } from './types.js';

/** Comparison lists are capped by design: a list of 10,000 new tests helps nobody. */
const COMPARISON_LIST_CAP = 50;
/** Cap on flaky, slowest, comparison and file-problem lists once the failed list alone no longer fits. */
export const SHORT_LIST_CAP = 10;
/** Below this many failed rows, the other lists are shortened before the failed list shrinks further. */
export const MIN_FAILED_ROWS = 20;
export const TOP_FAILURES_IN_CHECK_RUN = 10;

export interface Plan {
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

export interface Limit {
  max: number;
  unit: SizeUnit;
  label: string;
}

/** Renders plans of one report and finds the fullest one within the limit. */
export class FittingRenderer {
  private readonly ctx: ReportContext;
  private readonly rows: string[] = [];
  private readonly blocks: string[] = [];
  private readonly memo = new Map<string, string>();

  constructor(
    input: MarkdownReportInput,
    private readonly limit: Limit,
    target: MarkdownTarget | 'check-run',
  ) {
    const comparison = input.comparison;
    const newFailures = new Set(comparison && !('unavailable' in comparison) ? comparison.newFailures : []);
    // New against the base first, each group in run order.
    const all = failingTests(input.run);
    const failing = [
      ...all.filter((test) => newFailures.has(test.id)),
      ...all.filter((test) => !newFailures.has(test.id)),
    ];
    this.ctx = {
      input,
      failing,
      withDetails: failing.filter(hasFailureText),
      newFailures,
      failingComment: target === 'comment' && input.status === 'failed',
    };
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
    const top = [headlineSection(ctx), shortenedNotice(ctx, this.limit.label, dropped)];
    const sections = plan.minimal
      ? top
      : plan.layout === 'check-run'
        ? [
            ...top,
            failedSection(ctx, this.rowsUpTo(plan.failedRows)),
            totalsSection(ctx.input.metrics),
            this.cached(`comparison:${plan.listCap}`, () => comparisonSection(ctx, plan.listCap)),
            linksLine(ctx),
          ]
        : [...top, ...this.reportSections(plan), linksLine(ctx)];
    return { markdown: `${sections.filter(Boolean).join('\n\n')}\n`, dropped };
  }

  private reportSections(plan: Plan): string[] {
    const { ctx } = this;
    const listCap = plan.countsOnly ? 0 : plan.listCap;
    const comparison = this.cached(`comparison:${listCap}`, () =>
      comparisonSection(ctx, Math.min(listCap, COMPARISON_LIST_CAP)),
    );
    // A failing PR comment keeps the category counts but not their prose, and has no slowest list.
    const categories = this.cached(`categories:${plan.countsOnly}`, () =>
      categoriesSection(ctx.input.metrics, !plan.countsOnly && !ctx.failingComment),
    );
    const fileProblems = this.cached(`files:${listCap}`, () =>
      fileProblemsSection(ctx, ctx.failingComment ? 0 : listCap),
    );
    if (plan.countsOnly) return [totalsSection(ctx.input.metrics), comparison, categories, fileProblems];
    return [
      failedSection(ctx, this.rowsUpTo(plan.failedRows)),
      totalsSection(ctx.input.metrics),
      comparison,
      categories,
      detailsSection(this.blocksUpTo(plan.details)),
      this.cached(`flaky:${listCap}`, () => flakySection(ctx, listCap)),
      ctx.failingComment ? '' : this.cached(`slowest:${listCap}`, () => slowestSection(ctx, listCap)),
      ctx.failingComment ? '' : this.cached(`shards:${listCap}`, () => shardsSection(ctx, listCap)),
      fileProblems,
    ];
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
    if (!this.ctx.failingComment) {
      left('slowest tests', plan.listCap, metrics.slowest.length);
      const problems = metrics.files.reduce((sum, file) => sum + file.errors.length, 0);
      left('report-file problems', plan.listCap, problems);
    }
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
    return (this.blocks[i] ??= detailBlock(this.ctx, this.ctx.withDetails[i]!));
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
