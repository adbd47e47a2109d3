// The command runner on a real program: a node script that writes its own JUnit file.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePipelineConfig } from '../src/pipeline-config/index.js';
import { runnerFor } from '../src/runners/index.js';
import { runShardAttempts } from '../src/shard/index.js';

const SCRIPT = `
const { mkdirSync, writeFileSync, existsSync, readFileSync } = require('node:fs');
const runs = existsSync('runs') ? Number(readFileSync('runs', 'utf8')) + 1 : 1;
writeFileSync('runs', String(runs));
console.log('load test run ' + runs);
const failure = runs === 1 ? '<failure message="p95 latency 900ms &gt; 500ms"/>' : '';
mkdirSync('out', { recursive: true });
writeFileSync('out/perf.xml', '<testsuites><testsuite name="perf" tests="2">' +
  '<testcase classname="perf" name="checkout p95" time="1.5">' + failure + '</testcase>' +
  '<testcase classname="perf" name="search p95" time="0.5"/></testsuite></testsuites>');
process.exit(runs === 1 ? 1 : 0);
`;

let project: string;
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-command-'));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

it('ingests the JUnit the command writes, and reruns the whole command on failure', async () => {
  await writeFile(join(project, 'perf.cjs'), SCRIPT);
  const yaml = `version: 1\nsuites:\n  - name: performance\n    runner: command\n    command: [${JSON.stringify(process.execPath)}, perf.cjs]\n    junit: out/*.xml\n    retries: 1\n    retry-max-failure-ratio: 0.5\n`;
  const result = parsePipelineConfig(yaml);
  const suite = result.config!.suites[0]!;
  const lines: string[] = [];
  const outcome = await runShardAttempts({
    suite,
    units: await runnerFor('command').discover(suite, project),
    resultsDir: join(project, 'results', 'performance-1'),
    shardName: 'performance-1',
    log: { info: (line: string) => lines.push(line), warning: (line: string) => lines.push(line) },
    rootDir: project,
    retryDelay: { baseDelayMs: 0, maxDelayMs: 0 },
  });
  expect(outcome).toMatchObject({ status: 'passed', total: 2, failed: 0, flaky: 1, attempts: 2 });
  expect(outcome.commands.map((c) => c.args)).toEqual([['perf.cjs'], ['perf.cjs']]);
  expect(lines).toEqual(expect.arrayContaining(['load test run 1', 'load test run 2']));
  const junit = await readFile(outcome.junitPath, 'utf8');
  expect(junit).toMatch(/<testcase name="checkout p95"[^>]*>\s*<flakyFailure message="p95 latency 900ms &gt; 500ms"/);
});

it('two runner suites with a test of the same class and name stay two tests once both belong to the config suite', async () => {
  // The shard renames every result's suite to the testpipe.yml suite; a failure in one of the pair must
  // still be counted, never merged into the passing twin.
  await writeFile(
    join(project, 'twins.cjs'),
    `require('node:fs').writeFileSync(process.env.TESTPIPE_JUNIT_PATH, '<testsuites>' +
      '<testsuite name="chrome" tests="1"><testcase classname="login" name="works" time="0.1"/></testsuite>' +
      '<testsuite name="firefox" tests="1"><testcase classname="login" name="works" time="0.1"><failure message="button missing"/></testcase></testsuite>' +
      '</testsuites>'); process.exit(1);`,
  );
  const yaml = `version: 1\nsuites:\n  - name: browsers\n    runner: command\n    command: [${JSON.stringify(process.execPath)}, twins.cjs]\n    retries: 0\n`;
  const suite = parsePipelineConfig(yaml).config!.suites[0]!;
  const outcome = await runShardAttempts({
    suite,
    units: await runnerFor('command').discover(suite, project),
    resultsDir: join(project, 'results', 'browsers-1'),
    shardName: 'browsers-1',
    log: { info: () => {}, warning: () => {} },
    rootDir: project,
  });
  expect(outcome).toMatchObject({ status: 'failed', total: 2, failed: 1 });
  expect(await readFile(outcome.junitPath, 'utf8')).toContain('button missing');
});
