export { renderHtmlReport, contentSecurityPolicy } from './render-report.js';
export type { HtmlReportInput, HistoryPoint, BaseComparison } from './types.js';
export {
  buildReportPayload,
  DEFAULT_PAYLOAD_LIMITS,
  type PayloadContext,
  type PayloadLimits,
  type ReportPayload,
} from './report-data.js';
export { escapeHtml, jsonForScriptBlock } from './escape.js';
