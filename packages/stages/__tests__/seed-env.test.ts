// env.json from provision: endpoints for wait-for, and a provisioned database this pipeline may re-seed.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { jest } from '@jest/globals';
import { writeJsonContract } from '@testpipe/core';
import { createTestDatabase, startLocalPostgres, startScriptedHttpServer, type LocalPostgres } from '@testpipe/testkit';
import { runSeed, type SeedInput } from '../src/seed/index.js';
import { ports, tempFiles } from './seed-helpers.js';

jest.setTimeout(60_000);

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'seed');
let server: LocalPostgres;
beforeAll(async () => {
  server = await startLocalPostgres();
});
afterAll(async () => server?.close());

function input(root: string, extra: Partial<SeedInput>): SeedInput {
  return {
    databaseUrlName: 'Input "database-url"',
    databaseCreatedByPipeline: false,
    waitFor: '',
    timeoutMs: 10_000,
    checkWritable: false,
    migrations: path.join(FIXTURES, 'migrations'),
    allowDrift: false,
    validateOnly: false,
    datasets: path.join(FIXTURES, 'datasets.yml'),
    dataset: 'shop',
    mask: true,
    force: false,
    loadMethod: 'copy',
    junitPath: 'seed.xml',
    rootDir: root,
    envFile: 'env.json',
    ...extra,
  };
}

test('a provisioned database_url is used and, being this pipeline’s, may be re-seeded without force', async () => {
  const http = await startScriptedHttpServer({ statuses: [200] });
  const root = await tempFiles({});
  const url = await createTestDatabase(server, 'env');
  await writeJsonContract(path.join(root, 'env.json'), {
    schemaVersion: 1,
    pipelineId: '4711-2',
    stateKey: 'testpipe/4711-2',
    provisionedAt: new Date().toISOString(),
    outputs: { database_url: url, api_url: http.url },
  });
  try {
    const first = await runSeed(input(root, { waitFor: '${outputs.api_url}/health' }), ports());
    expect(first.error).toBeUndefined();
    expect(first.health.map((h) => h.target)).toEqual([expect.stringContaining('/env_'), `${http.url}/health`]);
    const second = await runSeed(input(root, {}), ports());
    expect(second.error).toBeUndefined();
    expect(second.seeded?.checksum).toBe(first.seeded?.checksum);
    const unknown = await runSeed(input(root, { waitFor: '${outputs.web_url}' }), ports());
    expect(unknown.error?.message).toBe(
      'wait-for uses ${outputs.web_url}, which env.json does not have (outputs: database_url, api_url).',
    );
  } finally {
    await http.close();
  }
});

test('HTTP probes of the data set are smoke checks: a wrong status fails the step naming the probe', async () => {
  const healthy = await startScriptedHttpServer({ statuses: [200] });
  const broken = await startScriptedHttpServer({ statuses: [503] });
  const yml = `datasets:\n  tiny:\n    version: v1\n    tables:\n      users:\n        rows: 3\n        columns:\n          id: sequence\n          name: name\n          email: email\n          tier: { constant: free }\n          signed_up: { date: [0, 0] }\n    checks:\n      http:\n        - name: api lists users\n          url: ${healthy.url}/users\n        - name: admin is up\n          url: ${broken.url}/admin\n          status: 200\n`;
  const root = await tempFiles({ 'datasets.yml': yml });
  try {
    const result = await runSeed(
      input(root, {
        databaseUrl: await createTestDatabase(server, 'probe'),
        envFile: undefined,
        datasets: 'datasets.yml',
        dataset: 'tiny',
      }),
      ports(),
    );
    expect(result.checks.filter((c) => c.group === 'http').map((c) => [c.name, c.passed])).toEqual([
      ['api lists users', true],
      ['admin is up', false],
    ]);
    expect(result.error?.message).toMatch(
      /^Seed smoke check failed: admin is up: GET http:\/\/127\.0\.0\.1:\d+\/admin answered 503, expected 200$/,
    );
  } finally {
    await healthy.close();
    await broken.close();
  }
});
