// Turns what the user gave (lines of backend-config and variables, a ttl) into the values Terraform gets,
// with errors that name the input.
import { ConfigurationError } from '@testpipe/core';
import type { BackendType } from './provision-settings.js';

/** The Terraform state key of one job of one pipeline. */
export function stateKeyFor(repository: string, pipelineId: string, job: string): string {
  const clean = (part: string): string => part.replace(/[^A-Za-z0-9._/-]+/g, '-');
  return `testpipe/${clean(repository)}/${clean(pipelineId)}/${clean(job)}.tfstate`;
}

/** Checks `key=value` lines; `input` names the input (or CLI option) in the error. */
export function parseKeyValueLines(lines: readonly string[], input: string): string[] {
  return lines.map((line) => {
    const at = line.indexOf('=');
    if (at <= 0) {
      throw new ConfigurationError(
        `Input "${input}": "${line}" is not a key=value line. Write one setting per line, e.g. bucket=my-state-bucket.`,
      );
    }
    return `${line.slice(0, at).trim()}=${line.slice(at + 1).trim()}`;
  });
}

/** The -backend-config lines: the user's, plus the state key where the backend takes one. */
export function backendConfigFor(backend: BackendType, userLines: readonly string[], stateKey: string): string[] {
  const lines = parseKeyValueLines(userLines, 'backend-config');
  if (backend === 's3' && !lines.some((line) => line.startsWith('key='))) lines.push(`key=${stateKey}`);
  return lines;
}

/** Reads a key of backend-config lines (bucket, region...). */
export function backendSetting(lines: readonly string[], key: string): string | undefined {
  const line = lines.find((candidate) => candidate.startsWith(`${key}=`));
  return line?.slice(key.length + 1).replace(/^"(.*)"$/, '$1');
}

/** A pipeline id that can name a state key, artifacts and S3 prefixes. */
export function checkPipelineId(pipelineId: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(pipelineId)) {
    throw new ConfigurationError(
      `Input "pipeline-id" must be letters, digits, ".", "_" or "-" (at most 100), got "${pipelineId}". ` +
        'Leave it empty for <run_id>-<run_attempt>.',
    );
  }
  return pipelineId;
}
