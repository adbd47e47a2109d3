// Nothing the report republishes may hold a secret: the token, values listed in `redact`, and values a
// test masked with ::add-mask::, wherever report data goes (comment, summary, check run, files).
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pullRequestEvent } from '@testpipe/testkit';
import {
  REPOSITORY,
  removeDir,
  runReport,
  startWorld,
  tempWorkspace,
  writeFiles,
  xmlAttr,
  type World,
} from './action-helpers.js';

let world: World;
let workspace: string | undefined;

beforeAll(async () => {
  world = await startWorld();
});

afterAll(async () => {
  await world.close();
});

afterEach(async () => {
  await removeDir(workspace);
  workspace = undefined;
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('aggregate-report redacts secrets from everything it writes or posts', () => {
  it('the token, a listed env var and a test-masked value never reach the comment, summary, check run or files', async () => {
    const dbPassword = 'db-Pa55-w0rd-42';
    const masked = 'session-9f8e7d6c';
    const token = world.token;
    const headSha = 'aced'.repeat(10);
    world.github.addPullRequest({
      repo: REPOSITORY,
      number: 41,
      head: { ref: 'feature-41', sha: headSha },
      base: { ref: 'main' },
    });
    workspace = await tempWorkspace();
    const junit = `<?xml version="1.0"?>
<testsuite name="api" tests="3">
  <testcase classname="api" name="logs in" file="test/api.test.ts"><system-out>::add-mask::${masked}
ok</system-out></testcase>
  <testcase classname="api" name="${xmlAttr(`calls with ${token}`)}" file="test/api.test.ts" line="7">
    <failure message="${xmlAttr(`401 for token ${token}`)}">Error: 401 Unauthorized (${xmlAttr(token)})
    at call (test/api.test.ts:7:3)</failure>
  </testcase>
  <testcase classname="api" name="connects" file="test/api.test.ts" line="20">
    <failure message="${xmlAttr(`password ${dbPassword} rejected for ${masked}`)}">stack</failure>
    <system-err>${xmlAttr(`DB_PASSWORD=${dbPassword}`)}</system-err>
  </testcase>
</testsuite>`;
    await writeFiles(workspace, { 'results/junit.xml': junit });
    const result = await runReport(world, {
      workspace,
      event: pullRequestEvent({ number: 41, headSha, headRef: 'feature-41' }),
      inputs: { results: 'results/*.xml', redact: 'DB_PASSWORD', 'fail-on': 'nothing' },
      env: { DB_PASSWORD: dbPassword },
    });
    expect(result.exitCode).toBe(0);
    const secrets = [token, dbPassword, masked];
    const comment = world.github.state.commentsOn(REPOSITORY, 41)[0]!.body;
    const checkRun = world.github.state.checkRuns(REPOSITORY)[0]!;
    const published = [comment, result.summary, JSON.stringify(checkRun.output), JSON.stringify(checkRun.annotations)];
    const reportDir = path.join(workspace, 'testpipe-report');
    const written = await Promise.all((await filesUnder(reportDir)).map((file) => readFile(file, 'utf8')));
    expect(written.length).toBeGreaterThanOrEqual(5);
    for (const text of [...published, ...written, result.stdout]) {
      for (const secret of secrets) expect(text).not.toContain(secret);
    }
    // Redacted, not dropped: the failures are still there to read.
    expect(comment).toContain('calls with ***');
    expect(comment).toContain('password *** rejected for ***');
    expect(result.maskedValues).toEqual(expect.arrayContaining([dbPassword, masked]));
  });

  it('refuses report files outside the workspace when allow-outside-workspace is false', async () => {
    workspace = await tempWorkspace();
    await writeFiles(workspace, {
      'repo/results/junit.xml': '<testsuite name="s"><testcase classname="s" name="inside"/></testsuite>',
      'outside/junit.xml':
        '<testsuite name="s"><testcase classname="s" name="outside"><failure/></testcase></testsuite>',
    });
    const inputs = { results: 'results/*.xml\n../outside/junit.xml', 'allow-outside-workspace': false, comment: 'off' };
    const result = await runReport(world, { workspace: path.join(workspace, 'repo'), inputs });
    expect(result.outputs.total).toBe('1');
    expect(result.annotations.some((a) => a.level === 'warning' && a.message.includes('not read'))).toBe(true);
  });
});
