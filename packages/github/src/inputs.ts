// The one way actions read inputs: each reader names the input in its error, and an empty input means
// the fallback (the action.yml default, which the stage's defaults object mirrors and a test checks).
import { ConfigurationError, parseDurationMs } from '@testpipe/core/input-support';
import { getInput, maskSecret } from './runner-io.js';

function raw(name: string): string {
  return getInput(name);
}

/** The input's value, or undefined when it is empty. */
export function readOptionalInput(name: string): string | undefined {
  const value = raw(name);
  return value === '' ? undefined : value;
}

/** A value that must be given; `whenMissing` is the error, naming the input and where its value comes from. */
export function readRequiredInput(name: string, whenMissing: string): string {
  const value = readOptionalInput(name);
  if (value === undefined) throw new ConfigurationError(whenMissing);
  return value;
}

/** A secret input: masked in the log before anything can print it. */
export function readSecretInput(name: string): string {
  const value = getInput(name);
  maskSecret(value);
  return value;
}

/** Reads a boolean input, naming the input and the accepted values when it is anything else. */
export function readBooleanInput(name: string, fallback = false): boolean {
  const value = raw(name).toLowerCase();
  if (value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw new ConfigurationError(`Input "${name}" must be true or false, got "${getInput(name)}".`);
}

/** Reads an input that must be one of a fixed set of values. */
export function readEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = raw(name);
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${value}".`);
}

/** Reads a number input within [min, max]. */
export function readNumberInput(name: string, fallback: number, min = -Infinity, max = Infinity): number {
  const value = raw(name);
  if (value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < min || parsed > max) {
    throw new ConfigurationError(`Input "${name}" must be a number between ${min} and ${max}; got "${value}".`);
  }
  return parsed;
}

/** Reads a whole-number input of at least `min`; undefined when empty. */
export function readIntegerInput(name: string, min = 1): number | undefined {
  const value = raw(name);
  if (value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min) {
    const what = min === 1 ? 'a positive whole number' : `a whole number of at least ${min}`;
    throw new ConfigurationError(`Input "${name}" must be ${what}, got "${value}".`);
  }
  return parsed;
}

/** Reads a duration ("10m", "90s", "1h30m", or seconds) in milliseconds; undefined when empty. */
export function readDurationInput(name: string): number | undefined {
  const value = raw(name);
  if (value === '') return undefined;
  const ms = parseDurationMs(value);
  if (ms === undefined) {
    throw new ConfigurationError(`Input "${name}" must be a duration such as 90s, 10m or 1h30m; got "${value}".`);
  }
  return ms;
}

/** Reads a multi-line or comma-separated list input, dropping blanks. */
export function readListInput(name: string): string[] {
  return getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One item a line, as `key=value` settings are given; blank lines and `#` comments are skipped. */
export function readLinesInput(name: string): string[] {
  return getInput(name)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export { failStep } from './runner-io.js';
