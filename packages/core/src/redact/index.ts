export { REDACTED, MIN_SECRET_LENGTH, Secrets, type AddedSecret } from './secrets.js';
export { redactRun } from './redact-run.js';
export { redactStrings } from './redact-strings.js';
