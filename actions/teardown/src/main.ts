import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import path from 'node:path';
import { readTeardownInputs, type TeardownInputs } from './inputs.js';

function load() {
  return Promise.all([
    import('@actions/core'),
    import('@testpipe/core'),
    import('@testpipe/github'),
    import('@testpipe/stages'),
  ]);
}

function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

export async function run(): Promise<void> {
  // A cancel stops Terraform once (it releases its lock) and the table says what was left.
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Error('The step was cancelled.'));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const inputs = readTeardownInputs();
    const [core, { Secrets, systemClock }, github, { runTeardown }] = await load();
    const outputDir = path.join(
      process.env.RUNNER_TEMP ?? path.join(workspace(), '.testpipe-tmp'),
      'testpipe-teardown',
    );
    const common = {
      workingDirectory: inputs.workingDirectory,
      rootDir: workspace(),
      backend: inputs.backend,
      backendConfig: inputs.backendConfig,
      variables: inputs.variables,
      varFiles: inputs.varFiles,
      lockTimeoutMs: inputs.lockTimeoutMs,
      identity: {
        tool: 'action' as const,
        repository: process.env.GITHUB_REPOSITORY ?? 'local/repository',
        runId: process.env.GITHUB_RUN_ID,
        runAttempt: process.env.GITHUB_RUN_ATTEMPT,
        job: process.env.GITHUB_JOB,
        actor: process.env.GITHUB_ACTOR,
      },
      outputDir,
      budgetMs: inputs.timeoutMs,
      signal: controller.signal,
    };
    const result = await runTeardown(
      inputs.mode === 'destroy'
        ? { ...common, mode: 'destroy', pipelineId: inputs.pipelineId!, job: inputs.job }
        : { ...common, mode: 'janitor', prefix: inputs.prefix, dryRun: inputs.dryRun },
      { logger: github.actionsLogger, clock: systemClock, secrets: new Secrets() },
    );
    core.info(result.summary);
    const count = (action: string): number => result.rows.filter((row) => row.action === action).length;
    core.setOutput('destroyed', count('destroyed') + count('nothing-to-destroy'));
    core.setOutput('kept', count('kept'));
    core.setOutput('would-destroy', count('would-destroy'));
    core.setOutput('failed', result.failed);
    core.setOutput('audit-file', result.auditFile);
    await core.summary.addRaw(result.summary, true).write();
    await uploadAudit(core, github, inputs, result.auditFile);
    if (result.failed > 0) failStep(`${result.failed} environment(s) could not be destroyed; see the table.`);
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`teardown failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

/** audit.json as an artifact; a failed upload is a warning (the table is in the summary). */
async function uploadAudit(
  core: typeof import('@actions/core'),
  github: typeof import('@testpipe/github'),
  inputs: TeardownInputs,
  auditFile: string,
): Promise<void> {
  try {
    const repository = process.env.GITHUB_REPOSITORY ?? '/';
    const connection = { token: inputs.token, repository, log: github.actionsLogger };
    const store = github.createArtifactStore({
      token: inputs.token,
      repository,
      octokit: github.lazyGitHubClient(connection).octokit,
    });
    await store.uploadDirectory(inputs.auditArtifact, path.dirname(auditFile));
  } catch (error) {
    core.warning(
      `Could not upload audit.json as "${inputs.auditArtifact}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
