// The job summary of provision and of its post step, and the commands a person runs on a kept environment.
import type { ProvisionState } from './provision-settings.js';
import type { ProvisionResult } from './run-provision.js';

function shellQuote(value: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/** The exact commands to look at and destroy a kept environment, from the repository root. */
export function inspectAndDestroyCommands(state: ProvisionState, workingDirectory: string): string {
  const backend = state.backendConfig.map((line) => shellQuote(`-backend-config=${line}`)).join(' ');
  const vars = [
    ...state.varFiles.map((file) => shellQuote(`-var-file=${file}`)),
    ...state.variables.map((line) => `-var ${shellQuote(line)}`),
  ].join(' ');
  const auto = Object.entries(state.automaticVariables)
    .map(([name, value]) => `TF_VAR_${name}=${shellQuote(value)}`)
    .join(' ');
  return [
    `cd ${shellQuote(workingDirectory)}`,
    `terraform init -reconfigure ${backend}`.trimEnd(),
    'terraform state list',
    'terraform output',
    `${auto} terraform destroy ${vars}`.replace(/\s+/g, ' ').trim(),
    `# or: npx testpipe teardown --working-directory ${shellQuote(workingDirectory)} --backend ${state.backend} --pipeline-id ${state.pipelineId}`,
  ].join('\n');
}

export function renderProvisionSummary(result: ProvisionResult, state: ProvisionState): string {
  const lines = [`### testpipe provision: ${result.status}`, ''];
  lines.push(`| pipeline | state key | expires |`, `|---|---|---|`);
  lines.push(`| \`${result.pipelineId}\` | \`${result.stateKey}\` | ${result.expiresAt} |`, '');
  if (result.plan) {
    lines.push(
      `Plan: **${result.plan.add}** to add, **${result.plan.change}** to change, **${result.plan.destroy}** to destroy.`,
      '',
    );
  }
  if (result.status === 'applied') {
    const names = Object.keys(result.outputs);
    if (names.length > 0) {
      lines.push('| output | value |', '|---|---|');
      for (const name of names) {
        const shown = result.sensitiveOutputs.includes(name)
          ? '(sensitive)'
          : `\`${result.outputs[name]!.slice(0, 200)}\``;
        lines.push(`| ${name} | ${shown} |`);
      }
      lines.push('');
    }
  } else {
    lines.push(`Failure reason: **${result.failureReason ?? 'unknown'}**.`);
    if (result.lockInfo) {
      lines.push(
        `State lock \`${result.lockInfo.id}\` held by ${result.lockInfo.who ?? '?'} (${result.lockInfo.operation ?? '?'}) since ${result.lockInfo.created ?? '?'}.`,
      );
    }
    if (result.partialDestroy === 'destroyed') lines.push('What the failed apply created was destroyed.');
    if (result.partialDestroy === 'failed')
      lines.push('Destroying what the failed apply created **failed**: the post step tries again.');
    if (result.partialDestroy === 'kept') {
      lines.push(
        '',
        'preserve-on-failure: the partial environment is **kept**. Inspect and destroy it with:',
        '',
        '```sh',
      );
      lines.push(inspectAndDestroyCommands(state, state.workingDirectory), '```');
    }
  }
  return `${lines.join('\n')}\n`;
}
