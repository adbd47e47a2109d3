import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';

// Proves the "What may import what" rules of DESIGN.md as eslint.config.js writes them: each case lints a
// few lines of code under a virtual file path (lintText needs no file on disk, and its folder need not
// exist) and looks at what the import rules report.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const STATIC_RULE = '@typescript-eslint/no-restricted-imports';
const DYNAMIC_RULE = 'no-restricted-syntax';

const PROBE = '__lint_probe__.ts';
const CORE = `packages/core/src/${PROBE}`;
const STAGES = `packages/stages/src/report/${PROBE}`;
const GITHUB = `packages/github/src/${PROBE}`;
const CLI = `packages/cli/src/commands/${PROBE}`;
const ACTION = `actions/run-matrix/src/${PROBE}`;
const TESTKIT_SRC = `packages/testkit/src/${PROBE}`;
// Folders that exist in no checkout: the config must still apply to them.
const MISSING_ACTION_DIR = 'actions/__lint_probe_action__';
const MISSING_PACKAGE_DIR = 'packages/__lint_probe_package__';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(repoRoot, filePath) });
  if (!result) throw new Error(`no lint result for ${filePath}`);
  // A parse error or "File ignored" would make every "allowed" case pass for the wrong reason.
  const broken = result.messages.filter((m) => m.fatal || m.ruleId === null);
  expect(broken).toEqual([]);
  return result.messages;
}

const importRuleMessages = (messages: Linter.LintMessage[]) =>
  messages.filter((m) => m.ruleId === STATIC_RULE || m.ruleId === DYNAMIC_RULE);

/** `import { x } from 'source'`, used so that no other rule (no-unused-vars) has anything to say. */
const importFrom = (source: string) => `import { x } from '${source}';\nexport { x };\n`;
const dynamicImport = (source: string) => `export async function load() {\n  return import('${source}');\n}\n`;

type Denied = [file: string, code: string, rule: string, advice: string];

// One case per restriction: the import that breaks it, the rule that must report it, and a piece of
// the message (which must say what to do instead).
const denied: Record<string, Denied> = {
  'core: @actions/*': [CORE, importFrom('@actions/core'), STATIC_RULE, 'core is pure domain: take a port'],
  'core: @octokit/*': [CORE, importFrom('@octokit/rest'), STATIC_RULE, "GitHub's API belongs in packages/github"],
  'core: @aws-sdk/* (even import type)': [
    CORE,
    "import type { S3Client } from '@aws-sdk/client-s3';\nexport type C = S3Client;\n",
    STATIC_RULE,
    'move S3/AWS I/O to packages/stages',
  ],
  'core: pg': [CORE, importFrom('pg'), STATIC_RULE, 'move database I/O to packages/stages'],
  'core: nodemailer': [CORE, importFrom('nodemailer'), STATIC_RULE, 'move sending mail to packages/stages'],
  'core: node:child_process': [CORE, importFrom('node:child_process'), STATIC_RULE, 'take an exec port'],
  'core: child_process': [CORE, importFrom('child_process'), STATIC_RULE, 'take an exec port'],
  'core: node:http': [CORE, importFrom('node:http'), STATIC_RULE, 'no network: take a port'],
  'core: node:https': [CORE, importFrom('node:https'), STATIC_RULE, 'no network: take a port'],
  'core: node:net': [CORE, importFrom('node:net'), STATIC_RULE, 'no network: take a port'],
  'core: http': [CORE, importFrom('http'), STATIC_RULE, 'no network: take a port'],
  'core: https': [CORE, importFrom('https'), STATIC_RULE, 'no network: take a port'],
  'core: net': [CORE, importFrom('net'), STATIC_RULE, 'no network: take a port'],
  'core: node:tls': [CORE, importFrom('node:tls'), STATIC_RULE, 'no network: take a port'],
  'core: undici': [CORE, importFrom('undici'), STATIC_RULE, 'no network: take a port'],
  'core: @testpipe/stages': [CORE, importFrom('@testpipe/stages'), STATIC_RULE, 'core imports nothing of ours'],
  'core: @testpipe/github': [CORE, importFrom('@testpipe/github'), STATIC_RULE, 'core imports nothing of ours'],
  'core: @testpipe/core (by name)': [CORE, importFrom('@testpipe/core'), STATIC_RULE, 'core imports nothing of ours'],
  'core: @testpipe/testkit': [CORE, importFrom('@testpipe/testkit'), STATIC_RULE, 'import it from __tests__/ only'],
  'core: re-export from @actions/core': [
    CORE,
    "export { getInput } from '@actions/core';\n",
    STATIC_RULE,
    'core is pure domain',
  ],
  'core: another package by relative path': [
    CORE,
    importFrom('../../stages/src/index.js'),
    STATIC_RULE,
    "Do not reach into another package's or action's src/",
  ],
  'core: an action by relative path': [
    CORE,
    importFrom('../../../actions/run-matrix/src/main.js'),
    STATIC_RULE,
    'least of all an action',
  ],
  'core: dynamic import() of @actions/core': [
    CORE,
    dynamicImport('@actions/core'),
    DYNAMIC_RULE,
    'core is pure domain',
  ],
  'core: dynamic import() of pg': [CORE, dynamicImport('pg'), DYNAMIC_RULE, 'move database I/O to packages/stages'],
  'core: dynamic import() of node:child_process': [
    CORE,
    dynamicImport('node:child_process'),
    DYNAMIC_RULE,
    'take an exec port',
  ],

  'stages: @actions/*': [STAGES, importFrom('@actions/core'), STATIC_RULE, 'stages never import @actions/*'],
  'stages: @octokit/*': [STAGES, importFrom('@octokit/rest'), STATIC_RULE, "stages never talk to GitHub's API"],
  'stages: @testpipe/github': [STAGES, importFrom('@testpipe/github'), STATIC_RULE, 'let actions/<name>/src pass'],
  'stages: @testpipe/cli': [STAGES, importFrom('@testpipe/cli'), STATIC_RULE, 'the CLI calls the stages'],
  'stages: @testpipe/testkit': [STAGES, importFrom('@testpipe/testkit'), STATIC_RULE, 'import it from __tests__/ only'],
  'stages: another @testpipe package': [
    STAGES,
    importFrom('@testpipe/action-run-matrix/shard'),
    STATIC_RULE,
    'stages import only @testpipe/core of ours',
  ],
  'stages: value import of @aws-sdk/*': [
    STAGES,
    "import { S3Client } from '@aws-sdk/client-s3';\nexport const client = new S3Client({});\n",
    STATIC_RULE,
    "await import('@aws-sdk/client-s3')",
  ],
  'stages: value import of @aws-sdk/* beside a type': [
    STAGES,
    "import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';\nexport const make = (c: S3ClientConfig) => new S3Client(c);\n",
    STATIC_RULE,
    'stages load heavy clients lazily',
  ],
  'stages: value re-export of @aws-sdk/*': [
    STAGES,
    "export { S3Client } from '@aws-sdk/client-s3';\n",
    STATIC_RULE,
    'stages load heavy clients lazily',
  ],
  'stages: value import of pg': [STAGES, "import pg from 'pg';\nexport { pg };\n", STATIC_RULE, "await import('pg')"],
  'stages: value import of nodemailer': [
    STAGES,
    "import nodemailer from 'nodemailer';\nexport { nodemailer };\n",
    STATIC_RULE,
    "await import('nodemailer')",
  ],
  'stages: an action by relative path': [
    STAGES,
    importFrom('../../../../actions/run-matrix/src/inputs.js'),
    STATIC_RULE,
    'stages never import an action',
  ],
  'stages: another package by relative path': [
    STAGES,
    importFrom('../../../core/src/index.js'),
    STATIC_RULE,
    "Do not reach into another package's or action's src/",
  ],
  'stages: dynamic import() of @actions/core': [
    STAGES,
    dynamicImport('@actions/core'),
    DYNAMIC_RULE,
    'stages never import @actions/*',
  ],
  'stages: dynamic import() of @testpipe/github': [
    STAGES,
    dynamicImport('@testpipe/github'),
    DYNAMIC_RULE,
    'stages import only @testpipe/core of ours',
  ],

  'github: @testpipe/stages': [
    GITHUB,
    importFrom('@testpipe/stages'),
    STATIC_RULE,
    'github imports only @testpipe/core',
  ],
  'github: @testpipe/cli': [GITHUB, importFrom('@testpipe/cli'), STATIC_RULE, 'github imports only @testpipe/core'],
  'github: @testpipe/testkit': [GITHUB, importFrom('@testpipe/testkit'), STATIC_RULE, 'import it from __tests__/ only'],
  'github: an action package': [
    GITHUB,
    importFrom('@testpipe/action-aggregate-report/publish'),
    STATIC_RULE,
    'github never imports an action',
  ],
  'github: an action by relative path': [
    GITHUB,
    importFrom('../../../actions/aggregate-report/src/inputs.js'),
    STATIC_RULE,
    'github never imports from actions/',
  ],
  'github: dynamic import() of @testpipe/stages': [
    GITHUB,
    dynamicImport('@testpipe/stages'),
    DYNAMIC_RULE,
    'github imports only @testpipe/core',
  ],

  'cli: @actions/*': [CLI, importFrom('@actions/core'), STATIC_RULE, 'The CLI runs outside GitHub'],
  'cli: @testpipe/github': [CLI, importFrom('@testpipe/github'), STATIC_RULE, 'The CLI runs outside GitHub'],
  'cli: @testpipe/testkit': [CLI, importFrom('@testpipe/testkit'), STATIC_RULE, 'import it from __tests__/ only'],
  'cli: an action package (@testpipe/action-*)': [
    CLI,
    importFrom('@testpipe/action-run-matrix/shard'),
    STATIC_RULE,
    'call the same run<Stage> from @testpipe/stages',
  ],
  'cli: an action by relative path (**/actions/**)': [
    CLI,
    importFrom('../../../../actions/run-matrix/src/shard/index.js'),
    STATIC_RULE,
    'The CLI never imports from actions/',
  ],
  'cli: dynamic import() of @actions/artifact': [
    CLI,
    dynamicImport('@actions/artifact'),
    DYNAMIC_RULE,
    'The CLI runs outside GitHub',
  ],

  'action: @testpipe/cli': [ACTION, importFrom('@testpipe/cli'), STATIC_RULE, 'An action never imports the CLI'],
  'action: @testpipe/testkit': [ACTION, importFrom('@testpipe/testkit'), STATIC_RULE, 'import it from __tests__/ only'],
  'action: another action package': [
    ACTION,
    importFrom('@testpipe/action-aggregate-report/inputs'),
    STATIC_RULE,
    'An action never imports another action',
  ],
  "action: another action's folder (sibling path)": [
    ACTION,
    importFrom('../../aggregate-report/src/inputs.js'),
    STATIC_RULE,
    "Do not reach into another package's or action's src/",
  ],
  "action: another action's folder (through actions/)": [
    ACTION,
    importFrom('../../../actions/aggregate-report/src/inputs.js'),
    STATIC_RULE,
    "An action never imports another action's folder",
  ],
  'action: dynamic import() of @testpipe/testkit': [
    ACTION,
    dynamicImport('@testpipe/testkit'),
    DYNAMIC_RULE,
    'import it from __tests__/ only',
  ],

  'any package src (testkit itself): @testpipe/testkit': [
    TESTKIT_SRC,
    importFrom('@testpipe/testkit'),
    STATIC_RULE,
    'import it from __tests__/ only',
  ],
  'a package folder that does not exist yet: @testpipe/testkit': [
    `${MISSING_PACKAGE_DIR}/src/${PROBE}`,
    importFrom('@testpipe/testkit'),
    STATIC_RULE,
    'import it from __tests__/ only',
  ],
  'an action folder that does not exist yet: @testpipe/cli': [
    `${MISSING_ACTION_DIR}/src/${PROBE}`,
    importFrom('@testpipe/cli'),
    STATIC_RULE,
    'An action never imports the CLI',
  ],
};

const allowed: Record<string, [file: string, code: string]> = {
  'core: node:fs/promises': [CORE, importFrom('node:fs/promises')],
  'core: its own dependencies and files': [
    CORE,
    "import { XMLParser } from 'fast-xml-parser';\nimport { y } from '../ingest/index.js';\nexport { XMLParser, y };\n",
  ],
  'stages: @testpipe/core': [STAGES, importFrom('@testpipe/core')],
  "stages: import type { S3Client } from '@aws-sdk/client-s3'": [
    STAGES,
    "import type { S3Client } from '@aws-sdk/client-s3';\nexport type C = S3Client;\n",
  ],
  'stages: inline type-only specifiers of @aws-sdk/*, pg, nodemailer': [
    STAGES,
    "import { type S3Client } from '@aws-sdk/client-s3';\nimport type { Pool } from 'pg';\nimport type { Transporter } from 'nodemailer';\nexport type T = [S3Client, Pool, Transporter];\n",
  ],
  'stages: dynamic import() of @aws-sdk/*': [STAGES, dynamicImport('@aws-sdk/lib-storage')],
  'stages: dynamic import() of pg': [STAGES, dynamicImport('pg')],
  'stages: dynamic import() of nodemailer': [STAGES, dynamicImport('nodemailer')],
  'stages: node:child_process (runs the test commands)': [STAGES, importFrom('node:child_process')],
  'github: @testpipe/core, @actions/*, @octokit/*': [
    GITHUB,
    "import { a } from '@testpipe/core';\nimport { b } from '@actions/core';\nimport { c } from '@octokit/plugin-retry';\nexport { a, b, c };\n",
  ],
  'cli: @testpipe/stages and @testpipe/core': [
    CLI,
    "import { a } from '@testpipe/stages';\nimport { b } from '@testpipe/core';\nimport { c } from '../run/pool.js';\nexport { a, b, c };\n",
  ],
  'action: @testpipe/github and @testpipe/stages': [
    ACTION,
    "import { a } from '@testpipe/github';\nimport { b } from '@testpipe/stages';\nimport { c } from '@testpipe/core';\nimport { d } from '@actions/core';\nimport { e } from './inputs.js';\nexport { a, b, c, d, e };\n",
  ],
  'a test file: @testpipe/testkit': [
    `packages/core/__tests__/${PROBE.replace('.ts', '.test.ts')}`,
    "import { a } from '@testpipe/testkit';\nimport { b } from '@testpipe/stages';\nimport { c } from '../src/index.js';\nexport { a, b, c };\n",
  ],
  'an action test file: @testpipe/testkit and the CLI': [
    `actions/run-matrix/__tests__/${PROBE.replace('.ts', '.test.ts')}`,
    "import { a } from '@testpipe/testkit';\nimport { b } from '@testpipe/cli';\nexport { a, b };\n",
  ],
  'testkit src: the clients it stands in for': [
    TESTKIT_SRC,
    "import pg from 'pg';\nimport nodemailer from 'nodemailer';\nimport { spawn } from 'node:child_process';\nexport { pg, nodemailer, spawn };\n",
  ],
};

describe('import rules (eslint.config.js)', () => {
  test('the probe folders that must not exist do not, so those cases prove that lintText applies the config', () => {
    expect(existsSync(path.join(repoRoot, MISSING_ACTION_DIR))).toBe(false);
    expect(existsSync(path.join(repoRoot, MISSING_PACKAGE_DIR))).toBe(false);
  });

  test.each(Object.entries(denied))('denied: %s', async (_name, [file, code, rule, advice]) => {
    const reported = importRuleMessages(await lint(file, code));
    expect(reported).toHaveLength(1);
    expect(reported[0]?.ruleId).toBe(rule);
    expect(reported[0]?.message).toContain(advice);
    if (rule === STATIC_RULE) expect(reported[0]?.message).toMatch(/import is restricted from being used/);
  });

  test.each(Object.entries(allowed))('allowed: %s', async (_name, [file, code]) => {
    expect(importRuleMessages(await lint(file, code))).toEqual([]);
  });
});
