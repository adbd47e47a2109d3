// What the cold-start bench starts: a bare `node -e 0`, every action bundle found in dist/ at run time
// (index.js, and post.js when present) and the CLI, each with the ending that proves it reached its
// first input error, plus the runner-like environment they start in.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** How one child ended, as spawnSync reported it. */
export interface RunOutput {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

export interface BenchCommand {
  label: string;
  /** Arguments after the node binary. */
  args: string[];
  /** Bytes of the entry file and of every chunk it can load (undefined for the baseline). */
  size?: { entryBytes: number; totalBytes: number };
  /** Returns the line that shows the run ended as it should (its first error), or throws. */
  check: (run: RunOutput) => string;
}

export const BASELINE_LABEL = 'node -e 0';

// ncc loads a dynamic import() as `__nccwpck_require__.e(/* import() */ <id>)` from `<id>.index.js` beside
// the entry (scripts/bundle.mjs); a chunk may load further chunks.
const CHUNK_LOAD = /__nccwpck_require__\.e\(\s*(?:\/\*[^*]*\*\/\s*)?(\d+)\s*\)/g;

/** Size of an ncc entry and of all chunks reachable from it; throws if a chunk file is missing. */
export function bundleSize(entry: string): { entryBytes: number; totalBytes: number } {
  const seen = new Set<string>();
  const pending = [entry];
  let totalBytes = 0;
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    totalBytes += statSync(file).size;
    for (const match of readFileSync(file, 'utf8').matchAll(CHUNK_LOAD)) {
      pending.push(join(dirname(entry), `${match[1]}.index.js`));
    }
  }
  return { entryBytes: statSync(entry).size, totalBytes };
}

const firstLine = (text: string, pattern?: RegExp): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line && (!pattern || pattern.test(line))) ?? '';

function describe(run: RunOutput): string {
  const how = run.signal ? `killed by ${run.signal}` : `exit ${run.code}`;
  const tail = (text: string): string => text.trim().split('\n').slice(-8).join('\n    ') || '(empty)';
  return `${how}\n  stdout:\n    ${tail(run.stdout)}\n  stderr:\n    ${tail(run.stderr)}`;
}

function expectInputError(label: string): (run: RunOutput) => string {
  return (run) => {
    const error = firstLine(run.stdout, /^::error::/);
    if (run.code === 1 && error) return error;
    throw new Error(
      `${label} did not end with an input error (expected exit 1 and "::error::" on stdout), so its ` +
        `time is not a start-up time: ${describe(run)}`,
    );
  };
}

/** Every dist/<name>/index.js and post.js present now, sorted by name, then the CLI's usage error. */
export function discoverCommands(root: string): BenchCommand[] {
  const commands: BenchCommand[] = [
    {
      label: BASELINE_LABEL,
      args: ['-e', '0'],
      check: (run) => {
        if (run.code === 0) return '(exit 0)';
        throw new Error(`${BASELINE_LABEL} failed: ${describe(run)}`);
      },
    },
  ];
  const distDir = join(root, 'dist');
  const names = existsSync(distDir) ? readdirSync(distDir, { withFileTypes: true }) : [];
  for (const name of names
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()) {
    for (const file of ['index.js', 'post.js']) {
      const entry = join(distDir, name, file);
      if (!existsSync(entry)) continue;
      const label = file === 'index.js' ? name : `${name} (post.js)`;
      commands.push({ label, args: [entry], size: bundleSize(entry), check: expectInputError(label) });
    }
  }
  if (commands.length === 1) throw new Error(`no action bundle in ${relative(root, distDir)}/<name>/index.js`);
  const cliLabel = 'cli: testpipe report';
  commands.push({
    label: cliLabel,
    args: [join(root, 'packages', 'cli', 'bin', 'testpipe.js'), 'report'],
    size: bundleSize(join(root, 'packages', 'cli', 'dist', 'index.js')),
    check: (run) => {
      const usage = firstLine(run.stderr);
      if (run.code === 2 && usage) return usage;
      throw new Error(`${cliLabel} did not end with its usage error (expected exit 2): ${describe(run)}`);
    },
  });
  return commands;
}

export interface RunnerEnv {
  cwd: string;
  env: Record<string, string>;
  cleanup: () => void;
}

const RUNNER_FILES = ['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY', 'GITHUB_PATH'] as const;

/**
 * A temp workspace and the environment a GitHub runner gives a step, minus every INPUT_*: the command
 * files exist and are empty (@actions/core throws when they name missing files), the event is `{}`.
 * Nothing else of the caller's environment is passed on (no NODE_OPTIONS, NODE_COMPILE_CACHE, INPUT_*).
 */
export function createRunnerEnv(): RunnerEnv {
  const dir = mkdtempSync(join(tmpdir(), 'testpipe-cold-start-'));
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'runner-temp');
  const files = join(dir, 'files');
  for (const path of [workspace, runnerTemp, files]) mkdirSync(path);
  const eventPath = join(files, 'event.json');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: runnerTemp,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventPath,
  };
  writeFileSync(eventPath, '{}\n');
  for (const name of RUNNER_FILES) {
    const path = join(files, name);
    writeFileSync(path, '');
    env[name] = path;
  }
  return { cwd: workspace, env, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
