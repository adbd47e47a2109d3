import { UserError } from '@testpipe/core';

/** One mistake in testpipe.yml, located, with what to do about it. */
export class TestpipeConfigError extends UserError {
  override readonly name = 'TestpipeConfigError';

  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly column: number | undefined,
    /** Dotted path of the key, e.g. "suites[2].timeout". */
    readonly key: string | undefined,
    /** What is wrong and what to do, without the location (the message adds it). */
    readonly problem: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
  }
}

/** Thrown when testpipe.yml has mistakes; lists all of them, not only the first. */
export class PipelineConfigInvalidError extends UserError {
  override readonly name = 'PipelineConfigInvalidError';

  constructor(
    readonly file: string,
    readonly errors: readonly TestpipeConfigError[],
  ) {
    const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
    super(`${file} has ${count}; fix them and re-run:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
  }
}
