import { isUserError } from '@testpipe/core/input-support';

/** Every exit code of `testpipe`, in one place; each command's --help says which it uses. */
export const EXIT = {
  ok: 0,
  /** Tests failed, the gate failed, or a step the user asked for did not succeed. */
  failed: 1,
  /** Unusable arguments or config. */
  usage: 2,
  /** The machine or a service is not as needed (a path that cannot be written, a program missing). */
  environment: 3,
  /** Not the user's to fix: a bug, or something unforeseen. */
  internal: 70,
  /** Ctrl-C (SIGINT) or SIGTERM. */
  interrupted: 130,
} as const;

/** The exit code of a thrown error: a UserError by its kind, anything else is a bug. */
export function exitCodeOfError(error: unknown): number {
  if (!isUserError(error)) return EXIT.internal;
  return error.kind === 'environment' ? EXIT.environment : EXIT.usage;
}
