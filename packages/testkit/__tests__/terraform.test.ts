import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  requireTerraform,
  runTerraform,
  TerraformCommandError,
  TerraformNotInstalledError,
  type TerraformInstall,
} from '../src/terraform.js';

const CONFIG = `
variable "pipeline_id" {
  type = string
}

resource "terraform_data" "environment" {
  input = { pipeline = var.pipeline_id, kind = "ephemeral" }
}

output "pipeline_id" {
  value = terraform_data.environment.output.pipeline
}

output "kind" {
  value = terraform_data.environment.output.kind
}
`;

describe('requireTerraform', () => {
  it('reports the path and version of the terraform on PATH', async () => {
    const terraform = await requireTerraform();
    expect(path.basename(terraform.path)).toBe('terraform');
    expect(terraform.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says what to install when terraform is missing', async () => {
    const emptyDir = await mkdtemp(path.join(tmpdir(), 'testpipe-nopath-'));
    try {
      const attempt = requireTerraform({ pathEnv: emptyDir });
      await expect(attempt).rejects.toBeInstanceOf(TerraformNotInstalledError);
      await expect(attempt).rejects.toThrow(/developer\.hashicorp\.com\/terraform\/install/);
    } finally {
      await rm(emptyDir, { recursive: true, force: true });
    }
  });
});

describe('runTerraform', () => {
  let terraform: TerraformInstall;
  let workDir: string;
  let pluginCacheDir: string;

  beforeAll(async () => {
    terraform = await requireTerraform();
    workDir = await mkdtemp(path.join(tmpdir(), 'testpipe-tf-'));
    pluginCacheDir = await mkdtemp(path.join(tmpdir(), 'testpipe-tfcache-'));
    await writeFile(path.join(workDir, 'main.tf'), CONFIG);
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
    await rm(pluginCacheDir, { recursive: true, force: true });
  });

  const run = (args: string[], env?: Record<string, string>) =>
    runTerraform(args, { cwd: workDir, terraformPath: terraform.path, pluginCacheDir, env });

  it('initialises, applies and reports outputs of a built-in-only configuration', async () => {
    const init = await run(['init']);
    expect(init.stdout).toContain('Terraform has been successfully initialized');
    expect(existsSync(path.join(workDir, '.terraform.lock.hcl'))).toBe(false); // no provider was needed

    const apply = await run(['apply', '-auto-approve'], { TF_VAR_pipeline_id: '4242-1' });
    expect(apply.stdout).toContain('Apply complete! Resources: 1 added');
    expect(apply.stdout).not.toContain('\u001b['); // no colour codes

    const outputs = JSON.parse((await run(['output', '-json'])).stdout) as Record<string, { value: unknown }>;
    expect(outputs.pipeline_id?.value).toBe('4242-1');
    expect(outputs.kind?.value).toBe('ephemeral');
    const state = JSON.parse(await readFile(path.join(workDir, 'terraform.tfstate'), 'utf8')) as {
      resources: { type: string }[];
    };
    expect(state.resources.map((resource) => resource.type)).toEqual(['terraform_data']);

    const destroy = await run(['destroy', '-auto-approve'], { TF_VAR_pipeline_id: '4242-1' });
    expect(destroy.stdout).toContain('Destroy complete! Resources: 1 destroyed');
  });

  it('fails instead of prompting for a missing variable', async () => {
    const attempt = run(['plan']);
    await expect(attempt).rejects.toBeInstanceOf(TerraformCommandError);
    await expect(attempt).rejects.toThrow(/No value for required variable/);
  });

  it('returns the exit code when failure is allowed', async () => {
    const result = await runTerraform(['validate', '-json', 'unexpected-argument'], {
      cwd: workDir,
      terraformPath: terraform.path,
      pluginCacheDir,
      allowFailure: true,
    });
    expect(result.exitCode).not.toBe(0);
  });
});
