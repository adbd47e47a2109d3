export { renderMarkdownReport, renderCheckRunSummary, SUMMARY_LIMIT_BYTES, COMMENT_LIMIT_CHARS } from './report.js';
export { compareWithBase, type BaseComparison } from './compare.js';
export { failureAnnotations, type CheckAnnotation, type FailureAnnotationOptions } from './annotations.js';
export type {
  MarkdownReport,
  MarkdownReportInput,
  MarkdownReportOptions,
  MarkdownTarget,
  ReportLinks,
  ReportStatus,
} from './types.js';
export { escapeInline } from './escape.js';
