export { ingestFile } from './ingest-file.js';
export { detectFormat, type ReportFormat } from './detect-format.js';
export type { IngestOptions } from './attempt-draft.js';
