import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  forkPullRequestEvent,
  KEEP_TMP_ENV,
  pullRequestEvent,
  runStep,
  STEP_SUMMARY_LIMIT_BYTES,
} from '../src/runner/index.js';
import { fixtureActionYml } from './runner-test-helpers.js';

describe('runStep on a fixture action', () => {
  const leakedNames = ['GITHUB_LEAK_CHECK', 'INPUT_LEAK_CHECK', 'RUNNER_LEAK_CHECK'];
  let workspace: string;

  beforeAll(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'testpipe-runner-ws-'));
    for (const name of leakedNames) process.env[name] = 'from the test process';
  });
  afterAll(async () => {
    for (const name of leakedNames) delete process.env[name];
    await rm(workspace, { recursive: true, force: true });
  });

  test('passes inputs as the runner does and reads every file command back', async () => {
    const token = 'ghs_fixtureToken0123456789';
    const result = await runStep({
      actionYml: fixtureActionYml('echo-inputs'),
      inputs: { 'Report-Path': 'out/custom.xml' },
      token,
      github: { repository: 'acme/widgets', runId: 777, runAttempt: 2, apiUrl: 'http://127.0.0.1:9/api' },
      workspace,
    });

    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ outcome: 'success', exitCode: 0, signal: null, cancelled: false });
    expect(result.outputs).toMatchObject({
      'report-path': 'out/custom.xml',
      'retry count': '2',
      'retry-count-env': '2',
      'github-token': token,
      repository: 'acme/widgets',
      'pipeline-id': '777-2',
      'optional-note': '',
      'leaked-env': '',
      cwd: workspace,
      multiline: 'line one\nline two\n\nline four',
    });
    expect(JSON.parse(result.outputs['runner-env'] ?? '{}')).toEqual({
      workspace,
      temp: expect.stringContaining('runner-temp'),
      actions: 'true',
      ci: 'true',
      apiUrl: 'http://127.0.0.1:9/api',
    });
    expect(result.env).toEqual({ DEPLOY_TARGET: 'staging', MULTI_LINE_VAR: 'first\nsecond' });
    expect(result.path).toEqual(['/opt/testpipe/bin']);
    expect(result.summary).toContain('<h1>Echo report</h1>');
    expect(result.summaryDropped).toBeUndefined();
  });

  test('collects annotations with their file/line properties and honours stop-commands', async () => {
    const result = await runStep({ actionYml: fixtureActionYml('echo-inputs') });
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'Expected 3 tests, found 2',
        title: 'Count',
        file: 'src/a.test.ts',
        line: 12,
        endLine: 14,
      },
      { level: 'warning', message: 'Slow test', file: 'src/b.test.ts', line: 4, col: 2 },
      { level: 'notice', message: 'Shards balanced' },
      { level: 'warning', message: 'commands are back' },
    ]);
    expect(result.groups).toEqual(['Setup']);
    expect(result.debugMessages).toEqual(['resolved inputs']);
    expect(result.stdout).toContain('::error::this is only text while commands are stopped');
  });

  test('warns about inputs the action does not declare, as the runner does', async () => {
    const result = await runStep({ actionYml: fixtureActionYml('echo-inputs'), inputs: { 'no-such-input': 'x' } });
    expect(result.annotations).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/^Unexpected input\(s\) 'no-such-input', valid inputs are \['report-path'/),
    });
  });

  test('a heredoc output without its closing delimiter fails the step with the runner message', async () => {
    const result = await runStep({ actionYml: fixtureActionYml('broken-delimiter') });
    expect(result.exitCode).toBe(0);
    expect(result.outcome).toBe('failure');
    expect(result.fileCommandErrors).toEqual([
      "GITHUB_OUTPUT: Invalid value. Matching delimiter not found 'END_OF_REPORT'",
    ]);
    expect(result.annotations).toContainEqual({
      level: 'error',
      message: "Invalid value. Matching delimiter not found 'END_OF_REPORT'",
    });
  });

  test('temp dirs are removed, or kept for a failed step when TESTPIPE_KEEP_TMP=1', async () => {
    const removed = await runStep({ actionYml: fixtureActionYml('broken-delimiter') });
    expect(removed.keptTempDir).toBeUndefined();

    process.env[KEEP_TMP_ENV] = '1';
    try {
      const kept = await runStep({ actionYml: fixtureActionYml('broken-delimiter') });
      const outputFile = path.join(kept.keptTempDir ?? '<not kept>', 'file-commands', 'output');
      expect(await readFile(outputFile, 'utf8')).toContain('report<<END_OF_REPORT');
      await rm(kept.keptTempDir ?? '', { recursive: true, force: true });
      const succeeded = await runStep({ actionYml: fixtureActionYml('big-summary'), inputs: { 'size-bytes': 10 } });
      expect(succeeded.outcome).toBe('success');
      expect(succeeded.keptTempDir).toBeUndefined();
    } finally {
      delete process.env[KEEP_TMP_ENV];
    }
  });

  test('a step summary of exactly 1 MiB is kept', async () => {
    const result = await runStep({
      actionYml: fixtureActionYml('big-summary'),
      inputs: { 'size-bytes': STEP_SUMMARY_LIMIT_BYTES },
    });
    expect(result.summaryDropped).toBeUndefined();
    expect(result.summary).toHaveLength(STEP_SUMMARY_LIMIT_BYTES);
  });

  test('a step summary over 1 MiB is dropped and its size reported', async () => {
    const result = await runStep({
      actionYml: fixtureActionYml('big-summary'),
      inputs: { 'size-bytes': STEP_SUMMARY_LIMIT_BYTES + 1 },
    });
    expect(result.summary).toBe('');
    expect(result.summaryDropped).toEqual({
      sizeBytes: STEP_SUMMARY_LIMIT_BYTES + 1,
      message: '$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k.',
    });
    expect(result.annotations).toContainEqual({ level: 'error', message: result.summaryDropped?.message });
  });

  test('the action reads a pull_request event through @actions/github context', async () => {
    const event = pullRequestEvent({
      number: 42,
      repository: { fullName: 'acme/widgets' },
      mergeCommitSha: 'a'.repeat(40),
    });
    const result = await runStep({ actionYml: fixtureActionYml('event-reader'), event, github: { runId: 99 } });
    expect(result.outputs).toEqual({
      'event-name': 'pull_request',
      'pr-number': '42',
      'head-fork': 'false',
      'head-repo': 'acme/widgets',
      repo: 'acme/widgets',
      ref: 'refs/pull/42/merge',
      sha: 'a'.repeat(40),
      'run-id': '99',
    });
  });

  test('a fork pull request has a head repository that is a fork with another name', async () => {
    const event = forkPullRequestEvent({ number: 5, repository: { fullName: 'acme/widgets' }, forkOwner: 'mallory' });
    const result = await runStep({ actionYml: fixtureActionYml('event-reader'), event });
    expect(result.outputs).toMatchObject({
      'pr-number': '5',
      'head-fork': 'true',
      'head-repo': 'mallory/widgets',
      repo: 'acme/widgets',
    });
  });
});
