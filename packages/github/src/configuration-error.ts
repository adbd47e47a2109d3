/** A mistake the user can fix in their workflow or config; the message says what to do. */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}
