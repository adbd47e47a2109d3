// The seed bundle (dist/seed/index.js) run as the runner runs it, against a real PostgreSQL server.
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import {
  createTestDatabase,
  describeStep,
  queryDatabase,
  removeDir,
  runStep,
  startLocalPostgres,
  startScriptedHttpServer,
  tempWorkspace,
  type InputValue,
  type LocalPostgres,
  type StepResult,
} from '@testpipe/testkit';

jest.setTimeout(180_000);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ACTION_YML = path.join(repoRoot, 'seed', 'action.yml');
const FIXTURES = path.join(repoRoot, 'packages', 'stages', '__tests__', 'fixtures', 'seed');
const PASSWORD = 'seed-action-secret-77';

let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres({ password: PASSWORD });
});
afterAll(async () => server?.close());

async function workspace(): Promise<string> {
  const dir = await tempWorkspace();
  await cp(path.join(FIXTURES, 'migrations'), path.join(dir, 'db', 'migrations'), { recursive: true });
  await cp(path.join(FIXTURES, 'datasets.yml'), path.join(dir, 'db', 'datasets.yml'));
  return dir;
}

function seedStep(dir: string, inputs: Record<string, InputValue>): Promise<StepResult> {
  return runStep({ actionYml: ACTION_YML, workspace: dir, inputs: { migrations: 'db/migrations', ...inputs } });
}

function expectSuccess(result: StepResult): void {
  if (result.exitCode !== 0) throw new Error(`expected success, got:\n${describeStep(result)}`);
}

/** What the step printed, less the ::add-mask:: commands the runner consumes. */
function printed(result: StepResult): string[] {
  const visible = (text: string) =>
    text
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
  return [visible(result.rawStdout), visible(result.rawStderr), result.summary];
}

function errorsOf(result: StepResult): string {
  return result.annotations
    .filter((a) => a.level === 'error')
    .map((a) => a.message)
    .join('\n');
}

test('waits, migrates, seeds and checks; a re-run is a no-op for migrations and needs force for data', async () => {
  const dir = await workspace();
  const url = await createTestDatabase(server, 'action');
  const http = await startScriptedHttpServer({ statuses: [503, 200] });
  try {
    const inputs = {
      'database-url': url,
      'wait-for': `${http.url}/health`,
      datasets: 'db/datasets.yml',
      dataset: 'shop',
    };
    const first = await seedStep(dir, inputs);
    expectSuccess(first);
    expect(first.outputs['schema-version']).toBe('2');
    expect(first.outputs['migrations-applied']).toBe('3');
    expect(JSON.parse(first.outputs.rows!)).toEqual({ users: 100, orders: 500, payments: 500 });
    expect(first.outputs['checks-failed']).toBe('0');
    expect(first.summary).toMatch(/\| http:\/\/127\.0\.0\.1:\d+\/health \| http \| 2 \| ready \|/);
    expect(first.summary).toMatch(/\| postgres(ql)?:\/\/postgres:\*\*\*@127\.0\.0\.1/);
    const junit = await readFile(path.join(dir, 'testpipe-results', 'seed', 'seed-checks.xml'), 'utf8');
    expect(junit).toContain('tests="6" failures="0"');
    for (const text of [...printed(first), junit]) expect(text).not.toContain(PASSWORD);

    const again = await seedStep(dir, inputs);
    expect(again.outputs['migrations-applied']).toBe('0');
    expect(errorsOf(again)).toContain('Refusing to truncate users, orders, payments');

    const forced = await seedStep(dir, { ...inputs, force: true });
    expectSuccess(forced);
    expect(forced.outputs.checksum).toBe(first.outputs.checksum);
    const history = await queryDatabase(url, 'SELECT checksum FROM testpipe_seed_history');
    expect(history).toEqual([{ checksum: first.outputs.checksum }, { checksum: first.outputs.checksum }]);
  } finally {
    await http.close();
    await removeDir(dir);
  }
});

test('a migration with a syntax error fails the step naming the file and line', async () => {
  const dir = await workspace();
  await writeFile(
    path.join(dir, 'db', 'migrations', 'V3__broken.sql'),
    'CREATE TABLE ok (id int);\n\nCREATE TABEL broken (id int);\n',
  );
  try {
    const result = await seedStep(dir, { 'database-url': await createTestDatabase(server, 'action') });
    expect(result.exitCode).toBe(1);
    expect(errorsOf(result)).toContain(
      `${path.join(dir, 'db', 'migrations', 'V3__broken.sql')}:3: syntax error at or near "TABEL"`,
    );
  } finally {
    await removeDir(dir);
  }
});

test('a wrong password fails the health check without printing it', async () => {
  const wrong = 'not-the-password-123';
  const result = await seedStep(await workspace(), {
    'database-url': `postgres://postgres:${wrong}@127.0.0.1:${server.port}/postgres`,
  });
  expect(result.exitCode).toBe(1);
  expect(errorsOf(result)).toContain('authentication failed for user "postgres"');
  for (const text of printed(result)) expect(text).not.toContain(wrong);
});

test('a datasets.yml mistake fails the step naming the key and line', async () => {
  const dir = await workspace();
  await writeFile(
    path.join(dir, 'db', 'datasets.yml'),
    'datasets:\n  shop:\n    version: v1\n    tables:\n      users:\n        rows: 10\n        columns:\n          tier: { choise: [a, b] }\n',
  );
  const result = await seedStep(dir, {
    'database-url': await createTestDatabase(server, 'action'),
    datasets: 'db/datasets.yml',
  });
  expect(result.exitCode).toBe(1);
  expect(errorsOf(result)).toMatch(
    /db\/datasets\.yml:8:\d+: datasets\.shop\.tables\.users\.columns\.tier\.choise: unknown generator; did you mean "choice"\?/,
  );
  await removeDir(dir);
});
