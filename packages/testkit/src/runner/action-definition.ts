import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export type StepName = 'main' | 'post';

export interface ActionInputDefinition {
  name: string;
  description?: string;
  required: boolean;
  /** Raw default from action.yml; may contain `${{ ... }}` expressions. */
  default?: string;
}

export interface ActionDefinition {
  actionYmlPath: string;
  actionDir: string;
  name: string;
  using: 'node20' | 'node24';
  inputs: ActionInputDefinition[];
  /** Absolute paths, resolved against the action.yml's folder. */
  mainScript: string;
  postScript?: string;
  postIf: string;
}

export class ActionDefinitionError extends Error {
  constructor(actionYmlPath: string, problem: string) {
    super(`${actionYmlPath}: ${problem}`);
    this.name = 'ActionDefinitionError';
  }
}

const SUPPORTED_NODE_RUNTIMES = ['node20', 'node24'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarToString(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

function readInputs(actionYmlPath: string, rawInputs: unknown): ActionInputDefinition[] {
  if (rawInputs === undefined || rawInputs === null) return [];
  if (!isRecord(rawInputs)) throw new ActionDefinitionError(actionYmlPath, '`inputs` must be a mapping of input names');
  return Object.entries(rawInputs).map(([name, rawInput]) => {
    const input = isRecord(rawInput) ? rawInput : {};
    const defaultValue = scalarToString(input.default);
    if (input.default !== undefined && input.default !== null && defaultValue === undefined) {
      throw new ActionDefinitionError(actionYmlPath, `input '${name}' has a default that is not a scalar`);
    }
    return {
      name,
      description: scalarToString(input.description),
      required: input.required === true || input.required === 'true',
      default: defaultValue,
    };
  });
}

function resolveScript(actionYmlPath: string, actionDir: string, key: string, relative: unknown): string {
  if (typeof relative !== 'string' || relative.trim() === '') {
    throw new ActionDefinitionError(actionYmlPath, `\`runs.${key}\` must be a path to a JavaScript file`);
  }
  const scriptPath = path.resolve(actionDir, relative);
  if (!existsSync(scriptPath)) {
    throw new ActionDefinitionError(
      actionYmlPath,
      `\`runs.${key}\` points to ${scriptPath}, which does not exist (run the bundle step first?)`,
    );
  }
  return scriptPath;
}

/** Reads an action.yml the way the runner does for a JavaScript action. */
export async function loadActionDefinition(actionYmlPath: string): Promise<ActionDefinition> {
  const absolutePath = path.resolve(actionYmlPath);
  const document: unknown = parseYaml(await readFile(absolutePath, 'utf8'));
  if (!isRecord(document)) throw new ActionDefinitionError(absolutePath, 'is not a YAML mapping');
  const runs = document.runs;
  if (!isRecord(runs)) throw new ActionDefinitionError(absolutePath, 'has no `runs` section');

  const using = String(runs.using ?? '').toLowerCase();
  if (!(SUPPORTED_NODE_RUNTIMES as readonly string[]).includes(using)) {
    throw new ActionDefinitionError(
      absolutePath,
      `\`runs.using\` is '${String(runs.using)}'; the harness runs only ${SUPPORTED_NODE_RUNTIMES.join(' or ')} actions`,
    );
  }

  const actionDir = path.dirname(absolutePath);
  const postIf = scalarToString(runs['post-if']);
  return {
    actionYmlPath: absolutePath,
    actionDir,
    name: scalarToString(document.name) ?? path.basename(actionDir),
    using: using as ActionDefinition['using'],
    inputs: readInputs(absolutePath, document.inputs),
    mainScript: resolveScript(absolutePath, actionDir, 'main', runs.main),
    postScript: runs.post === undefined ? undefined : resolveScript(absolutePath, actionDir, 'post', runs.post),
    postIf: postIf === undefined || postIf.trim() === '' ? 'always()' : postIf,
  };
}

/** The runner's environment name for an input: spaces become `_`, hyphens are kept. */
export function inputEnvName(inputName: string): string {
  return `INPUT_${inputName.replace(/ /g, '_').toUpperCase()}`;
}
