import * as core from '@actions/core';
import { ConfigurationError, readBooleanInput, readEnumInput, readListInput, readNumberInput } from '@testpipe/github';

export const COMMENT_WHEN = ['always', 'on-failure', 'on-change', 'off'] as const;
export const COMMENT_MODES = ['update', 'recreate', 'hide-previous'] as const;
export const FAIL_ON = ['failures', 'errors', 'nothing'] as const;
export const IF_NO_RESULTS = ['error', 'warn', 'ignore'] as const;
/** Upper bound on annotations: 20 requests of 50. */
export const MAX_ANNOTATIONS_LIMIT = 1000;

export type FailOn = (typeof FAIL_ON)[number];

export interface AggregateReportConfig {
  results: string[];
  runId?: number;
  reportName: string;
  minPassRate: number;
  failOn: FailOn;
  ifNoResults: (typeof IF_NO_RESULTS)[number];
  outputDir: string;
  reportArtifact: string;
  retentionDays?: number;
  previousTimings?: string;
  comment: (typeof COMMENT_WHEN)[number];
  commentMode: (typeof COMMENT_MODES)[number];
  checkRun: boolean;
  maxAnnotations: number;
  compareTo?: string;
  s3?: { bucket: string; prefix?: string; endpoint?: string; history: boolean; historyRuns: number };
  pipelineId: string;
  token: string;
}

function optional(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

/** Reads and validates every input once, at the edge; mistakes become a ConfigurationError naming the input. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): AggregateReportConfig {
  const results = readListInput('results');
  if (results.length === 0) {
    throw new ConfigurationError('Input "results" is empty: give artifact name patterns or file globs.');
  }
  const runIdRaw = optional('run-id');
  const runId = runIdRaw === undefined ? undefined : Number(runIdRaw);
  if (runId !== undefined && !(Number.isInteger(runId) && runId > 0)) {
    throw new ConfigurationError(`Input "run-id" must be a workflow run id (a positive integer), got "${runIdRaw}".`);
  }
  const retention = optional('retention-days');
  const bucket = optional('s3-bucket');
  const history = readBooleanInput('history');
  if (history && !bucket) {
    throw new ConfigurationError('Input "history" is true but "s3-bucket" is empty: history is kept in the bucket.');
  }
  const token = core.getInput('token');
  if (token) core.setSecret(token);
  return {
    results,
    runId,
    reportName: optional('report-name') ?? 'Test report',
    minPassRate: readNumberInput('min-pass-rate', 100, 0, 100),
    failOn: readEnumInput('fail-on', FAIL_ON, 'failures'),
    ifNoResults: readEnumInput('if-no-results', IF_NO_RESULTS, 'error'),
    outputDir: optional('output-dir') ?? 'testpipe-report',
    reportArtifact: core.getInput('report-artifact').trim(),
    retentionDays: retention === undefined ? undefined : readNumberInput('retention-days', 0, 1, 90),
    previousTimings: optional('previous-timings'),
    comment: readEnumInput('comment', COMMENT_WHEN, 'always'),
    commentMode: readEnumInput('comment-mode', COMMENT_MODES, 'update'),
    checkRun: core.getInput('check-run').trim() === '' ? true : readBooleanInput('check-run'),
    maxAnnotations: readNumberInput('max-annotations', MAX_ANNOTATIONS_LIMIT, 0, MAX_ANNOTATIONS_LIMIT),
    compareTo: optional('compare-to'),
    s3: bucket
      ? {
          bucket,
          prefix: optional('s3-prefix'),
          endpoint: optional('s3-endpoint'),
          history,
          historyRuns: readNumberInput('history-runs', 30, 1, 1000),
        }
      : undefined,
    pipelineId: optional('pipeline-id') ?? `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    token,
  };
}
