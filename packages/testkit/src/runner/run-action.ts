import path from 'node:path';

import { loadActionDefinition } from './action-definition.js';
import { shouldRunPost } from './post-condition.js';
import { fakeGitHubToken, runStep, type StepOptions, type StepResult } from './run-step.js';
import { createTempDir, removeTempDir } from './temp-dirs.js';

export interface ActionRunResult {
  main: StepResult;
  /** Undefined when the action has no post step or `post-if` skipped it. */
  post?: StepResult;
  postSkipped: boolean;
}

/**
 * Runs main, then post if the action has one and its `post-if` holds, sharing what a job shares between
 * steps: workspace, RUNNER_TEMP, token, masks, GITHUB_ENV / GITHUB_PATH, and main's state as STATE_<name>.
 * Cancellation options (signal, cancelAfterMs, timeoutMs) apply to main; post still runs under always().
 */
export async function runAction(options: StepOptions): Promise<ActionRunResult> {
  const definition = await loadActionDefinition(options.actionYml);
  const jobDir = await createTempDir('job');
  let failed = true;
  try {
    const shared = {
      ...options,
      token: options.token ?? fakeGitHubToken(),
      workspace: options.workspace ?? path.join(jobDir, 'workspace'),
      runnerTemp: options.runnerTemp ?? path.join(jobDir, 'runner-temp'),
    };

    const main = await runStep({ ...shared, step: 'main' });
    if (definition.postScript === undefined || !shouldRunPost(definition.postIf, main.outcome)) {
      failed = main.outcome !== 'success';
      return { main, postSkipped: definition.postScript !== undefined };
    }
    const post = await runStep({
      ...shared,
      step: 'post',
      signal: undefined,
      cancelAfterMs: undefined,
      timeoutMs: undefined,
      previousState: main.state,
      previousEnv: main.env,
      previousPath: main.path,
      secrets: main.maskedValues,
    });
    failed = main.outcome !== 'success' || post.outcome !== 'success';
    return { main, post, postSkipped: false };
  } finally {
    await removeTempDir(jobDir, failed);
  }
}
