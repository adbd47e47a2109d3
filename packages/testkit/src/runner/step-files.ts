import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { parseKeyValueFileCommand, parsePathFileCommand } from './file-commands.js';
import type { SecretMasker } from './secret-masker.js';
import type { Annotation } from './workflow-commands.js';

export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
const FILE_COMMANDS = ['OUTPUT', 'ENV', 'STATE', 'PATH', 'STEP_SUMMARY'] as const;
type FileCommandName = (typeof FILE_COMMANDS)[number];

/** GITHUB_OUTPUT etc. mapped to their files. */
export type FileCommandFiles = Record<`GITHUB_${FileCommandName}`, string>;

export interface DroppedSummary {
  sizeBytes: number;
  message: string;
}

export interface FileCommandResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  path: string[];
  summary: string;
  summaryDropped?: DroppedSummary;
  /** Parse errors; each fails the step, as on the runner. */
  fileCommandErrors: string[];
}

/** Creates an empty file for every file command: @actions/core throws if one is missing. */
export async function createFileCommandFiles(dir: string): Promise<FileCommandFiles> {
  await mkdir(dir, { recursive: true });
  const files = {} as FileCommandFiles;
  for (const name of FILE_COMMANDS) {
    files[`GITHUB_${name}`] = path.join(dir, name.toLowerCase());
    await writeFile(files[`GITHUB_${name}`], '');
  }
  return files;
}

async function readSummary(
  file: string,
  masker: SecretMasker,
): Promise<Pick<FileCommandResults, 'summary' | 'summaryDropped'>> {
  const sizeBytes = (await stat(file)).size;
  if (sizeBytes > STEP_SUMMARY_LIMIT_BYTES) {
    const message =
      `$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${STEP_SUMMARY_LIMIT_BYTES / 1024}k, ` +
      `got ${Math.floor(sizeBytes / 1024)}k.`;
    return { summary: '', summaryDropped: { sizeBytes, message } };
  }
  return { summary: masker.mask(await readFile(file, 'utf8')) };
}

/** Reads back what the step wrote, adding the runner's annotations for what it rejects. */
export async function readFileCommands(
  files: FileCommandFiles,
  annotations: Annotation[],
  masker: SecretMasker,
): Promise<FileCommandResults> {
  const fileCommandErrors: string[] = [];
  const parseFile = async <T>(name: keyof FileCommandFiles, parse: (text: string) => T, empty: T): Promise<T> => {
    try {
      return parse(await readFile(files[name], 'utf8'));
    } catch (error) {
      fileCommandErrors.push(`${name}: ${(error as Error).message}`);
      annotations.push({ level: 'error', message: (error as Error).message });
      return empty;
    }
  };
  const outputs = await parseFile('GITHUB_OUTPUT', parseKeyValueFileCommand, {});
  const env = await parseFile('GITHUB_ENV', parseKeyValueFileCommand, {});
  if ('NODE_OPTIONS' in env) {
    delete env.NODE_OPTIONS;
    annotations.push({
      level: 'warning',
      message: "Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.",
    });
  }
  const state = await parseFile('GITHUB_STATE', parseKeyValueFileCommand, {});
  const pathEntries = await parseFile('GITHUB_PATH', parsePathFileCommand, []);
  const summary = await readSummary(files.GITHUB_STEP_SUMMARY, masker);
  if (summary.summaryDropped) annotations.push({ level: 'error', message: summary.summaryDropped.message });
  return { outputs, env, state, path: pathEntries, ...summary, fileCommandErrors };
}
