import { ConfigurationError, FAIL_ON, IF_NO_RESULTS } from '@testpipe/core/input-support';
import {
  readBooleanInput,
  readEnumInput,
  readListInput,
  readNumberInput,
  readOptionalInput,
  readSecretInput,
} from '@testpipe/github/inputs';
import type { ReportInput } from '@testpipe/stages';
import { COMMENT_MODES, COMMENT_WHEN, MAX_ANNOTATIONS_LIMIT, REPORT_DEFAULTS } from '@testpipe/stages/defaults';

/** What the action's inputs say; the run context (workspace, PR, commit) is added from the runner. */
export type AggregateReportInputs = Omit<ReportInput, 'context' | 'workDir' | 'redact'> & {
  token: string;
  /** Names of env vars or inputs whose values are redacted from everything the report writes or posts. */
  redactNames: string[];
};

/** Reads and validates every input once, at the edge; mistakes become a ConfigurationError naming the input. */
export function readInputs(env: NodeJS.ProcessEnv = process.env): AggregateReportInputs {
  const defaults = REPORT_DEFAULTS;
  const results = readListInput('results');
  if (results.length === 0) {
    throw new ConfigurationError('Input "results" is empty: give artifact name patterns or file globs.');
  }
  const runIdRaw = readOptionalInput('run-id');
  const runId = runIdRaw === undefined ? undefined : Number(runIdRaw);
  if (runId !== undefined && !(Number.isInteger(runId) && runId > 0)) {
    throw new ConfigurationError(`Input "run-id" must be a workflow run id (a positive integer), got "${runIdRaw}".`);
  }
  const bucket = readOptionalInput('s3-bucket');
  const history = readBooleanInput('history', defaults.history);
  if (history && !bucket) {
    throw new ConfigurationError('Input "history" is true but "s3-bucket" is empty: history is kept in the bucket.');
  }
  const retention = readOptionalInput('retention-days');
  return {
    results,
    runId,
    reportName: readOptionalInput('report-name') ?? defaults['report-name'],
    minPassRate: readNumberInput('min-pass-rate', defaults['min-pass-rate'], 0, 100),
    failOn: readEnumInput('fail-on', FAIL_ON, defaults['fail-on']),
    ifNoResults: readEnumInput('if-no-results', IF_NO_RESULTS, defaults['if-no-results']),
    outputDir: readOptionalInput('output-dir') ?? defaults['output-dir'],
    // An empty report-artifact turns the upload off, so the default is action.yml's, not a fallback here.
    reportArtifact: readOptionalInput('report-artifact') ?? '',
    retentionDays: retention === undefined ? undefined : readNumberInput('retention-days', 0, 1, 90),
    previousTimings: readOptionalInput('previous-timings'),
    comment: readEnumInput('comment', COMMENT_WHEN, defaults.comment),
    commentMode: readEnumInput('comment-mode', COMMENT_MODES, defaults['comment-mode']),
    checkRun: readBooleanInput('check-run', defaults['check-run']),
    maxAnnotations: readNumberInput('max-annotations', defaults['max-annotations'], 0, MAX_ANNOTATIONS_LIMIT),
    compareTo: readOptionalInput('compare-to'),
    s3: bucket
      ? {
          bucket,
          prefix: readOptionalInput('s3-prefix'),
          endpoint: readOptionalInput('s3-endpoint'),
          history,
          historyRuns: readNumberInput('history-runs', defaults['history-runs'], 1, 1000),
        }
      : undefined,
    pipelineId: readOptionalInput('pipeline-id') ?? `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`,
    token: readSecretInput('token'),
    redactNames: readListInput('redact'),
    outsideWorkspace: readBooleanInput('allow-outside-workspace', defaults['allow-outside-workspace'])
      ? 'warn'
      : 'refuse',
  };
}
