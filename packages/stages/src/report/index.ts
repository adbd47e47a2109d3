export { runReport, type ReportInput, type ReportPorts, type ReportResult } from './run-report.js';
export { buildReport, type ReportStageInput, type ReportStageResult, type ReportFiles } from './build-report.js';
export type { ReportContext } from './report-context.js';
export type { S3Settings } from './s3-archive.js';
export * from './archive/index.js';
export * from './gather/index.js';
export { valuesToRedact } from './redact-values.js';
export * from './gitlab/index.js';
