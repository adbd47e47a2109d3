// One Terraform working directory set up for a pipeline: init with the backend settings (retried on
// transient errors), and the -var arguments every later command needs.
import { retryWithBackoff, UserError, type Clock, type Logger, type Secrets } from '@testpipe/core';
import { INIT_RETRIES, type ProvisionState } from './provision-settings.js';
import { TerraformCli, type TerraformRunResult } from './terraform-cli.js';
import { isTransientTerraformError, tailOf } from './terraform-messages.js';

/** A Terraform command that failed; `output` is its redacted stdout and stderr. */
export class TerraformStepError extends UserError {
  override name = 'TerraformStepError';
  constructor(
    readonly command: string,
    readonly result: TerraformRunResult,
    readonly output: string,
  ) {
    super(`terraform ${command} failed (exit ${result.exitCode}):\n${tailOf(output)}`, { kind: 'environment' });
  }
}

export type TerraformTarget = Pick<
  ProvisionState,
  'workingDirectory' | 'backendConfig' | 'variables' | 'varFiles' | 'automaticVariables' | 'lockTimeoutMs'
>;

export interface SessionPorts {
  logger: Logger;
  clock: Clock;
  secrets: Secrets;
}

/** -var and -var-file arguments, for plan and destroy (never for applying a saved plan). */
export function variableArgs(target: TerraformTarget): string[] {
  return [...target.varFiles.map((file) => `-var-file=${file}`), ...target.variables.flatMap((line) => ['-var', line])];
}

export function lockTimeoutArg(ms: number): string {
  return `-lock-timeout=${Math.max(0, Math.round(ms / 1000))}s`;
}

export class TerraformSession {
  constructor(
    readonly cli: TerraformCli,
    readonly target: TerraformTarget,
    private readonly ports: SessionPorts,
  ) {}

  static async open(target: TerraformTarget, ports: SessionPorts, requiredVersion?: string): Promise<TerraformSession> {
    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(target.automaticVariables)) env[`TF_VAR_${name}`] = value;
    const cli = await TerraformCli.locate({
      cwd: target.workingDirectory,
      env,
      secrets: ports.secrets,
      requiredVersion,
    });
    return new TerraformSession(cli, target, ports);
  }

  /** Runs a command, its output lines to the log; resolves to the result and its redacted output. */
  async run(
    args: string[],
    options: { signal?: AbortSignal; quietStdout?: boolean } = {},
  ): Promise<{ result: TerraformRunResult; output: string }> {
    const result = await this.cli.run(args, { ...options, onLine: (line) => this.ports.logger.info(line) });
    return { result, output: this.ports.secrets.redact(`${result.stdout}\n${result.stderr}`) };
  }

  /** Like run, but a non-zero exit is a TerraformStepError. */
  async runOrThrow(args: string[], options: { signal?: AbortSignal; quietStdout?: boolean } = {}) {
    const ran = await this.run(args, options);
    if (ran.result.exitCode !== 0) throw new TerraformStepError(args[0]!, ran.result, ran.output);
    return ran;
  }

  /** `terraform init` with the backend settings, retried with backoff while the error looks transient. */
  async init(signal?: AbortSignal, deadlineMs?: number): Promise<void> {
    const args = [
      'init',
      '-input=false',
      '-reconfigure',
      ...this.target.backendConfig.map((line) => `-backend-config=${line}`),
    ];
    await retryWithBackoff(() => this.runOrThrow(args, { signal }), {
      retries: INIT_RETRIES,
      baseDelayMs: 2000,
      maxDelayMs: 15_000,
      deadlineMs,
      signal,
      clock: this.ports.clock,
      isRetryable: (error) => error instanceof TerraformStepError && isTransientTerraformError(error.output),
      onAttempt: ({ attempt, delayMs }) =>
        this.ports.logger.warning(
          `terraform init failed (attempt ${attempt}); retrying in ${Math.round(delayMs / 1000)} s.`,
        ),
    }).catch((error: unknown) => {
      throw error instanceof TerraformStepError ? error : ((error as { lastError?: unknown }).lastError ?? error);
    });
  }
}
