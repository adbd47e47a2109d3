import { cp } from 'node:fs/promises';
import path from 'node:path';
import { boundedGlob } from '../files/bounded-glob.js';
import type { SuiteConfig } from '../pipeline-config/index.js';

/**
 * Copies the extra files the suite names (screenshots, traces) under results/<shard>/artifacts/, so the
 * shard's one results artifact holds them too.
 */
export async function copySuiteArtifacts(resultsDir: string, suite: SuiteConfig, rootDir: string): Promise<void> {
  if (suite.artifacts.length > 0) {
    const cwd = path.resolve(rootDir, suite.workingDirectory);
    const extra = await boundedGlob(suite.artifacts, {
      cwd,
      what: `artifacts of suite "${suite.name}"`,
      outside: { allowed: false, howToAllow: "set the suite's working-directory to a folder that holds them" },
      dot: false,
    });
    for (const relative of extra) {
      await cp(path.join(cwd, relative), path.join(resultsDir, 'artifacts', relative), { force: true });
    }
  }
}
