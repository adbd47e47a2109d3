// Runs the terraform binary with argument arrays (never a shell string), non-interactively. Terraform runs
// in its own process group, so the runner's SIGINT to the step reaches it only through us, exactly once:
// a second SIGINT makes Terraform stop at once and may leave the state locked or half-written.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { UserError, type Secrets } from '@testpipe/core';
import { findOnPath } from '../runners/find-program.js';

/** `terraform_data` arrived in Terraform 1.4; `-lock-timeout` and `output -json` are older. */
export const MINIMUM_TERRAFORM_VERSION = '1.4.0';

const INSTALL_ADVICE =
  'Add a `uses: hashicorp/setup-terraform@v3` step (with `terraform_wrapper: false`) before this one, ' +
  'or install Terraform from https://developer.hashicorp.com/terraform/install and put `terraform` on PATH.';

export class TerraformMissingError extends UserError {
  override name = 'TerraformMissingError';
  constructor(detail: string) {
    super(`${detail} ${INSTALL_ADVICE}`, { kind: 'environment' });
  }
}

export interface TerraformRunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  /** We passed the cancel on to Terraform (one SIGINT). */
  interrupted: boolean;
}

export interface TerraformRunOptions {
  /** When it aborts, Terraform gets one SIGINT and is waited for. */
  signal?: AbortSignal;
  /** Each line of output, already redacted; default: dropped. */
  onLine?(line: string): void;
  /** Keep stdout out of onLine (output -json, show -json). */
  quietStdout?: boolean;
}

function isAtLeast(version: string, minimum: string): boolean {
  const have = version.split('.').map((part) => parseInt(part, 10) || 0);
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const diff = (have[i] ?? 0) - (need[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

/** `-no-color` goes after the (sub)command: `plan -no-color`, `state list -no-color`. */
function withNoColor(args: readonly string[]): string[] {
  if (args.length === 0 || args[0] === 'version') return [...args];
  const commandWords = args[0] === 'state' ? 2 : 1;
  return [...args.slice(0, commandWords), '-no-color', ...args.slice(commandWords)];
}

/** One Terraform binary bound to a working directory and an environment. */
export class TerraformCli {
  private constructor(
    readonly path: string,
    readonly version: string,
    private readonly cwd: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly secrets: Secrets,
  ) {}

  /** Finds terraform on PATH and checks its version against `required` (a minimum, e.g. "1.6"). */
  static async locate(options: {
    cwd: string;
    env?: Record<string, string>;
    secrets: Secrets;
    requiredVersion?: string;
  }): Promise<TerraformCli> {
    const pathEnv = options.env?.PATH ?? process.env.PATH ?? '';
    const file = findOnPath('terraform', pathEnv);
    if (!file) throw new TerraformMissingError('`terraform` was not found on PATH.');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.env,
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      TF_CLI_ARGS: '',
    };
    const probe = new TerraformCli(file, '', options.cwd, env, options.secrets);
    const result = await probe.run(['version', '-json'], { quietStdout: true });
    let version: unknown;
    try {
      version = (JSON.parse(result.stdout) as { terraform_version?: unknown }).terraform_version;
    } catch {
      version = undefined;
    }
    if (result.exitCode !== 0 || typeof version !== 'string') {
      throw new TerraformMissingError(`\`${file} version -json\` did not report a version (exit ${result.exitCode}).`);
    }
    const minimum = options.requiredVersion ?? MINIMUM_TERRAFORM_VERSION;
    if (!isAtLeast(version, minimum) || !isAtLeast(version, MINIMUM_TERRAFORM_VERSION)) {
      throw new TerraformMissingError(
        `Terraform ${version} at ${file} is older than ${minimum} (input "terraform-version"; testpipe needs at least ${MINIMUM_TERRAFORM_VERSION}).`,
      );
    }
    return new TerraformCli(file, version, options.cwd, env, options.secrets);
  }

  /** Runs `terraform <args>` without colour; resolves whatever the exit code. */
  run(args: readonly string[], options: TerraformRunOptions = {}): Promise<TerraformRunResult> {
    const argv = withNoColor(args);
    return new Promise((resolve, reject) => {
      const child = spawn(this.path, argv, {
        cwd: this.cwd,
        env: this.env,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const result: TerraformRunResult = { exitCode: null, stdout: '', stderr: '', interrupted: false };
      const interrupt = (): void => {
        if (result.interrupted || child.exitCode !== null || child.pid === undefined) return;
        result.interrupted = true;
        try {
          process.kill(child.pid, 'SIGINT');
        } catch {
          // already gone
        }
      };
      if (options.signal?.aborted) interrupt();
      options.signal?.addEventListener('abort', interrupt, { once: true });
      const collect = (stream: 'stdout' | 'stderr') => (line: string) => {
        result[stream] += `${line}\n`;
        if (stream === 'stdout' && options.quietStdout) return;
        options.onLine?.(this.secrets.redact(line));
      };
      const stdoutDone = new Promise((done) =>
        createInterface({ input: child.stdout, crlfDelay: Infinity }).on('line', collect('stdout')).once('close', done),
      );
      const stderrDone = new Promise((done) =>
        createInterface({ input: child.stderr, crlfDelay: Infinity }).on('line', collect('stderr')).once('close', done),
      );
      child.once('error', (error) => {
        options.signal?.removeEventListener('abort', interrupt);
        reject(new TerraformMissingError(`Could not start ${this.path}: ${error.message}.`));
      });
      child.once('exit', (code) => {
        result.exitCode = code;
        options.signal?.removeEventListener('abort', interrupt);
        void Promise.all([stdoutDone, stderrDone]).then(() => resolve(result));
      });
    });
  }
}
