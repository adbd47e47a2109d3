// Runs one measurement in its own child process, so each peak RSS belongs to one method alone.
// Children run as plain JavaScript bundled with @vercel/ncc (bundleChildren), not through tsx: the
// tsx loader (esbuild service, its caches) adds ~35 MB of RSS that is not the method's. The CLI's
// commands run through measure-cli.ts; the comparison methods report themselves (children/report.ts).
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from '../children/report.js';

/** A child that reports itself with one JSON line on stdout (the CLI's commands: measure-cli.ts). */
export type Method = 'fxp' | 'floor' | 'baseline';

export interface Measurement {
  ok: boolean;
  ms?: number;
  testcases?: number;
  maxRssMiB?: number;
  error?: string;
  notes?: string;
}

export const CHILDREN_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'children');
export const REPO_ROOT = join(CHILDREN_DIR, '..', '..');
export const BUNDLE_DIR = join(REPO_ROOT, 'bench', '.data', 'children');
const PACKAGES_DIR = join(REPO_ROOT, 'packages');
/** Sources whose change means a new bundle: the children and every package's src (the CLI imports them all). */
const SOURCE_DIRS = [
  CHILDREN_DIR,
  ...readdirSync(PACKAGES_DIR)
    .map((name) => join(PACKAGES_DIR, name, 'src'))
    .filter((dir) => existsSync(dir)),
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Bundles the children (entry children/main.ts, one chunk per method, the CLI's main among them) with
 * @vercel/ncc into bench/.data/children/, once per content of their sources (a hash stamp; ~30-60 s).
 * ncc type-checks with children/tsconfig.json: the children and what they import, not every test file.
 */
export function bundleChildren(log: (message: string) => void): void {
  const hash = createHash('sha256');
  for (const dir of SOURCE_DIRS) for (const file of sourceFiles(dir)) hash.update(file).update(readFileSync(file));
  const stamp = hash.digest('hex');
  const stampFile = join(BUNDLE_DIR, 'sources.sha256');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return;
  const ncc = join(REPO_ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  log('bundling the bench children with ncc ...');
  execFileSync(
    process.execPath,
    [ncc, 'build', join(CHILDREN_DIR, 'main.ts'), '-o', BUNDLE_DIR, '--quiet', '--target', 'es2022'],
    { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  mkdirSync(BUNDLE_DIR, { recursive: true });
  writeFileSync(join(BUNDLE_DIR, 'package.json'), '{\n  "type": "module"\n}\n');
  writeFileSync(stampFile, stamp);
}
const CHILD_TIMEOUT_MS = 15 * 60 * 1000;

export function lastStderrLine(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const fatal = lines.find((line) => /FATAL ERROR|RangeError|Error:/.test(line));
  return fatal ?? lines.at(-1) ?? 'no output';
}

export function measureOnce(method: Method, file: string): Promise<Measurement> {
  const script = join(BUNDLE_DIR, 'index.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, method, file], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.trim().split('\n').at(-1);
      if (code === 0 && line) {
        try {
          resolve(JSON.parse(line) as ChildResult);
          return;
        } catch {
          // fall through to the crash report below
        }
      }
      const how = signal ? `killed by ${signal}` : `exit ${code}`;
      resolve({ ok: false, error: `${how}: ${lastStderrLine(stderr)}` });
    });
  });
}

/** Best (lowest) time over `runs`, highest peak RSS; the first failure wins. */
export async function bestOf(runs: number, measureOne: () => Promise<Measurement>): Promise<Measurement> {
  let best: Measurement | undefined;
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const result = await measureOne();
    if (!result.ok) return result;
    peak = Math.max(peak, result.maxRssMiB ?? 0);
    if (!best || (result.ms ?? Infinity) < (best.ms ?? Infinity)) best = result;
  }
  return { ...best, ok: true, maxRssMiB: peak };
}
