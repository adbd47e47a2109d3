// What reading an action's inputs needs from core, importable alone (@testpipe/core/input-support) so that
// an action's start path does not load the rest of core.
export { ConfigurationError, UserError, isUserError } from './errors/user-error.js';
export { parseDurationMs } from './duration-setting.js';
export { FAIL_ON, IF_NO_RESULTS } from './gate/evaluate-gate.js';
export type { CommentMode } from './ports/code-host.js';
