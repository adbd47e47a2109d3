export * from './model.js';
export * from './ingest/index.js';
export * from './merge/index.js';
export * from './metrics/index.js';
export * from './categories/index.js';
export * from './retry/index.js';
export * from './writers/index.js';
export { renderHtmlReport, type HtmlReportInput, type HistoryPoint } from './render/html/index.js';
