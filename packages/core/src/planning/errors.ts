import { UserError } from '../errors/user-error.js';

/** An input to the shard planner that cannot be planned; the message names the input. */
export class ShardPlanInputError extends UserError {
  override readonly name = 'ShardPlanInputError';

  constructor(
    readonly input: string,
    problem: string,
  ) {
    super(`Shard planning input "${input}" ${problem}`);
  }
}

/** The plans need more matrix jobs than GitHub Actions starts from one matrix. */
export class MatrixTooLargeError extends UserError {
  override readonly name = 'MatrixTooLargeError';

  constructor(
    readonly jobs: number,
    readonly limit: number,
  ) {
    super(
      `The shard plans need ${jobs} matrix jobs but a GitHub Actions matrix runs at most ${limit}. ` +
        `Lower "shards" (or "max-parallel" with shards: auto), or split the suites over several jobs.`,
    );
  }
}

/** A shard job was started with a name that no plan contains. */
export class ShardNotFoundError extends UserError {
  override readonly name = 'ShardNotFoundError';

  constructor(
    readonly shardName: string,
    known: readonly string[],
  ) {
    const listed = known.slice(0, 10).join(', ') + (known.length > 10 ? `, … (${known.length} in all)` : '');
    super(
      `No shard named "${shardName}" in the plan (shards: ${listed || 'none'}). ` +
        'Pass the matrix value produced by the same plan, and re-run the plan job if the plan changed.',
    );
  }
}
