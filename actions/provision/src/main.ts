import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import path from 'node:path';
import { readProvisionInputs } from './inputs.js';
import { actionIdentity, defaultPipelineId, outputDir, workspace } from './run-identity.js';

function load() {
  return Promise.all([
    import('@actions/core'),
    import('@testpipe/core'),
    import('@testpipe/github'),
    import('@testpipe/stages'),
  ]);
}

/**
 * The runner cancels with SIGINT, SIGTERM 7.5 s later, SIGKILL 2.5 s after that. The first SIGINT goes on
 * to Terraform, once; later signals are only absorbed, so Terraform can stop cleanly and release its lock.
 */
function cancelOnSignals(controller: AbortController): () => void {
  const onSignal = (): void => {
    if (!controller.signal.aborted) controller.abort(new Error('The step was cancelled.'));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
}

export async function run(): Promise<void> {
  const controller = new AbortController();
  const stopListening = cancelOnSignals(controller);
  try {
    const inputs = readProvisionInputs();
    const [core, { Secrets, systemClock }, github, { runProvision }] = await load();
    const pipelineId = inputs.pipelineId ?? defaultPipelineId();
    const secrets = new Secrets();
    const dir = outputDir(pipelineId);
    const result = await runProvision(
      {
        ...inputs,
        rootDir: workspace(),
        pipelineId,
        identity: actionIdentity(),
        outputDir: dir,
        signal: controller.signal,
      },
      {
        logger: github.actionsLogger,
        clock: systemClock,
        state: github.runnerStateProvider,
        secrets,
        mask: core.setSecret,
      },
    );
    for (const [name, value] of Object.entries(result.outputs)) core.setOutput(name, value);
    core.setOutput('pipeline-id', result.pipelineId);
    core.setOutput('state-key', result.stateKey);
    core.setOutput('expires-at', result.expiresAt);
    core.setOutput('status', result.status);
    core.setOutput('failure-reason', result.failureReason ?? '');
    core.setOutput('lock-info', result.lockInfo ? JSON.stringify(result.lockInfo) : '');
    if (result.plan) core.setOutput('plan', JSON.stringify(result.plan));
    if (result.envFile) core.setOutput('env-file', result.envFile);
    await core.summary.addRaw(result.summary, true).write();
    if (result.envFile) await uploadEnvFile(core, github, inputs, result.envFile);
    if (result.status !== 'applied') failStep(result.message ?? `provision ${result.status}: ${result.failureReason}`);
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`provision failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stopListening();
  }
}

/** env.json as an artifact, kept one day; a failed upload is a warning (the file is still on disk). */
async function uploadEnvFile(
  core: typeof import('@actions/core'),
  github: typeof import('@testpipe/github'),
  inputs: { envArtifact: string; token: string },
  envFile: string,
): Promise<void> {
  const name = inputs.envArtifact;
  try {
    const token = inputs.token;
    const repository = process.env.GITHUB_REPOSITORY ?? '/';
    const connection = { token, repository, log: github.actionsLogger };
    const store = github.createArtifactStore({
      token,
      repository,
      octokit: github.lazyGitHubClient(connection).octokit,
    });
    const staging = path.join(path.dirname(envFile), 'artifact');
    const { mkdir, copyFile } = await import('node:fs/promises');
    await mkdir(staging, { recursive: true });
    await copyFile(envFile, path.join(staging, path.basename(envFile)));
    await store.uploadDirectory(name, staging, { retentionDays: 1 });
  } catch (error) {
    core.warning(
      `Could not upload env.json as artifact "${name}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

// Re-exported so that index.js and post.js bundle the same modules and share their chunks.
export { runPost } from './post-step.js';
