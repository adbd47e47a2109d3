import type { TestResult } from '../../model.js';
import { codeSpan, escapeInline, markdownLink } from './escape.js';
import { formatCount } from './format.js';
import { blobUrl, repoRelativePath } from './paths.js';
import { truncate } from './text.js';
import type { MarkdownReportInput } from './types.js';

// Caps on any one field from a report, so that a single row or heading stays small.
export const MAX_NAME = 300;
export const MAX_SUITE = 200;
export const MAX_PATH = 300;
export const MAX_HEADLINE = 200;
export const MAX_DETAILS = 4000;
export const MAX_REASON = 1000;
export const MAX_LABEL = 200;
export const MAX_ID = 400;
export const MAX_READ_ERROR = 300;

/** The data every section reads, computed once per report. */
export interface ReportContext {
  input: MarkdownReportInput;
  /** Failing tests, those new against the base first. */
  failing: TestResult[];
  /** Failing tests that have a message or stack to show, in the order of `failing`. */
  withDetails: TestResult[];
  /** Ids of the failing tests that are new against the base (empty without a comparison). */
  newFailures: ReadonlySet<string>;
  /** A PR comment on a failing run: only what helps fix it; the rest is in the summary and the HTML report. */
  failingComment: boolean;
}

/** The label of the base run when there is a comparison, else undefined. */
export function baseLabelOf(ctx: ReportContext): string | undefined {
  const comparison = ctx.input.comparison;
  return comparison && !('unavailable' in comparison) ? comparison.baseLabel || 'base' : undefined;
}

/** "see the full report", as a link when the report's URL is known. */
export function seeFullReport(ctx: ReportContext): string {
  return `see ${markdownLink('the full report', ctx.input.links?.reportUrl)}`;
}

export function text(value: string, max: number): string {
  return escapeInline(truncate(value, max));
}

export function cell(value: string, max: number): string {
  return text(value, max) || ' ';
}

/** After a table or list: a blank line ends it, then how many entries were left out. */
export function moreLines(shown: number, total: number, what: string): string[] {
  return shown < total ? ['', `_…and ${formatCount(total - shown)} more ${what}, not shown._`] : [];
}

export function location(ctx: ReportContext, file: string | undefined, line: number | undefined): string {
  if (!file) return ' ';
  const path = truncate(repoRelativePath(file, [ctx.input.links?.workspace]), MAX_PATH);
  const label = codeSpan(line !== undefined ? `${path}:${line}` : path, true);
  return markdownLink(label, blobUrl(ctx.input.links?.blobBaseUrl, path, line));
}
