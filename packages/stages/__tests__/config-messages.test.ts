// Messages that name what is wrong in testpipe.yml or the suite it describes, and the pytest `python` key.
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePipelineConfig, type PipelineConfig, type SuiteConfig } from '../src/pipeline-config/index.js';
import { emptyDiscoveryReason, runnerFor } from '../src/runners/index.js';

let project: string;
beforeEach(async () => {
  project = await mkdtemp(join(tmpdir(), 'testpipe-config-messages-'));
});
afterEach(async () => {
  await rm(project, { recursive: true, force: true });
});

function configOf(text: string): PipelineConfig {
  const result = parsePipelineConfig(text, 'testpipe.yml');
  if (!result.config) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.config;
}

function problemsOf(text: string): string[] {
  const result = parsePipelineConfig(text, 'testpipe.yml');
  expect(result.config).toBeUndefined();
  return result.errors.map((error) => error.message);
}

function suiteOf(lines: string): SuiteConfig {
  return configOf(`version: 1\nsuites:\n  - name: api\n${lines}`).suites[0]!;
}

describe('suites', () => {
  it('an empty list asks for at least one suite, at its line', () => {
    expect(problemsOf('version: 1\nsuites: []\n')).toEqual([
      expect.stringMatching(/^testpipe\.yml:2:\d+: suites: .*at least one suite/),
    ]);
  });
});

describe('python (the pytest interpreter)', () => {
  it('is read for a pytest suite, and defaults.python applies to pytest suites only', () => {
    const config = configOf(
      'version: 1\ndefaults:\n  python: .venv/bin/python\nsuites:\n' +
        '  - name: api\n    runner: pytest\n' +
        '  - name: other\n    runner: pytest\n    python: /opt/py311/bin/python3\n' +
        '  - name: web\n    runner: jest\n',
    );
    expect(config.suites.map((suite) => suite.python)).toEqual([
      '.venv/bin/python',
      '/opt/py311/bin/python3',
      undefined,
    ]);
  });

  it('on a suite of another runner is refused at its line, naming the runner that ignores it', () => {
    const problems = problemsOf('version: 1\nsuites:\n  - name: web\n    runner: jest\n    python: python3.12\n');
    expect(problems).toEqual([
      expect.stringMatching(
        /^testpipe\.yml:5:5: suites\[0\]\.python: only pytest suites use python\b.*the jest runner ignores it/,
      ),
    ]);
  });

  it('must be a text', () => {
    expect(problemsOf('version: 1\nsuites:\n  - name: api\n    runner: pytest\n    python: [a, b]\n')).toEqual([
      expect.stringMatching(/^testpipe\.yml:5:13: suites\[0\]\.python: expected a non-empty text/),
    ]);
  });

  it('is the program pytest discovery and runs start', async () => {
    // A stand-in interpreter that records how it was started and lists one test, as pytest --collect-only -q.
    const interpreter = join(project, 'fake-python');
    await writeFile(
      interpreter,
      `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(join(project, 'argv.json'))}, ` +
        `JSON.stringify(process.argv.slice(2)));\nconsole.log('tests/test_a.py::test_one');\n`,
    );
    await chmod(interpreter, 0o755);
    const suite = suiteOf(`    runner: pytest\n    python: ${interpreter}\n`);
    const units = await runnerFor('pytest').discover(suite, project);
    expect(units.map((unit) => unit.id)).toEqual(['tests/test_a.py::test_one']);
    expect(JSON.parse(await readFile(join(project, 'argv.json'), 'utf8'))).toEqual(
      expect.arrayContaining(['-m', 'pytest', '--collect-only']),
    );
    const context = { suite, units, attempt: 1, junitPath: join(project, 'junit.xml'), cwd: project };
    expect(runnerFor('pytest').command(context).file).toBe(interpreter);
    expect(runnerFor('pytest').retryCommand({ ...context, attempt: 2, failed: [] }).file).toBe(interpreter);
  });
});

describe('discovery names what it could not find', () => {
  it('a working directory that does not exist names the folder', async () => {
    const suite = suiteOf('    runner: pytest\n    working-directory: services/gone\n');
    await expect(runnerFor('pytest').discover(suite, join(project, 'services/gone'))).rejects.toThrow(
      `suite api: the working directory ${join(project, 'services/gone')} does not exist; fix working-directory ("services/gone"`,
    );
  });

  it('a glob that matches no file is named as why the suite has nothing to run; a glob that matches is not', async () => {
    await mkdir(join(project, 'tests'));
    await writeFile(join(project, 'tests', 'check_a.mjs'), '');
    const suite = suiteOf(
      '    runner: command\n    command: [node, run.mjs]\n    discover:\n      glob: [tests/*.spec.mjs, more/*.mjs]\n',
    );
    expect(await runnerFor('command').discover(suite, project)).toEqual([]);
    expect(emptyDiscoveryReason(suite, project)).toBe(
      `discover.glob "tests/*.spec.mjs", "more/*.mjs" matched no file in ${project} (the glob is relative to working-directory in testpipe.yml)`,
    );
    expect(emptyDiscoveryReason(suiteOf('    runner: pytest\n'), project)).toBeUndefined();
  });
});
