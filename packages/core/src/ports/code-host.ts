import type { CheckAnnotation } from '../render/markdown/annotations.js';

export type CommentMode = 'update' | 'recreate' | 'hide-previous';

export interface CommentRequest {
  issueNumber: number;
  /** One comment per report name on a pull request. */
  reportName: string;
  body: string;
  mode: CommentMode;
  /** A digest of what matters in the body: an existing comment with the same digest is left alone. */
  digest?: string;
  /** When false, only an existing comment is updated. */
  createIfMissing: boolean;
}

export interface CheckRunRequest {
  headSha: string;
  name: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export type BaseReportLookup = { runId: number; ctrfPath: string } | { unavailable: string };

/**
 * What the report stage asks of the code host (GitHub, bound in @testpipe/github): the pull request of a
 * run, the base branch's last report, the sticky comment and the check run.
 */
export interface CodeHost {
  findPullRequestForRun(runId: number): Promise<{ number: number; baseRef: string } | undefined>;
  /** Downloads the newest report artifact `artifactName` of `branch` (never `excludeRunId`) into `downloadDir`. */
  findBaseReport(request: {
    branch: string;
    artifactName: string;
    excludeRunId?: number;
    downloadDir: string;
  }): Promise<BaseReportLookup>;
  upsertComment(request: CommentRequest): Promise<{ url?: string }>;
  publishCheckRun(request: CheckRunRequest): Promise<{ url: string }>;
  /** One line for the debug log: how many API calls were made, by route. */
  describeApiCalls(): string;
}

/** The host's answer when a token may not write (a fork PR's read-only GITHUB_TOKEN). */
export function isForbidden(error: unknown): boolean {
  return (error as { status?: number } | undefined)?.status === 403;
}
