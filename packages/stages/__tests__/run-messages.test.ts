// What a shard says when it cannot do its job: a missing working directory or program, a suite timeout.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestReportMetrics } from '@testpipe/core';
import { parsePipelineConfig, type SuiteConfig } from '../src/pipeline-config/index.js';
import { runnerFor } from '../src/runners/index.js';
import { programNotFoundHint } from '../src/runners/find-program.js';
import { runShardAttempts } from '../src/shard/index.js';

const MISSING_PROGRAM = 'testpipe-no-such-program';

let project: string;
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-run-messages-'));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function suiteOf(lines: string): SuiteConfig {
  const result = parsePipelineConfig(`version: 1\nsuites:\n  - name: checks\n    runner: command\n${lines}`);
  if (!result.config) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.config.suites[0]!;
}

async function runShard(suite: SuiteConfig) {
  const lines: string[] = [];
  const outcome = await runShardAttempts({
    suite,
    units: [{ id: suite.name }],
    resultsDir: join(project, 'results', 'checks-1'),
    shardName: 'checks-1',
    log: { info: (line: string) => lines.push(line), warning: (line: string) => lines.push(`warning: ${line}`) },
    rootDir: project,
    killGraceMs: 200,
    retryDelay: { baseDelayMs: 0, maxDelayMs: 0 },
  });
  return { outcome, lines };
}

it('a program missing at run time gets the same install hint as at discovery', async () => {
  const suite = suiteOf(
    `    command: [${MISSING_PROGRAM}]\n    discover:\n      command: [${MISSING_PROGRAM}, --list]\n`,
  );
  const hint = programNotFoundHint(MISSING_PROGRAM);
  await expect(runnerFor('command').discover(suite, project)).rejects.toThrow(hint);
  const { outcome, lines } = await runShard(suite);
  expect(outcome.status).toBe('errored');
  expect(lines).toContainEqual(
    expect.stringContaining(`could not start ${MISSING_PROGRAM}: spawn ${MISSING_PROGRAM} ENOENT; ${hint}`),
  );
});

it('a working directory missing at run time is named, not reported as a missing program', async () => {
  const suite = suiteOf(
    `    command: [${JSON.stringify(process.execPath)}, -e, '0']\n    working-directory: gone/away\n`,
  );
  const { outcome, lines } = await runShard(suite);
  expect(outcome.status).toBe('errored');
  expect(lines).toContainEqual(
    expect.stringContaining(`the working directory ${join(project, 'gone/away')} does not exist`),
  );
  expect(lines.join('\n')).not.toContain('installed and on PATH');
});

it("a suite timeout's message and recommendation point at timeout in testpipe.yml", async () => {
  const suite = suiteOf(
    `    command: [${JSON.stringify(process.execPath)}, -e, 'setTimeout(() => {}, 60000)']\n    timeout: 1s\n`,
  );
  const { outcome } = await runShard(suite);
  expect(outcome.status).toBe('timed-out');
  const metrics = await ingestReportMetrics([outcome.junitPath]);
  const timeout = metrics.categories.timeout!;
  expect(timeout.count).toBe(1);
  expect(timeout.recommendation).toMatch(/suite's timeout in testpipe\.yml/);
  expect(await readFile(outcome.junitPath, 'utf8')).toContain('raise timeout for suite checks in testpipe.yml');
});
