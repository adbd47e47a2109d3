// The run-matrix bundle runs a shard whose test prints a secret environment value, masks another value with
// ::add-mask::, keeps a third masked value only in its JUnit system-out, and fails with the secret in its
// message. No file under the results directory, and no file of the uploaded artifact, may hold any of them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { jest } from '@jest/globals';
import { runStep } from '@testpipe/testkit';
import {
  ACTION_YML,
  expectExit,
  removeDir,
  startArtifactService,
  tempProject,
  writeFiles,
  type ArtifactService,
} from './action-helpers.js';

jest.setTimeout(120_000);

let artifacts: ArtifactService;
let workspace: string | undefined;

beforeAll(async () => {
  artifacts = await startArtifactService();
});

afterEach(async () => {
  await removeDir(workspace);
});

afterAll(async () => {
  await artifacts?.close();
});

/** Has XML's special characters, so junit.xml holds it escaped (&amp;, &lt;) and ctrf.json as it is. */
const SECRET = 'db-pa55&<word>-7781';
const MASKED_IN_OUTPUT = 'masked-in-output-4242';
const MASKED_IN_JUNIT = 'masked-in-junit-9090';
const FORMS = (value: string): string[] => [
  value,
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  JSON.stringify(value).slice(1, -1),
];

const PROJECT = {
  'testpipe.yml': `version: 1
suites:
  - name: leaky
    runner: command
    retries: 0
    command: [node, leaky.mjs]
`,
  'leaky.mjs': `import { writeFileSync } from 'node:fs';
const secret = process.env.DB_PASSWORD;
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
console.log('connecting as app with ' + secret);
console.log('::add-mask::${MASKED_IN_OUTPUT}');
console.log('session ${MASKED_IN_OUTPUT} opened');
writeFileSync(process.env.TESTPIPE_JUNIT_PATH, '<?xml version="1.0"?>\\n<testsuites><testsuite name="db" tests="1" failures="1">' +
  '<testcase classname="db" name="connects"><failure message="' + esc('login failed for ' + secret) + '">' +
  esc('password was ' + secret + ' and session ${MASKED_IN_OUTPUT}') + '</failure>' +
  '<system-out>' + esc('::add-mask::${MASKED_IN_JUNIT}\\ncookie ${MASKED_IN_JUNIT}') + '</system-out></testcase></testsuite></testsuites>\\n');
process.exit(1);
`,
};

async function filesUnder(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

/** Every entry of a zip, inflated: read through its central directory. */
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + skip;
  }
  return files;
}

function leaks(text: string): string[] {
  return [...new Set([SECRET, MASKED_IN_OUTPUT, MASKED_IN_JUNIT].flatMap(FORMS))].filter((form) => text.includes(form));
}

it('redacts secret env values and masked values from every results file and the uploaded artifact', async () => {
  workspace = await tempProject('testpipe-run-matrix-redact-');
  await writeFiles(workspace, PROJECT);
  const runId = 4300;
  const step = (jobId: string, inputs: Record<string, string>) =>
    runStep({
      actionYml: ACTION_YML,
      inputs,
      workspace,
      github: { runId, runAttempt: 1 },
      env: { ...artifacts.envFor(runId, jobId), DB_PASSWORD: SECRET },
    });
  expectExit(await step('plan', { mode: 'plan' }), 0);
  const result = await step('test-leaky-1', { mode: 'run', shard: 'leaky-1', redact: 'DB_PASSWORD' });
  expectExit(result, 1);
  expect(result.outputs.status).toBe('failed');

  const results = path.join(workspace, 'testpipe-results', 'results', 'leaky-1');
  const files = await filesUnder(results);
  expect(files.map((file) => path.relative(results, file)).sort()).toEqual(
    expect.arrayContaining(['attempts/attempt-1.xml', 'ctrf.json', 'junit.xml', 'output.log']),
  );
  for (const file of files) expect({ file, leaks: leaks(await readFile(file, 'utf8')) }).toEqual({ file, leaks: [] });
  // Redacted, not dropped: the lines and the failure are still there.
  expect(await readFile(path.join(results, 'output.log'), 'utf8')).toContain('connecting as app with ***');
  expect(await readFile(path.join(results, 'ctrf.json'), 'utf8')).toContain('login failed for ***');

  const uploaded = artifacts.artifacts(runId).find((artifact) => artifact.name === 'testpipe-results-leaky-1');
  const entries = unzip(artifacts.blobOf(uploaded!.id)!.content);
  expect([...entries.keys()]).toEqual(expect.arrayContaining(['results/leaky-1/junit.xml']));
  for (const [name, text] of entries) expect({ name, leaks: leaks(text) }).toEqual({ name, leaks: [] });
});
