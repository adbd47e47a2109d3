// Failures through the runner harness with the real terraform binary: a failed apply is destroyed (or
// kept with preserve-on-failure), failed tests keep the environment with instructions, and destroying an
// environment that is already gone succeeds.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { jest } from '@jest/globals';
import { removeDir } from '@testpipe/testkit';
import {
  describeStep,
  expectSuccess,
  markersIn,
  prepareEnvironment,
  provisionInputs,
  provisionOutputDir,
  runMainStep,
  runPostStep,
  type TestEnvironment,
} from './provision-helpers.js';

jest.setTimeout(120_000);

let environment: TestEnvironment | undefined;
afterEach(async () => {
  await removeDir(environment?.workspace);
});

async function auditActions(env: TestEnvironment, pipelineId: string): Promise<string[]> {
  const text = await readFile(path.join(provisionOutputDir(env, pipelineId), 'audit.json'), 'utf8');
  return (JSON.parse(text) as { entries: Array<{ action: string }> }).entries.map((entry) => entry.action);
}

it('a failed apply destroys what it created and reports apply-failed; the post step has nothing left to do', async () => {
  environment = await prepareEnvironment();
  const run = { environment, inputs: provisionInputs(environment, {}, ['fail_apply=true']), runId: 5201 };
  const main = await runMainStep(run);
  expect(main.outcome).toBe('failure');
  expect(main.outputs['failure-reason']).toBe('apply-failed');
  expect(main.outputs['lock-info']).toBe('');
  expect(main.stdout).toContain('provisioning failed on purpose');
  expect(await markersIn(environment)).toEqual([]);
  expect(main.summary).toContain('What the failed apply created was destroyed.');

  const post = await runPostStep({ ...run, inputs: { ...run.inputs, 'job-status': 'failure' } }, main);
  expectSuccess(post);
  expect(await markersIn(environment)).toEqual([]);
  expect(await auditActions(environment, '5201-1')).toEqual(['created', 'destroyed']);
});

it('a failed apply with preserve-on-failure keeps the partial environment and says how to destroy it', async () => {
  environment = await prepareEnvironment();
  const inputs = provisionInputs(environment, { 'preserve-on-failure': true }, ['fail_apply=true']);
  const run = { environment, inputs, runId: 5202 };
  const main = await runMainStep(run);
  expect(main.outcome).toBe('failure');
  expect(main.outputs['failure-reason']).toBe('apply-failed');
  expect(await markersIn(environment)).toEqual(['app', 'database']);

  const post = await runPostStep({ ...run, inputs: { ...inputs, 'job-status': 'failure' } }, main);
  expectSuccess(post);
  expect(await markersIn(environment)).toEqual(['app', 'database']);
  expect(post.summary).toContain('environment kept');
  expect(post.summary).toContain('testpipe/testpipe-org/demo-app/5202-1/e2e.tfstate');
  expect(post.summary).toMatch(/expires \d{4}-\d\d-\d\dT/);
  expect(post.summary).toContain('terraform destroy');
  expect(await auditActions(environment, '5202-1')).toEqual(['created', 'kept', 'kept']);
});

it('failed tests (job-status failure) with preserve-on-failure keep the environment; the commands in the summary destroy it', async () => {
  environment = await prepareEnvironment();
  const inputs = provisionInputs(environment, { 'preserve-on-failure': true, ttl: '2h' });
  const run = { environment, inputs, runId: 5203 };
  const main = await runMainStep(run);
  expectSuccess(main);

  const post = await runPostStep({ ...run, inputs: { ...inputs, 'job-status': 'failure' } }, main);
  expectSuccess(post);
  expect(await markersIn(environment)).toEqual(['app', 'database']);
  const commands = /```sh\n([\s\S]*?)```/.exec(post.summary)?.[1];
  if (!commands) throw new Error(`no commands in the summary:\n${describeStep(post)}`);
  expect(commands).toContain(`cd ${path.join(environment.workspace, 'infra')}`);
  expect(commands).toContain(`-var marker_dir=${environment.markerDir}`);

  // Run the printed commands as a person would: the environment goes away.
  const { execFileSync } = await import('node:child_process');
  const script = commands
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && !/^terraform (state list|output)$/.test(line))
    .map((line) => (line.includes('terraform destroy') ? `${line} -auto-approve` : line))
    .join(' && ');
  execFileSync('sh', ['-c', script], { stdio: 'ignore', env: { ...process.env, TF_INPUT: '0' } });
  expect(await markersIn(environment)).toEqual([]);
});

it('destroying an environment that is already destroyed succeeds', async () => {
  environment = await prepareEnvironment();
  const run = { environment, inputs: provisionInputs(environment), runId: 5204 };
  const main = await runMainStep(run);
  expectSuccess(main);
  expectSuccess(await runPostStep(run, main));
  expect(await markersIn(environment)).toEqual([]);

  const again = await runPostStep(run, main);
  expectSuccess(again);
  expect(again.stdout).toContain('nothing to destroy');
  expect(await auditActions(environment, '5204-1')).toEqual(['created', 'destroyed', 'destroyed']);
});

it('a state locked by another run fails with state-locked and its lock info, and that run is never touched', async () => {
  environment = await prepareEnvironment();
  const holder = { environment, inputs: provisionInputs(environment, {}, ['sleep_seconds=120']), runId: 5205 };
  const controller = new AbortController();
  let contender: Promise<Awaited<ReturnType<typeof runMainStep>>> | undefined;
  const holding = runMainStep(holder, {
    signal: controller.signal,
    onLine: (line) => {
      if (!line.includes('terraform_data.slow[0] (local-exec): Executing') || contender) return;
      // Same configuration and state while the first apply holds the lock; give up on the lock after 1 s.
      contender = runMainStep({
        environment: environment!,
        inputs: provisionInputs(environment!, { 'lock-timeout': '1s' }),
        runId: 5206,
      }).finally(() => controller.abort());
    },
  });
  const first = await holding;
  const second = await contender!;
  expect(second.outcome).toBe('failure');
  expect(second.outputs['failure-reason']).toBe('state-locked');
  const lock = JSON.parse(second.outputs['lock-info'] ?? '{}') as { id?: string; operation?: string };
  expect(lock.id).toMatch(/^[0-9a-f-]{36}$/);
  expect(lock.operation).toBe('OperationTypeApply');
  expect(second.summary).toContain(lock.id);
  // The holder was only cancelled afterwards; its post step destroys its own environment.
  expect(first.outputs['failure-reason']).toBe('cancelled');
  expectSuccess(await runPostStep({ ...holder, inputs: { ...holder.inputs, 'job-status': 'cancelled' } }, first));
  expect(await markersIn(environment)).toEqual([]);
});

it('a post step that runs out of its budget stops Terraform and says what it left behind', async () => {
  environment = await prepareEnvironment();
  const inputs = provisionInputs(environment, { 'post-timeout': '5s' }, ['slow_destroy=true']);
  const run = { environment, inputs, runId: 5207 };
  const main = await runMainStep(run);
  expectSuccess(main);
  expect(await markersIn(environment)).toEqual(['app', 'database', 'slow-destroy']);

  const post = await runPostStep(run, main);
  expect(post.outcome).toBe('failure');
  expect(post.summary).toContain('environment NOT destroyed');
  expect(post.summary).toContain('did not finish within 5 s');
  expect(post.summary).toContain('`terraform_data.slow_destroy[0]`');
  expect(post.summary).toContain('terraform destroy');
  expect(await markersIn(environment)).toContain('slow-destroy');
  expect(await auditActions(environment, '5207-1')).toEqual(['created', 'destroy-failed']);
});
