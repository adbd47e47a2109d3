// `terraform output -json` → step outputs and env.json outputs. Sensitive values are masked (whole, line by
// line, as JSON, and each string inside) before any of them is printed or written anywhere.
import { ConfigurationError, MIN_SECRET_LENGTH, type EnvironmentOutput, type Secrets } from '@testpipe/core';

interface TerraformOutput {
  sensitive?: boolean;
  value: unknown;
}

export interface ProvisionOutputs {
  /** Every output as a step output: strings as they are, anything else as compact JSON. */
  stepOutputs: Record<string, string>;
  /** Non-sensitive outputs only, for env.json. */
  publicOutputs: Record<string, EnvironmentOutput>;
  sensitiveNames: string[];
}

function stringsInside(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') found.push(String(value));
  else if (Array.isArray(value)) for (const item of value) stringsInside(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsInside(item, found);
  return found;
}

/** Every form in which `value` could appear in a log or a file. */
export function secretFormsOf(value: unknown): string[] {
  const forms = new Set<string>();
  const addWithLines = (text: string): void => {
    forms.add(text);
    for (const line of text.split(/\r?\n/)) forms.add(line);
  };
  if (typeof value === 'string') addWithLines(value);
  addWithLines(JSON.stringify(value));
  addWithLines(JSON.stringify(value, null, 2));
  for (const inner of stringsInside(value)) addWithLines(inner);
  return [...forms].map((form) => form.trim()).filter(isMaskable);
}

/**
 * A form worth masking: masking `{`, `],`, `true` or a 2-digit number from a pretty-printed object would
 * blank that text out of every log line; core's redaction ignores values that short for the same reason.
 */
function isMaskable(form: string): boolean {
  return form.length >= MIN_SECRET_LENGTH && !/^[\s{}[\],:"]*$/.test(form) && !['true', 'false', 'null'].includes(form);
}

/** Masks a sensitive value in the runner's log and adds it to the redaction set; returns how many forms. */
export function maskSensitive(value: unknown, secrets: Secrets, mask: (value: string) => void): number {
  const forms = secretFormsOf(value);
  for (const form of forms) {
    mask(form);
    secrets.add(form);
  }
  return forms.length;
}

/** Parses `terraform output -json`; masks every sensitive value first. */
export function readTerraformOutputs(json: string, secrets: Secrets, mask: (value: string) => void): ProvisionOutputs {
  let parsed: Record<string, TerraformOutput>;
  try {
    parsed = JSON.parse(json === '' ? '{}' : json) as Record<string, TerraformOutput>;
  } catch (error) {
    throw new ConfigurationError('`terraform output -json` did not print JSON; is TF_CLI_ARGS adding options?', {
      cause: error,
    });
  }
  // All masks first, then the rest: nothing below may print a value that is not yet masked.
  for (const output of Object.values(parsed)) if (output.sensitive) maskSensitive(output.value, secrets, mask);
  const result: ProvisionOutputs = { stepOutputs: {}, publicOutputs: {}, sensitiveNames: [] };
  for (const [name, output] of Object.entries(parsed)) {
    const value = output.value;
    result.stepOutputs[name] = typeof value === 'string' ? value : JSON.stringify(value ?? null);
    if (output.sensitive) result.sensitiveNames.push(name);
    else result.publicOutputs[name] = (value ?? null) as EnvironmentOutput;
  }
  return result;
}
