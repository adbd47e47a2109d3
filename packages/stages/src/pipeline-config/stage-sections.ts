// testpipe.yml's `environment`, `seed` and `notify` sections: what `testpipe pipeline` runs around the tests.
import { isAbsolute } from 'node:path';
import { isMap, type Node } from 'yaml';
import { BACKENDS, DESTROY_POLICIES, NOTIFY_DEFAULTS, NOTIFY_ON, PROVISION_DEFAULTS } from '../defaults.js';
import { SEED_DEFAULTS } from '../seed/seed-defaults.js';
import { parseDurationMs } from '@testpipe/core';
import {
  integerReader,
  oneOfReader,
  readArgv,
  readBoolean,
  readDuration,
  readEnv,
  readString,
  readStringList,
} from './field-readers.js';
import { fieldsOf, read, type Field, type Fields } from './fields.js';
import type { DirectEnvironmentConfig, EnvironmentConfig, NotifyConfig, SeedConfig } from './pipeline-config.js';
import { describeNode, type YamlProblems } from './yaml-problems.js';

const ENVIRONMENT_KEYS = [
  'working-directory',
  'backend',
  'backend-config',
  'vars',
  'destroy',
  'preserve-on-failure',
  'ttl',
  'lock-timeout',
  'without-terraform',
];
const DIRECT_KEYS = ['start', 'stop', 'outputs', 'sensitive'];
const SEED_KEYS = ['wait-for', 'timeout', 'migrations', 'datasets', 'dataset', 'check-writable'];
const NOTIFY_KEYS = ['on', 'directory', 'min-pass-rate', 'top-n', 'slack-channel', 'email-to', 'mention-on-failure'];

const readPercent = integerReader(0, 100, 'percent of tests that must pass');
const readTopN = integerReader(1, 1000, 'failing and flaky tests listed');
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/** The fields of a section, or undefined (reported) when it is not a map. */
function sectionFields(field: Field, known: readonly string[], problems: YamlProblems): Fields | undefined {
  if (!isMap(field.value)) {
    problems.add(
      field.value ?? field.keyNode,
      field.path,
      `expected a map of ${known.join(', ')}; got ${describeNode(field.value)}`,
    );
    return undefined;
  }
  return fieldsOf(field.value, field.path, known, problems);
}

/** A path relative to the repository root (absolute paths would not mean the same on another machine). */
function readRelativePath(node: Node | null, key: string, problems: YamlProblems): string | undefined {
  const value = readString(node, key, problems);
  if (value !== undefined && isAbsolute(value)) {
    problems.add(node, key, 'must be relative to the repository root');
    return undefined;
  }
  return value;
}

function readDirect(field: Field, problems: YamlProblems): DirectEnvironmentConfig | undefined {
  const fields = sectionFields(field, DIRECT_KEYS, problems);
  if (!fields) return undefined;
  for (const required of ['start', 'stop']) {
    if (!fields.has(required)) {
      problems.add(
        field.value,
        `${field.path}.${required}`,
        `missing: the program and arguments that ${required} the environment, e.g. [node, ${required}.mjs]`,
      );
    }
  }
  const sensitive = read(fields, 'sensitive', readStringList, problems) ?? [];
  for (const name of sensitive) {
    if (!OUTPUT_NAME.test(name))
      problems.add(
        fields.get('sensitive')!.value,
        `${field.path}.sensitive`,
        `"${name}" is not an output name (letters, digits, _ and -)`,
      );
  }
  const start = read(fields, 'start', readArgv, problems);
  const stop = read(fields, 'stop', readArgv, problems);
  const outputs = read(fields, 'outputs', readString, problems) ?? 'outputs.json';
  if (!start || !stop) return undefined;
  return { start, stop, outputs, sensitive };
}

export function readEnvironment(field: Field, problems: YamlProblems): EnvironmentConfig | undefined {
  const fields = sectionFields(field, ENVIRONMENT_KEYS, problems);
  if (!fields) return undefined;
  const workingDirectory = read(fields, 'working-directory', readRelativePath, problems);
  if (!fields.has('working-directory')) {
    problems.add(
      field.value,
      `${field.path}.working-directory`,
      'missing: the directory of the Terraform configuration, e.g. infra/test-env',
    );
  }
  const direct = fields.get('without-terraform');
  const ms = (name: string, fallback: string) =>
    read(fields, name, readDuration, problems) ?? parseDurationMs(fallback)!;
  const environment: EnvironmentConfig = {
    workingDirectory: workingDirectory ?? '.',
    backend: read(fields, 'backend', oneOfReader(BACKENDS), problems) ?? PROVISION_DEFAULTS.backend,
    backendConfig: read(fields, 'backend-config', readStringList, problems) ?? [],
    vars: read(fields, 'vars', readEnv, problems) ?? {},
    destroy: read(fields, 'destroy', oneOfReader(DESTROY_POLICIES), problems) ?? PROVISION_DEFAULTS.destroy,
    preserveOnFailure:
      read(fields, 'preserve-on-failure', readBoolean, problems) ?? PROVISION_DEFAULTS['preserve-on-failure'],
    ttlMs: ms('ttl', PROVISION_DEFAULTS.ttl),
    lockTimeoutMs: ms('lock-timeout', PROVISION_DEFAULTS['lock-timeout']),
  };
  if (direct) environment.withoutTerraform = readDirect(direct, problems);
  return environment;
}

export function readSeed(field: Field, problems: YamlProblems): SeedConfig | undefined {
  const fields = sectionFields(field, SEED_KEYS, problems);
  if (!fields) return undefined;
  const seed: SeedConfig = {
    waitFor: read(fields, 'wait-for', readStringList, problems) ?? [],
    timeoutMs: read(fields, 'timeout', readDuration, problems) ?? parseDurationMs(SEED_DEFAULTS.timeout)!,
    migrations: read(fields, 'migrations', readRelativePath, problems),
    datasets: read(fields, 'datasets', readRelativePath, problems),
    dataset: read(fields, 'dataset', readString, problems),
    checkWritable: read(fields, 'check-writable', readBoolean, problems) ?? false,
  };
  if (seed.dataset !== undefined && seed.datasets === undefined) {
    problems.add(
      fields.get('dataset')!.keyNode,
      `${field.path}.dataset`,
      'names a data set of datasets: add datasets: <file>',
    );
  }
  return seed;
}

export function readNotify(field: Field, problems: YamlProblems): NotifyConfig | undefined {
  const fields = sectionFields(field, NOTIFY_KEYS, problems);
  if (!fields) return undefined;
  return {
    on: read(fields, 'on', oneOfReader(NOTIFY_ON), problems) ?? NOTIFY_DEFAULTS.on,
    directory: read(fields, 'directory', readRelativePath, problems),
    minPassRate: read(fields, 'min-pass-rate', readPercent, problems) ?? NOTIFY_DEFAULTS['min-pass-rate'],
    topN: read(fields, 'top-n', readTopN, problems) ?? NOTIFY_DEFAULTS['top-n'],
    slackChannel: read(fields, 'slack-channel', readString, problems),
    emailTo: read(fields, 'email-to', readStringList, problems) ?? [],
    mentionOnFailure: read(fields, 'mention-on-failure', readString, problems),
  };
}
