import { UserError } from '@testpipe/core';

/** A target never became healthy before the deadline; names it and its last error. */
export class HealthCheckTimeoutError extends UserError {
  override readonly name = 'HealthCheckTimeoutError';
  /** Every target's attempts and final state, for the summary table. */
  constructor(
    message: string,
    readonly outcomes: readonly unknown[] = [],
  ) {
    super(message, { kind: 'environment' });
  }
}

/** A migration file failed or the history disagrees with the files; names the file (and line). */
export class MigrationError extends UserError {
  override readonly name = 'MigrationError';
  constructor(message: string, cause?: unknown) {
    super(message, { kind: 'config', cause });
  }
}

/** Seeding would destroy data it does not own, or the data does not fit the schema. */
export class SeedDataError extends UserError {
  override readonly name = 'SeedDataError';
  constructor(message: string, cause?: unknown) {
    super(message, { kind: 'config', cause });
  }
}

/** One or more smoke checks failed; the message names each. */
export class SmokeCheckError extends UserError {
  override readonly name = 'SmokeCheckError';
  constructor(readonly failed: string[]) {
    super(`Seed smoke check${failed.length === 1 ? '' : 's'} failed: ${failed.join('; ')}`, { kind: 'environment' });
  }
}
