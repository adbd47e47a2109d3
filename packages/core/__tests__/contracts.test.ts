// The data contracts (DESIGN "Data contracts"): versions, JSON errors, and the plan, env, audit and timings
// files. metrics.json and the CTRF documents are in contracts-reports.test.ts.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AUDIT_FILE,
  checkSchemaVersion,
  CONTRACT_VERSIONS,
  ContractError,
  ContractVersionError,
  ENV_FILE,
  parseAuditLog,
  parseEnvironmentFile,
  parseJsonText,
  parsePipelinePlan,
  parseTimingsContract,
  PLAN_FILE,
  readAuditFile,
  readEnvFile,
  readPlanFile,
  readTimingsFile,
  TESTPIPE_VERSION,
  TIMINGS_FILE,
  writeJsonContract,
  type AuditLog,
  type EnvironmentFile,
  type PipelinePlan,
} from '../src/contracts/index.js';
import { UserError } from '../src/errors/index.js';
import { planShards } from '../src/planning/index.js';
import { buildTimings, TimingsFormatError } from '../src/timings/index.js';
import { REMOVE, spoiled, thrown } from './contract-helpers.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-contracts-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejected(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function samplePlan(): PipelinePlan {
  const api = planShards({
    suite: 'api',
    units: ['tests/a.py', 'tests/b.py', 'tests/c.py'].map((id) => ({ id })),
    granularity: 'file',
    shards: 2,
  });
  const web = planShards({ suite: 'web', units: [{ id: 'web/x.test.ts' }], granularity: 'file', shards: 1 });
  return { schemaVersion: 1, configFile: 'testpipe.yml', suites: [api, web], planHash: 'f'.repeat(64) };
}

const sampleEnv: EnvironmentFile = {
  schemaVersion: 1,
  pipelineId: '123456-1',
  stateKey: 'testpipe/123456-1.tfstate',
  provisionedAt: '2026-03-07T09:15:00.000Z',
  outputs: { db_host: '127.0.0.1', db_port: 5432, tls: false, replica: null, subnets: ['a', 'b'], tags: { env: 'ci' } },
  workingDirectory: 'infra/ci',
  expiresAt: '2026-03-08T09:15:00Z',
};

const sampleAudit: AuditLog = {
  schemaVersion: 1,
  pipelineId: '123456-1',
  entries: [
    {
      at: '2026-03-07T09:15:00Z',
      action: 'created',
      by: { runId: '123456', runAttempt: '1', actor: 'octocat', tool: 'action' },
      resources: ['terraform_data.db'],
    },
    { at: '2026-03-07T10:00:00+01:00', action: 'destroy-failed', by: { tool: 'cli' }, reason: 'state locked' },
  ],
};

describe('versions', () => {
  it('names the file, the version found and the testpipe version that reads it when a major is newer', () => {
    const error = thrown(() => checkSchemaVersion(2, 'metrics.json', CONTRACT_VERSIONS.metrics));
    expect(error).toBeInstanceOf(ContractVersionError);
    expect(error.message).toBe(
      `metrics.json has schemaVersion 2; this testpipe (${TESTPIPE_VERSION}) reads version 1. ` +
        'Update the testpipe actions/CLI to a version that writes schemaVersion 2.',
    );
  });

  it('accepts every version from the oldest readable to the current one, and refuses one older', () => {
    const contract = { file: 'x.json', current: 3, oldestReadable: 2 };
    expect(checkSchemaVersion(2, 'x.json', contract)).toBe(2);
    expect(checkSchemaVersion(3, 'x.json', contract)).toBe(3);
    expect(thrown(() => checkSchemaVersion(4, 'x.json', contract)).message).toContain('reads versions 2 to 3');
    const older = thrown(() => checkSchemaVersion(1, 'x.json', contract));
    expect(older).toBeInstanceOf(ContractVersionError);
    expect(older.message).toMatch(/^x\.json has schemaVersion 1, written by an older testpipe;.*reads versions 2 to 3/);
  });

  it('refuses a missing or non-integer schemaVersion, naming the field', () => {
    expect(thrown(() => checkSchemaVersion(undefined, 'env.json', CONTRACT_VERSIONS.environment)).message).toMatch(
      /^env\.json: schemaVersion is missing/,
    );
    for (const bad of ['1', 1.5, 0, -1, null]) {
      expect(thrown(() => checkSchemaVersion(bad, 'env.json', CONTRACT_VERSIONS.environment)).message).toBe(
        `env.json: schemaVersion must be a positive integer (found ${JSON.stringify(bad)})`,
      );
    }
  });

  it('says the testpipe version of the package the readers ship in', async () => {
    const pkg = JSON.parse(await readFile(path.join(HERE, '..', 'package.json'), 'utf8')) as { version: string };
    expect(TESTPIPE_VERSION).toBe(pkg.version);
  });
});

describe('JSON text', () => {
  it('says a file is not valid JSON and where it stopped', () => {
    const error = thrown(() => parseJsonText('{\n  "a": 1,\n  "b": "x', 'out/env.json'));
    expect(error).toBeInstanceOf(ContractError);
    expect(error.message).toMatch(/^out\/env\.json is not valid JSON at line 3, column \d+: /);
    expect(thrown(() => parseJsonText('{"a": 1', 'env.json')).message).toMatch(
      /^env\.json is not valid JSON at line 1, column 8: /,
    );
    expect(thrown(() => parseJsonText('{"a": }', 'env.json')).message).toMatch(/^env\.json is not valid JSON.*'}'/);
    expect(thrown(() => parseJsonText(' \n', 'env.json')).message).toBe('env.json is empty, not JSON');
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(parseJsonText('\ufeff{"a": 1}', 'x.json')).toEqual({ a: 1 });
  });

  it('reports a missing file as a UserError naming it, not a bare ENOENT', async () => {
    const error = await rejected(readEnvFile(path.join(dir, 'missing', ENV_FILE)));
    expect(error.kind).toBe('environment');
    expect(error.message).toContain(path.join(dir, 'missing', ENV_FILE));
    expect(error.message).toContain('does not exist');
  });

  it('reports invalid JSON in a file with the path', async () => {
    const file = path.join(dir, 'broken', PLAN_FILE);
    await writeJsonContract(file, samplePlan());
    await writeFile(file, (await readFile(file, 'utf8')).replace('"suites"', '"suites" 1'));
    expect((await rejected(readPlanFile(file))).message).toMatch(
      new RegExp(`^${file.replace(/[.\\]/g, '\\$&')} is not valid JSON`),
    );
  });

  it('writes JSON with 2-space indent and a final newline, or compact on request', async () => {
    const file = path.join(dir, 'new', 'deeper', 'x.json');
    await writeJsonContract(file, { a: [1] });
    expect(await readFile(file, 'utf8')).toBe('{\n  "a": [\n    1\n  ]\n}\n');
    await writeJsonContract(file, { a: [1] }, { compact: true });
    expect(await readFile(file, 'utf8')).toBe('{"a":[1]}\n');
  });
});

describe(PLAN_FILE, () => {
  it('round-trips the plan the planner makes', async () => {
    const plan = samplePlan();
    const file = path.join(dir, PLAN_FILE);
    await writeJsonContract(file, plan);
    expect(await readPlanFile(file)).toEqual(plan);
  });

  it.each([
    [
      ['suites', 0, 'shards', 1, 'units'],
      'tests/a.py',
      'suites[0].shards[1].units must be an array of strings (found string)',
    ],
    [['suites', 1, 'shards', 0, 'units'], [3], 'suites[1].shards[0].units[0] must be a string (found number)'],
    [['suites', 0, 'shards', 0, 'name'], REMOVE, 'suites[0].shards[0].name is missing (must be a non-empty string)'],
    [
      ['suites', 0, 'shards', 0, 'predictedMs'],
      -1,
      'suites[0].shards[0].predictedMs must be a number >= 0 (found number)',
    ],
    [['suites'], {}, 'suites must be an array (found object)'],
    [['planHash'], 7, 'planHash must be a non-empty string (found number)'],
    [['suites', 1, 'granularity'], 'dir', 'suites[1].granularity must be one of "test", "file" (found "dir")'],
    [['suites', 0, 'schemaVersion'], 'one', 'suites[0].schemaVersion must be a positive integer (found "one")'],
  ])('names the file and the field path when %j is malformed', (at, replacement, problem) => {
    expect(thrown(() => parsePipelinePlan(spoiled(samplePlan(), at, replacement), PLAN_FILE)).message).toBe(
      `${PLAN_FILE}: ${problem}`,
    );
  });

  it('refuses two shards of the same name, which a shard job could not tell apart', () => {
    const plan = samplePlan();
    plan.suites[1]!.shards[0]!.name = plan.suites[0]!.shards[0]!.name;
    expect(thrown(() => parsePipelinePlan(plan, PLAN_FILE)).message).toBe(
      `${PLAN_FILE}: suites[1].shards[0].name "api-1" is also suites[0].shards[0].name; shard names must be unique`,
    );
  });

  it('refuses a plan (or a suite plan in it) from a newer major', () => {
    const plan = samplePlan();
    expect(thrown(() => parsePipelinePlan({ ...plan, schemaVersion: 2 }, PLAN_FILE)).message).toMatch(
      /^testpipe-plan\.json has schemaVersion 2; this testpipe \(1\.0\.0\) reads version 1\. Update/,
    );
    (plan.suites[0] as { schemaVersion: number }).schemaVersion = 5;
    expect(thrown(() => parsePipelinePlan(plan, PLAN_FILE)).message).toMatch(
      /^testpipe-plan\.json has suites\[0\]\.schemaVersion 5; /,
    );
  });

  it('refuses a document that is not an object', () => {
    expect(thrown(() => parsePipelinePlan([], PLAN_FILE)).message).toBe(
      `${PLAN_FILE} must be a JSON object (found array)`,
    );
  });
});

describe(ENV_FILE, () => {
  it('round-trips, with optional fields present or absent', async () => {
    const file = path.join(dir, ENV_FILE);
    await writeJsonContract(file, sampleEnv);
    expect(await readEnvFile(file)).toEqual(sampleEnv);
    const { workingDirectory: _w, expiresAt: _e, ...minimal } = sampleEnv;
    expect(parseEnvironmentFile(minimal, ENV_FILE)).toEqual(minimal);
  });

  it.each([
    [{ pipelineId: '' }, 'pipelineId must be a non-empty string (found string)'],
    [{ stateKey: undefined }, 'stateKey is missing (must be a non-empty string)'],
    [
      { provisionedAt: 'March 7' },
      'provisionedAt must be an ISO 8601 time such as 2026-03-07T09:15:00Z (found "March 7")',
    ],
    [{ provisionedAt: '2026-13-45T99:00:00Z' }, 'provisionedAt must be an ISO 8601 time'],
    [{ outputs: ['a'] }, 'outputs must be an object (found array)'],
    [{ outputs: { 'db-url': Number.NaN } }, 'outputs["db-url"] must be a string, number, boolean, null, list or map'],
    [{ expiresAt: 17 }, 'expiresAt must be a string (found number)'],
  ])('names the field of %j', (change, problem) => {
    expect(thrown(() => parseEnvironmentFile({ ...sampleEnv, ...change }, 'provision/env.json')).message).toContain(
      `provision/env.json: ${problem}`,
    );
  });

  it('refuses a newer major and accepts the current one', () => {
    expect(parseEnvironmentFile({ ...sampleEnv, schemaVersion: 1 }, ENV_FILE).schemaVersion).toBe(1);
    expect(thrown(() => parseEnvironmentFile({ ...sampleEnv, schemaVersion: 3 }, ENV_FILE)).message).toContain(
      'env.json has schemaVersion 3; this testpipe (1.0.0) reads version 1.',
    );
  });
});

describe(AUDIT_FILE, () => {
  it('round-trips', async () => {
    const file = path.join(dir, AUDIT_FILE);
    await writeJsonContract(file, sampleAudit);
    expect(await readAuditFile(file)).toEqual(sampleAudit);
  });

  it.each([
    [
      ['entries', 1, 'action'],
      'deleted',
      'entries[1].action must be one of "created", "kept", "destroyed", "destroy-failed", "expired" (found "deleted")',
    ],
    [['entries', 0, 'by', 'tool'], 'bot', 'entries[0].by.tool must be one of "action", "cli" (found "bot")'],
    [['entries', 0, 'by', 'runId'], 123456, 'entries[0].by.runId must be a string (found number)'],
    [['entries', 0, 'resources'], ['a', null], 'entries[0].resources[1] must be a string (found null)'],
    [['entries', 1, 'at'], '2026-03-07', 'entries[1].at must be an ISO 8601 time'],
    [['entries'], REMOVE, 'entries is missing (must be an array)'],
  ])('names the field path %j', (at, replacement, problem) => {
    expect(thrown(() => parseAuditLog(spoiled(sampleAudit, at, replacement), AUDIT_FILE)).message).toContain(
      `${AUDIT_FILE}: ${problem}`,
    );
  });

  it('refuses a newer major', () => {
    expect(() => parseAuditLog({ ...sampleAudit, schemaVersion: 2 }, AUDIT_FILE)).toThrow(ContractVersionError);
  });
});

describe(TIMINGS_FILE, () => {
  const run = {
    tests: [
      {
        id: 'a.py::::t',
        suite: 's',
        name: 't',
        file: 'a.py',
        attempts: [{ status: 'passed' as const, durationMs: 12 }],
        status: 'passed' as const,
        flaky: false,
        durationMs: 12,
      },
    ],
    files: [],
    duplicates: [],
  };

  it('round-trips what buildTimings writes', async () => {
    const timings = buildTimings(run, undefined, { now: new Date('2026-03-07T09:15:00Z') });
    const file = path.join(dir, TIMINGS_FILE);
    await writeJsonContract(file, timings);
    expect(await readTimingsFile(file)).toEqual(timings);
  });

  it('still reads pytest-split durations, which have no schemaVersion', () => {
    expect(parseTimingsContract({ 'tests/a.py::t': 1.5 }, '.test_durations').importedFrom).toBe('pytest-split');
  });

  it('refuses a newer major with the contract message, and keeps parseTimings messages for bad fields', () => {
    const timings = buildTimings(run, undefined, { now: new Date('2026-03-07T09:15:00Z') });
    expect(thrown(() => parseTimingsContract({ ...timings, schemaVersion: 2 }, TIMINGS_FILE)).message).toContain(
      'timings.json has schemaVersion 2; this testpipe (1.0.0) reads version 1.',
    );
    const bad = thrown(() => parseTimingsContract({ ...timings, runs: -1 }, 'prev/timings.json'));
    expect(bad).toBeInstanceOf(TimingsFormatError);
    expect(bad.message).toBe('Timings file prev/timings.json: "runs" must be a non-negative integer');
  });
});
