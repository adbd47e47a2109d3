import { UserError } from '../errors/user-error.js';

/**
 * A contract file (plan, env.json, metrics.json...) that cannot be used as it is. The message names the
 * file and the field path, e.g. `testpipe-plan.json: suites[0].shards[2].units must be an array of strings`.
 */
export class ContractError extends UserError {
  override name = 'ContractError';

  constructor(
    /** The path the file was read from, or the contract's file name. */
    readonly file: string,
    /** Path of the bad field (`suites[0].planHash`); empty for the document as a whole. */
    readonly field: string,
    problem: string,
    options: { cause?: unknown; sentence?: boolean } = {},
  ) {
    // A whole sentence (the version messages) is the message as it is.
    const message = options.sentence ? problem : field ? `${file}: ${field} ${problem}` : `${file} ${problem}`;
    super(message, { kind: 'config', cause: options.cause });
  }
}

/** A contract file written with a schemaVersion this testpipe cannot read (newer, or no longer supported). */
export class ContractVersionError extends ContractError {
  override name = 'ContractVersionError';

  constructor(
    file: string,
    field: string,
    readonly found: number,
    message: string,
  ) {
    super(file, field, message, { sentence: true });
  }
}
