export { createGitLabCodeHost, GITLAB_NO_BASE_REPORT, type GitLabConnection } from './gitlab-code-host.js';
export { GitLabApiError, MAX_RETRY_WAIT_MS } from './gitlab-api.js';
export { GITLAB_NOTE_LIMIT_CHARS } from './merge-request-note.js';
