import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore, ListedArtifact, Logger } from '@testpipe/core';
import { artifactNameMatcher, classifyResultEntry } from './result-entries.js';
import {
  checkWorkspaceFiles,
  OUTSIDE_WORKSPACE_INPUT,
  type OutsideWorkspaceOption,
  type OutsideWorkspacePolicy,
} from './outside-workspace.js';
import {
  dropShardCtrfBesideRawReports,
  reportFilesInWorkspace,
  reportFilesUnder,
  type GlobScope,
} from './report-files.js';

export interface GatherResultsInput {
  /** Entries of the `results` input: artifact name patterns and/or workspace file globs. */
  patterns: string[];
  workspace: string;
  /** Artifacts are unzipped into `<downloadDir>/<artifact name>/`. */
  downloadDir: string;
  /** Read this other run's artifacts (workflow_run companion) instead of the current run's. */
  runId?: number;
  /** Without a store (the CLI) every entry is a path, directory or glob. */
  artifacts?: ArtifactStore;
  /**
   * Workspace globs that reach files outside the workspace; default 'allow'. A glob that itself leaves
   * the workspace (`/**\/*.xml`, `../x/*.xml`) is walked unless 'refuse' (a UserError naming it).
   */
  outsideWorkspace?: OutsideWorkspacePolicy;
  /** How the user sets the policy, for messages; default the action input. */
  outsideWorkspaceOption?: OutsideWorkspaceOption;
  log: Pick<Logger, 'info' | 'warning'>;
}

export interface GatheredArtifact {
  name: string;
  id: number;
  /** Report files read from it, absolute. */
  files: string[];
}

export interface GatheredResults {
  /** Absolute paths of every report to ingest, without repeats. */
  reportPaths: string[];
  artifacts: GatheredArtifact[];
  /** What a user should hear about: an entry that matched nothing, an artifact that failed to download. */
  problems: string[];
}

const byName = new Intl.Collator('en', { numeric: true });

function runLabel(runId: number | undefined): string {
  return runId === undefined ? 'this run' : `run ${runId}`;
}

/** Artifact names cannot hold path separators, but a directory is made of one: refuse anything else. */
function artifactDirectory(downloadDir: string, artifactName: string): string {
  if (artifactName === '' || artifactName === '.' || artifactName === '..' || /[\\/]/.test(artifactName)) {
    throw new Error(`Artifact name ${JSON.stringify(artifactName)} cannot be used as a directory name`);
  }
  return path.join(downloadDir, artifactName);
}

/** Lists the run's artifacts once, and only if some entry can name an artifact. */
function lazyArtifactList(input: GatherResultsInput, problems: string[]): () => Promise<ListedArtifact[]> {
  let listed: Promise<ListedArtifact[]> | undefined;
  return () => {
    if (!input.artifacts) return Promise.resolve([]);
    listed ??= input.artifacts.list(input.runId).catch((error: unknown) => {
      problems.push(
        `Could not list the artifacts of ${runLabel(input.runId)}: ${(error as Error).message}. ` +
          'Only workspace files were read.',
      );
      return [];
    });
    return listed;
  };
}

/**
 * Finds every report the `results` input names: downloads the matching artifacts of the current
 * run (or of `runId`) and expands the file globs, so the report stage only sees local paths.
 */
export async function gatherResults(input: GatherResultsInput): Promise<GatheredResults> {
  const problems: string[] = [];
  const listArtifacts = lazyArtifactList(input, problems);
  const downloaded = new Map<number, GatheredArtifact>();
  const paths: string[] = [];

  for (const entry of input.patterns) {
    if (classifyResultEntry(entry) === 'artifact-or-file') {
      const matches = (await listArtifacts())
        .filter((artifact) => artifactNameMatcher(entry)(artifact.name))
        // Listing order varies; a stable one keeps the report order, the fallback order of attempts, stable.
        .sort((a, b) => byName.compare(a.name, b.name));
      for (const artifact of matches) {
        if (downloaded.has(artifact.id)) continue;
        const gathered = await downloadOne(input.artifacts!, artifact, input, problems);
        if (gathered === undefined) continue;
        downloaded.set(artifact.id, gathered);
        paths.push(...gathered.files);
      }
      // An entry that named artifacts is not read from the workspace too: a download-artifact step
      // may have put the same artifacts there, and they would be counted twice.
      if (matches.length > 0) continue;
    }
    const policy = input.outsideWorkspace ?? 'allow';
    const option = input.outsideWorkspaceOption ?? OUTSIDE_WORKSPACE_INPUT;
    const found = await reportFilesInWorkspace(entry, input.workspace, {
      alsoInsideMatchingDirectories: classifyResultEntry(entry) === 'artifact-or-file',
      scope: globScope(entry, policy, option, problems),
    });
    if (found.length === 0) problems.push(noMatchProblem(entry, input));
    const files = await checkWorkspaceFiles(
      entry,
      found,
      input.workspace,
      policy,
      (problem) => problems.push(problem),
      option,
    );
    paths.push(...files);
  }

  const reportPaths = dropShardCtrfBesideRawReports([...new Set(paths)]);
  const kept = new Set(reportPaths);
  const artifacts = [...downloaded.values()].map((artifact) => ({
    ...artifact,
    files: artifact.files.filter((file) => kept.has(file)),
  }));
  input.log.info(
    `Found ${reportPaths.length} report file(s)` +
      (artifacts.length > 0 ? ` in ${artifacts.length} artifact(s) of ${runLabel(input.runId)} and the workspace` : ''),
  );
  return { reportPaths, artifacts, problems };
}

/** A results glob that leaves the workspace: refused under 'refuse', walked with a warning under 'warn'. */
function globScope(
  entry: string,
  policy: OutsideWorkspacePolicy,
  option: OutsideWorkspaceOption,
  problems: string[],
): GlobScope {
  return {
    what: `results entry "${entry}"`,
    outside: {
      allowed: policy !== 'refuse' && policy !== 'refuse-globs',
      howToAllow: option.toAllow,
      ...(policy === 'warn' && { warn: (message: string) => problems.push(message) }),
    },
  };
}

function noMatchProblem(entry: string, input: GatherResultsInput): string {
  return classifyResultEntry(entry) === 'file-glob' || !input.artifacts
    ? `results entry "${entry}" matched no file in the workspace`
    : `results entry "${entry}" matched no artifact of ${runLabel(input.runId)} and no report file in the workspace`;
}

async function downloadOne(
  store: ArtifactStore,
  artifact: ListedArtifact,
  input: GatherResultsInput,
  problems: string[],
): Promise<GatheredArtifact | undefined> {
  try {
    const directory = artifactDirectory(input.downloadDir, artifact.name);
    await mkdir(directory, { recursive: true });
    await store.download(artifact.id, directory, input.runId);
    const files = await reportFilesUnder(directory);
    if (files.length === 0) problems.push(`Artifact "${artifact.name}" holds no .xml, .json or .trx report`);
    input.log.info(`Downloaded artifact "${artifact.name}" (${files.length} report file(s))`);
    return { name: artifact.name, id: artifact.id, files };
  } catch (error) {
    problems.push(`Artifact "${artifact.name}" could not be downloaded: ${(error as Error).message}`);
    return undefined;
  }
}
