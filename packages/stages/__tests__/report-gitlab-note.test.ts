import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker, type Clock, type Logger } from '@testpipe/core';
import { startGitLabApiServer, type GitLabApiServer } from '@testpipe/testkit';
import { createGitLabCodeHost, runReport, type ReportInput } from '../src/report/index.js';
import type { CommentWhen } from '../src/defaults.js';

// The report stage posting its sticky note through the GitLab code host to the GitLab notes API stand-in.
const TOKEN = 'glpat-testpipe-bot';
const READ_ONLY_TOKEN = 'glpat-read-only-token';
const BOT_ID = 501;
const OTHER_USER = 7;
const MARKER = commentMarker('Test report');
const TOKEN_VARIABLE = 'TESTPIPE_GITLAB_TOKEN';

let gitlab: GitLabApiServer;
let workspace: string;

beforeEach(async () => {
  gitlab = await startGitLabApiServer({
    users: [
      { id: BOT_ID, username: 'project_42_bot', token: TOKEN },
      { id: 502, username: 'reader_bot', token: READ_ONLY_TOKEN, scopes: ['read_api'] },
    ],
  });
  workspace = await mkdtemp(path.join(tmpdir(), 'testpipe-gitlab-note-'));
});

afterEach(async () => {
  gitlab.assertNoInvalidRequests();
  // The token is a header, never anything the API is sent to read or store.
  for (const request of gitlab.requests) {
    expect(request.body).not.toContain(TOKEN);
    expect(request.url).not.toContain(TOKEN);
  }
  await gitlab.close();
  await rm(workspace, { recursive: true, force: true });
});

interface TestCase {
  name: string;
  failure?: string;
  output?: string;
}

async function writeResults(cases: TestCase[]): Promise<void> {
  const xml = cases.map(
    (c) =>
      `<testcase classname="app" name="${c.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}" time="0.01">` +
      (c.failure ? `<failure message="${c.failure}"/>` : '') +
      (c.output ? `<system-out>${c.output}</system-out>` : '') +
      '</testcase>',
  );
  await mkdir(path.join(workspace, 'results'), { recursive: true });
  await writeFile(
    path.join(workspace, 'results', 'junit.xml'),
    `<?xml version="1.0"?>\n<testsuites><testsuite name="app" tests="${cases.length}">\n${xml.join('\n')}\n</testsuite></testsuites>\n`,
  );
}

const passing = () => writeResults([{ name: 'adds' }, { name: 'subtracts' }]);
const failing = () => writeResults([{ name: 'adds' }, { name: 'subtracts', failure: 'expected 1 to be 2' }]);

function memoryLogger(): Logger & { warnings: string[]; lines: string[] } {
  const warnings: string[] = [];
  const lines: string[] = [];
  return {
    warnings,
    lines,
    debug: (message) => lines.push(`debug: ${message}`),
    info: (message) => lines.push(message),
    warning: (message) => (warnings.push(message), lines.push(`warning: ${message}`)),
    error: (message) => lines.push(`error: ${message}`),
    group: (_name, body) => body(),
  };
}

function recordingClock(): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return { sleeps, now: () => Date.now(), sleep: async (ms) => void sleeps.push(ms) };
}

function reportInput(comment: CommentWhen = 'always', extra: Partial<ReportInput> = {}): ReportInput {
  return {
    results: ['results/*.xml'],
    reportName: 'Test report',
    minPassRate: 100,
    failOn: 'nothing',
    ifNoResults: 'error',
    outputDir: 'testpipe-report',
    reportArtifact: 'testpipe-report',
    comment,
    commentMode: 'update',
    checkRun: false,
    maxAnnotations: 0,
    redact: [TOKEN],
    outsideWorkspace: 'warn',
    pipelineId: 'local',
    context: { repository: '', headSha: '', workspace, pullRequest: { number: 12, baseRef: 'main' } },
    workDir: workspace,
    ...extra,
  };
}

/** One report run as the CLI makes it: a fresh host (so a fresh identity call) each time. */
async function report(
  options: { comment?: CommentWhen; token?: string; projectId?: string; extra?: Partial<ReportInput> } = {},
) {
  const logger = memoryLogger();
  const clock = recordingClock();
  const host = createGitLabCodeHost({
    apiUrl: gitlab.apiUrl,
    projectId: options.projectId ?? String(gitlab.projectId),
    token: options.token ?? TOKEN,
    tokenVariable: TOKEN_VARIABLE,
    projectUrl: gitlab.projectUrl,
    log: logger,
    clock,
  });
  const before = gitlab.requests.length;
  const result = await runReport(reportInput(options.comment, options.extra), { logger, host, clock });
  const requests = gitlab.requests.slice(before).map((r) => `${r.method} ${r.url}`);
  for (const line of logger.lines) expect(line).not.toContain(options.token ?? TOKEN);
  return { result, logger, clock, requests };
}

const ours = () => gitlab.notes.filter((n) => n.author.id === BOT_ID && n.body.startsWith(`${MARKER}\n`));
const NOTES = '/api/v4/projects/42/merge_requests/12/notes';

test('the first run posts one note, the next run edits that same note', async () => {
  await passing();
  const first = await report();
  expect(first.requests).toEqual(['GET /api/v4/user', `GET ${NOTES}?per_page=100&sort=asc`, `POST ${NOTES}`]);
  expect(ours()).toHaveLength(1);
  const note = ours()[0]!;
  expect(note.body.split('\n')[0]).toBe(MARKER);
  expect(first.result.commentUrl).toBe(`${gitlab.projectUrl}/-/merge_requests/12#note_${note.id}`);
  expect(first.logger.lines).toContain(
    `Posted the report note on merge request !12 of project 42: ${first.result.commentUrl}.`,
  );
  expect(first.logger.lines).toContain(
    'debug: GitLab API calls: 3 (GET /user ×1, GET /projects/:id/merge_requests/:iid/notes ×1, POST /projects/:id/merge_requests/:iid/notes ×1)',
  );
  expect(first.logger.warnings).toEqual([]);
  const passedBody = note.body;

  await failing();
  const second = await report();
  expect(second.requests).toEqual([
    'GET /api/v4/user',
    `GET ${NOTES}?per_page=100&sort=asc`,
    `PUT ${NOTES}/${note.id}`,
  ]);
  expect(ours()).toHaveLength(1);
  expect(ours()[0]!.id).toBe(note.id);
  expect(ours()[0]!.body).not.toBe(passedBody);
  expect(ours()[0]!.body).toContain('subtracts');
  // The note says why there is no comparison, as the CLI has always said.
  expect(ours()[0]!.body).toContain('earlier reports are only found in GitHub Actions');
  // System notes are in the list and never touched.
  expect(gitlab.notes.filter((n) => n.system)).toHaveLength(2);
});

test("another user's note carrying our marker is left alone, and so is our own note quoting it further down", async () => {
  const forged = gitlab.addNote({ authorId: OTHER_USER, body: `${MARKER}\nI copied the bot.` });
  const quoting = gitlab.addNote({ authorId: BOT_ID, body: `Earlier report said:\n${MARKER}\nsomething` });
  await passing();
  await report();
  await failing();
  await report();
  expect(forged.body).toBe(`${MARKER}\nI copied the bot.`);
  expect(quoting.body).toBe(`Earlier report said:\n${MARKER}\nsomething`);
  expect(ours()).toHaveLength(1);
  expect(gitlab.requests.filter((r) => r.method === 'PUT').map((r) => r.pathname)).toEqual([
    `${NOTES}/${ours()[0]!.id}`,
  ]);
});

test('our note is found past the first page of notes', async () => {
  for (let i = 0; i < 150; i++) gitlab.addNote({ authorId: OTHER_USER, body: `review remark ${i}` });
  await passing();
  const first = await report();
  expect(first.requests.filter((r) => r.startsWith('GET /api/v4/projects'))).toEqual([
    `GET ${NOTES}?per_page=100&sort=asc`,
    `GET ${NOTES}?per_page=100&sort=asc&page=2`,
  ]);
  for (let i = 0; i < 60; i++) gitlab.addNote({ authorId: OTHER_USER, body: `later remark ${i}` });
  await failing();
  const second = await report();
  expect(second.requests.filter((r) => r.startsWith('GET /api/v4/projects'))).toHaveLength(3);
  expect(second.requests.at(-1)).toBe(`PUT ${NOTES}/${ours()[0]!.id}`);
  expect(ours()).toHaveLength(1);
});

test('on-change leaves an unchanged note untouched, and edits it when the verdict changes', async () => {
  await passing();
  await report({ comment: 'on-change' });
  const note = ours()[0]!;
  const stamped = note.updated_at;
  expect(note.body.split('\n')[1]).toMatch(/^<!-- testpipe-digest: [0-9a-f]{16} -->$/);

  const again = await report({ comment: 'on-change' });
  expect(again.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
  expect(note.updated_at).toBe(stamped);
  expect(again.logger.lines).toContain(
    `Left the report note unchanged (same verdict) on merge request !12 of project 42: ${gitlab.projectUrl}/-/merge_requests/12#note_${note.id}.`,
  );

  await failing();
  const changed = await report({ comment: 'on-change' });
  expect(changed.requests.at(-1)).toBe(`PUT ${NOTES}/${note.id}`);
});

test('on-failure posts nothing on a passing run, posts on a failing one, and then keeps that note current', async () => {
  await passing();
  const quiet = await report({ comment: 'on-failure' });
  expect(quiet.requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
  expect(ours()).toHaveLength(0);
  expect(quiet.result.commentUrl).toBeUndefined();
  expect(quiet.logger.lines).toContain(
    'No report note on merge request !12 of project 42: the tests passed and there is no earlier note to update.',
  );

  await failing();
  await report({ comment: 'on-failure' });
  expect(ours()).toHaveLength(1);
  await passing();
  const fixed = await report({ comment: 'on-failure' });
  expect(fixed.requests.at(-1)).toBe(`PUT ${NOTES}/${ours()[0]!.id}`);
});

test('recreate removes our note and posts a new one at the bottom', async () => {
  await passing();
  await report();
  const first = ours()[0]!.id;
  gitlab.addNote({ authorId: OTHER_USER, body: 'a review remark' });
  const second = await report({ extra: { commentMode: 'recreate' } });
  expect(second.requests.slice(2)).toEqual([`DELETE ${NOTES}/${first}`, `POST ${NOTES}`]);
  expect(ours()).toHaveLength(1);
  expect(gitlab.notes.at(-1)).toBe(ours()[0]);
});

test('an unknown token is a warning naming the variable; the report is still written', async () => {
  await failing();
  const { result, logger } = await report({ token: 'glpat-revoked-long-ago' });
  expect(logger.warnings).toEqual([
    expect.stringMatching(/GitLab rejected the token in TESTPIPE_GITLAB_TOKEN \(401: 401 Unauthorized\).*api scope/),
  ]);
  expect(result.status).toBe('failed');
  expect(result.commentUrl).toBeUndefined();
  await expect(readFile(result.files!.junit, 'utf8')).resolves.toContain('subtracts');
  expect(ours()).toHaveLength(0);
});

test('a token without the api scope is a warning naming the variable and the scope', async () => {
  await passing();
  const { result, logger } = await report({ token: READ_ONLY_TOKEN });
  expect(logger.warnings).toEqual([
    expect.stringMatching(
      /GitLab refused POST \/projects\/:id\/merge_requests\/:iid\/notes for merge request !12 of project 42 \(403: insufficient_scope: .*\): the token in TESTPIPE_GITLAB_TOKEN lacks a scope it needs\. It needs the api scope/,
    ),
  ]);
  expect(result.status).toBe('passed');
  await expect(readFile(result.files!.html, 'utf8')).resolves.toContain('subtracts');
});

test('another project is a 404 naming the project and merge request; a project path is URL-encoded', async () => {
  await passing();
  const wrong = await report({ projectId: '43' });
  expect(wrong.logger.warnings).toEqual([
    expect.stringMatching(
      /GitLab found no merge request !12 of project 43 \(404: 404 Project Not Found\): check CI_PROJECT_ID/,
    ),
  ]);
  const byPath = await report({ projectId: 'acme/widgets' });
  expect(byPath.requests).toContain('POST /api/v4/projects/acme%2Fwidgets/merge_requests/12/notes');
  expect(ours()).toHaveLength(1);
});

test('a 500 is retried once and the note is posted; a 429 waits the Retry-After it names', async () => {
  await passing();
  gitlab.failNext(1, { status: 500 });
  const retried = await report();
  expect(retried.requests.slice(0, 2)).toEqual(['GET /api/v4/user', 'GET /api/v4/user']);
  expect(retried.clock.sleeps).toEqual([1000]);
  expect(retried.logger.warnings).toEqual([]);
  expect(ours()).toHaveLength(1);

  await failing();
  gitlab.failNext(1, { status: 429, retryAfterSeconds: 3 });
  const limited = await report();
  expect(limited.clock.sleeps).toEqual([3000]);
  expect(limited.logger.warnings).toEqual([]);
  expect(ours()[0]!.body).toContain('subtracts');

  gitlab.failNext(2, { status: 503 });
  const down = await report();
  expect(down.clock.sleeps).toEqual([1000]);
  expect(down.logger.warnings).toEqual([
    expect.stringContaining('GitLab answered 503 to GET /user for the token user: 503 Service Unavailable'),
  ]);
});

test('a test name cannot forge our marker, and the token printed by a test is redacted from the note', async () => {
  await writeResults([
    { name: `${MARKER} <b>bold</b> **strong**`, failure: `forged with ${TOKEN}`, output: `token is ${TOKEN}` },
    { name: 'adds' },
  ]);
  await report();
  const body = ours()[0]!.body;
  expect(body.split('<!-- testpipe-report').length - 1).toBe(1);
  expect(body.split('\n')[0]).toBe(MARKER);
  expect(body).not.toContain('<b>');
  expect(body).not.toContain(TOKEN);
  expect(body).toContain('forged with ***');
  // The next run still finds exactly that note.
  await report();
  expect(ours()).toHaveLength(1);
  expect(gitlab.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
});
