import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDurationMs, Secrets, systemClock } from '@testpipe/core';
import {
  BACKENDS,
  DESTROY_POLICIES,
  PROVISION_DEFAULTS,
  runProvision,
  type ProvisionIdentity,
  type StepState,
} from '@testpipe/stages';
import type { Command } from '../commands.js';
import { EXIT } from '../exit-codes.js';
import { unknownOptionError } from '../did-you-mean.js';
import { OptionCursor } from '../option-cursor.js';
import { terminalLogger } from '../terminal-logger.js';
import { UsageError } from '../usage-error.js';

// The options `testpipe provision` and `testpipe teardown` share, and the file the provision state is
// kept in between them (the CLI's StateProvider: what the action's post step reads from the runner).
export const PROVISION_STATE_FILE = 'provision-state.json';

/** Reads `--name value` / `--name=value` / repeated options into a map of lists; flags get 'true'. */
export function parseOptions(
  args: readonly string[],
  flags: readonly string[],
  valued: readonly string[],
  usage: string,
): Map<string, string[]> {
  const options = new Map<string, string[]>();
  for (const cursor = new OptionCursor(args); cursor.next();) {
    if (!cursor.isOption) throw new UsageError(`unexpected argument "${cursor.arg}".`);
    const name = cursor.flag.replace(/^--?/, '');
    if (flags.includes(name)) options.set(name, ['true']);
    else if (valued.includes(name)) options.set(name, [...(options.get(name) ?? []), cursor.value()]);
    else throw unknownOptionError(cursor.flag, usage);
  }
  return options;
}

export function one(options: Map<string, string[]>, name: string): string | undefined {
  return options.get(name)?.at(-1);
}

export function oneOf<T extends string>(
  options: Map<string, string[]>,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = one(options, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${allowed.join(', ')}; got "${value}".`);
  }
  return value as T;
}

/** The provision state as a JSON file in the output directory, so `testpipe teardown` can read it later. */
export function fileStepState(directory: string): StepState {
  const file = path.join(directory, PROVISION_STATE_FILE);
  const readAll = (): Record<string, unknown> =>
    existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  return {
    save(name, value) {
      mkdirSync(directory, { recursive: true });
      writeFileSync(file, `${JSON.stringify({ ...readAll(), [name]: value }, null, 2)}\n`, { mode: 0o600 });
    },
    read<T>(name: string): T | undefined {
      return readAll()[name] as T | undefined;
    },
  };
}

/** A Ctrl-C is passed on to Terraform once (as the runner's cancel); a second one only says to wait. */
export function interruptOnce(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSignal = (name: NodeJS.Signals): void => {
    if (controller.signal.aborted) {
      process.stderr.write(`\n${name} again: waiting for Terraform to stop cleanly (it releases the state lock).\n`);
      return;
    }
    process.stderr.write(`\n${name}: stopping Terraform (one interrupt); the state stays consistent.\n`);
    controller.abort(new Error(`Interrupted by ${name}.`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    signal: controller.signal,
    dispose: () => {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
    },
  };
}

const USAGE = `Usage: testpipe provision [options]

Provisions a Terraform environment for one pipeline run: init (retried), validate, plan, apply of that
plan; prints the outputs (sensitive ones hidden), writes env.json and audit.json to --out. Then run your
tests, and \`testpipe teardown --out <dir> --job-status success|failure\` to apply the destroy policy.
Ctrl-C stops Terraform with one interrupt, as GitHub's cancel does.

Options:
  --working-directory DIR   the Terraform configuration (default .)
  --backend local|s3        (default local); s3 adds the state key testpipe/<repo>/<pipeline>/<job>.tfstate
  --backend-config KEY=VAL  passed to terraform init; repeat it
  --var NAME=VALUE          passed as -var; repeat it
  --var-file FILE           passed as -var-file; repeat it
  --destroy always|on-success|never   what teardown does (default always)
  --preserve-on-failure     keep the environment when the job failed
  --ttl DURATION            how long a kept environment may live (default 6h)
  --lock-timeout DURATION   wait for the state lock (default 60s)
  --pipeline-id ID          default local-<time>
  --repository OWNER/NAME   names the state key (default: $GITHUB_REPOSITORY, $CI_PROJECT_PATH or local/<dir>)
  --job NAME                names the state key (default provision)
  --out DIR                 env.json, audit.json and the saved state (default .testpipe/provision)
  --terraform-version V     minimum Terraform version

Exit codes: 0 applied, 1 Terraform failed (see failure-reason), 130 interrupted, 2 bad options, 3 no terraform.`;

const VALUED = [
  'working-directory',
  'backend',
  'backend-config',
  'var',
  'var-file',
  'destroy',
  'ttl',
  'lock-timeout',
  'pipeline-id',
  'repository',
  'job',
  'out',
  'terraform-version',
];

/** A duration option (90s, 10m, 6h), or the fallback when it is not given. */
export function durationOption(name: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const ms = parseDurationMs(value);
  if (ms === undefined) throw new UsageError(`--${name} must be a duration such as 90s, 10m or 6h; got "${value}".`);
  return ms;
}

export function cliIdentity(repository: string | undefined, job: string | undefined): ProvisionIdentity {
  return {
    tool: 'cli',
    repository:
      repository ??
      process.env.GITHUB_REPOSITORY ??
      process.env.CI_PROJECT_PATH ??
      `local/${path.basename(process.cwd())}`,
    job: job ?? 'provision',
    runId: process.env.CI_PIPELINE_ID ?? process.env.BUILD_ID,
    actor: process.env.USER,
  };
}

export const provisionCommand: Command = {
  name: 'provision',
  usage: USAGE,
  async run(args, { debug }) {
    const options = parseOptions(args, ['preserve-on-failure'], VALUED, USAGE);
    const out = path.resolve(one(options, 'out') ?? path.join('.testpipe', 'provision'));
    const logger = terminalLogger({ info: process.stdout, debug });
    const interrupt = interruptOnce();
    try {
      const result = await runProvision(
        {
          workingDirectory: one(options, 'working-directory') ?? '.',
          rootDir: process.cwd(),
          backend: oneOf(options, 'backend', BACKENDS, PROVISION_DEFAULTS.backend),
          backendConfig: options.get('backend-config') ?? [],
          variables: options.get('var') ?? [],
          varFiles: options.get('var-file') ?? [],
          destroy: oneOf(options, 'destroy', DESTROY_POLICIES, PROVISION_DEFAULTS.destroy),
          preserveOnFailure: options.has('preserve-on-failure'),
          ttlMs: durationOption('ttl', one(options, 'ttl') ?? PROVISION_DEFAULTS.ttl, 0),
          lockTimeoutMs: durationOption(
            'lock-timeout',
            one(options, 'lock-timeout') ?? PROVISION_DEFAULTS['lock-timeout'],
            0,
          ),
          pipelineId: one(options, 'pipeline-id') ?? `local-${Date.now()}`,
          identity: cliIdentity(one(options, 'repository'), one(options, 'job')),
          outputDir: out,
          terraformVersion: one(options, 'terraform-version'),
          signal: interrupt.signal,
        },
        // No runner log to mask in: sensitive values are never printed, and redacted in every file.
        { logger, clock: systemClock, state: fileStepState(out), secrets: new Secrets(), mask: () => undefined },
      );
      process.stdout.write(`\n${result.summary}`);
      for (const [name, value] of Object.entries(result.outputs)) {
        const shown = result.sensitiveOutputs.includes(name) ? '(sensitive)' : value;
        process.stdout.write(`${name} = ${shown}\n`);
      }
      if (result.envFile) process.stdout.write(`env.json: ${result.envFile}\n`);
      if (result.status === 'applied') return 0;
      process.stderr.write(
        `testpipe provision: ${result.status} (${result.failureReason}). State kept in ${out} for \`testpipe teardown --out ${out}\`.\n`,
      );
      return result.status === 'cancelled' ? EXIT.interrupted : EXIT.failed;
    } finally {
      interrupt.dispose();
    }
  },
};
