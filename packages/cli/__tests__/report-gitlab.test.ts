import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker } from '@testpipe/core';
import { startGitLabApiServer, type GitLabApiServer } from '@testpipe/testkit';
import { testpipeFromSource } from './cli-from-source.js';

// `testpipe report` in a GitLab merge-request pipeline: the CI_* variables point at the notes API stand-in.
const TOKEN = 'glpat-cli-report-token';
const BOT_ID = 77;

let gitlab: GitLabApiServer;
let dir: string;

beforeEach(async () => {
  gitlab = await startGitLabApiServer({ users: [{ id: BOT_ID, username: 'project_42_bot', token: TOKEN }] });
  dir = await mkdtemp(path.join(tmpdir(), 'testpipe-report-gitlab-'));
});

afterEach(async () => {
  gitlab.assertNoInvalidRequests();
  await gitlab.close();
  await rm(dir, { recursive: true, force: true });
});

async function writeJUnit(failing: boolean): Promise<void> {
  await writeFile(
    path.join(dir, 'junit.xml'),
    `<?xml version="1.0"?>\n<testsuites><testsuite name="app" tests="2">` +
      `<testcase classname="app" name="adds" time="0.01"/>` +
      `<testcase classname="app" name="subtracts" time="0.01">${failing ? '<failure message="off by one"/>' : ''}</testcase>` +
      `</testsuite></testsuites>\n`,
  );
}

/** The command as a GitLab job runs it, in a merge-request pipeline whose API is the stand-in. */
async function reportInMergeRequest(
  env: Record<string, string | undefined>,
  args: string[] = [],
): Promise<{ code: number; stdout: string; stderr: string }> {
  const jobEnv: Record<string, string | undefined> = {
    ...process.env,
    CI_MERGE_REQUEST_IID: String(gitlab.mergeRequestIid),
    CI_PROJECT_ID: String(gitlab.projectId),
    CI_API_V4_URL: gitlab.apiUrl,
    CI_PROJECT_URL: gitlab.projectUrl,
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_JOB_TOKEN: 'job-token-not-for-notes',
    TESTPIPE_GITLAB_TOKEN: TOKEN,
    GITLAB_TOKEN: undefined,
    ...env,
  };
  for (const name of Object.keys(jobEnv)) if (jobEnv[name] === undefined) delete jobEnv[name];
  return testpipeFromSource(['report', '--out', 'out', ...args, 'junit.xml'], {
    cwd: dir,
    env: jobEnv as NodeJS.ProcessEnv,
  });
}

const ours = () => gitlab.notes.filter((n) => n.author.id === BOT_ID && !n.system);

test('posts the note on the merge request, updates it on the next run, and exits on the tests alone', async () => {
  await writeJUnit(true);
  const first = await reportInMergeRequest({});
  expect(first.code).toBe(1);
  expect(ours()).toHaveLength(1);
  const note = ours()[0]!;
  expect(note.body.split('\n')[0]).toBe(commentMarker('Test report'));
  expect(note.body).toContain('subtracts');
  expect(first.stderr).toContain(
    `Posted the report note on merge request !12 of project 42: ${gitlab.projectUrl}/-/merge_requests/12#note_${note.id}.`,
  );
  expect(first.stderr).not.toMatch(/^warning:/m);

  await writeJUnit(false);
  const second = await reportInMergeRequest({});
  expect(second.code).toBe(0);
  expect(ours()).toHaveLength(1);
  expect(ours()[0]!.id).toBe(note.id);
  expect(second.stderr).toContain('Updated the report note on merge request !12 of project 42');
  expect(gitlab.requests.map((r) => r.method)).toEqual(['GET', 'GET', 'POST', 'GET', 'GET', 'PUT']);
  for (const output of [first.stdout, first.stderr, second.stdout, second.stderr]) expect(output).not.toContain(TOKEN);
  await expect(readFile(path.join(dir, 'out', 'junit.xml'), 'utf8')).resolves.toContain('subtracts');
});

test('a rejected token is one warning; the report is written and the exit code is the tests’', async () => {
  await writeJUnit(false);
  const result = await reportInMergeRequest({ TESTPIPE_GITLAB_TOKEN: 'glpat-revoked-token' });
  expect(result.code).toBe(0);
  expect(result.stderr.match(/^warning:.*$/gm)).toEqual([
    expect.stringContaining('GitLab rejected the token in TESTPIPE_GITLAB_TOKEN (401: 401 Unauthorized)'),
  ]);
  expect(result.stderr).not.toContain('glpat-revoked-token');
  await expect(readFile(path.join(dir, 'out', 'summary.md'), 'utf8')).resolves.toContain('Test report');
});

test('without a token: one warning saying what to set, and that the job token cannot write notes', async () => {
  await writeJUnit(false);
  const result = await reportInMergeRequest({ TESTPIPE_GITLAB_TOKEN: undefined });
  expect(result.code).toBe(0);
  expect(result.stderr.match(/^warning:.*$/gm)).toEqual([
    'warning: No merge-request note: set TESTPIPE_GITLAB_TOKEN to a project access token with the api scope, as a masked CI/CD variable. The report is written anyway. CI_JOB_TOKEN cannot be used instead: GitLab does not accept the job token for merge-request notes.',
  ]);
  expect(gitlab.requests).toEqual([]);
});

test('GITLAB_TOKEN is used when TESTPIPE_GITLAB_TOKEN is unset; --comment off posts nothing', async () => {
  await writeJUnit(false);
  const off = await reportInMergeRequest({}, ['--comment', 'off']);
  expect(off.code).toBe(0);
  expect(gitlab.requests).toEqual([]);
  const fallback = await reportInMergeRequest({ TESTPIPE_GITLAB_TOKEN: undefined, GITLAB_TOKEN: TOKEN });
  expect(fallback.code).toBe(0);
  expect(ours()).toHaveLength(1);
});

test('--comment-mode hide-previous is refused: GitLab cannot collapse a note', async () => {
  await writeJUnit(false);
  const result = await reportInMergeRequest({}, ['--comment-mode', 'hide-previous']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--comment-mode must be one of update, recreate, got "hide-previous".');
});
