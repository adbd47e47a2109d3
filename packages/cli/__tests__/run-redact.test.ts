// `testpipe run --redact NAME` (from source): a test prints a secret environment value and fails with it in
// its message; no file the run writes (each shard's results, the report) may hold it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { jest } from '@jest/globals';

jest.setTimeout(120_000);

const SECRET = 'cli-s3cret&<pw>-5150';
const FORMS = [SECRET, 'cli-s3cret&amp;&lt;pw&gt;-5150', JSON.stringify(SECRET).slice(1, -1)];

const LEAKY_TEST = `const { writeFileSync } = require('node:fs');
const secret = process.env.DB_PASSWORD;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
console.log('connecting with ' + secret);
writeFileSync(process.env.TESTPIPE_JUNIT_PATH, '<testsuites><testsuite name="db" tests="1" failures="1">' +
  '<testcase classname="db" name="connects"><failure message="' + esc('login failed for ' + secret) + '">' +
  esc('password ' + secret) + '</failure></testcase></testsuite></testsuites>');
process.exitCode = 1;
`;

let project: string;

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const mainModule = pathToFileURL(path.resolve('packages/cli/src/main.ts')).href;
const entry = `import { main } from ${JSON.stringify(mainModule)}; process.exitCode = await main(process.argv.slice(1));`;

/** `testpipe` from source in `project`, with the secret in its environment as a CI job's secret env. */
async function testpipeWithSecret(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = ['--import', tsxLoader, '--input-type=module', '--eval', entry, '--', ...args];
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, argv, {
      cwd: project,
      env: { ...process.env, DB_PASSWORD: SECRET },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

beforeEach(() => {
  project = mkdtempSync(path.join(os.tmpdir(), 'testpipe-run-redact-'));
  writeFileSync(path.join(project, 'leaky.cjs'), LEAKY_TEST);
  writeFileSync(
    path.join(project, 'testpipe.yml'),
    'version: 1\nsuites:\n  - name: db\n    runner: command\n    retries: 0\n    command: [node, leaky.cjs]\n',
  );
});

afterEach(() => {
  rmSync(project, { recursive: true, force: true });
});

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('no file under --out holds the value of a --redact variable', async () => {
  const result = await testpipeWithSecret(['run', '--no-progress', '--redact', 'DB_PASSWORD']);
  expect(result.code).toBe(1); // the test failed
  const out = path.join(project, 'testpipe-out');
  const files = filesUnder(out).map((file) => path.relative(out, file));
  expect(files).toEqual(
    expect.arrayContaining(['results/db-1/output.log', 'results/db-1/junit.xml', 'results/db-1/ctrf.json']),
  );
  for (const file of files) {
    const text = readFileSync(path.join(out, file), 'utf8');
    expect({ file, leaks: FORMS.filter((form) => text.includes(form)) }).toEqual({ file, leaks: [] });
  }
  expect(readFileSync(path.join(out, 'results/db-1/output.log'), 'utf8')).toContain('connecting with ***');
  expect(readFileSync(path.join(out, 'results/db-1/ctrf.json'), 'utf8')).toContain('login failed for ***');
});

test('--redact needs a name', async () => {
  const result = await testpipeWithSecret(['run', '--redact']);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--redact needs a value.');
});
