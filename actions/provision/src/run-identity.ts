import path from 'node:path';
import type { ProvisionIdentity } from '@testpipe/stages';

export function actionIdentity(): ProvisionIdentity {
  return {
    tool: 'action',
    repository: process.env.GITHUB_REPOSITORY ?? 'local/repository',
    runId: process.env.GITHUB_RUN_ID,
    runAttempt: process.env.GITHUB_RUN_ATTEMPT,
    job: process.env.GITHUB_JOB ?? 'job',
    actor: process.env.GITHUB_ACTOR,
  };
}

export function workspace(): string {
  return process.env.GITHUB_WORKSPACE ?? process.cwd();
}

/** Where env.json, audit.json and the plan file go: RUNNER_TEMP, shared by main and post. */
export function outputDir(pipelineId: string): string {
  return path.join(
    process.env.RUNNER_TEMP ?? path.join(workspace(), '.testpipe-tmp'),
    'testpipe-provision',
    pipelineId,
  );
}

export function defaultPipelineId(): string {
  return `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
}
