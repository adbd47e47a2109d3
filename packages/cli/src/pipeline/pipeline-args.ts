import { parseRunArgs, type RunArgs } from '../run/run-args.js';

export const PIPELINE_USAGE = `Usage: testpipe pipeline [options]

Runs the whole pipeline from one testpipe.yml: provision the environment (its \`environment\` section) →
seed it (\`seed\`) → plan → run the shards N at a time → report → teardown (always; the environment is
kept on failure when preserve-on-failure says so) → notify (\`notify\`). A section that is missing is
skipped. The environment's outputs reach the seed and the tests as TESTPIPE_<NAME> variables (e.g.
TESTPIPE_DATABASE_URL); sensitive ones are redacted from every file written. Without terraform on PATH,
environment.without-terraform starts the same environment directly (and says so).

Writes, into --out:
  environment/       env.json, audit.json and the provision state teardown reads
  results/<shard>/   each shard's junit.xml, ctrf.json, output.log; results/seed/ the seed's smoke checks
  report/            metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, summary.md
  pipeline.log       every line every stage logged, redacted

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --out DIR              output directory (default: testpipe-out)
  --parallel N           shards running at once (default: the number of CPUs)
  --suite NAME...        run only these suites (repeatable, or comma-separated)
  --timings FILE         timings.json to plan with (default: <out>/report/timings.json of an earlier run)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --allow-no-tests       pass when no test ran
  --redact NAME          also redact the value of environment variable NAME; repeatable
  --pipeline-id ID       names the environment's state and audit (default: local-<time>)
  --without-terraform    start the environment with environment.without-terraform even if terraform is on PATH
  --json                 newline-delimited JSON events on stdout, then one "result" object
  --no-progress          plain lines even on a terminal (the default when stdout is not one)
  --verbose              plain lines include every line the stages log (always in pipeline.log)

Channel secrets for notify come from the environment (see \`testpipe notify --help\`); in a GitLab
merge-request pipeline with TESTPIPE_GITLAB_TOKEN set, the report is posted as a sticky note.

Exit codes: 0 the gate passed; 1 tests failed or the gate failed; 2 unusable arguments or testpipe.yml;
3 the environment (Terraform, a service not ready, a database refusing the login, teardown failed);
130 interrupted (Ctrl-C: the shards stop, the report is written and the environment is torn down as the
provision action's post step would; Ctrl-C again kills the shards at once; a third time stops the teardown).`;

export interface PipelineArgs extends RunArgs {
  json: boolean;
  pipelineId?: string;
  withoutTerraform: boolean;
  verbose: boolean;
}

/** `testpipe pipeline` arguments: those of `testpipe run` and its own. Throws UsageError naming the bad option. */
export function parsePipelineArgs(args: readonly string[]): PipelineArgs {
  const own = { json: false, withoutTerraform: false, verbose: false, pipelineId: undefined as string | undefined };
  const run = parseRunArgs(args, {
    usage: PIPELINE_USAGE,
    more: (cursor) => {
      if (cursor.flag === '--json') own.json = true;
      else if (cursor.flag === '--without-terraform') own.withoutTerraform = true;
      else if (cursor.flag === '--verbose') own.verbose = true;
      else if (cursor.flag === '--pipeline-id') own.pipelineId = cursor.value();
      else return false;
      return true;
    },
  });
  return { ...run, ...own };
}
