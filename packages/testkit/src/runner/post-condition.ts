import type { StepOutcome } from './run-step.js';

export class UnsupportedPostIfError extends Error {
  constructor(condition: string) {
    super(
      `Cannot evaluate post-if '${condition}': the harness supports always(), success(), failure() and cancelled(), ` +
        'optionally negated with !',
    );
    this.name = 'UnsupportedPostIfError';
  }
}

/** Decides whether the post step runs, given the job status after main (`runs.post-if`, default `always()`). */
export function shouldRunPost(postIf: string, jobStatus: StepOutcome): boolean {
  const expression = postIf
    .trim()
    .replace(/^\$\{\{(.*)\}\}$/s, '$1')
    .trim();
  const negated = expression.startsWith('!');
  const call = (negated ? expression.slice(1) : expression).trim();
  const status: Record<string, boolean> = {
    'always()': true,
    'success()': jobStatus === 'success',
    'failure()': jobStatus === 'failure',
    'cancelled()': jobStatus === 'cancelled',
  };
  const value = status[call];
  if (value === undefined) throw new UnsupportedPostIfError(postIf);
  return negated ? !value : value;
}
