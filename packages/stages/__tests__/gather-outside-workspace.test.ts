// Report files that workspace globs reach outside the workspace: read with a warning, or refused.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { gatherResults, type OutsideWorkspacePolicy } from '../src/report/gather/index.js';

const JUNIT = '<testsuite name="s" tests="1"><testcase classname="s" name="t"/></testsuite>';

let root: string;
let workspace: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'testpipe-outside-'));
  workspace = path.join(root, 'workspace');
  await mkdir(path.join(workspace, 'results'), { recursive: true });
  await mkdir(path.join(root, 'elsewhere'));
  await writeFile(path.join(workspace, 'results', 'inside.xml'), JUNIT);
  await writeFile(path.join(root, 'elsewhere', 'outside.xml'), JUNIT);
  await symlink(path.join(root, 'elsewhere'), path.join(workspace, 'results', 'linked'));
});

afterEach(() => rm(root, { recursive: true, force: true }));

async function gather(patterns: string[], policy: OutsideWorkspacePolicy) {
  const warnings: string[] = [];
  const gathered = await gatherResults({
    patterns,
    workspace,
    downloadDir: path.join(root, 'downloads'),
    outsideWorkspace: policy,
    log: { info: () => undefined, warning: (message) => void warnings.push(message) },
  });
  return { files: gathered.reportPaths.map((file) => path.relative(root, file)), problems: gathered.problems };
}

describe('gatherResults: files outside the workspace', () => {
  const patterns = ['results/inside.xml', '../elsewhere/outside.xml', 'results/linked/outside.xml'];

  it('reads them with one warning each under "warn" (the action default), naming the file and the input', async () => {
    const { files, problems } = await gather(patterns, 'warn');
    expect(files).toEqual([
      'workspace/results/inside.xml',
      'elsewhere/outside.xml',
      'workspace/results/linked/outside.xml',
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('"../elsewhere/outside.xml"');
    expect(problems[0]).toContain('its path leads outside the workspace');
    expect(problems[1]).toContain('a symbolic link leads it to');
    for (const problem of problems) expect(problem).toContain('"allow-outside-workspace"');
  });

  it('refuses them under "refuse", reading the rest', async () => {
    const absolute = path.join(root, 'elsewhere', 'outside.xml');
    const { files, problems } = await gather([...patterns, absolute], 'refuse');
    expect(files).toEqual(['workspace/results/inside.xml']);
    expect(problems).toHaveLength(3);
    for (const problem of problems) expect(problem).toContain('not read');
  });

  it('reads them quietly under "allow" (the CLI, whose paths are the user’s own)', async () => {
    const { files, problems } = await gather(patterns, 'allow');
    expect(files).toHaveLength(3);
    expect(problems).toEqual([]);
  });
});
