// Shared by the contracts tests: how a reader's error is caught, and how a valid document is spoiled.
import { UserError } from '../src/errors/index.js';

/** The error `action` throws, which must be a config UserError. */
export function thrown(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).kind).toBe('config');
    return error as UserError;
  }
  throw new Error('expected an error, none was thrown');
}

export const REMOVE = Symbol('remove');

/** A deep copy of `value` with the field at `at` replaced (or removed with REMOVE). */
export function spoiled(value: unknown, at: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (replacement === REMOVE) delete node[last];
  else node[last] = replacement;
  return copy;
}
