// Shared by the action-*.test.ts files: they run the BUILT bundle (dist/aggregate-report/index.js)
// through the runner harness, against the GitHub API and artifact service stand-ins.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  annotationsOf,
  DEFAULT_REPOSITORY,
  fakeGitHubToken,
  runStep,
  startArtifactService,
  startGitHubApiServer,
  type ArtifactService,
  type GitHubApiServer,
  type GitHubEvent,
  type InputValue,
  type StepResult,
  type TokenKind,
} from '@testpipe/testkit';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The action.yml users reference (`org/testpipe/aggregate-report@v1`); it runs ../dist/aggregate-report/index.js. */
export const ACTION_YML = path.join(repoRoot, 'aggregate-report', 'action.yml');
export const REPOSITORY = DEFAULT_REPOSITORY;
export const CHECK_RUNS_ROUTE = 'POST /repos/{owner}/{repo}/check-runs';

export interface World {
  github: GitHubApiServer;
  artifacts: ArtifactService;
  /** The job's GITHUB_TOKEN, registered with the GitHub stand-in. */
  token: string;
  close(): Promise<void>;
}

/** The GitHub stand-in (with the event's repository and a token of `kind`) and the artifact service, wired together. */
export async function startWorld(kind: TokenKind = 'installation'): Promise<World> {
  const token = fakeGitHubToken();
  const github = await startGitHubApiServer({ tokens: [{ token, kind }], repos: [REPOSITORY] });
  // Ids far from the stand-in's own, so a seeded artifact never collides with a REST record.
  const artifacts = await startArtifactService({ firstArtifactId: 700_000 });
  github.attachArtifactService(artifacts);
  return {
    github,
    artifacts,
    token,
    close: async () => {
      await Promise.all([github.close(), artifacts.close()]);
    },
  };
}

export interface ReportRun {
  inputs?: Record<string, InputValue>;
  event?: GitHubEvent;
  /** GITHUB_RUN_ID, and the run the artifact service's runtime token belongs to. */
  runId?: number;
  workspace?: string;
  env?: Record<string, string>;
  token?: string;
}

/** Runs the aggregate-report main step as the runner does, talking to the world's stand-ins. */
export function runReport(world: World, options: ReportRun = {}): Promise<StepResult> {
  const runId = options.runId ?? 1000001;
  return runStep({
    actionYml: ACTION_YML,
    inputs: options.inputs,
    event: options.event,
    token: options.token ?? world.token,
    workspace: options.workspace,
    github: { apiUrl: world.github.url, runId },
    env: { ...world.artifacts.envFor(runId, 'report'), ...(options.env ?? {}) },
  });
}

export { describeStep, removeDir, tempWorkspace, writeFiles } from '@testpipe/testkit';

export function xmlAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface CaseSpec {
  classname: string;
  name: string;
  file?: string;
  line?: number;
  time?: number;
  outcome?: 'pass' | 'fail' | 'error' | 'skip' | 'flaky';
  message?: string;
}

export function testcase(spec: CaseSpec): string {
  const attrs = [
    `classname="${xmlAttr(spec.classname)}"`,
    `name="${xmlAttr(spec.name)}"`,
    spec.file === undefined ? '' : `file="${xmlAttr(spec.file)}"`,
    spec.line === undefined ? '' : `line="${spec.line}"`,
    `time="${spec.time ?? 0.01}"`,
  ]
    .filter(Boolean)
    .join(' ');
  const message = xmlAttr(spec.message ?? 'expected true to be false');
  switch (spec.outcome ?? 'pass') {
    case 'pass':
      return `<testcase ${attrs}/>`;
    case 'fail':
      return `<testcase ${attrs}><failure message="${message}" type="AssertionError">AssertionError: ${message}\n    at check (x.ts:1:1)</failure></testcase>`;
    case 'error':
      return `<testcase ${attrs}><error message="${message}" type="TypeError">TypeError: ${message}</error></testcase>`;
    case 'skip':
      return `<testcase ${attrs}><skipped message="not yet"/></testcase>`;
    case 'flaky':
      return `<testcase ${attrs}><flakyFailure message="${message}" type="TimeoutError"><stackTrace>TimeoutError: ${message}</stackTrace></flakyFailure></testcase>`;
  }
}

export function junitSuite(name: string, cases: CaseSpec[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n<testsuite name="${xmlAttr(name)}" tests="${cases.length}">\n${cases.map(testcase).join('\n')}\n</testsuite>\n</testsuites>\n`;
}

/** The warnings the step printed (`::warning::`), as the runner shows them. */
export function warnings(result: StepResult): string[] {
  return annotationsOf(result, 'warning');
}

export function errors(result: StepResult): string[] {
  return annotationsOf(result, 'error');
}
