export { nullLogger, teeLogger, type Logger } from './logger.js';
export { systemClock, type Clock } from './clock.js';
export type { ArtifactStore, ListedArtifact } from './artifact-store.js';
export {
  isForbidden,
  isRateLimited,
  type CheckRunPublished,
  type CodeHost,
  type CommentMode,
  type CommentRequest,
  type CheckRunRequest,
  type BaseReportLookup,
} from './code-host.js';
