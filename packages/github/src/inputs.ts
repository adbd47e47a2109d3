import * as core from '@actions/core';
import { ConfigurationError } from './configuration-error.js';

/** Reads a boolean input, naming the input and the accepted values when it is anything else. */
export function readBooleanInput(name: string): boolean {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === 'true') return true;
  if (raw === 'false' || raw === '') return false;
  throw new ConfigurationError(`Input "${name}" must be true or false, got "${core.getInput(name)}".`);
}

/** Reads an input that must be one of a fixed set of values. */
export function readEnumInput<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new ConfigurationError(`Input "${name}" must be one of ${allowed.join(', ')}; got "${raw}".`);
}

/** Reads a number input within [min, max]. */
export function readNumberInput(name: string, fallback: number, min = -Infinity, max = Infinity): number {
  const raw = core.getInput(name).trim();
  if (raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigurationError(`Input "${name}" must be a number between ${min} and ${max}; got "${raw}".`);
  }
  return value;
}

/** Reads a multi-line or comma-separated list input, dropping blanks. */
export function readListInput(name: string): string[] {
  return core
    .getInput(name)
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
