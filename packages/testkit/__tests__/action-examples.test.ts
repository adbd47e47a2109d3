// The examples users copy (action-examples/) and the reusable workflow (.github/workflows/pipeline.yml) are
// checked against the official schemas shipped in fixtures/schemas/ and against this repository: the actions
// they use exist and take the inputs given, the jobs they need exist, the `testpipe` options they pass are
// accepted. Every check is also fed a broken copy, so that a check that cannot fail would show.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  allowNode24Runtime,
  checkCliInvocations,
  checkGitlabReferences,
  checkJenkinsfile,
  checkWorkflowReferences,
  cliHelp,
  findCliInvocations,
  findUnpinnedCli,
  gitlabJobs,
  gitlabScript,
  isRecord,
  readYaml,
  schemaValidator,
  type Doc,
} from './workflow-checks.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
const schemas = path.join(here, '..', 'fixtures', 'schemas');
const examples = path.join(root, 'action-examples');
const pipelineFile = path.join(root, '.github', 'workflows', 'pipeline.yml');

const ACTIONS = ['provision', 'seed', 'run-matrix', 'aggregate-report', 'teardown', 'notify'];

const validateWorkflow = schemaValidator(path.join(schemas, 'github-workflow.json'));
const validateAction = schemaValidator(path.join(schemas, 'github-action.json'), allowNode24Runtime);
const validateGitlab = schemaValidator(path.join(schemas, 'gitlab-ci.json'));
const help = cliHelp(root);

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => path.join(dir, name));
}

const exampleWorkflows = yamlFiles(path.join(examples, 'github-actions'));
const repoWorkflows = yamlFiles(path.join(root, '.github', 'workflows'));
const topLevelActions = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && readdirSync(path.join(root, entry.name)).includes('action.yml'))
  .map((entry) => path.join(root, entry.name, 'action.yml'));
const relative = (file: string) => path.relative(root, file);

/** A deep copy to break. */
function copy(doc: Doc): Doc {
  return structuredClone(doc);
}

function job(workflow: Doc, id: string): Doc {
  const value = (workflow.jobs as Doc)[id];
  if (!isRecord(value)) throw new Error(`no job ${id}`);
  return value;
}

function stepUsing(workflow: Doc, jobId: string, uses: string): Doc {
  const steps = job(workflow, jobId).steps as Doc[];
  const step = steps.find((s) => typeof s.uses === 'string' && s.uses.startsWith(uses));
  if (!step) throw new Error(`no step using ${uses} in ${jobId}`);
  return step;
}

describe('the files checked', () => {
  it('are where the examples and the reusable workflow live', () => {
    expect(exampleWorkflows.map((f) => path.basename(f)).sort()).toEqual([
      'fork-pr-report.yml',
      'manual-test-run.yml',
      'nightly-regression.yml',
      'pipeline-caller.yml',
      'test-automation.yml',
    ]);
    expect(repoWorkflows).toContain(pipelineFile);
    expect(topLevelActions.map((f) => path.basename(path.dirname(f))).sort()).toEqual([...ACTIONS].sort());
  });
});

describe('GitHub workflows against SchemaStore github-workflow.json', () => {
  it.each([...exampleWorkflows, ...repoWorkflows].map((f) => [relative(f), f]))('%s validates', (_name, file) => {
    expect(validateWorkflow(readYaml(file))).toEqual([]);
  });

  it('rejects a misspelled key, an unknown permission and a job without runs-on or uses', () => {
    const misspelled = copy(readYaml(pipelineFile));
    const provision = job(misspelled, 'provision');
    provision['run-on'] = provision['runs-on'];
    delete provision['runs-on'];
    expect(validateWorkflow(misspelled).length).toBeGreaterThan(0);

    const permission = copy(readYaml(pipelineFile));
    job(permission, 'report').permissions = { 'pull-request': 'write' };
    expect(validateWorkflow(permission).length).toBeGreaterThan(0);

    const trigger = copy(readYaml(pipelineFile));
    trigger.on = { workflow_cal: {} };
    expect(validateWorkflow(trigger).length).toBeGreaterThan(0);
  });
});

describe('action metadata against SchemaStore github-action.json', () => {
  it.each(topLevelActions.map((f) => [relative(f), f]))('%s validates', (_name, file) => {
    expect(validateAction(readYaml(file))).toEqual([]);
  });

  it('the shipped schema needed node24 added to runs.using, and rejects other runtimes still', () => {
    const shipped = schemaValidator(path.join(schemas, 'github-action.json'));
    const provision = readYaml(path.join(root, 'provision', 'action.yml'));
    expect(shipped(provision).join('\n')).toContain('/runs/using must be equal to one of the allowed values');
    const node99 = copy(provision);
    (node99.runs as Doc).using = 'node99';
    expect(validateAction(node99).length).toBeGreaterThan(0);
  });

  it('rejects an unknown top-level key and a runs without using', () => {
    const action = copy(readYaml(path.join(root, 'provision', 'action.yml')));
    action.input = action.inputs;
    expect(validateAction(action).length).toBeGreaterThan(0);
    const noUsing = copy(readYaml(path.join(root, 'provision', 'action.yml')));
    delete (noUsing.runs as Doc).using;
    expect(validateAction(noUsing).length).toBeGreaterThan(0);
  });
});

describe('references of the workflows to this repository', () => {
  it.each([...exampleWorkflows, pipelineFile].map((f) => [relative(f), f]))(
    '%s: uses, with, needs, needs/steps outputs, inputs and secrets resolve',
    (_name, file) => {
      expect(checkWorkflowReferences(readYaml(file), root)).toEqual([]);
    },
  );

  it('the reusable workflow uses every action of the pipeline, by this repository', () => {
    const uses = Object.values(readYaml(pipelineFile).jobs as Doc).flatMap((j) =>
      ((j as Doc).steps as Doc[]).map((s) => s.uses).filter((u): u is string => typeof u === 'string'),
    );
    for (const action of ACTIONS) expect(uses).toContain(`org/testpipe/${action}@v1`);
  });

  it('the pipeline runs the stages in order: provision, seed, plan, test, report, teardown, notify', () => {
    const pipeline = readYaml(pipelineFile);
    const needs = (id: string) => [job(pipeline, id).needs].flat();
    expect(Object.keys(pipeline.jobs as Doc)).toEqual([
      'provision',
      'seed',
      'plan',
      'test',
      'report',
      'teardown',
      'notify',
    ]);
    expect(needs('seed')).toContain('provision');
    expect(needs('plan')).toContain('seed');
    expect(needs('test')).toContain('plan');
    expect(job(pipeline, 'test').strategy).toMatchObject({ matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' });
    expect(needs('report')).toContain('test');
    expect(needs('teardown')).toContain('report');
    expect(needs('notify')).toContain('teardown');
  });

  it('finds an unknown action, an undeclared input, a missing required input and a missing action', () => {
    const unknownInput = copy(readYaml(pipelineFile));
    (stepUsing(unknownInput, 'report', 'org/testpipe/aggregate-report').with as Doc)['min-passrate'] = 90;
    expect(checkWorkflowReferences(unknownInput, root)).toEqual([
      'job report step report: input "min-passrate" is not declared',
    ]);

    const missingMode = copy(readYaml(pipelineFile));
    delete (stepUsing(missingMode, 'plan', 'org/testpipe/run-matrix').with as Doc).mode;
    expect(checkWorkflowReferences(missingMode, root)).toEqual([
      'job plan step plan: required input "mode" is not given',
    ]);

    const noAction = copy(readYaml(pipelineFile));
    stepUsing(noAction, 'seed', 'org/testpipe/seed').uses = 'org/testpipe/seeder@v1';
    expect(checkWorkflowReferences(noAction, root)).toEqual([
      'job seed step seed: org/testpipe/seeder@v1 does not resolve to seeder/action.yml',
    ]);
  });

  it('finds a missing needs job, an output read without needing its job, and outputs that do not exist', () => {
    const missingJob = copy(readYaml(pipelineFile));
    job(missingJob, 'seed').needs = 'provisioning';
    expect(checkWorkflowReferences(missingJob, root)).toContain('job seed: needs "provisioning", which is not a job');

    const notNeeded = copy(readYaml(pipelineFile));
    job(notNeeded, 'report').needs = ['seed', 'plan', 'test'];
    expect(checkWorkflowReferences(notNeeded, root)).toContain(
      'job report: uses needs.provision but does not need "provision"',
    );

    const noJobOutput = copy(readYaml(pipelineFile));
    delete (job(noJobOutput, 'plan').outputs as Doc).matrix;
    expect(checkWorkflowReferences(noJobOutput, root)).toContain('job test: job "plan" has no output "matrix"');

    const noStepOutput = copy(readYaml(pipelineFile));
    (job(noStepOutput, 'plan').outputs as Doc).matrix = '${{ steps.plan.outputs.matrix-json }}';
    expect(checkWorkflowReferences(noStepOutput, root)).toContain(
      'job plan: step "plan" (org/testpipe action) has no output "matrix-json"',
    );

    const noStep = copy(readYaml(pipelineFile));
    (job(noStep, 'plan').outputs as Doc).matrix = '${{ steps.planner.outputs.matrix }}';
    expect(checkWorkflowReferences(noStep, root)).toContain('job plan: no step with id "planner"');
  });

  it('finds an undeclared input or secret of the reusable workflow', () => {
    const undeclared = copy(readYaml(pipelineFile));
    (stepUsing(undeclared, 'notify', 'org/testpipe/notify').with as Doc)['slack-webhook'] = '${{ secrets.SLACK_URL }}';
    (stepUsing(undeclared, 'notify', 'org/testpipe/notify').with as Doc).on = '${{ inputs.notify-when }}';
    expect(checkWorkflowReferences(undeclared, root).sort()).toEqual([
      'inputs.notify-when is used but not declared',
      'secrets.SLACK_URL is used but not declared',
    ]);
  });

  it('resolves a call of the reusable workflow and checks its with: and secrets:', () => {
    const caller = readYaml(path.join(examples, 'github-actions', 'pipeline-caller.yml'));
    expect(job(caller, 'pipeline').uses).toBe('org/testpipe/.github/workflows/pipeline.yml@v1');

    const unknown = copy(caller);
    (job(unknown, 'pipeline').with as Doc)['environment-dir'] = 'infra';
    job(unknown, 'pipeline').secrets = { SLACK_WEBHOOK: '${{ secrets.SLACK }}' };
    expect(checkWorkflowReferences(unknown, root)).toEqual([
      'job pipeline: input "environment-dir" is not declared',
      'job pipeline: secret "SLACK_WEBHOOK" is not declared',
    ]);

    const missing = copy(caller);
    job(missing, 'pipeline').uses = 'org/testpipe/.github/workflows/pipelines.yml@v1';
    expect(checkWorkflowReferences(missing, root)).toEqual([
      'job pipeline: org/testpipe/.github/workflows/pipelines.yml@v1 does not resolve to .github/workflows/pipelines.yml',
    ]);
  });

  it('the fork companion follows the workflow that test-automation.yml names', () => {
    const companion = readYaml(path.join(examples, 'github-actions', 'fork-pr-report.yml'));
    const names = exampleWorkflows.map((f) => readYaml(f).name);
    const followed = ((companion.on as Doc).workflow_run as Doc).workflows as string[];
    expect(followed).toEqual([readYaml(path.join(examples, 'github-actions', 'test-automation.yml')).name]);
    for (const name of followed) expect(names).toContain(name);
  });
});

describe('permissions and conditions of the reusable workflow', () => {
  // Least privilege: what each job's steps use, nothing more (the calling job grants the union).
  const EXPECTED: Record<string, Record<string, string>> = {
    provision: { contents: 'read' },
    seed: { contents: 'read' },
    plan: { contents: 'read', actions: 'read' },
    test: { contents: 'read' },
    report: { contents: 'read', actions: 'read', checks: 'write', 'pull-requests': 'write' },
    teardown: { contents: 'read' },
    notify: { actions: 'read' },
  };

  /** Problems with the permissions and `if:` of each job. */
  function checkPipelineJobs(pipeline: Doc): string[] {
    const problems: string[] = [];
    if (JSON.stringify(pipeline.permissions) !== '{}') problems.push('the workflow grants permissions to every job');
    for (const [id, value] of Object.entries(pipeline.jobs as Doc)) {
      const j = value as Doc;
      if (!isRecord(j.permissions)) problems.push(`job ${id} has no permissions block`);
      else if (JSON.stringify(j.permissions, Object.keys(j.permissions).sort()) !== sortedJson(EXPECTED[id] ?? {}))
        problems.push(`job ${id} has permissions ${JSON.stringify(j.permissions)}`);
      if (['report', 'teardown', 'notify'].includes(id) && !/\balways\(\)/.test(String(j.if)))
        problems.push(`job ${id} does not run if: always()`);
    }
    return problems;
  }

  function sortedJson(value: Record<string, string>): string {
    return JSON.stringify(value, Object.keys(value).sort());
  }

  it('every job has an explicit least-privilege permissions block; report, teardown and notify run always()', () => {
    expect(checkPipelineJobs(readYaml(pipelineFile))).toEqual([]);
  });

  it('finds a missing block, a broader grant and a report that would not run after a failure', () => {
    const broken = copy(readYaml(pipelineFile));
    delete job(broken, 'seed').permissions;
    job(broken, 'test').permissions = { contents: 'write' };
    job(broken, 'teardown').if = '${{ !cancelled() }}';
    expect(checkPipelineJobs(broken)).toEqual([
      'job seed has no permissions block',
      'job test has permissions {"contents":"write"}',
      'job teardown does not run if: always()',
    ]);
  });
});

describe('GitLab CI example', () => {
  const file = path.join(examples, 'gitlab-ci', '.gitlab-ci.yml');
  const pipeline = readYaml(file);

  it('validates against GitLab CI schema', () => {
    expect(validateGitlab(pipeline)).toEqual([]);
  });

  it('the schema rejects a misspelled keyword and a wrong parallel:matrix', () => {
    const misspelled = copy(pipeline);
    const report = misspelled.report as Doc;
    report.scirpt = report.script;
    delete report.script;
    expect(validateGitlab(misspelled).length).toBeGreaterThan(0);

    const matrix = copy(pipeline);
    (matrix.test as Doc).parallel = { matrix: { SUITE: ['unit'] } };
    expect(validateGitlab(matrix).length).toBeGreaterThan(0);

    const reports = copy(pipeline);
    ((reports.report as Doc).artifacts as Doc).reports = { junits: 'testpipe-report/junit.xml' };
    expect(validateGitlab(reports).length).toBeGreaterThan(0);
  });

  it('stages, needs and extends name what exists', () => {
    expect(checkGitlabReferences(pipeline)).toEqual([]);
    const broken = copy(pipeline);
    (broken.test as Doc).stage = 'tests';
    (broken.report as Doc).needs = ['seeds'];
    expect(checkGitlabReferences(broken)).toEqual([
      'job test: stage "tests" is not in stages',
      'job report: needs "seeds", not a job',
    ]);
  });

  it('has the stages provision, validate, test (parallel:matrix over suites), report, cleanup', () => {
    expect(pipeline.stages).toEqual(['provision', 'validate', 'test', 'report', 'cleanup']);
    const test = pipeline.test as Doc;
    expect(test.parallel).toEqual({ matrix: [{ SUITE: expect.arrayContaining(['unit']) as unknown }] });
    const run = findCliInvocations(gitlabScript(test)).find((c) => c.command === 'run');
    expect(run?.text).toContain('--suite "$SUITE"');
    expect(run?.text).toContain('--out "testpipe-out/$SUITE"');
    const cleanup = [...gitlabJobs(pipeline).values()].filter((j) => j.stage === 'cleanup');
    const whens = cleanup.flatMap((j) => (j.rules as Doc[]).map((r) => r.when));
    expect(whens).toEqual(expect.arrayContaining(['on_success', 'on_failure', 'always']));
  });

  it('the merged junit.xml of `testpipe report` feeds artifacts:reports:junit, from every suite job', () => {
    const report = pipeline.report as Doc;
    const call = findCliInvocations(gitlabScript(report)).find((c) => c.command === 'report');
    const out = /--out\s+(\S+)/.exec(call?.text ?? '')?.[1];
    expect(out).toBe('testpipe-report');
    expect(((report.artifacts as Doc).reports as Doc).junit).toBe(`${out}/junit.xml`);
    expect(call?.text).toContain("'testpipe-out/*/results/**/junit.xml'");
    expect(((report.rules as Doc[])[0] as Doc).when).toBe('always');
  });

  it('mentions and uses TESTPIPE_GITLAB_TOKEN for the merge-request note', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/TESTPIPE_GITLAB_TOKEN .*masked/);
    expect(text).toMatch(/api scope/);
  });
});

describe('Jenkinsfile example', () => {
  const source = readFileSync(path.join(examples, 'jenkins', 'Jenkinsfile'), 'utf8');

  it('is a declarative pipeline with agent, parallel stages and post { always { junit <merged junit.xml> } }', () => {
    expect(checkJenkinsfile(source)).toEqual([]);
  });

  it('finds a missing post always, a junit fed another file and stages without parallel', () => {
    expect(checkJenkinsfile(source.replace('always {', 'success {'))).toContain('no `post { always {` block');
    expect(checkJenkinsfile(source.replace("junit testResults: 'testpipe-report/junit.xml'", "junit 'x.xml'"))).toEqual(
      ['junit is fed x.xml, not the merged testpipe-report/junit.xml'],
    );
    expect(checkJenkinsfile(source.replaceAll('parallel {', 'stages {'))).toEqual(['no parallel block in stages']);
    expect(checkJenkinsfile('node { sh "make" }')).toEqual(['no declarative `pipeline {` block']);
  });
});

describe('the testpipe commands of the GitLab and Jenkins examples', () => {
  const gitlab = readYaml(path.join(examples, 'gitlab-ci', '.gitlab-ci.yml'));
  const gitlabScripts = [...gitlabJobs(gitlab).values()].map(gitlabScript).join('\n');
  const jenkins = readFileSync(path.join(examples, 'jenkins', 'Jenkinsfile'), 'utf8');

  it.each([
    ['GitLab CI', gitlabScripts],
    ['Jenkinsfile', jenkins],
  ])('%s: every command exists and takes the options given; the package is pinned', (_name, script) => {
    const calls = findCliInvocations(script);
    expect(calls.map((c) => c.command)).toEqual(
      expect.arrayContaining(['provision', 'seed', 'plan', 'run', 'report', 'teardown', 'notify']),
    );
    expect(checkCliInvocations(calls, help)).toEqual([]);
    expect(findUnpinnedCli(script)).toEqual([]);
    for (const call of calls) expect(call.version).toMatch(/^\d+$/);
  });

  it('finds an unknown option, an unknown command and an unpinned package', () => {
    const broken = [
      'npx --yes @testpipe/cli@1 run --suites unit --out x',
      'npx --yes @testpipe/cli@1 pipelines --config testpipe.yml',
      'npx --yes @testpipe/cli@1 teardown --pipeline-id 1 \\\n  --jobs provision',
    ].join('\n');
    expect(checkCliInvocations(findCliInvocations(broken), help)).toEqual([
      '"testpipe run" has no option --suites',
      'unknown command "testpipe pipelines" in: @testpipe/cli@1 pipelines --config testpipe.yml',
      '"testpipe teardown" has no option --jobs',
    ]);
    expect(findUnpinnedCli('npx testpipe run\nnpx --yes @testpipe/cli run\nnpx @testpipe/cli@1 run')).toEqual([
      'unpinned: npx testpipe',
      '@testpipe/cli without a version: @testpipe/cli',
      'npx without --yes waits for a prompt in CI: npx @testpipe/cli',
    ]);
  });
});
