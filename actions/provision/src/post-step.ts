import { isUserError } from '@testpipe/core/input-support';
import { failStep } from '@testpipe/github/inputs';
import { readJobStatus, readProvisionInputs } from './inputs.js';
import { actionIdentity, defaultPipelineId, outputDir } from './run-identity.js';

/** The post step: destroy or keep what main provisioned, per the destroy policy and the job's status. */
export async function runPost(): Promise<void> {
  // A cancel of the post step itself: stop Terraform once and report what is left.
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new Error('The post step was cancelled.'));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const inputs = readProvisionInputs();
    const jobStatus = readJobStatus();
    const [core, { Secrets, systemClock }, github, { runProvisionPost }] = await Promise.all([
      import('@actions/core'),
      import('@testpipe/core'),
      import('@testpipe/github'),
      import('@testpipe/stages'),
    ]);
    const saved = github.runnerStateProvider.read<{ pipelineId: string }>('provision');
    const result = await runProvisionPost(
      {
        jobStatus,
        budgetMs: inputs.postTimeoutMs,
        identity: actionIdentity(),
        outputDir: outputDir(saved?.pipelineId ?? inputs.pipelineId ?? defaultPipelineId()),
        signal: controller.signal,
      },
      {
        logger: github.actionsLogger,
        clock: systemClock,
        state: github.runnerStateProvider,
        secrets: new Secrets(),
        mask: core.setSecret,
      },
    );
    if (result.summary) await core.summary.addRaw(result.summary, true).write();
    if (result.action === 'destroy-failed' || result.action === 'timed-out') {
      failStep(`The environment was not destroyed (${result.action}): ${result.destroy?.message ?? ''}`);
    }
  } catch (error) {
    if (isUserError(error)) failStep(error.message);
    else failStep(`provision (post) failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}
