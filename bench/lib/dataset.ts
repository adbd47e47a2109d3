// Generated JUnit files live in bench/.data/ (git-ignored) and are reused when size, seed and
// generator version match what the sidecar .json recorded after a complete write.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateJUnitFile } from './junit-generator.js';

/** Bump when the generator's output changes, so stale files are regenerated. */
const GENERATOR_VERSION = 2;
export const MiB = 1024 * 1024;
export const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '.data');

export interface Dataset {
  path: string;
  bytes: number;
  testcases: number;
  reused: boolean;
}

interface DatasetMeta {
  version: number;
  seed: number;
  sizeMiB: number;
  bytes: number;
  testcases: number;
}

function readMeta(metaPath: string): DatasetMeta | undefined {
  try {
    return JSON.parse(readFileSync(metaPath, 'utf8')) as DatasetMeta;
  } catch {
    return undefined;
  }
}

export function ensureDataset(sizeMiB: number, seed: number): Dataset {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = join(DATA_DIR, `junit-${sizeMiB}mib-seed${seed}-v${GENERATOR_VERSION}.xml`);
  const metaPath = `${path}.json`;
  const meta = readMeta(metaPath);
  if (meta && meta.version === GENERATOR_VERSION && meta.seed === seed && existsSync(path)) {
    if (statSync(path).size === meta.bytes) return { path, bytes: meta.bytes, testcases: meta.testcases, reused: true };
  }
  const partial = `${path}.partial`;
  const generated = generateJUnitFile(partial, sizeMiB * MiB, seed);
  renameSync(partial, path);
  const fresh: DatasetMeta = { version: GENERATOR_VERSION, seed, sizeMiB, ...generated };
  writeFileSync(metaPath, JSON.stringify(fresh, null, 2));
  return { path, ...generated, reused: false };
}
