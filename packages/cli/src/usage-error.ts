/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
