// `testpipe provision` and `testpipe teardown` from source (tsx) on the provision action's fixture, with
// the real terraform binary: apply, then teardown per --job-status; Ctrl-C during apply stops Terraform
// with one interrupt and teardown destroys what was made; --pipeline-id; --janitor against s3rver.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { S3RVER_ACCESS_KEY, S3RVER_SECRET_KEY, startLocalS3, type LocalS3 } from '@testpipe/testkit';

jest.setTimeout(180_000);

const repoRoot = path.resolve('.');
const FIXTURE = path.join(repoRoot, 'actions', 'provision', '__tests__', 'fixtures', 'environment');
const SECRET = 'Pw-cli-1-Zq8sLx';
// From source: tsx resolved from the repository, since the CLI runs in a temp dir.
const TSX_LOADER = pathToFileURL(path.join(repoRoot, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;

let dir: string;
let entry: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-provision-cli-'));
  await cp(FIXTURE, path.join(dir, 'infra'), { recursive: true });
  await mkdir(path.join(dir, 'markers'));
  entry = path.join(dir, 'cli.mts');
  await writeFile(
    entry,
    `import { main } from ${JSON.stringify(path.join(repoRoot, 'packages/cli/src/main.ts'))};\nprocess.exitCode = await main(process.argv.slice(2));\n`,
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface CliRun {
  code: number | null;
  output: string;
}

function cli(args: string[], onOutput?: (output: string, stop: () => void) => void): Promise<CliRun> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, entry, ...args], {
    cwd: dir,
    env: { ...process.env, GITHUB_REPOSITORY: 'acme/shop' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const take = (chunk: string): void => {
    output += chunk;
    onOutput?.(output, () => child.kill('SIGINT'));
  };
  child.stdout.setEncoding('utf8').on('data', take);
  child.stderr.setEncoding('utf8').on('data', take);
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, output })));
}

const markers = async (): Promise<string[]> => (await readdir(path.join(dir, 'markers'))).sort();
const base = (id: string): string[] => [
  '--working-directory',
  'infra',
  '--pipeline-id',
  id,
  '--var',
  `marker_dir=${path.join(dir, 'markers')}`,
  '--var',
  `pipeline_id=${id}`,
  '--out',
  path.join(dir, 'out'),
];

it('provision applies and hides sensitive outputs; teardown --job-status failure with preserve keeps it, success destroys it', async () => {
  const provision = await cli(['provision', ...base('cli-1'), '--preserve-on-failure']);
  expect(provision.code).toBe(0);
  expect(provision.output).toContain('database_endpoint = db-cli-1.internal:5432');
  expect(provision.output).toContain('database_password = (sensitive)');
  expect(provision.output).not.toContain(SECRET);
  const envText = await readFile(path.join(dir, 'out', 'env.json'), 'utf8');
  expect(envText).not.toContain(SECRET);
  expect(await markers()).toEqual(['app', 'database']);

  const kept = await cli(['teardown', '--out', path.join(dir, 'out'), '--job-status', 'failure']);
  expect(kept.code).toBe(0);
  expect(kept.output).toContain('environment kept');
  expect(await markers()).toEqual(['app', 'database']);

  const destroyed = await cli(['teardown', '--out', path.join(dir, 'out'), '--job-status', 'success']);
  expect(destroyed.code).toBe(0);
  expect(await markers()).toEqual([]);
  expect(await readFile(path.join(dir, 'out', 'audit.json'), 'utf8')).toContain('"tool": "cli"');
});

it('Ctrl-C during apply stops Terraform with one interrupt; teardown destroys what was made and leaves no lock', async () => {
  const interrupted = await cli(['provision', ...base('cli-2'), '--var', 'sleep_seconds=120'], (output, stop) => {
    if (output.includes('terraform_data.slow[0] (local-exec): Executing') && !output.includes('SIGINT:')) stop();
  });
  expect(interrupted.code).toBe(130);
  expect(interrupted.output).toContain('(cancelled)');
  expect(await markers()).toEqual(['app', 'database']);
  const teardown = await cli(['teardown', '--out', path.join(dir, 'out')]);
  expect(teardown.code).toBe(0);
  expect(await markers()).toEqual([]);
  expect(await readdir(path.join(dir, 'infra'))).not.toContain('.terraform.tfstate.lock.info');
});

it('teardown --pipeline-id destroys, twice without error; --janitor destroys only expired environments', async () => {
  let s3: LocalS3 | undefined;
  try {
    s3 = await startLocalS3({ bucket: 'cli-state' });
    await writeFile(path.join(dir, 'infra', 'backend.tf'), 'terraform {\n  backend "s3" {}\n}\n');
    const backend = [
      'bucket=cli-state',
      'region=us-east-1',
      `endpoints={s3="${s3.endpoint}"}`,
      'use_path_style=true',
      'skip_credentials_validation=true',
      'skip_requesting_account_id=true',
      'skip_metadata_api_check=true',
      'skip_region_validation=true',
      `access_key=${S3RVER_ACCESS_KEY}`,
      `secret_key=${S3RVER_SECRET_KEY}`,
    ].flatMap((line) => ['--backend-config', line]);
    const s3Args = ['--backend', 's3', ...backend];
    // Each pipeline writes its markers in its own directory (the later --var wins).
    const oldDir = path.join(dir, 'markers', 'old');
    const newDir = path.join(dir, 'markers', 'new');
    await mkdir(oldDir);
    await mkdir(newDir);
    const provision = (id: string, markerDir: string, ttl: string) =>
      cli(['provision', ...base(id), '--var', `marker_dir=${markerDir}`, ...s3Args, '--ttl', ttl]);
    expect((await provision('cli-old', oldDir, '1s')).code).toBe(0);
    expect((await provision('cli-new', newDir, '6h')).code).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // let the 1 s ttl pass

    const teardownArgs = [
      '--working-directory',
      'infra',
      '--var',
      'marker_dir=unused',
      ...s3Args,
      '--out',
      path.join(dir, 'td'),
    ];
    const janitor = await cli(['teardown', '--janitor', ...teardownArgs]);
    expect(janitor.code).toBe(0);
    expect(janitor.output).toMatch(/\| cli-old \|.*\| destroyed \|/);
    expect(janitor.output).toMatch(/\| cli-new \|.*\| kept \| not expired \|/);
    expect(await readdir(oldDir)).toEqual([]);
    expect((await readdir(newDir)).sort()).toEqual(['app', 'database']);

    for (let i = 0; i < 2; i++) {
      const byId = await cli(['teardown', '--pipeline-id', 'cli-new', ...teardownArgs]);
      expect(byId.code).toBe(0);
      expect(await readdir(newDir)).toEqual([]);
    }
  } finally {
    await s3?.close();
  }
});
