// Readers for the value types testpipe.yml uses; each reports a located, actionable problem.
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseDurationMs } from '@testpipe/core';
import { describeNode, type YamlProblems } from './yaml-problems.js';

export type FieldReader<T> = (node: Node | null, key: string, problems: YamlProblems) => T | undefined;

function scalar(node: Node | null): unknown {
  return isScalar(node) ? node.value : undefined;
}

export const readString: FieldReader<string> = (node, key, problems) => {
  const value = scalar(node);
  if (typeof value === 'string' && value.trim() !== '') return value;
  problems.add(node, key, `expected a non-empty text, got ${describeNode(node)}`);
  return undefined;
};

/** A string or a list of strings (globs, paths). */
export const readStringList: FieldReader<string[]> = (node, key, problems) => {
  if (isScalar(node) && typeof node.value === 'string' && node.value.trim() !== '') return [node.value];
  if (isSeq(node) && node.items.length > 0) {
    const items = node.items.map((item, i) => readString(item as Node, `${key}[${i}]`, problems));
    return items.every((item) => item !== undefined) ? (items as string[]) : undefined;
  }
  problems.add(node, key, `expected a text or a list of texts, got ${describeNode(node)}`);
  return undefined;
};

/** A program and its arguments. A single string is refused: testpipe never runs shell strings. */
export const readArgv: FieldReader<string[]> = (node, key, problems) => {
  if (isScalar(node) && typeof node.value === 'string') {
    const example = JSON.stringify(node.value.trim().split(/\s+/));
    problems.add(
      node,
      key,
      `write the command as a list of arguments, e.g. ${example}; testpipe runs programs directly, never through a shell`,
    );
    return undefined;
  }
  if (!isSeq(node) || node.items.length === 0) {
    problems.add(node, key, `expected a list of arguments such as [k6, run, load.js], got ${describeNode(node)}`);
    return undefined;
  }
  const args: string[] = [];
  node.items.forEach((item, i) => {
    const value = scalar(item as Node);
    if (typeof value === 'string' || typeof value === 'number') args.push(String(value));
    else problems.add(item as Node, `${key}[${i}]`, `expected a text argument, got ${describeNode(item as Node)}`);
  });
  return args.length === node.items.length ? args : undefined;
};

export function integerReader(min: number, max: number, hint: string): FieldReader<number> {
  return (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    problems.add(node, key, `expected a whole number from ${min} to ${max} (${hint}), got ${describeNode(node)}`);
    return undefined;
  };
}

export const readRatio: FieldReader<number> = (node, key, problems) => {
  const value = scalar(node);
  if (typeof value === 'number' && value >= 0 && value <= 1) return value;
  problems.add(node, key, `expected a fraction from 0 to 1 (0.3 = 30 % of tests), got ${describeNode(node)}`);
  return undefined;
};

export const readDuration: FieldReader<number> = (node, key, problems) => {
  const ms = parseDurationMs(scalar(node));
  if (ms !== undefined) return ms;
  problems.add(
    node,
    key,
    `expected a duration such as 90s, 10m or 1h30m (a bare number is seconds), got ${describeNode(node)}`,
  );
  return undefined;
};

export function oneOfReader<T extends string>(allowed: readonly T[]): FieldReader<T> {
  return (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    problems.add(node, key, `expected one of ${allowed.join(', ')}, got ${describeNode(node)}`);
    return undefined;
  };
}

export const readShards: FieldReader<number | 'auto'> = (node, key, problems) => {
  const value = scalar(node);
  if (value === 'auto') return 'auto';
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 256) return value;
  problems.add(node, key, `expected auto or a whole number of shards from 1 to 256, got ${describeNode(node)}`);
  return undefined;
};

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const readEnv: FieldReader<Record<string, string>> = (node, key, problems) => {
  if (!isMap(node)) {
    problems.add(node, key, `expected a map of variable names to values, got ${describeNode(node)}`);
    return undefined;
  }
  const env: Record<string, string> = {};
  let valid = true;
  for (const pair of node.items) {
    const name = scalar(pair.key as Node);
    const value = scalar(pair.value as Node);
    if (typeof name !== 'string' || !ENV_NAME.test(name)) {
      problems.add(
        pair.key as Node,
        key,
        `"${String(name)}" is not a valid environment variable name (letters, digits, _)`,
      );
      valid = false;
    } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      env[name] = String(value);
    } else {
      problems.add(
        pair.value as Node,
        `${key}.${name}`,
        `expected a text value, got ${describeNode(pair.value as Node)}`,
      );
      valid = false;
    }
  }
  return valid ? env : undefined;
};

export const readBoolean: FieldReader<boolean> = (node, key, problems) => {
  const value = scalar(node);
  if (typeof value === 'boolean') return value;
  problems.add(node, key, `expected true or false, got ${describeNode(node)}`);
  return undefined;
};
