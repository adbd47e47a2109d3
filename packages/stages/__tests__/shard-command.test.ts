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
