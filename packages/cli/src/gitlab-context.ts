// Where a GitLab merge-request pipeline's report note goes, read from the job's environment: one place
// for `testpipe report` and `testpipe pipeline`, taking plain values (no option parsing of its own).
import type { Clock, CodeHost, CommentMode, Logger } from '@testpipe/core';
import { createGitLabCodeHost } from '@testpipe/stages';
import { REPORT_DEFAULTS, type CommentWhen } from '@testpipe/stages/defaults';

export const GITLAB_TOKEN_VARIABLES = ['TESTPIPE_GITLAB_TOKEN', 'GITLAB_TOKEN'] as const;
const DEFAULT_API_URL = 'https://gitlab.com/api/v4';

export interface GitLabPublishingOptions {
  /** `--comment`; undefined means the default (`always` in a merge-request pipeline with a token). */
  comment?: CommentWhen;
  /** `--comment-mode`; default the report stage's. */
  commentMode?: CommentMode;
  log: Pick<Logger, 'debug' | 'info' | 'warning'>;
  /** What the API retry waits on; the system clock by default. */
  clock?: Clock;
}

/** What the report stage needs to post the note: its host, when, and the merge request it goes on. */
export interface GitLabPublishing {
  host: CodeHost;
  comment: CommentWhen;
  commentMode: CommentMode;
  /** The merge request as the stage's pull request: its iid and target branch. */
  pullRequest: { number: number; baseRef: string };
  /** The job's page (CI_JOB_URL), linked from the note as where the full report is. */
  runUrl?: string;
  /** The token: add to the values the report redacts. */
  redact: string[];
}

/**
 * The note's publishing settings in a GitLab merge-request pipeline (CI_MERGE_REQUEST_IID and
 * CI_PROJECT_ID set, a token in TESTPIPE_GITLAB_TOKEN or GITLAB_TOKEN), else undefined after saying
 * why once when it matters. Never throws: the report is written whatever happens to the note.
 */
export function gitlabPublishing(
  env: Record<string, string | undefined>,
  options: GitLabPublishingOptions,
): GitLabPublishing | undefined {
  const { log } = options;
  if (options.comment === 'off') return undefined;
  const iidText = env.CI_MERGE_REQUEST_IID?.trim();
  const projectId = env.CI_PROJECT_ID?.trim();
  if (!iidText || !projectId) {
    if (options.comment !== undefined) {
      log.warning(
        `--comment ${options.comment}: this is not a GitLab merge-request pipeline (CI_MERGE_REQUEST_IID and CI_PROJECT_ID are not both set), so no note is posted.`,
      );
    }
    return undefined;
  }
  if (!/^[1-9]\d*$/.test(iidText)) {
    log.warning(`CI_MERGE_REQUEST_IID is "${iidText}", not a merge request number: no note is posted.`);
    return undefined;
  }
  const tokenVariable = GITLAB_TOKEN_VARIABLES.find((name) => env[name]?.trim());
  if (!tokenVariable) {
    const jobToken = env.CI_JOB_TOKEN
      ? ' CI_JOB_TOKEN cannot be used instead: GitLab does not accept the job token for merge-request notes.'
      : '';
    log.warning(
      `No merge-request note: set TESTPIPE_GITLAB_TOKEN to a project access token with the api scope, as a masked CI/CD variable. The report is written anyway.${jobToken}`,
    );
    return undefined;
  }
  const token = env[tokenVariable]!.trim();
  const host = createGitLabCodeHost({
    apiUrl: env.CI_API_V4_URL?.trim() || DEFAULT_API_URL,
    projectId,
    token,
    tokenVariable,
    projectUrl: env.CI_PROJECT_URL?.trim() || undefined,
    log,
    clock: options.clock,
  });
  return {
    host,
    comment: options.comment ?? 'always',
    commentMode: options.commentMode ?? REPORT_DEFAULTS['comment-mode'],
    pullRequest: { number: Number(iidText), baseRef: env.CI_MERGE_REQUEST_TARGET_BRANCH_NAME?.trim() ?? '' },
    runUrl: env.CI_JOB_URL?.trim() || undefined,
    redact: [token],
  };
}
