// Discovery that names what is wrong with the suite's setup instead of failing to spawn or finding nothing.
import { stat } from 'node:fs/promises';
import { ConfigurationError } from '@testpipe/core';
import type { SuiteConfig } from '../pipeline-config/index.js';
import type { RunnerAdapter, TestUnit } from './runner-types.js';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isDirectory(),
    () => false,
  );
}

/**
 * The adapter's discovery, refusing a working directory that does not exist: spawn would report it as a
 * missing program, and a glob would find no tests in it.
 */
export async function discoverChecked(adapter: RunnerAdapter, suite: SuiteConfig, cwd: string): Promise<TestUnit[]> {
  if (!(await isDirectory(cwd))) {
    throw new ConfigurationError(
      `suite ${suite.name}: the working directory ${cwd} does not exist; fix working-directory ` +
        `("${suite.workingDirectory}", relative to the repository root) in testpipe.yml`,
    );
  }
  return adapter.discover(suite, cwd);
}

/**
 * Why a suite's discovery found nothing, when its config says where it looked: the globs that matched no
 * file. A suite with no tests yet is planned as nothing to run, so this names the glob without failing.
 */
export function emptyDiscoveryReason(suite: SuiteConfig, cwd: string): string | undefined {
  const globs = suite.discover?.command ? undefined : suite.discover?.glob;
  if (!globs) return undefined;
  const named = globs.map((glob) => `"${glob}"`).join(', ');
  return `discover.glob ${named} matched no file in ${cwd} (the glob is relative to working-directory in testpipe.yml)`;
}
