// Shared by the notify action tests: they run the BUILT bundle (dist/notify/index.js) through the runner
// harness, against the loopback Slack, Teams, webhook and SMTP stand-ins.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeMetrics, ingestReports } from '@testpipe/core';
import { annotationsOf, runStep, type GitHubEvent, type InputValue, type StepResult } from '@testpipe/testkit';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The action.yml users reference (`org/testpipe/notify@v1`); it runs ../dist/notify/index.js. */
export const ACTION_YML = path.join(repoRoot, 'notify', 'action.yml');

export interface CaseSpec {
  name: string;
  outcome: 'pass' | 'fail';
}

function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Writes metrics.json (and report.html beside it) into `dir` as aggregate-report would, from these cases. */
export async function writeReport(dir: string, cases: CaseSpec[], name = 'metrics.json'): Promise<string> {
  const xml = `<testsuite name="suite">${cases
    .map(
      (c) =>
        `<testcase classname="app.Spec" name="${xmlAttr(c.name)}" time="0.5">${c.outcome === 'fail' ? '<failure message="no"/>' : ''}</testcase>`,
    )
    .join('')}</testsuite>`;
  const junit = path.join(dir, `${name}.xml`);
  await writeFile(junit, xml);
  const file = path.join(dir, name);
  await writeFile(file, JSON.stringify(computeMetrics(await ingestReports([junit]))));
  await writeFile(path.join(dir, 'report.html'), '<!doctype html><title>Test report</title><p>report</p>');
  return file;
}

export function cases(passed: number, failed: string[] = []): CaseSpec[] {
  return [
    ...Array.from({ length: passed }, (_, i) => ({ name: `passes ${i}`, outcome: 'pass' as const })),
    ...failed.map((name) => ({ name, outcome: 'fail' as const })),
  ];
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'notify-action-'));
}

export interface NotifyRun {
  inputs: Record<string, InputValue>;
  workspace: string;
  event?: GitHubEvent;
  runAttempt?: number;
  runId?: number;
}

export function runNotifyAction(options: NotifyRun): Promise<StepResult> {
  return runStep({
    actionYml: ACTION_YML,
    inputs: options.inputs,
    workspace: options.workspace,
    event: options.event,
    github: { runId: options.runId ?? 5550001, runAttempt: options.runAttempt ?? 1, repository: 'octo-org/app' },
  });
}

export const warnings = (result: StepResult): string[] => annotationsOf(result, 'warning');
export const errors = (result: StepResult): string[] => annotationsOf(result, 'error');

/** Everything the step wrote, unmasked by the harness, minus the runner's own `::add-mask::` commands. */
export function everythingPrinted(result: StepResult): string {
  const streams = `${result.rawStdout}\n${result.rawStderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
  return [streams, JSON.stringify(result.outputs), result.summary ?? '', JSON.stringify(result.annotations)].join('\n');
}
