import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { inputEnvName, loadActionDefinition, type ActionDefinition, type StepName } from './action-definition.js';
import { pushEvent, type GitHubEvent } from './event-payloads.js';
import { evaluateDefaultValue, type ExpressionContexts } from './expressions.js';
import { buildRunnerEnvironment, inheritedEnvironment, type GitHubRunContext } from './github-context.js';
import { SecretMasker } from './secret-masker.js';
import { createFileCommandFiles, readFileCommands, type FileCommandResults } from './step-files.js';
import { runStepProcess, type CancelTimings, type StepProcessResult } from './step-process.js';
import { createTempDir, removeTempDir } from './temp-dirs.js';
import { LineSplitter, WorkflowCommandProcessor, type Annotation } from './workflow-commands.js';

export type InputValue = string | number | boolean;
export type StepOutcome = 'success' | 'failure' | 'cancelled';

export interface StepOptions extends CancelTimings {
  /** Path to the action.yml, e.g. `<repo>/aggregate-report/action.yml`. */
  actionYml: string;
  /** `with:` values; names match action.yml inputs case-insensitively. */
  inputs?: Record<string, InputValue>;
  /** Default: `pushEvent()`. */
  event?: GitHubEvent;
  /** The job's GITHUB_TOKEN: fills `${{ github.token }}` defaults and is masked like the runner masks it. */
  token?: string;
  github?: GitHubRunContext;
  /** Extra environment for the step, applied over the runner's variables (e.g. ACTIONS_RESULTS_URL). */
  env?: Record<string, string>;
  /** GITHUB_WORKSPACE; the harness creates (and removes) an empty one when not given. */
  workspace?: string;
  /** Working directory of the process; default: the workspace. */
  cwd?: string;
  runnerTemp?: string;
  /** Like `timeout-minutes`: cancels the step the same way and reports `timedOut`. */
  timeoutMs?: number;
  cancelAfterMs?: number;
  signal?: AbortSignal;
  /** Node binary; default the one running the tests (`process.execPath`). */
  nodePath?: string;
  /** Called with each output line (masked) as it arrives, e.g. to cancel once the action reports it is ready. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface RunStepOptions extends StepOptions {
  step?: StepName;
  /** GITHUB_STATE of the main step, given to post as STATE_<name>. */
  previousState?: Record<string, string>;
  /** GITHUB_ENV written by earlier steps of the job. */
  previousEnv?: Record<string, string>;
  /** GITHUB_PATH entries written by earlier steps, oldest first. */
  previousPath?: string[];
  /** Values earlier steps registered with `::add-mask::`. */
  secrets?: string[];
}

/** Exit status, what the file commands held (`summary` is masked, '' when dropped), and the masked streams. */
export interface StepResult extends StepProcessResult, FileCommandResults {
  step: StepName;
  outcome: StepOutcome;
  annotations: Annotation[];
  groups: string[];
  debugMessages: string[];
  maskedValues: string[];
  /** Streams with every masked value replaced by `***`. */
  stdout: string;
  stderr: string;
  /** Unmasked streams, for debugging a test only: never assert a secret is absent on these. */
  rawStdout: string;
  rawStderr: string;
  /** Temp dir kept for inspection (TESTPIPE_KEEP_TMP), if any. */
  keptTempDir?: string;
}

/** A fake installation token shaped like GitHub's `ghs_` tokens. */
export function fakeGitHubToken(): string {
  return `ghs_${randomBytes(18).toString('hex')}`;
}

function resolveInputs(
  definition: ActionDefinition,
  given: Record<string, InputValue>,
  contexts: ExpressionContexts,
): { env: Record<string, string>; unexpected: string[] } {
  const givenByLowerName = new Map(Object.entries(given).map(([name, value]) => [name.toLowerCase(), String(value)]));
  const env: Record<string, string> = {};
  for (const input of definition.inputs) {
    const value = givenByLowerName.get(input.name.toLowerCase());
    givenByLowerName.delete(input.name.toLowerCase());
    env[inputEnvName(input.name)] = value ?? evaluateDefaultValue(input.default ?? '', contexts);
  }
  // The runner still passes inputs the action does not declare, with a warning.
  const unexpected = Object.keys(given).filter((name) => givenByLowerName.has(name.toLowerCase()));
  for (const name of unexpected) env[inputEnvName(name)] = String(given[name]);
  return { env, unexpected };
}

function withPrependedPath(env: Record<string, string>, entries: string[]): void {
  if (entries.length === 0) return;
  env.PATH = [...entries]
    .reverse()
    .concat(env.PATH ? [env.PATH] : [])
    .join(path.delimiter);
}

/** Runs one step (main or post) of a JavaScript action as the GitHub runner would, and reads back what it wrote. */
export async function runStep(options: RunStepOptions): Promise<StepResult> {
  const step = options.step ?? 'main';
  const definition = await loadActionDefinition(options.actionYml);
  const scriptPath = step === 'main' ? definition.mainScript : definition.postScript;
  if (scriptPath === undefined) throw new Error(`${definition.actionYmlPath} has no \`runs.post\`; cannot run post`);

  const stepDir = await createTempDir(`${step}-step`);
  let result: StepResult | undefined;
  try {
    result = await runStepInDir(definition, scriptPath, step, stepDir, options);
  } finally {
    const kept = await removeTempDir(stepDir, result?.outcome !== 'success');
    if (kept) {
      process.stderr.write(`testpipe runner harness: kept ${kept} (${step} step did not succeed)\n`);
      if (result) result.keptTempDir = kept;
    }
  }
  return result;
}

async function runStepInDir(
  definition: ActionDefinition,
  scriptPath: string,
  step: StepName,
  stepDir: string,
  options: RunStepOptions,
): Promise<StepResult> {
  const workspace = options.workspace ?? path.join(stepDir, 'workspace');
  const runnerTemp = options.runnerTemp ?? path.join(stepDir, 'runner-temp');
  await Promise.all([workspace, runnerTemp].map((dir) => mkdir(dir, { recursive: true })));
  const files = await createFileCommandFiles(path.join(stepDir, 'file-commands'));

  const event = options.event ?? pushEvent();
  const eventPath = path.join(stepDir, 'event.json');
  await writeFile(eventPath, JSON.stringify(event.payload, null, 2));

  const token = options.token ?? fakeGitHubToken();
  const runner = buildRunnerEnvironment({ event, eventPath, token, workspace, runnerTemp, github: options.github });
  const inputs = resolveInputs(definition, options.inputs ?? {}, runner.contexts);
  const env: Record<string, string> = { ...inheritedEnvironment(), ...runner.env, ...(options.previousEnv ?? {}) };
  withPrependedPath(env, options.previousPath ?? []);
  Object.assign(env, options.env ?? {}, inputs.env, files);
  for (const [name, value] of Object.entries(options.previousState ?? {})) env[`STATE_${name}`] = value;

  const masker = new SecretMasker();
  masker.add(token);
  for (const secret of options.secrets ?? []) masker.add(secret);
  const commands = new WorkflowCommandProcessor(masker);
  if (inputs.unexpected.length > 0) {
    const valid = definition.inputs.map((input) => `'${input.name}'`).join(', ');
    commands.annotations.push({
      level: 'warning',
      message: `Unexpected input(s) ${inputs.unexpected.map((name) => `'${name}'`).join(', ')}, valid inputs are [${valid}]`,
    });
  }

  let rawStdout = '';
  let rawStderr = '';
  const lineHandler = (stream: 'stdout' | 'stderr') => (line: string) => {
    commands.processLine(line);
    options.onLine?.(masker.mask(line), stream);
  };
  const stdoutLines = new LineSplitter(lineHandler('stdout'));
  const stderrLines = new LineSplitter(lineHandler('stderr'));
  const processResult = await runStepProcess({
    nodePath: options.nodePath ?? process.execPath,
    scriptPath,
    cwd: options.cwd ?? workspace,
    env,
    signal: options.signal,
    cancelAfterMs: options.cancelAfterMs,
    timeoutMs: options.timeoutMs,
    sigintGraceMs: options.sigintGraceMs,
    sigtermGraceMs: options.sigtermGraceMs,
    onStdout: (chunk) => {
      rawStdout += chunk;
      stdoutLines.push(chunk);
    },
    onStderr: (chunk) => {
      rawStderr += chunk;
      stderrLines.push(chunk);
    },
  });
  stdoutLines.flush();
  stderrLines.flush();

  const fileCommands = await readFileCommands(files, commands.annotations, masker);
  const outcome: StepOutcome = processResult.cancelled
    ? 'cancelled'
    : processResult.exitCode === 0 && !processResult.timedOut && fileCommands.fileCommandErrors.length === 0
      ? 'success'
      : 'failure';
  if (processResult.timedOut) commands.annotations.push({ level: 'error', message: 'The action has timed out.' });

  return {
    step,
    outcome,
    ...processResult,
    ...fileCommands,
    annotations: commands.annotations.map((annotation) => ({
      ...annotation,
      message: masker.mask(annotation.message),
    })),
    groups: commands.groups.map((group) => masker.mask(group)),
    debugMessages: commands.debugMessages.map((message) => masker.mask(message)),
    maskedValues: masker.values,
    stdout: masker.mask(rawStdout),
    stderr: masker.mask(rawStderr),
    rawStdout,
    rawStderr,
  };
}
