import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------
// What may import what (docs: DESIGN.md "What may import what"). Each folder's `src/` gets one
// complete list: in flat config a later block replaces a rule's options, it does not merge them.
// Tests (`__tests__/`) are not restricted: they may import testkit and anything they test.
//
// Every restriction is a regex on the import string, used twice:
//  - `@typescript-eslint/no-restricted-imports` (static import/export ... from, import x = require())
//    — the base rule extended with `allowTypeImports`, so `import type` can stay allowed;
//  - `no-restricted-syntax` on `import('literal')`, which no-restricted-imports does not see — except
//    for `lazyOnly` restrictions, whose whole point is that `await import()` is the allowed form.
// ---------------------------------------------------------------------------------------------------

/** Matches the package and its subpaths: `pg`, `pg/lib/x`, but not `pg-pool`. */
const pkg = (name) => `^${name}(/|$)`;
/** Matches a Node built-in with or without the `node:` prefix. */
const builtin = (...names) => `^(node:)?(${names.join('|')})$`;
/** A relative import with a path segment named `actions` (the `**\/actions/**` of gitignore globs). */
const RELATIVE_INTO_ACTIONS = '^\\.\\.?/(.*/)?actions(/|$)';
/**
 * A relative import that climbs out (`../`) and then enters some other folder's `src/`: another package or action.
 * (Paths through an `actions` segment are left to RELATIVE_INTO_ACTIONS, so one import gets one message.)
 */
const RELATIVE_INTO_OTHER_SRC = '^(\\.\\./)+(?!(.*/)?actions/)([^./][^/]*/)+src(/|$)';

const restrict = (regex, message, extra = {}) => ({ regex, message, ...extra });

const TESTKIT = restrict(
  pkg('@testpipe/testkit'),
  '@testpipe/testkit is dev-only and never bundled: import it from __tests__/ only; in src/ take a port (Logger, Clock, exec, store) and let the test pass the stand-in.',
);
const OTHER_PACKAGE_BY_PATH = restrict(
  RELATIVE_INTO_OTHER_SRC,
  "Do not reach into another package's or action's src/ by relative path: import its package (@testpipe/core, @testpipe/stages, @testpipe/github) or move the shared code down a layer.",
);

const CORE = [
  restrict(
    '^@actions/',
    'core is pure domain: take a port (Logger, Clock, StateProvider) as a parameter, or move this to packages/github (adapters) or actions/<name>/src (glue).',
  ),
  restrict(
    '^@octokit/',
    "core is pure domain: GitHub's API belongs in packages/github; pass the data (or a port) into core.",
  ),
  restrict(
    '^@aws-sdk/',
    'core is pure domain: move S3/AWS I/O to packages/stages (loaded with import()) and pass the data or a store port into core.',
  ),
  restrict(
    pkg('pg'),
    'core is pure domain: move database I/O to packages/stages (loaded with import()) and pass the rows or a port into core.',
  ),
  restrict(
    pkg('nodemailer'),
    'core is pure domain: move sending mail to packages/stages (notify, loaded with import()); core may only render the message.',
  ),
  restrict(
    builtin('child_process'),
    'core is pure domain: take an exec port, or move the process handling to packages/stages.',
  ),
  restrict(
    builtin('http', 'https', 'http2', 'net', 'tls', 'dgram'),
    'core is pure domain, no network: take a port, or move the client to packages/stages (packages/github for GitHub).',
  ),
  restrict(
    pkg('undici'),
    'core is pure domain, no network: take a port, or move the client to packages/stages (packages/github for GitHub).',
  ),
  restrict(
    '^@testpipe/(?!testkit(/|$))',
    'core imports nothing of ours (it is the bottom layer): move the shared code into core, or move the caller up to packages/stages.',
  ),
  TESTKIT,
  restrict(
    RELATIVE_INTO_ACTIONS,
    'core imports nothing of ours, least of all an action: move the shared code into core.',
  ),
  OTHER_PACKAGE_BY_PATH,
];

const STAGES = [
  restrict(
    '^@actions/',
    'stages never import @actions/*: take a port (Logger, StateProvider, ...) and let actions/<name>/src wire it to @testpipe/github.',
  ),
  restrict(
    '^@octokit/',
    "stages never talk to GitHub's API: put the call in packages/github and pass a port (or its result) into the stage.",
  ),
  restrict(
    pkg('@testpipe/github'),
    'stages import only @testpipe/core of ours: take a port and let actions/<name>/src pass the @testpipe/github adapter in.',
  ),
  restrict(
    pkg('@testpipe/cli'),
    'stages import only @testpipe/core of ours: the CLI calls the stages, not the reverse; move shared code into packages/stages or packages/core.',
  ),
  restrict(
    '^@testpipe/(?!(core|github|cli|testkit)(/|$))',
    'stages import only @testpipe/core of ours: move the shared code into packages/stages or packages/core.',
  ),
  TESTKIT,
  restrict(
    '^@aws-sdk/',
    "stages load heavy clients lazily: `const { S3Client } = await import('@aws-sdk/client-s3')` on the path that needs it (`import type` is fine).",
    { allowTypeImports: true, lazyOnly: true },
  ),
  restrict(
    pkg('pg'),
    "stages load heavy clients lazily: `const pg = await import('pg')` on the path that needs it (`import type` is fine).",
    { allowTypeImports: true, lazyOnly: true },
  ),
  restrict(
    pkg('nodemailer'),
    "stages load heavy clients lazily: `const nodemailer = await import('nodemailer')` on the path that needs it (`import type` is fine).",
    { allowTypeImports: true, lazyOnly: true },
  ),
  restrict(
    RELATIVE_INTO_ACTIONS,
    'stages never import an action: move the shared code into packages/stages; actions import stages.',
  ),
  OTHER_PACKAGE_BY_PATH,
];

const GITHUB = [
  restrict(
    pkg('@testpipe/stages'),
    'github imports only @testpipe/core of ours: it adapts GitHub to ports; actions/<name>/src joins it to the stages.',
  ),
  restrict(pkg('@testpipe/cli'), 'github imports only @testpipe/core of ours: move shared code into packages/core.'),
  restrict(
    '^@testpipe/action-',
    'github never imports an action: move the shared GitHub code into packages/github, and let the action import it.',
  ),
  restrict(
    '^@testpipe/(?!(core|stages|cli|testkit)(/|$)|action-)',
    'github imports only @testpipe/core of ours: move the shared code into packages/github or packages/core.',
  ),
  TESTKIT,
  restrict(
    RELATIVE_INTO_ACTIONS,
    'github never imports from actions/: move the shared GitHub code into packages/github, and let the action import it.',
  ),
  OTHER_PACKAGE_BY_PATH,
];

const CLI = [
  restrict(
    '^@actions/',
    'The CLI runs outside GitHub: no @actions/*. Use the terminal adapters in packages/cli for the ports (Logger, StateProvider).',
  ),
  restrict(
    pkg('@testpipe/github'),
    'The CLI runs outside GitHub: use @testpipe/stages and @testpipe/core, with terminal adapters for the ports.',
  ),
  restrict(
    '^@testpipe/action-',
    'The CLI never imports an action: call the same run<Stage> from @testpipe/stages (move the logic there if it still lives in actions/).',
  ),
  restrict(
    '^@testpipe/(?!(core|stages|github|testkit)(/|$)|action-)',
    'The CLI imports only @testpipe/stages and @testpipe/core of ours.',
  ),
  TESTKIT,
  restrict(
    RELATIVE_INTO_ACTIONS,
    'The CLI never imports from actions/: call the same run<Stage> from @testpipe/stages (move the logic there if it still lives in actions/).',
  ),
  OTHER_PACKAGE_BY_PATH,
];

const ACTIONS = [
  restrict(
    pkg('@testpipe/cli'),
    'An action never imports the CLI: both call run<Stage> from @testpipe/stages; move shared code there.',
  ),
  restrict(
    '^@testpipe/action-',
    "An action never imports another action: move the shared code into @testpipe/stages (logic) or @testpipe/github (GitHub adapters); import the action's own files relatively.",
  ),
  restrict(
    '^@testpipe/(?!(core|stages|github|cli|testkit)(/|$)|action-)',
    'An action imports only @testpipe/stages, @testpipe/github and @testpipe/core of ours.',
  ),
  TESTKIT,
  restrict(
    RELATIVE_INTO_ACTIONS,
    "An action never imports another action's folder: move the shared code into @testpipe/stages or @testpipe/github.",
  ),
  OTHER_PACKAGE_BY_PATH,
];

/** One flat-config block enforcing `restrictions` on the source files of `folders`. */
function importRules(folders, restrictions) {
  const dynamic = restrictions.filter((r) => !r.lazyOnly);
  return {
    files: folders.map((folder) => `${folder}/src/**`),
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: restrictions.map(({ regex, message, allowTypeImports }) => ({
            regex,
            message,
            caseSensitive: true,
            ...(allowTypeImports ? { allowTypeImports } : {}),
          })),
        },
      ],
      // esquery regexes cannot contain '/': spell it \x2F (the same character to RegExp).
      'no-restricted-syntax': [
        'error',
        ...dynamic.map(({ regex, message }) => ({
          selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/]`,
          message: `import() of a restricted module. ${message}`,
        })),
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'packages/cli/dist/**',
      '.demo/**',
      'coverage/**',
      '**/__tests__/fixtures/**',
      'bench/.data/**',
      'test-artifacts/**',
      '.tools/**',
      '.tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Any package or action source not listed below (testkit, a new package): testkit stays out of src/.
  importRules(['packages/*', 'actions/*'], [TESTKIT]),
  importRules(['packages/core'], CORE),
  importRules(['packages/stages'], STAGES),
  importRules(['packages/github'], GITHUB),
  importRules(['packages/cli'], CLI),
  importRules(['actions/*'], ACTIONS),
);
