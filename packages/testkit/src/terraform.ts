import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** `terraform_data` (the only resource our test configurations use) arrived in Terraform 1.4. */
export const MINIMUM_TERRAFORM_VERSION = '1.4.0';

/** Shared across runs on purpose: it is a cache, and configurations with no providers never fill it. */
export const DEFAULT_TERRAFORM_PLUGIN_CACHE_DIR = path.join(tmpdir(), 'testpipe-terraform-plugin-cache');

const INSTALL_HINT =
  'Install Terraform (https://developer.hashicorp.com/terraform/install: HashiCorp apt repository or the release zip) and put `terraform` on PATH.';

export class TerraformNotInstalledError extends Error {
  constructor(detail: string) {
    super(`${detail} ${INSTALL_HINT}`);
    this.name = 'TerraformNotInstalledError';
  }
}

export class TerraformCommandError extends Error {
  constructor(
    readonly args: string[],
    readonly exitCode: number | null,
    readonly stdout: string,
    readonly stderr: string,
  ) {
    super(`terraform ${args.join(' ')} exited with ${exitCode}:\n${stderr.trim() || stdout.trim()}`);
    this.name = 'TerraformCommandError';
  }
}

export interface TerraformInstall {
  path: string;
  version: string;
}

export interface TerraformResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

function findOnPath(command: string, pathEnv: string): string | undefined {
  for (const dir of pathEnv.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function isAtLeast(version: string, minimum: string): boolean {
  const have = version.split('.').map((part) => parseInt(part, 10));
  const need = minimum.split('.').map(Number);
  for (let i = 0; i < need.length; i++) {
    const diff = (have[i] ?? 0) - (need[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

function runProcess(file: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<TerraformResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}

/** Finds `terraform` on PATH and checks it is new enough; throws an error that says what to install. */
export async function requireTerraform(options: { pathEnv?: string } = {}): Promise<TerraformInstall> {
  const pathEnv = options.pathEnv ?? process.env.PATH ?? '';
  const terraformPath = findOnPath('terraform', pathEnv);
  if (!terraformPath) throw new TerraformNotInstalledError('`terraform` was not found on PATH.');
  const result = await runProcess(terraformPath, ['version', '-json'], process.cwd(), {
    ...process.env,
    CHECKPOINT_DISABLE: '1',
  });
  let version: unknown;
  try {
    version = (JSON.parse(result.stdout) as { terraform_version?: unknown }).terraform_version;
  } catch {
    version = undefined;
  }
  if (result.exitCode !== 0 || typeof version !== 'string') {
    throw new TerraformNotInstalledError(
      `\`${terraformPath} version -json\` did not report a version (exit ${result.exitCode}): ${result.stderr.trim()}`,
    );
  }
  if (!isAtLeast(version, MINIMUM_TERRAFORM_VERSION)) {
    throw new TerraformNotInstalledError(
      `Terraform ${version} at ${terraformPath} is older than ${MINIMUM_TERRAFORM_VERSION}, the first with terraform_data.`,
    );
  }
  return { path: terraformPath, version };
}

export interface RunTerraformOptions {
  /** Directory holding the configuration (the working directory of terraform). */
  cwd: string;
  /** Extra environment, e.g. `TF_VAR_pipeline_id`. */
  env?: Record<string, string>;
  pluginCacheDir?: string;
  /** Path from requireTerraform(); default: `terraform` looked up on PATH. */
  terraformPath?: string;
  /** Resolve with the non-zero exit code instead of throwing TerraformCommandError. */
  allowFailure?: boolean;
}

/** Runs terraform non-interactively (no prompts, no colour, no update check) with an argument array. */
export async function runTerraform(args: string[], options: RunTerraformOptions): Promise<TerraformResult> {
  const terraformPath = options.terraformPath ?? (await requireTerraform()).path;
  const pluginCacheDir = options.pluginCacheDir ?? DEFAULT_TERRAFORM_PLUGIN_CACHE_DIR;
  await mkdir(pluginCacheDir, { recursive: true });
  const callerCliArgs = options.env?.TF_CLI_ARGS ?? process.env.TF_CLI_ARGS;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...options.env,
    TF_IN_AUTOMATION: '1',
    TF_INPUT: '0',
    TF_PLUGIN_CACHE_DIR: pluginCacheDir,
    CHECKPOINT_DISABLE: '1',
    // Terraform inserts TF_CLI_ARGS after the subcommand, so -no-color applies to every command.
    TF_CLI_ARGS: callerCliArgs ? `${callerCliArgs} -no-color` : '-no-color',
  };
  const result = await runProcess(terraformPath, args, options.cwd, env);
  if (result.exitCode !== 0 && !options.allowFailure) {
    throw new TerraformCommandError(args, result.exitCode, result.stdout, result.stderr);
  }
  return result;
}
