import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { SuiteConfig } from './config/index.js';

/**
 * Every file to upload for a shard: its results directory, plus the extra files the suite names
 * (screenshots, traces), copied under results/<shard>/artifacts/ so one artifact root holds them all.
 */
export async function collectShardFiles(resultsDir: string, suite: SuiteConfig, rootDir: string): Promise<string[]> {
  if (suite.artifacts.length > 0) {
    const cwd = path.resolve(rootDir, suite.workingDirectory);
    const extra = await glob(suite.artifacts, { cwd, onlyFiles: true, dot: false });
    for (const relative of extra) {
      await cp(path.join(cwd, relative), path.join(resultsDir, 'artifacts', relative), { force: true });
    }
  }
  const entries = await readdir(resultsDir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
