// Runs the `testpipe` command from packages/cli/src (bin/testpipe.js runs the committed bundle, which
// lags the source until it is rebuilt), in a child process as a user would, from any directory.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const mainModule = pathToFileURL(path.resolve('packages/cli/src/main.ts')).href;
const entry = `import { main } from ${JSON.stringify(mainModule)}; process.exitCode = await main(process.argv.slice(1));`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** node's arguments that run `testpipe <args>` from source: for a test that needs the child's handle. */
export function testpipeSourceArgv(args: readonly string[]): string[] {
  return ['--import', tsxLoader, '--input-type=module', '--eval', entry, '--', ...args];
}

/** `env`: the child's whole environment (jest's process.env is the test's own copy, not the child's). */
export async function testpipeFromSource(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliResult> {
  const argv = testpipeSourceArgv(args);
  try {
    const { stdout, stderr } = await run(process.execPath, argv, { cwd: options.cwd, env: options.env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
