import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where scripts/ensure-test-tools.sh installs Node 24 (npm package node@24), the runtime GitHub runs actions on. */
export function node24BinaryPath(repoRoot: string): string | undefined {
  const candidate = path.join(repoRoot, '.tools', 'node24', 'node_modules', 'node', 'bin', 'node');
  return existsSync(candidate) ? candidate : undefined;
}
