import { mkdir } from 'node:fs/promises';
import { artifactNameMatcher, classifyResultEntry } from './result-entries.js';
import { dropShardCtrfBesideRawReports, reportFilesInWorkspace, reportFilesUnder } from './report-files.js';
import {
  artifactDirectory,
  downloadRunArtifact,
  listRunArtifacts,
  type ArtifactSource,
  type ListedArtifact,
} from './run-artifacts.js';

export interface GatherLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface GatherResultsInput {
  /** Entries of the `results` input: artifact name patterns and/or workspace file globs. */
  patterns: string[];
  workspace: string;
  /** Artifacts are unzipped into `<downloadDir>/<artifact name>/`. */
  downloadDir: string;
  /** Read this other run's artifacts (workflow_run companion) instead of the current run's. */
  runId?: number;
  token: string;
  /** `owner/name`. */
  repository: string;
  log: GatherLog;
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

/** Lists the run's artifacts once, and only if some entry can name an artifact. */
function lazyArtifactList(source: ArtifactSource, problems: string[]): () => Promise<ListedArtifact[]> {
  let listed: Promise<ListedArtifact[]> | undefined;
  return () => {
    listed ??= listRunArtifacts(source).catch((error: unknown) => {
      problems.push(
        `Could not list the artifacts of ${runLabel(source.runId)}: ${(error as Error).message}. ` +
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
  const source: ArtifactSource = { runId: input.runId, token: input.token, repository: input.repository };
  const problems: string[] = [];
  const listArtifacts = lazyArtifactList(source, problems);
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
        const gathered = await downloadOne(source, artifact, input, problems);
        if (gathered === undefined) continue;
        downloaded.set(artifact.id, gathered);
        paths.push(...gathered.files);
      }
      // An entry that named artifacts is not read from the workspace too: a download-artifact step
      // may have put the same artifacts there, and they would be counted twice.
      if (matches.length > 0) continue;
    }
    const files = await reportFilesInWorkspace(entry, input.workspace, {
      alsoInsideMatchingDirectories: classifyResultEntry(entry) === 'artifact-or-file',
    });
    if (files.length === 0) problems.push(noMatchProblem(entry, input.runId));
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

function noMatchProblem(entry: string, runId: number | undefined): string {
  return classifyResultEntry(entry) === 'file-glob'
    ? `results entry "${entry}" matched no file in the workspace`
    : `results entry "${entry}" matched no artifact of ${runLabel(runId)} and no report file in the workspace`;
}

async function downloadOne(
  source: ArtifactSource,
  artifact: ListedArtifact,
  input: GatherResultsInput,
  problems: string[],
): Promise<GatheredArtifact | undefined> {
  try {
    const directory = artifactDirectory(input.downloadDir, artifact.name);
    await mkdir(directory, { recursive: true });
    await downloadRunArtifact(source, artifact.id, directory);
    const files = await reportFilesUnder(directory);
    if (files.length === 0) problems.push(`Artifact "${artifact.name}" holds no .xml, .json or .trx report`);
    input.log.info(`Downloaded artifact "${artifact.name}" (${files.length} report file(s))`);
    return { name: artifact.name, id: artifact.id, files };
  } catch (error) {
    problems.push(`Artifact "${artifact.name}" could not be downloaded: ${(error as Error).message}`);
    return undefined;
  }
}
