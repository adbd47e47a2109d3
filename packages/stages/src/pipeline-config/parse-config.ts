// testpipe.yml → PipelineConfig. Every problem is collected with its line, then thrown together.
import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '@testpipe/core';
import { PipelineConfigInvalidError } from './config-error.js';
import {
  integerReader,
  oneOfReader,
  readArgv,
  readDuration,
  readEnv,
  readRatio,
  readShards,
  readString,
  readStringList,
} from './field-readers.js';
import {
  DEFAULT_GRANULARITY,
  RUNNER_NAMES,
  SUITE_DEFAULTS,
  type DiscoverConfig,
  type PipelineConfig,
  type RunnerName,
  type SuiteConfig,
} from './pipeline-config.js';
import { fieldsOf, read, type Field, type Fields } from './fields.js';
import { readEnvironment, readNotify, readSeed } from './stage-sections.js';
import { closest, describeNode, parseYamlWithProblems, type YamlProblems } from './yaml-problems.js';

const TOP_KEYS = ['version', 'defaults', 'suites', 'environment', 'seed', 'notify'];
const SUITE_KEYS = [
  'name',
  'runner',
  'working-directory',
  'discover',
  'command',
  'env',
  'timeout',
  'kill-grace-period',
  'python',
  'retries',
  'retry-max-failure-ratio',
  'shards',
  'max-parallel',
  'granularity',
  'artifacts',
  'junit',
];
const DEFAULTS_KEYS = SUITE_KEYS.filter((key) => key !== 'name');
const DISCOVER_KEYS = ['glob', 'command'];
const SUITE_NAME = /^[a-z0-9-]{1,63}$/;

const readRetries = integerReader(0, 5, 'retries of failed tests');
const readMaxParallel = integerReader(1, 256, 'shards running at once');
const readRunner = oneOfReader(RUNNER_NAMES);
const readGranularity = oneOfReader(['test', 'file'] as const);

function readDiscover(field: Field, problems: YamlProblems): DiscoverConfig | undefined {
  if (!isMap(field.value)) {
    problems.add(
      field.value ?? field.keyNode,
      field.path,
      `expected a map with glob and/or command, got ${describeNode(field.value)}`,
    );
    return undefined;
  }
  const fields = fieldsOf(field.value, field.path, DISCOVER_KEYS, problems);
  const discover: DiscoverConfig = {};
  const glob = fields.get('glob');
  const command = fields.get('command');
  if (glob) discover.glob = readStringList(glob.value, glob.path, problems);
  if (command) discover.command = readArgv(command.value, command.path, problems);
  if (!glob && !command)
    problems.add(field.value, field.path, 'give glob (test files) or command (lists the tests), or remove discover');
  return discover;
}

function readSuite(
  own: Fields,
  defaults: Fields,
  node: Node,
  path: string,
  problems: YamlProblems,
): SuiteConfig | undefined {
  const fields: Fields = new Map([...defaults, ...own]);
  const before = problems.errors.length;
  const name = read(own, 'name', readString, problems);
  if (!own.has('name')) problems.add(node, `${path}.name`, 'every suite needs a name, e.g. name: api-integration');
  else if (name !== undefined && !SUITE_NAME.test(name)) {
    problems.add(
      own.get('name')!.value,
      `${path}.name`,
      `"${name}" is not a valid suite name: use lowercase letters, digits and -, e.g. api-integration`,
    );
  }
  const runnerField = fields.get('runner');
  const runner = runnerField ? read(fields, 'runner', readRunnerWithHint, problems) : undefined;
  if (!runnerField)
    problems.add(node, `${path}.runner`, `every suite needs a runner: one of ${RUNNER_NAMES.join(', ')}`);
  const workingDirectory = read(fields, 'working-directory', readString, problems) ?? SUITE_DEFAULTS.workingDirectory;
  if (isAbsolute(workingDirectory)) {
    problems.add(
      fields.get('working-directory')!.value,
      fields.get('working-directory')!.path,
      'must be relative to the repository root',
    );
  }
  const discoverField = fields.get('discover');
  const discover = discoverField && readDiscover(discoverField, problems);
  const command = read(fields, 'command', readArgv, problems);
  if (runner === 'command' && !fields.has('command')) {
    problems.add(
      node,
      `${path}.command`,
      'the command runner needs command: the program and its arguments, e.g. [k6, run, load.js]',
    );
  }
  const junitField = fields.get('junit');
  const junit = read(fields, 'junit', readStringList, problems);
  if (junitField && runner !== undefined && runner !== 'command') {
    problems.add(
      junitField.keyNode,
      junitField.path,
      `only the command runner reads junit; the ${runner} adapter writes its own JUnit XML, remove the key`,
    );
  }
  const python = readPython(own, defaults, runner, problems);
  const env = { ...read(defaults, 'env', readEnv, problems), ...read(own, 'env', readEnv, problems) };
  const suite = {
    name,
    runner,
    workingDirectory,
    env,
    timeoutMs: read(fields, 'timeout', readDuration, problems) ?? SUITE_DEFAULTS.timeoutMs,
    killGraceMs: read(fields, 'kill-grace-period', readDuration, problems) ?? SUITE_DEFAULTS.killGraceMs,
    retries: read(fields, 'retries', readRetries, problems) ?? SUITE_DEFAULTS.retries,
    retryMaxFailureRatio:
      read(fields, 'retry-max-failure-ratio', readRatio, problems) ?? SUITE_DEFAULTS.retryMaxFailureRatio,
    shards: read(fields, 'shards', readShards, problems) ?? SUITE_DEFAULTS.shards,
    maxParallel: read(fields, 'max-parallel', readMaxParallel, problems) ?? SUITE_DEFAULTS.maxParallel,
    granularity: read(fields, 'granularity', readGranularity, problems) ?? (runner && DEFAULT_GRANULARITY[runner]),
    artifacts: read(fields, 'artifacts', readStringList, problems) ?? [],
  };
  if (problems.errors.length > before || suite.name === undefined || suite.runner === undefined) return undefined;
  const result: SuiteConfig = { ...suite, name: suite.name, runner: suite.runner, granularity: suite.granularity! };
  if (discover) result.discover = discover;
  if (command) result.command = command;
  if (junit) result.junit = junit;
  if (python) result.python = python;
  return result;
}

/**
 * The pytest interpreter: a suite's own `python` (refused on other runners, which would ignore it), else
 * `defaults.python` for pytest suites only, so one default can serve a config that mixes runners.
 */
function readPython(
  own: Fields,
  defaults: Fields,
  runner: RunnerName | undefined,
  problems: YamlProblems,
): string | undefined {
  const field = own.get('python');
  if (field && runner !== undefined && runner !== 'pytest') {
    problems.add(
      field.keyNode,
      field.path,
      `only pytest suites use python (the interpreter that runs pytest); the ${runner} runner ignores it, remove the key`,
    );
    return undefined;
  }
  if (runner !== 'pytest') return undefined;
  return read(own, 'python', readString, problems) ?? read(defaults, 'python', readString, problems);
}

const readRunnerWithHint = (node: Node | null, key: string, problems: YamlProblems) => {
  const value = isScalar(node) ? node.value : undefined;
  if (typeof value === 'string' && !(RUNNER_NAMES as readonly string[]).includes(value)) {
    const guess = closest(value, RUNNER_NAMES);
    problems.add(
      node,
      key,
      `unknown runner "${value}"${guess ? ` (did you mean ${guess}?)` : ''}; use one of ${RUNNER_NAMES.join(', ')}`,
    );
    return undefined;
  }
  return readRunner(node, key, problems);
};

function readSuites(field: Field | undefined, defaults: Fields, problems: YamlProblems, root: Node): SuiteConfig[] {
  if (!field) {
    problems.add(root, 'suites', 'missing: list the test suites to run, e.g. suites: [{ name: unit, runner: pytest }]');
    return [];
  }
  if (isSeq(field.value) && field.value.items.length === 0) {
    problems.add(
      field.value,
      'suites',
      'is empty: list at least one suite, e.g. suites: [{ name: unit, runner: pytest }]',
    );
    return [];
  }
  if (!isSeq(field.value)) {
    problems.add(
      field.value ?? field.keyNode,
      'suites',
      `expected a list of at least one suite, got ${describeNode(field.value)}`,
    );
    return [];
  }
  const suites: SuiteConfig[] = [];
  const firstLineOf = new Map<string, number | undefined>();
  field.value.items.forEach((item, index) => {
    const path = `suites[${index}]`;
    const node = item as Node;
    if (!isMap(node)) {
      problems.add(node, path, `expected a map with name and runner, got ${describeNode(node)}`);
      return;
    }
    const own = fieldsOf(node, path, SUITE_KEYS, problems);
    const nameNode = own.get('name')?.value;
    const name = isScalar(nameNode) ? String(nameNode.value) : undefined;
    if (name !== undefined) {
      const line = nameNode?.range ? problems.lineOf(nameNode.range[0]) : undefined;
      if (firstLineOf.has(name)) {
        const first = firstLineOf.get(name);
        problems.add(
          nameNode,
          `${path}.name`,
          `duplicate suite name "${name}" (first used${first ? ` on line ${first}` : ''}); suite names must be unique`,
        );
      } else firstLineOf.set(name, line);
    }
    const suite = readSuite(own, defaults, node, path, problems);
    if (suite) suites.push(suite);
  });
  return suites;
}

/** The sections `testpipe pipeline` runs around the tests; the action path reads only the suites. */
function readStageSections(
  top: Fields,
  problems: YamlProblems,
): Pick<PipelineConfig, 'environment' | 'seed' | 'notify'> {
  const sections: Pick<PipelineConfig, 'environment' | 'seed' | 'notify'> = {};
  const environment = top.get('environment');
  const seed = top.get('seed');
  const notify = top.get('notify');
  if (environment) sections.environment = readEnvironment(environment, problems);
  if (seed) sections.seed = readSeed(seed, problems);
  if (notify) sections.notify = readNotify(notify, problems);
  return sections;
}

/** Parses and validates testpipe.yml text; `errors` lists every problem, in file order. */
export function parsePipelineConfig(
  text: string,
  file = 'testpipe.yml',
): { config: PipelineConfig; errors: [] } | { config: undefined; errors: YamlProblems['errors'] } {
  const { document, problems } = parseYamlWithProblems(text, file);
  if (document.errors.length > 0) return { config: undefined, errors: problems.errors };
  const root = document.contents as Node | null;
  if (!isMap(root)) {
    problems.add(root, undefined, `expected a map with version and suites at the top, got ${describeNode(root)}`);
    return { config: undefined, errors: problems.errors };
  }
  const top = fieldsOf(root, '', TOP_KEYS, problems);
  const version = top.get('version');
  if (!version) problems.add(root, 'version', 'missing: add version: 1 at the top');
  else if (!isScalar(version.value) || version.value.value !== 1) {
    problems.add(
      version.value ?? version.keyNode,
      'version',
      `only version 1 exists, got ${describeNode(version.value)}; write version: 1`,
    );
  }
  let defaults: Fields = new Map();
  const defaultsField = top.get('defaults');
  if (defaultsField && !isMap(defaultsField.value)) {
    problems.add(
      defaultsField.value ?? defaultsField.keyNode,
      'defaults',
      `expected a map of suite keys, got ${describeNode(defaultsField.value)}`,
    );
  } else if (defaultsField && isMap(defaultsField.value)) {
    defaults = fieldsOf(defaultsField.value, 'defaults', DEFAULTS_KEYS, problems);
  }
  const suites = readSuites(top.get('suites'), defaults, problems, root);
  const sections = readStageSections(top, problems);
  const errors = problems.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  if (errors.length > 0) return { config: undefined, errors };
  return { config: { version: 1, file, suites, ...sections }, errors: [] };
}

/** Reads testpipe.yml; throws PipelineConfigInvalidError listing every problem. */
export async function loadPipelineConfig(path: string): Promise<PipelineConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : undefined;
    if (what === undefined) throw error;
    throw new ConfigurationError(`${path} ${what}; point the "config" input (testpipe --config) at your testpipe.yml.`);
  }
  const result = parsePipelineConfig(text, path);
  if (result.config === undefined) throw new PipelineConfigInvalidError(path, result.errors);
  return result.config;
}

/** The config with only the named suites (all when none are named); an unknown name is a ConfigurationError. */
export function selectSuites(config: PipelineConfig, names: readonly string[]): PipelineConfig {
  if (names.length === 0) return config;
  const known = config.suites.map((suite) => suite.name);
  const unknown = names.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `${config.file} has no suite ${unknown.map((n) => `"${n}"`).join(', ')}; its suites are: ${known.join(', ')}.`,
    );
  }
  return { ...config, suites: config.suites.filter((suite) => names.includes(suite.name)) };
}
