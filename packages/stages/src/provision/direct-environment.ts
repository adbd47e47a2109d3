// The environment of testpipe.yml's `environment.without-terraform`: the same servers the Terraform
// configuration starts, started by running its start program directly (when terraform is not on PATH).
// Writes env.json and audit.json as provision does, so seed, the tests and teardown read the same files.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  AUDIT_FILE,
  ENV_FILE,
  redactStrings,
  UserError,
  writeJsonContract,
  type Clock,
  type EnvironmentFile,
  type Logger,
  type Secrets,
} from '@testpipe/core';
import type { DirectEnvironmentConfig } from '../pipeline-config/pipeline-config.js';
import { appendAudit, auditBy } from './audit-log.js';
import type { ProvisionIdentity } from './provision-settings.js';

/** The variable start and stop get: the directory the environment keeps its state and outputs in. */
export const ENVIRONMENT_DIR_VARIABLE = 'TESTPIPE_ENVIRONMENT_DIR';
const STOP_GRACE_MS = 5_000;

export interface DirectEnvironmentInput {
  config: DirectEnvironmentConfig;
  rootDir: string;
  /** Given to start and stop as TESTPIPE_ENVIRONMENT_DIR. */
  environmentDir: string;
  /** env.json and audit.json go here. */
  outputDir: string;
  pipelineId: string;
  identity: ProvisionIdentity;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface DirectEnvironmentPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

export interface DirectEnvironmentStarted {
  outputs: Record<string, string>;
  sensitiveOutputs: string[];
  envFile: string;
  auditFile: string;
}

interface ProgramRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  cancelled: boolean;
}

/**
 * Runs one program of the environment in its own process group, its lines redacted into the log. It may
 * leave servers running on purpose (that is what start is for), so only its own group is ever signalled.
 */
function runProgram(
  argv: readonly string[],
  input: DirectEnvironmentInput,
  onLine: (line: string) => void,
): Promise<ProgramRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      cwd: input.rootDir,
      env: { ...process.env, [ENVIRONMENT_DIR_VARIABLE]: input.environmentDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const run: ProgramRun = { exitCode: null, signal: null, timedOut: false, cancelled: false };
    const signalGroup = (signal: NodeJS.Signals): void => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    const stopGroup = (): void => {
      signalGroup('SIGTERM');
      setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS).unref();
    };
    const timer = setTimeout(() => ((run.timedOut = true), stopGroup()), input.timeoutMs);
    const onAbort = (): void => ((run.cancelled = true), stopGroup());
    input.signal?.addEventListener('abort', onAbort, { once: true });
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', onLine);
    }
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(
        new UserError(`Could not start ${argv[0]} (environment.without-terraform): ${error.message}.`, {
          kind: 'environment',
        }),
      );
    });
    // 'exit', not 'close': a server start leaves running may hold the pipes open.
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      input.signal?.removeEventListener('abort', onAbort);
      child.stdout.destroy();
      child.stderr.destroy();
      resolve({ ...run, exitCode: code, signal });
    });
  });
}

function describeRun(argv: readonly string[], run: ProgramRun, timeoutMs: number): string {
  const program = argv.join(' ');
  if (run.cancelled) return `${program} was interrupted`;
  if (run.timedOut) return `${program} did not finish within ${Math.round(timeoutMs / 1000)} s`;
  return `${program} exited with ${run.signal ?? `code ${run.exitCode}`}`;
}

/** A line the environment's program printed, redacted, into the log. */
function logLine(ports: DirectEnvironmentPorts): (line: string) => void {
  return (line) => ports.logger.info(`  ${ports.secrets.redact(line)}`);
}

/** The outputs start wrote: a JSON map of names to text (other values are written as JSON). */
async function readOutputs(file: string): Promise<Record<string, string>> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(
      `The environment's start program did not write its outputs to ${file} (${(error as Error).message}): ` +
        `it must write a JSON map of output names to values there, in $${ENVIRONMENT_DIR_VARIABLE}.`,
      { kind: 'environment' },
    );
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new UserError(`${file} must hold a JSON map of output names to values.`, { kind: 'environment' });
  }
  return Object.fromEntries(
    Object.entries(parsed).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]),
  );
}

/** Starts the environment; throws a UserError (environment) naming the program when it fails. */
export async function startDirectEnvironment(
  input: DirectEnvironmentInput,
  ports: DirectEnvironmentPorts,
): Promise<DirectEnvironmentStarted> {
  await mkdir(input.environmentDir, { recursive: true });
  // Start may print its secrets before they are known (they are in the outputs it writes last): its
  // lines are logged once it has exited and the outputs it wrote, if any, are registered as secrets.
  const lines: string[] = [];
  const run = await runProgram(input.config.start, input, (line) => lines.push(line));
  const read = await readOutputs(path.join(input.environmentDir, input.config.outputs)).then(
    (outputs) => ({ outputs, error: undefined }),
    (error: unknown) => ({ outputs: undefined, error }),
  );
  const sensitive = input.config.sensitive.filter((name) => read.outputs !== undefined && name in read.outputs);
  for (const name of sensitive) ports.secrets.add(read.outputs![name]);
  lines.forEach(logLine(ports));
  const auditFile = path.join(input.outputDir, AUDIT_FILE);
  if (run.exitCode !== 0) {
    throw new UserError(
      `The environment did not start: ${describeRun(input.config.start, run, input.timeoutMs)}. ` +
        'Its output is above; teardown still runs its stop program.',
      { kind: 'environment' },
    );
  }
  if (!read.outputs) throw read.error; // says what is wrong with the outputs file
  const written = read.outputs;
  const publicOutputs = Object.fromEntries(Object.entries(written).filter(([name]) => !sensitive.includes(name)));
  const now = new Date(ports.clock.now()).toISOString();
  const env: EnvironmentFile = {
    schemaVersion: 1,
    pipelineId: input.pipelineId,
    stateKey: `without-terraform:${path.relative(input.rootDir, input.environmentDir)}`,
    provisionedAt: now,
    outputs: publicOutputs,
  };
  const redact = ports.secrets.redact.bind(ports.secrets);
  const envFile = path.join(input.outputDir, ENV_FILE);
  await mkdir(input.outputDir, { recursive: true });
  await writeJsonContract(envFile, redactStrings(env, redact));
  const reason = `started without Terraform: ${input.config.start.join(' ')}`;
  await appendAudit(
    auditFile,
    input.pipelineId,
    [{ at: now, action: 'created', by: auditBy(input.identity), reason, stateKey: env.stateKey }],
    redact,
  );
  return { outputs: written, sensitiveOutputs: sensitive, envFile, auditFile };
}

/** Runs the stop program (also after a failed start: it may have left something); true when it succeeded. */
export async function stopDirectEnvironment(
  input: DirectEnvironmentInput,
  reason: string,
  ports: DirectEnvironmentPorts,
): Promise<{ stopped: boolean; message: string }> {
  const run = await runProgram(input.config.stop, input, logLine(ports));
  const stopped = run.exitCode === 0;
  const message = stopped
    ? `Stopped the environment (${input.config.stop.join(' ')}).`
    : `The environment may still be running: ${describeRun(input.config.stop, run, input.timeoutMs)}. ` +
      `Run it again with ${ENVIRONMENT_DIR_VARIABLE}=${input.environmentDir}.`;
  if (existsSync(path.join(input.outputDir, AUDIT_FILE)) || stopped) {
    await appendAudit(
      path.join(input.outputDir, AUDIT_FILE),
      input.pipelineId,
      [
        {
          at: new Date(ports.clock.now()).toISOString(),
          action: stopped ? 'destroyed' : 'destroy-failed',
          by: auditBy(input.identity),
          reason: stopped ? reason : `${reason}; ${message}`,
        },
      ],
      ports.secrets.redact.bind(ports.secrets),
    );
  }
  return { stopped, message };
}
