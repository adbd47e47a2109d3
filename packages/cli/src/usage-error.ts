import { UserError } from '@testpipe/core/input-support';

/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
export class UsageError extends UserError {
  override name = 'UsageError';

  constructor(message: string) {
    super(message, { kind: 'usage' });
  }
}
