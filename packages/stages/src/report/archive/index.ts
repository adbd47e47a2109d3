export { archiveReports, type ArchiveLog, type ArchiveReportsOptions, type ArchiveResult } from './archive-reports.js';
export { ArchiveError } from './archive-error.js';
export { archivePrefixUnder, defaultArchivePrefix, historyKeyForPrefix } from './archive-keys.js';
export { historyEntryFromMetrics, type HistoryEntry, type RunIdentity } from './history-entry.js';
export { appendHistory, readHistory, DEFAULT_HISTORY_LIMIT, type ReadHistoryOptions } from './history.js';
export { createS3Client, resolveRegion, type S3Target } from './s3-client.js';
