// The one bounded glob walker (discover.glob, results globs): globs that leave the working directory are
// refused unless allowed, and a walk that visits too many entries or takes too long fails naming the glob.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UserError, type Clock } from '@testpipe/core';
import { glob } from 'tinyglobby';
import { boundedGlob, globLeavesDirectory } from '../src/files/bounded-glob.js';
import { filesByGlob } from '../src/runners/glob-units.js';
import { gatherResults } from '../src/report/gather/index.js';

let root: string;
let cwd: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'testpipe-glob-'));
  cwd = path.join(root, 'project');
  for (let dir = 0; dir < 5; dir++) {
    await mkdir(path.join(cwd, 'tests', `d${dir}`), { recursive: true });
    for (let file = 0; file < 10; file++) await writeFile(path.join(cwd, 'tests', `d${dir}`, `t${file}.test.js`), '');
  }
  await mkdir(path.join(cwd, 'node_modules', 'dep'), { recursive: true });
  await writeFile(path.join(cwd, 'node_modules', 'dep', 'x.test.js'), '');
  await mkdir(path.join(root, 'reports'));
  await writeFile(path.join(root, 'reports', 'outside.xml'), '<testsuite name="s" tests="0"/>');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('globLeavesDirectory', () => {
  it.each([
    ['/**/*', '/'],
    ['/etc/*.conf', '/etc'],
    ['../reports/*.xml', 'PARENT/reports'],
    ['tests/../../*.js', 'PARENT'],
    ['**/../../*.js', '**/../../*.js'],
    ['{/etc,tests}/**/*.js', '{/etc,tests}/**/*.js'],
    ['{../x,tests}/*.js', '{../x,tests}/*.js'],
  ])('%s leaves it (walks %s)', (pattern, expected) => {
    expect(globLeavesDirectory(pattern, cwd)).toBe(expected.replace('PARENT', root));
  });

  it.each(['tests/**/*.test.js', '**/*.js', 'tests/../tests/*.js', 'CWD/tests/**/*.js', '{a,b}/*.js', 'junit.xml'])(
    '%s stays inside',
    (pattern) => {
      expect(globLeavesDirectory(pattern.replace('CWD', cwd), cwd)).toBeUndefined();
    },
  );
});

describe('boundedGlob', () => {
  const base = () => ({ cwd, what: 'discover.glob of suite "unit"', outside: { allowed: false, howToAllow: 'do X' } });

  it('matches what tinyglobby matches, within the limits', async () => {
    const patterns = ['tests/**/*.test.js', '!tests/d1/**'];
    const ignore = ['**/node_modules/**'];
    expect((await boundedGlob(patterns, { ...base(), ignore })).sort()).toEqual(
      (await glob(patterns, { cwd, ignore })).sort(),
    );
  });

  it('refuses a glob that leaves the working directory, naming it and how to allow it', async () => {
    const refused = boundedGlob(['/**/*'], base());
    await expect(refused).rejects.toBeInstanceOf(UserError);
    await expect(refused).rejects.toThrow(
      `discover.glob of suite "unit": the glob "/**/*" leaves the working directory ${cwd} (it would walk /)`,
    );
    await expect(refused).rejects.toThrow('or do X.');
  });

  it('walks a glob that leaves when allowed, and says so', async () => {
    const warnings: string[] = [];
    const files = await boundedGlob(['../reports/*.xml'], {
      ...base(),
      outside: { allowed: true, warn: (message) => warnings.push(message) },
    });
    expect(files).toEqual(['../reports/outside.xml']);
    expect(warnings).toEqual([expect.stringContaining('"../reports/*.xml" leaves the working directory')]);
  });

  it('fails naming the glob and the limit when the walk visits more entries than allowed', async () => {
    const walk = boundedGlob(['**/*.test.js'], { ...base(), limits: { maxEntries: 20 } });
    await expect(walk).rejects.toBeInstanceOf(UserError);
    await expect(walk).rejects.toThrow(
      'discover.glob of suite "unit": the glob "**/*.test.js" visited more than 20 files and directories (the limit)',
    );
    await expect(walk).rejects.toThrow('Narrow it to the folder that holds what you mean, so its walk stays small.');
  });

  it('fails naming the glob and the limit when the walk runs out of time', async () => {
    // A clock whose every wait is already over: the time limit is reached before the walk ends.
    const expired: Clock = { now: () => 0, sleep: () => Promise.resolve() };
    const walk = boundedGlob(['**/*'], { ...base(), clock: expired, limits: { timeoutMs: 5000 } });
    await expect(walk).rejects.toThrow('the glob "**/*" did not finish within 5 s (the limit;');
  });
});

describe('the glob users of the walker', () => {
  it('discovery refuses /**/* and names the suite', async () => {
    await expect(filesByGlob(['/**/*'], cwd, 'discover.glob of suite "unit"')).rejects.toThrow(
      'discover.glob of suite "unit": the glob "/**/*" leaves the working directory',
    );
  });

  it('the report refuses a results glob that leaves the workspace under "refuse", naming the entry and the input', async () => {
    const gathering = gatherResults({
      patterns: ['/**/*.xml'],
      workspace: cwd,
      downloadDir: path.join(root, 'downloads'),
      outsideWorkspace: 'refuse',
      log: { info: () => undefined, warning: () => undefined },
    });
    await expect(gathering).rejects.toBeInstanceOf(UserError);
    await expect(gathering).rejects.toThrow(
      'results entry "/**/*.xml": the glob "/**/*.xml" leaves the working directory',
    );
    await expect(gathering).rejects.toThrow('set the "allow-outside-workspace" input to true');
  });

  it('the report reads a glob that leaves the workspace under "warn" (the action default), with a warning', async () => {
    const gathered = await gatherResults({
      patterns: ['../reports/*.xml'],
      workspace: cwd,
      downloadDir: path.join(root, 'downloads'),
      outsideWorkspace: 'warn',
      log: { info: () => undefined, warning: () => undefined },
    });
    expect(gathered.reportPaths).toEqual([path.join(root, 'reports', 'outside.xml')]);
    expect(gathered.problems).toEqual(
      expect.arrayContaining([expect.stringContaining('the glob "../reports/*.xml" leaves the working directory')]),
    );
  });
});
