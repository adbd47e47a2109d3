// `testpipe plan`: the dry run prints what the action's plan mode would do, and runs nothing.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatDuration, nullLogger, type PipelinePlan } from '@testpipe/core';
import { runPlan } from '@testpipe/stages';
import { testpipeFromSource } from './cli-from-source.js';

interface PlanJson {
  plan: PipelinePlan;
  matrix: { include: Array<{ shard: string; suite: string; index: number }> };
  shardCount: number;
}

const CHECK_FILES = ['checks/a.mjs', 'checks/b.mjs', 'checks/c.mjs', 'checks/d.mjs'];
/** The suite's command would leave this file behind if anything ran it. */
const RAN_MARKER = 'RAN';
const CONFIG = `version: 1
suites:
  - name: checks
    runner: command
    command: [node, -e, "require('node:fs').writeFileSync('${RAN_MARKER}', '')"]
    discover:
      glob: checks/*.mjs
    shards: 2
`;
const TIMINGS = {
  schemaVersion: 1,
  updatedAt: '2026-11-01T00:00:00Z',
  runs: 2,
  tests: {},
  files: Object.fromEntries(
    CHECK_FILES.map((file, i) => [file, { durationMs: 4000 - i * 900, tests: 1, samples: 2, lastSeen: 2 }]),
  ),
};

let project: string;
beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'testpipe-plan-command-'));
  await mkdir(path.join(project, 'checks'));
  for (const file of CHECK_FILES) await writeFile(path.join(project, file), '');
  await writeFile(path.join(project, 'testpipe.yml'), CONFIG);
  await writeFile(path.join(project, 'timings.json'), JSON.stringify(TIMINGS));
});
afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

async function planJson(...args: string[]): Promise<PlanJson> {
  const result = await testpipeFromSource(['plan', '--json', ...args], { cwd: project });
  expect(result).toMatchObject({ code: 0 });
  return JSON.parse(result.stdout) as PlanJson;
}

test("without timings: each shard's tests, predicted times unknown, and the matrix; nothing runs or is written", async () => {
  const before = await readdir(project);
  const result = await testpipeFromSource(['plan'], { cwd: project });
  expect(result.code).toBe(0);
  const out = result.stdout;
  expect(out).toContain('checks: 2 shards, predicted unknown (no timings yet)');
  expect(out).toMatch(
    / {2}checks-1: 2 test files, predicted unknown \(no timings yet\)\n {4}checks\/\w\.mjs\n {4}checks\/\w\.mjs\n/,
  );
  expect(out).toMatch(/ {2}checks-2: 2 test files, predicted unknown \(no timings yet\)\n/);
  for (const file of CHECK_FILES) expect(out).toContain(`    ${file}\n`);
  expect(out).toContain(
    '{"include":[{"shard":"checks-1","suite":"checks","index":1},{"shard":"checks-2","suite":"checks","index":2}]}',
  );
  expect(existsSync(path.join(project, RAN_MARKER))).toBe(false);
  expect(await readdir(project)).toEqual(before);
});

test('plans exactly as the stage the action and `testpipe run` call, with the predicted times in core format', async () => {
  const fromCli = await planJson('--timings', 'timings.json');
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-plan-stage-'));
  try {
    const fromStage = await runPlan(
      { configFile: 'testpipe.yml', rootDir: project, timingsFile: 'timings.json', workDir, timingsAdvice: '' },
      { logger: nullLogger },
    );
    expect(fromCli.plan).toEqual(fromStage.plan);
    expect(fromCli.matrix).toEqual(fromStage.matrix);
    expect(fromCli.shardCount).toBe(2);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }

  const text = (await testpipeFromSource(['plan', '--timings', 'timings.json'], { cwd: project })).stdout;
  const [suite] = fromCli.plan.suites;
  expect(text).toContain(`checks: 2 shards, predicted ${formatDuration(suite!.makespanMs)}, 100 % with known timings`);
  for (const shard of suite!.shards) {
    expect(text).toContain(`  ${shard.name}: 2 test files, predicted ${formatDuration(shard.predictedMs)}\n`);
  }
  expect(text).not.toContain('unknown');
});

test('--shards overrides the suite, --json prints the plan and the matrix only', async () => {
  const { plan, matrix, shardCount } = await planJson('--shards', '4');
  expect(shardCount).toBe(4);
  expect(plan.suites[0]!.shards.map((shard) => shard.units)).toEqual(CHECK_FILES.map((file) => [file]));
  expect(matrix.include.map((entry) => entry.shard)).toEqual(['checks-1', 'checks-2', 'checks-3', 'checks-4']);
});
