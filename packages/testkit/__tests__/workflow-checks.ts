// Checks for the workflows, pipelines and action metadata users copy from action-examples/: JSON-schema
// validation, and the references a schema cannot see (a `uses:` of an action that does not exist, an input
// it does not declare, a `needs` of a missing job, a `testpipe` option the CLI does not accept). Each check
// returns the problems it found, so a test can assert on an empty list and on the problem of a broken copy.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';

// ajv-formats ships CommonJS with `exports.default`; under NodeNext the default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

export type Doc = Record<string, unknown>;

/** The owner/name users write in `uses:`: org/testpipe/<action>@v1. */
export const REPOSITORY = 'org/testpipe';

export function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown): Doc {
  return isRecord(value) ? value : {};
}

export function readYaml(file: string): Doc {
  const doc: unknown = parse(readFileSync(file, 'utf8'));
  if (!isRecord(doc)) throw new Error(`${file} is not a YAML mapping`);
  return doc;
}

/**
 * A validator for one of the shipped schemas (all draft-07). strict: false because SchemaStore and GitLab
 * use keywords Ajv's strict mode rejects (markdownDescription, x-intellij-*, union types).
 */
export function schemaValidator(schemaFile: string, patch?: (schema: Doc) => void): (doc: unknown) => string[] {
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  addFormats(ajv);
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Doc;
  patch?.(schema);
  const validate: ValidateFunction = ajv.compile(schema);
  return (doc) =>
    validate(doc)
      ? []
      : (validate.errors ?? []).map(
          (e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
        );
}

/**
 * The github-action.json shipped (SchemaStore's, as embedded in @action-validator/core 0.6.0) predates the
 * node24 runtime: its runs.using enum is node12, node16, node20. Our actions declare node24 (DESIGN.md), so
 * node24 is added to that one enum, and nothing else is changed. Once a refreshed schema lists node24 this
 * is a no-op; a schema whose enum moved throws, so the patch is revisited rather than silently dropped.
 */
export function allowNode24Runtime(schema: Doc): void {
  const using = record(record(record(record(schema.definitions)['runs-javascript']).properties).using);
  const values = using.enum;
  if (!Array.isArray(values) || !values.includes('node20'))
    throw new Error(
      'github-action.json: definitions.runs-javascript.properties.using.enum not found; revisit the patch',
    );
  if (!values.includes('node24')) values.push('node24');
}

/** Every string inside a value, for scanning expressions. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isRecord(value)) return Object.values(value).flatMap(strings);
  return [];
}

function listOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

interface ActionMetadata {
  inputs: Doc;
  outputs: Doc;
}

/** Where a `uses:` of this repository points, relative to the repository root; undefined for other repositories. */
export function localTarget(uses: string): string | undefined {
  const remote = new RegExp(`^${REPOSITORY}/([^@]+)@[\\w.-]+$`).exec(uses);
  if (remote) return remote[1];
  if (uses.startsWith('./')) return uses.slice(2);
  return undefined;
}

function loadAction(root: string, target: string): ActionMetadata | undefined {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = path.join(root, target, name);
    if (existsSync(file)) {
      const doc = readYaml(file);
      return { inputs: record(doc.inputs), outputs: record(doc.outputs) };
    }
  }
  return undefined;
}

function workflowCallOf(workflow: Doc): Doc | undefined {
  const on = workflow.on;
  if (!isRecord(on) || !('workflow_call' in on)) return undefined;
  return record(on.workflow_call);
}

function checkWith(where: string, given: Doc, declared: Doc, kind: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(given))
    if (!(key in declared)) problems.push(`${where}: ${kind} "${key}" is not declared`);
  for (const [key, spec] of Object.entries(declared)) {
    const s = record(spec);
    if (s.required === true && s.default === undefined && !(key in given))
      problems.push(`${where}: required ${kind} "${key}" is not given`);
  }
  return problems;
}

function inputsUsedIn(value: unknown): Set<string> {
  const names = new Set<string>();
  for (const text of strings(value)) for (const m of text.matchAll(/\binputs\.([\w-]+)/g)) names.add(m[1]!);
  return names;
}

/**
 * The references of one workflow that a schema cannot check: uses of this repository's actions and
 * reusable workflows (the target exists; with/secrets keys are declared; required ones are given), needs,
 * needs.X.outputs.Y, steps.S.outputs.O, inputs.X and secrets.X of a workflow_call workflow.
 */
export function checkWorkflowReferences(workflow: Doc, root: string): string[] {
  const problems: string[] = [];
  const jobs = record(workflow.jobs);
  const call = workflowCallOf(workflow);
  const dispatch = isRecord(workflow.on) ? record(record(workflow.on).workflow_dispatch) : {};
  const declaredInputs = { ...record(call?.inputs), ...record(dispatch.inputs) };

  if (call || Object.keys(declaredInputs).length > 0)
    for (const name of inputsUsedIn(jobs))
      if (!(name in declaredInputs)) problems.push(`inputs.${name} is used but not declared`);
  if (call) {
    const secrets = record(call.secrets);
    for (const text of strings(jobs))
      for (const m of text.matchAll(/\bsecrets\.([\w-]+)/g))
        if (m[1] !== 'GITHUB_TOKEN' && !(m[1]! in secrets)) problems.push(`secrets.${m[1]} is used but not declared`);
    for (const [name, output] of Object.entries(record(call.outputs)))
      for (const m of String(record(output).value ?? '').matchAll(/\bjobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!(m[1]! in jobs)) problems.push(`workflow output ${name}: no job "${m[1]}"`);
        else if (!(m[2]! in record(record(jobs[m[1]!]).outputs)))
          problems.push(`workflow output ${name}: job "${m[1]}" has no output "${m[2]}"`);
      }
  }

  for (const [jobId, jobValue] of Object.entries(jobs)) {
    const job = record(jobValue);
    const needs = listOf(job.needs);
    for (const need of needs) if (!(need in jobs)) problems.push(`job ${jobId}: needs "${need}", which is not a job`);
    for (const text of strings(job))
      for (const m of text.matchAll(/\bneeds\.([\w-]+)(?:\.outputs\.([\w-]+))?/g)) {
        const [, other, output] = m;
        if (!needs.includes(other!)) problems.push(`job ${jobId}: uses needs.${other} but does not need "${other}"`);
        else if (output && !(output in record(record(jobs[other!]).outputs)))
          problems.push(`job ${jobId}: job "${other}" has no output "${output}"`);
      }

    if (typeof job.uses === 'string') {
      const target = localTarget(job.uses);
      if (target !== undefined) {
        const file = path.join(root, target);
        if (!existsSync(file)) problems.push(`job ${jobId}: ${job.uses} does not resolve to ${target}`);
        else {
          const called = workflowCallOf(readYaml(file));
          if (!called) problems.push(`job ${jobId}: ${target} is not a workflow_call workflow`);
          else {
            problems.push(...checkWith(`job ${jobId}`, record(job.with), record(called.inputs), 'input'));
            if (job.secrets !== 'inherit')
              problems.push(...checkWith(`job ${jobId}`, record(job.secrets), record(called.secrets), 'secret'));
          }
        }
      }
      continue;
    }

    const steps = Array.isArray(job.steps) ? job.steps.map(record) : [];
    const stepActions = new Map<string, ActionMetadata | undefined>();
    steps.forEach((step, index) => {
      const where = `job ${jobId} step ${typeof step.id === 'string' ? step.id : index + 1}`;
      let action: ActionMetadata | undefined;
      if (typeof step.uses === 'string') {
        const target = localTarget(step.uses);
        if (target !== undefined) {
          action = loadAction(root, target);
          if (!action) problems.push(`${where}: ${step.uses} does not resolve to ${target}/action.yml`);
          else problems.push(...checkWith(where, record(step.with), action.inputs, 'input'));
        }
      }
      if (typeof step.id === 'string') stepActions.set(step.id, action);
    });
    for (const text of strings(job))
      for (const m of text.matchAll(/\bsteps\.([\w-]+)(?:\.outputs\.([\w-]+))?/g)) {
        const [, id, output] = m;
        if (!stepActions.has(id!)) problems.push(`job ${jobId}: no step with id "${id}"`);
        else {
          const action = stepActions.get(id!);
          if (output && action && !(output in action.outputs))
            problems.push(`job ${jobId}: step "${id}" (${REPOSITORY} action) has no output "${output}"`);
        }
      }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// The `testpipe` command in GitLab CI and Jenkins
// ---------------------------------------------------------------------------------------------------

/** One `npx ... @testpipe/cli@<version> <command> --options` found in a script. */
export interface CliInvocation {
  version: string;
  command: string;
  options: string[];
  text: string;
}

/** Joins shell line continuations, so a command written over several lines is one. */
function joinContinuations(text: string): string {
  return text.replace(/\\\r?\n\s*/g, ' ');
}

/** Every invocation of the CLI package in a script (GitLab job scripts, Jenkins `sh` steps). */
export function findCliInvocations(script: string): CliInvocation[] {
  const found: CliInvocation[] = [];
  for (const line of joinContinuations(script).split(/\r?\n/)) {
    for (const m of line.matchAll(/@testpipe\/cli@(\S*)\s+([\w-]+)([^;&|>\n]*)/g)) {
      const [text, version, command, rest] = m;
      const options = [...rest!.matchAll(/(?:^|\s)(--[a-z][\w-]*)/g)].map((o) => o[1]!);
      found.push({ version: version!, command: command!, options, text: text! });
    }
  }
  return found;
}

/** Ways of starting testpipe other than the pinned package: `npx testpipe`, an unpinned `@testpipe/cli`. */
export function findUnpinnedCli(script: string): string[] {
  const problems: string[] = [];
  for (const m of script.matchAll(/\bnpx\s+(?:--yes\s+)?testpipe\b/g)) problems.push(`unpinned: ${m[0]}`);
  for (const m of script.matchAll(/@testpipe\/cli(?:@(\S*))?/g))
    if (!m[1] || !/^\d+(\.\d+){0,2}$/.test(m[1])) problems.push(`@testpipe/cli without a version: ${m[0]}`);
  for (const m of script.matchAll(/\bnpx\s+(?!--yes\b)\S*@testpipe\/cli/g))
    problems.push(`npx without --yes waits for a prompt in CI: ${m[0]}`);
  return problems;
}

/** The CLI of this repository, asked for its help (argument arrays, never a shell). */
export function cliHelp(root: string): (command?: string) => string {
  const cache = new Map<string, string>();
  const bin = path.join(root, 'packages', 'cli', 'bin', 'testpipe.js');
  return (command) => {
    const key = command ?? '';
    if (!cache.has(key)) {
      const args = command ? [bin, command, '--help'] : [bin, '--help'];
      cache.set(key, execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
    }
    return cache.get(key)!;
  };
}

/** The commands `testpipe --help` lists. */
export function cliCommands(help: string): Set<string> {
  const section = help.split(/^Commands:\s*$/m)[1]?.split(/^\S.*:\s*$/m)[0] ?? '';
  return new Set([...section.matchAll(/^ {2}([\w-]+)\s/gm)].map((m) => m[1]!));
}

/** Each invocation's command exists and each of its options appears in that command's help. */
export function checkCliInvocations(invocations: CliInvocation[], help: (command?: string) => string): string[] {
  const commands = cliCommands(help());
  const problems: string[] = [];
  for (const call of invocations) {
    if (!commands.has(call.command)) {
      problems.push(`unknown command "testpipe ${call.command}" in: ${call.text.trim()}`);
      continue;
    }
    const text = help(call.command);
    for (const option of call.options)
      if (!new RegExp(`${option}(?![\\w-])`).test(text))
        problems.push(`"testpipe ${call.command}" has no option ${option}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// GitLab CI
// ---------------------------------------------------------------------------------------------------

const GITLAB_GLOBAL_KEYS = new Set(['workflow', 'stages', 'variables', 'default', 'include', 'image', 'spec']);

/** The job definitions of a .gitlab-ci.yml (hidden `.templates` included). */
export function gitlabJobs(pipeline: Doc): Map<string, Doc> {
  return new Map(
    Object.entries(pipeline)
      .filter(([key, value]) => !GITLAB_GLOBAL_KEYS.has(key) && isRecord(value))
      .map(([key, value]) => [key, value as Doc]),
  );
}

/** The text of a job's scripts, with its `extends` templates'. */
export function gitlabScript(job: Doc): string {
  return [job.before_script, job.script, job.after_script].flatMap(listOf).join('\n');
}

/** What the schema does not check: stages exist, needs and extends name jobs. */
export function checkGitlabReferences(pipeline: Doc): string[] {
  const problems: string[] = [];
  const stages = listOf(pipeline.stages);
  const jobs = gitlabJobs(pipeline);
  for (const [name, job] of jobs) {
    if (name.startsWith('.')) continue;
    if (typeof job.stage === 'string' && !stages.includes(job.stage))
      problems.push(`job ${name}: stage "${job.stage}" is not in stages`);
    for (const template of listOf(job.extends))
      if (!jobs.has(template)) problems.push(`job ${name}: extends "${template}", which is not defined`);
    const needs = Array.isArray(job.needs) ? job.needs : [];
    for (const need of needs) {
      const other = typeof need === 'string' ? need : record(need).job;
      if (typeof other === 'string' && !jobs.has(other)) problems.push(`job ${name}: needs "${other}", not a job`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------
// Jenkinsfile (declarative): no official schema, so its structure is checked here
// ---------------------------------------------------------------------------------------------------

/** Drops // line comments (outside strings closely enough for a Jenkinsfile without // in strings). */
function withoutLineComments(text: string): string {
  return text.replace(/(^|[^:'"])\/\/.*$/gm, '$1');
}

/** The body of the first `<header> {` block in text, braces balanced; undefined when there is none. */
export function groovyBlock(text: string, header: string): string | undefined {
  const m = new RegExp(`(^|[\\s{;])${header}\\s*\\{`).exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return text.slice(start, i);
  }
  return undefined;
}

/**
 * A declarative pipeline: `pipeline {` with agent, stages holding a parallel block, and `post { always {`
 * with a `junit` step fed the junit.xml that `testpipe report --out DIR` writes.
 */
export function checkJenkinsfile(source: string): string[] {
  const text = withoutLineComments(source);
  const problems: string[] = [];
  const pipeline = groovyBlock(text, 'pipeline');
  if (pipeline === undefined) return ['no declarative `pipeline {` block'];
  if (!/(^|\s)agent\s/.test(pipeline)) problems.push('pipeline has no agent');
  const stages = groovyBlock(pipeline, 'stages');
  if (stages === undefined) problems.push('pipeline has no stages block');
  else if (groovyBlock(stages, 'parallel') === undefined) problems.push('no parallel block in stages');
  const always = groovyBlock(groovyBlock(pipeline, 'post') ?? '', 'always');
  if (always === undefined) return [...problems, 'no `post { always {` block'];
  const report = findCliInvocations(always).find((call) => call.command === 'report');
  if (!report) problems.push('post { always { does not run `testpipe report`');
  const out = report ? (/--out\s+(\S+)/.exec(report.text)?.[1] ?? 'testpipe-report') : undefined;
  const junit = /(^|\s)junit\s+(?:testResults:\s*)?'([^']+)'/.exec(always);
  if (!junit) problems.push('post { always { has no junit step');
  else if (out !== undefined && junit[2] !== `${out}/junit.xml`)
    problems.push(`junit is fed ${junit[2]}, not the merged ${out}/junit.xml`);
  return problems;
}
