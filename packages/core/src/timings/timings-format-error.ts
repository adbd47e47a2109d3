import { UserError } from '../errors/user-error.js';

/** A timings file that cannot be read; the message names the file and the bad key. */
export class TimingsFormatError extends UserError {
  override name = 'TimingsFormatError';

  constructor(
    readonly source: string,
    readonly key: string,
    problem: string,
  ) {
    super(`Timings file ${source}: ${key ? `"${key}" ` : ''}${problem}`, { kind: 'config' });
  }
}
