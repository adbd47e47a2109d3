// The published package: `npm pack` @testpipe/cli, install the tarball into an empty project (offline, no optional
// dependencies) and run `npx testpipe` there. Fails if the tarball lacks the bin, the bundle or its package.json.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cliDirectory = path.resolve('packages/cli');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

interface PackResult {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

const junit = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="shop" tests="3" failures="1" skipped="1">
    <testcase classname="cart" name="adds an item" time="0.25"/>
    <testcase classname="cart" name="removes an item" time="0.5"><failure message="expected 0">expected 0, got 1</failure></testcase>
    <testcase classname="cart" name="applies a coupon" time="0"><skipped/></testcase>
  </testsuite>
</testsuites>
`;

const timeout = 180_000;

describe('@testpipe/cli tarball', () => {
  let packDirectory: string;
  let projectDirectory: string;
  let packed: PackResult;

  beforeAll(async () => {
    packDirectory = mkdtempSync(path.join(os.tmpdir(), 'testpipe-pack-'));
    projectDirectory = mkdtempSync(path.join(os.tmpdir(), 'testpipe-project-'));
    const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', packDirectory], { cwd: cliDirectory });
    packed = (JSON.parse(stdout) as PackResult[])[0]!;
    writeFileSync(
      path.join(projectDirectory, 'package.json'),
      JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }, null, 2),
    );
    writeFileSync(path.join(projectDirectory, 'junit.xml'), junit);
    await run(
      npm,
      [
        'install',
        path.join(packDirectory, packed.filename),
        '--no-audit',
        '--no-fund',
        '--offline',
        '--omit=optional',
        '--ignore-scripts',
      ],
      { cwd: projectDirectory },
    );
  }, timeout);

  afterAll(() => {
    for (const directory of [packDirectory, projectDirectory]) {
      if (directory) rmSync(directory, { recursive: true, force: true });
    }
  });

  test('holds the bin, the whole bundle and its package.json, and no sources or tests', () => {
    const files = packed.files.map((file) => file.path);
    expect(files).toEqual(
      expect.arrayContaining(['bin/testpipe.js', 'dist/index.js', 'dist/package.json', 'package.json', 'README.md']),
    );
    // Every file of the committed bundle (index.js, its <id>.index.js chunks, package.json) is in the tarball.
    const bundle = readdirSync(path.join(cliDirectory, 'dist')).map((file) => `dist/${file}`);
    expect(bundle.filter((file) => /^dist\/\d+\.index\.js$/.test(file)).length).toBeGreaterThan(0);
    expect(files).toEqual(expect.arrayContaining(bundle));
    expect(files.filter((file) => /^src\/|__tests__|\.ts$|tsconfig/.test(file))).toEqual([]);
  });

  test('declares what a registry needs and no workspace-only dependency', () => {
    const manifest = JSON.parse(readFileSync(path.join(cliDirectory, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(manifest.private).toBeUndefined();
    expect(manifest).toMatchObject({ type: 'module', license: 'MIT', engines: { node: '>=20' } });
    const declared = ['dependencies', 'optionalDependencies', 'peerDependencies'].flatMap((field) =>
      Object.keys((manifest[field] as Record<string, string> | undefined) ?? {}),
    );
    expect(declared.filter((name) => name.startsWith('@testpipe/'))).toEqual([]);
  });

  test(
    'npx testpipe --help runs from the installed tarball',
    async () => {
      const { stdout } = await run(npx, ['--no-install', 'testpipe', '--help'], { cwd: projectDirectory });
      expect(stdout).toContain('Usage: testpipe <command>');
      for (const command of ['run', 'plan', 'metrics', 'report', 'seed', 'notify', 'provision', 'teardown']) {
        expect(stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
      }
    },
    timeout,
  );

  test(
    'npx testpipe metrics --json reads a junit file',
    async () => {
      const { stdout } = await run(npx, ['--no-install', 'testpipe', 'metrics', '--json', 'junit.xml'], {
        cwd: projectDirectory,
      });
      expect(JSON.parse(stdout)).toMatchObject({ total: 3, passed: 1, failed: 1, skipped: 1 });
    },
    timeout,
  );
});
