import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { pushEvent } from '@testpipe/testkit';
import {
  describeStep,
  errors,
  junitSuite,
  REPOSITORY,
  removeDir,
  runReport,
  startWorld,
  tempWorkspace,
  warnings,
  writeFiles,
  type World,
} from './action-helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const PUSH_SHA = 'ab12'.repeat(10);

let world: World;
let workspace: string;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  await removeDir(workspace);
  world.github.assertNoInvalidRequests();
});

/** Two JUnit files: 2 passed, 2 failed (one with an absolute path under the workspace), 1 flaky, 1 skipped. */
async function writeResults(root: string): Promise<void> {
  await writeFiles(root, {
    'reports/unit/calc.xml': junitSuite('calc', [
      { classname: 'calc', name: 'adds', file: 'src/calc.test.ts', line: 3 },
      { classname: 'calc', name: 'subtracts', file: 'src/calc.test.ts', line: 9 },
      {
        classname: 'calc',
        name: 'divides by zero',
        file: path.join(root, 'src', 'calc.test.ts'),
        line: 42,
        outcome: 'fail',
        message: 'expected Infinity to be 0',
      },
      { classname: 'calc', name: 'multiplies big numbers', file: 'src/calc.test.ts', line: 50, outcome: 'skip' },
    ]),
    'reports/e2e/ui.xml': junitSuite('ui', [
      {
        classname: 'ui',
        name: 'retries the slow endpoint',
        file: 'e2e/net.spec.ts',
        line: 17,
        outcome: 'flaky',
        message: 'socket hang up',
      },
      { classname: 'ui', name: HOSTILE, file: 'e2e/ui.spec.ts', line: 8, outcome: 'fail', message: `saw ${HOSTILE}` },
    ]),
    'reports/notes.txt': 'not a report',
  });
}

describe('aggregate-report on push, results from workspace globs', () => {
  it('writes outputs, report files, summary and a check run; the gate is met at 60 %', async () => {
    workspace = await tempWorkspace();
    await writeResults(workspace);
    const checksBefore = world.github.state.checkRuns(REPOSITORY).length;

    const result = await runReport(world, {
      workspace,
      event: pushEvent({ after: PUSH_SHA }),
      inputs: { results: 'reports/**/*.xml', 'min-pass-rate': 60, 'report-artifact': '' },
    });

    expect({ exit: result.exitCode, outcome: result.outcome }).toEqual({ exit: 0, outcome: 'success' });
    expect(errors(result)).toEqual([]);
    expect(warnings(result)).toEqual([]);
    const outputDir = path.join(workspace, 'testpipe-report');
    expect(result.outputs).toMatchObject({
      total: '6',
      passed: '2',
      failed: '2',
      errored: '0',
      skipped: '1',
      flaky: '1',
      'pass-rate': '60.00',
      status: 'passed',
      'report-path': path.join(outputDir, 'report.html'),
    });
    expect(result.outputs['check-url']).toMatch(/^https:\/\/github\.com\/.+\/runs\/\d+$/);
    expect(result.outputs['comment-url']).toBeUndefined();

    expect((await readdir(outputDir)).sort()).toEqual([
      'ctrf-report.json',
      'junit.xml',
      'metrics.json',
      'report.html',
      'timings.json',
    ]);
    const metrics = JSON.parse(await readFile(path.join(outputDir, 'metrics.json'), 'utf8')) as Record<string, unknown>;
    expect(metrics).toMatchObject({ total: 6, passed: 2, failed: 2, skipped: 1, flaky: 1, passRate: 60 });
    const ctrf = JSON.parse(await readFile(path.join(outputDir, 'ctrf-report.json'), 'utf8')) as {
      results: { tests: unknown[] };
    };
    expect(ctrf.results.tests).toHaveLength(6);
    const html = await readFile(path.join(outputDir, 'report.html'), 'utf8');
    expect(html).not.toContain(HOSTILE);
    expect(await readFile(path.join(outputDir, 'junit.xml'), 'utf8')).toContain('divides by zero');
    const timings = JSON.parse(await readFile(path.join(outputDir, 'timings.json'), 'utf8')) as object;
    expect(timings).toBeInstanceOf(Object);

    // The job summary: verdict, and the hostile test name as text, never as HTML.
    expect(result.summaryDropped).toBeUndefined();
    expect(result.summary).toContain('Test report: passed');
    expect(result.summary).toContain('divides by zero');
    expect(result.summary).not.toContain(HOSTILE);
    expect(result.summary).toContain('&lt;img src=x onerror=alert(1)&gt;');

    // One check run on the pushed commit: a failure per failed test at file:line, a warning for the flaky one.
    const checks = world.github.state.checkRuns(REPOSITORY).slice(checksBefore);
    expect(checks).toHaveLength(1);
    const check = checks[0]!;
    expect(check).toMatchObject({ headSha: PUSH_SHA, name: 'Test report', status: 'completed', conclusion: 'success' });
    expect(check.annotations.map((a) => [a.annotationLevel, a.path, a.startLine, a.endLine]).sort()).toEqual(
      [
        ['failure', 'e2e/ui.spec.ts', 8, 8],
        ['failure', 'src/calc.test.ts', 42, 42],
        ['warning', 'e2e/net.spec.ts', 17, 17],
      ].sort(),
    );
    expect(check.annotations.find((a) => a.path === 'src/calc.test.ts')?.message).toContain(
      'expected Infinity to be 0',
    );
    expect(check.annotations.find((a) => a.annotationLevel === 'warning')?.message).toMatch(/flaky/i);

    // No pull request, so no comment anywhere.
    const comments = [...world.github.state.requireRepository(REPOSITORY).comments.values()];
    expect(comments).toEqual([]);
    expect(world.github.requestCount('POST /repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(0);
  }, 120_000);

  it('fails the step when the pass rate is below min-pass-rate, and not with fail-on: nothing', async () => {
    workspace = await tempWorkspace();
    await writeResults(workspace);
    const checksBefore = world.github.state.checkRuns(REPOSITORY).length;

    const failing = await runReport(world, {
      workspace,
      event: pushEvent({ after: PUSH_SHA }),
      inputs: { results: 'reports/**/*.xml', 'report-artifact': '', 'check-run': false },
    });
    expect(failing.exitCode).toBe(1);
    expect(failing.outcome).toBe('failure');
    expect(failing.outputs).toMatchObject({ status: 'failed', 'pass-rate': '60.00', failed: '2' });
    expect(errors(failing)).toEqual([expect.stringContaining('Pass rate 60.00 % is below the required 100 %')]);
    expect(failing.summary).toContain('Test report: failed');
    expect(failing.summary).not.toContain(HOSTILE);

    const tolerated = await runReport(world, {
      workspace,
      event: pushEvent({ after: PUSH_SHA }),
      inputs: { results: 'reports/**/*.xml', 'report-artifact': '', 'fail-on': 'nothing' },
    });
    expect({ exit: tolerated.exitCode, errors: errors(tolerated) }).toEqual({ exit: 0, errors: [] });
    expect(tolerated.outputs.status).toBe('failed');
    expect(tolerated.summary).toContain('Test report: failed');
    const checks = world.github.state.checkRuns(REPOSITORY).slice(checksBefore);
    expect(checks.map((c) => [c.headSha, c.conclusion])).toEqual([[PUSH_SHA, 'failure']]);
    expect(describeStep(tolerated)).toContain('fail-on is "nothing"');
  }, 120_000);
});

describe('aggregate-report without results, or with a bad input', () => {
  it('if-no-results: error fails naming the patterns; warn succeeds with a warning', async () => {
    workspace = await tempWorkspace();
    const inputs = { results: 'missing/**/*.xml\nalso-missing-*', 'report-artifact': '' };

    const failed = await runReport(world, { workspace, inputs });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.status).toBe('no-tests');
    const [message] = errors(failed);
    expect(message).toContain('"missing/**/*.xml"');
    expect(message).toContain('"also-missing-*"');
    expect(message).toMatch(/No test results found/);

    const warned = await runReport(world, { workspace, inputs: { ...inputs, 'if-no-results': 'warn' } });
    expect({ exit: warned.exitCode, errors: errors(warned) }).toEqual({ exit: 0, errors: [] });
    expect(warned.outputs.status).toBe('no-tests');
    expect(warnings(warned)).toContainEqual(
      expect.stringMatching(/No test results found for "missing\/\*\*\/\*\.xml"/),
    );
  }, 120_000);

  it('report files with no test that ran follow if-no-results too', async () => {
    workspace = await tempWorkspace();
    await writeFiles(workspace, { 'reports/empty.xml': '<testsuite name="empty" tests="0"></testsuite>' });
    const inputs = { results: 'reports/*.xml', 'report-artifact': '', 'check-run': 'false' };

    const failed = await runReport(world, { workspace, inputs });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.status).toBe('no-tests');
    expect(errors(failed)).toContainEqual(expect.stringContaining('No test ran'));

    const ignored = await runReport(world, { workspace, inputs: { ...inputs, 'if-no-results': 'ignore' } });
    expect({ exit: ignored.exitCode, errors: errors(ignored), status: ignored.outputs.status }).toEqual({
      exit: 0,
      errors: [],
      status: 'no-tests',
    });
  }, 120_000);

  it('min-pass-rate: 150 fails at once with a message naming the input', async () => {
    workspace = await tempWorkspace();
    await writeResults(workspace);
    const result = await runReport(world, {
      workspace,
      inputs: { results: 'reports/**/*.xml', 'min-pass-rate': 150 },
    });
    expect(result.exitCode).toBe(1);
    expect(errors(result)).toEqual([
      expect.stringContaining('Input "min-pass-rate" must be a number between 0 and 100'),
    ]);
    expect(errors(result)[0]).toContain('"150"');
    expect(result.outputs).toEqual({});
  }, 60_000);
});
