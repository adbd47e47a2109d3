// The CodeHost port of the report stage bound to GitLab: the sticky comment is a merge-request note.
// GitLab has no check runs and testpipe finds no earlier report there: those calls resolve quietly.
import { commentMarker, type Clock, type CodeHost, type Logger } from '@testpipe/core';
import { createGitLabApi } from './gitlab-api.js';
import { gitlabTokenUserId, upsertMergeRequestNote } from './merge-request-note.js';

export interface GitLabConnection {
  /** The REST base (CI_API_V4_URL), e.g. `https://gitlab.com/api/v4`. */
  apiUrl: string;
  /** CI_PROJECT_ID, or the project's path (`group/project`). */
  projectId: string;
  /** A token with the api scope, sent as PRIVATE-TOKEN. */
  token: string;
  /** The variable the token came from, named in messages (TESTPIPE_GITLAB_TOKEN). */
  tokenVariable: string;
  /** The project's web page (CI_PROJECT_URL), to link the note; no link without it. */
  projectUrl?: string;
  log: Pick<Logger, 'debug' | 'info'>;
  /** What the retry waits on; the system clock by default. */
  clock?: Clock;
}

/** Same words as the report stage uses when it has no host: comparisons need GitHub's artifacts. */
export const GITLAB_NO_BASE_REPORT = 'earlier reports are only found in GitHub Actions.';

const ACTION_WORDS = {
  created: 'Posted the report note on',
  updated: 'Updated the report note on',
  recreated: 'Posted the report note again on',
  unchanged: 'Left the report note unchanged (same verdict) on',
} as const;

export function createGitLabCodeHost(connection: GitLabConnection): CodeHost {
  const api = createGitLabApi({
    apiUrl: connection.apiUrl,
    token: connection.token,
    tokenVariable: connection.tokenVariable,
    log: connection.log,
    clock: connection.clock,
  });
  let userId: Promise<number> | undefined;
  let checkRunSaid = false;
  return {
    async findPullRequestForRun() {
      // The merge request of a GitLab pipeline is in its environment (CI_MERGE_REQUEST_IID), never looked up.
      return undefined;
    },
    async findBaseReport() {
      return { unavailable: GITLAB_NO_BASE_REPORT };
    },
    async upsertComment(request) {
      // Asked once per host; a failed answer is asked again next time.
      const identity = (userId ??= gitlabTokenUserId(api).catch((error: unknown) => {
        userId = undefined;
        throw error;
      }));
      const iid = request.issueNumber;
      const result = await upsertMergeRequestNote(
        api,
        { projectId: connection.projectId, mergeRequestIid: iid, marker: commentMarker(request.reportName) },
        request.body,
        {
          mode: request.mode,
          digest: request.digest,
          createIfMissing: request.createIfMissing,
          userId: await identity,
        },
      );
      const projectUrl = connection.projectUrl?.replace(/\/+$/, '');
      const url =
        projectUrl && result.noteId !== undefined
          ? `${projectUrl}/-/merge_requests/${iid}#note_${result.noteId}`
          : undefined;
      const where = `merge request !${iid} of project ${connection.projectId}`;
      if (result.action === 'skipped') {
        connection.log.info(`No report note on ${where}: the tests passed and there is no earlier note to update.`);
      } else {
        connection.log.info(`${ACTION_WORDS[result.action]} ${where}${url ? `: ${url}` : ''}.`);
      }
      return url ? { url } : {};
    },
    async publishCheckRun() {
      if (!checkRunSaid) connection.log.debug('GitLab has no check runs: the report is the merge-request note.');
      checkRunSaid = true;
      return { url: '' };
    },
    describeApiCalls: () => api.describeCalls(),
  };
}
