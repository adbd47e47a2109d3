/**
 * What a user can fix: every user-facing error extends this, so each entry point classifies errors once.
 * `usage`: the command line; `config`: an input or a config file; `environment`: the machine or a service
 * (a missing program, a directory that cannot be written).
 */
export type UserErrorKind = 'usage' | 'config' | 'environment';

export class UserError extends Error {
  override name = 'UserError';
  readonly kind: UserErrorKind;

  constructor(message: string, options: { kind?: UserErrorKind; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = options.kind ?? 'config';
  }
}

/** A mistake in the workflow's inputs or a config file; the message names the input and what to do. */
export class ConfigurationError extends UserError {
  override name = 'ConfigurationError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, kind: 'config' });
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * A file-system failure a user can act on (ENOTDIR, EACCES, ENOSPC...) as an environment UserError naming
 * what was being done and the path; anything else is returned as it was.
 */
export function describeFileSystemError(error: unknown, doing: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const said = code === undefined ? undefined : FILE_SYSTEM_PROBLEMS[code];
  if (said === undefined) return error;
  const where = (error as NodeJS.ErrnoException).path ?? 'the path';
  return new UserError(`${doing} failed: ${where} ${said}. Choose another path, or fix this one, and run again.`, {
    kind: 'environment',
    cause: error,
  });
}

const FILE_SYSTEM_PROBLEMS: Record<string, string> = {
  ENOENT: 'does not exist',
  ENOTDIR: 'has a part that is a file, not a directory',
  EISDIR: 'is a directory',
  EACCES: 'is not accessible (permission denied)',
  EPERM: 'is not accessible (operation not permitted)',
  EROFS: 'is on a read-only file system',
  ENOSPC: 'could not be written: the disk is full',
  EEXIST: 'already exists',
};
