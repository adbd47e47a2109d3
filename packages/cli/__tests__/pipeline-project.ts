// A small project for `testpipe pipeline` tests: an environment started without Terraform (a "server"
// process it leaves running, an output that is a secret), a node:test suite that reads the outputs, and a
// notify file sink. Switches in the environment make a test fail, the start fail or a test hang.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SECRET_OUTPUT = 'tok-3f9a1c7e-not-for-logs';

const START = `import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
const dir = process.env.TESTPIPE_ENVIRONMENT_DIR;
if (!dir) { console.error('TESTPIPE_ENVIRONMENT_DIR is not set'); process.exit(2); }
mkdirSync(dir, { recursive: true });
const server = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { detached: true, stdio: 'ignore' });
server.unref();
writeFileSync(path.join(dir, 'server.pid'), String(server.pid));
appendFileSync('server-pids.txt', server.pid + '\\n');
console.log('server started with token ${SECRET_OUTPUT}');
writeFileSync(path.join(dir, 'outputs.json'), JSON.stringify({ api_url: 'http://127.0.0.1:9', api_token: '${SECRET_OUTPUT}' }));
if (process.env.START_FAILS === '1') { console.error('the database did not come up'); process.exit(1); }
`;

const STOP = `import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
const dir = process.env.TESTPIPE_ENVIRONMENT_DIR;
const pidFile = path.join(dir, 'server.pid');
if (existsSync(pidFile)) {
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try { process.kill(pid, 'SIGKILL'); } catch {}
  for (let i = 0; i < 50; i++) { try { process.kill(pid, 0); } catch { break; } await new Promise((r) => setTimeout(r, 100)); }
}
rmSync(dir, { recursive: true, force: true });
console.log('server stopped');
`;

const TESTS: Record<string, string> = {
  'outputs.test.mjs': `import test from 'node:test';
import assert from 'node:assert/strict';
test('the environment outputs reach the tests', () => {
  assert.equal(process.env.TESTPIPE_API_URL, 'http://127.0.0.1:9');
  console.log('token is', process.env.TESTPIPE_API_TOKEN);
  assert.match(process.env.TESTPIPE_PIPELINE_ID ?? '', /./);
});
`,
  'switchable.test.mjs': `import test from 'node:test';
import assert from 'node:assert/strict';
test('fails when FAIL_TEST is set', () => assert.notEqual(process.env.FAIL_TEST, '1', 'FAIL_TEST=1'));
test('hangs when HANG_TEST is set', async () => {
  if (process.env.HANG_TEST === '1') await new Promise((resolve) => setTimeout(resolve, 120_000));
});
`,
};

export function pipelineConfig(extra = ''): string {
  return `version: 1
environment:
  working-directory: env
  without-terraform:
    start: [node, env/start.mjs]
    stop: [node, env/stop.mjs]
    sensitive: [api_token]
notify:
  directory: out/notifications
${extra}suites:
  - name: unit
    runner: node
    working-directory: tests
    discover: { glob: ['*.test.mjs'] }
    shards: 2
    timeout: 2m
`;
}

export async function writePipelineProject(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'testpipe-pipeline-'));
  await mkdir(path.join(dir, 'env'));
  await mkdir(path.join(dir, 'tests'));
  await writeFile(path.join(dir, 'env', 'start.mjs'), START);
  await writeFile(path.join(dir, 'env', 'stop.mjs'), STOP);
  for (const [name, text] of Object.entries(TESTS)) await writeFile(path.join(dir, 'tests', name), text);
  await writeFile(path.join(dir, 'testpipe.yml'), pipelineConfig());
  return dir;
}

/** The pids of every server the project's environment started (start.mjs appends them). */
export function serverPids(dir: string): number[] {
  const file = path.join(dir, 'server-pids.txt');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) : [];
}

/** PATH without any directory that holds terraform: how a machine without it looks. */
export function pathWithoutTerraform(): string {
  return (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((entry) => entry !== '' && !existsSync(path.join(entry, 'terraform')))
    .join(path.delimiter);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every file under `dir` whose text contains `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    for (const name of readdirSync(current)) {
      const file = path.join(current, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (readFileSync(file).includes(needle)) found.push(path.relative(dir, file));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}
