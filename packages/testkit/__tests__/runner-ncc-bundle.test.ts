import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { node24BinaryPath, runStep } from '../src/runner/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const nccCli = path.join(repoRoot, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const entry = path.join(repoRoot, 'packages', 'testkit', '__tests__', 'fixtures', 'ncc-source', 'main.ts');

// GitHub runs actions on node24; run the bundle there too when scripts/ensure-test-tools.sh installed it.
const nodeBinaries: Array<[string, string]> = [['the test runtime', process.execPath]];
const node24 = node24BinaryPath(repoRoot);
if (node24) nodeBinaries.push(['node24', node24]);

describe('an ncc ESM bundle of a TypeScript action', () => {
  let buildDir: string;
  let actionYml: string;

  beforeAll(async () => {
    buildDir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-ncc-'));
    await promisify(execFile)(
      process.execPath,
      [nccCli, 'build', entry, '-o', path.join(buildDir, 'dist'), '--quiet'],
      {
        cwd: repoRoot,
      },
    );
    actionYml = path.join(buildDir, 'action.yml');
    await writeFile(
      actionYml,
      'name: ncc fixture\ninputs:\n  greeting:\n    required: true\nruns:\n  using: node24\n  main: dist/index.js\n',
    );
  }, 240_000);
  afterAll(() => rm(buildDir, { recursive: true, force: true }));

  test('ncc writes {"type":"module"} beside an ESM index.js', async () => {
    const packageJson = JSON.parse(await readFile(path.join(buildDir, 'dist', 'package.json'), 'utf8'));
    expect(packageJson).toEqual({ type: 'module' });
    expect(await readFile(path.join(buildDir, 'dist', 'index.js'), 'utf8')).toMatch(/^import /m);
  });

  test.each(nodeBinaries)('the bundle runs under plain node (%s) through the harness', async (_label, nodePath) => {
    const result = await runStep({ actionYml, inputs: { greeting: 'hello' }, nodePath });
    expect(result.stderr).toBe('');
    expect(result).toMatchObject({ outcome: 'success', exitCode: 0, outputs: { message: 'hello from an ncc bundle' } });
  });

  test('an uncaught error in the bundle (a missing required input) fails the step', async () => {
    const result = await runStep({ actionYml });
    expect(result).toMatchObject({ outcome: 'failure', exitCode: 1 });
    expect(result.stderr).toContain('Input required and not supplied: greeting');
  });
});
