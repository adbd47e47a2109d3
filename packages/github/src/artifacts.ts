import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { GitHubClient } from './octokit.js';

export interface RepositoryRef {
  owner: string;
  repo: string;
}

/**
 * Downloads the newest unexpired artifact with this name from any run of the repository
 * (e.g. the last report's timings). Returns undefined when there is none.
 */
export async function downloadLatestRepositoryArtifact(
  octokit: GitHubClient,
  repository: RepositoryRef,
  name: string,
  token: string,
  destination: string,
): Promise<{ runId: number; artifactId: number; path: string } | undefined> {
  const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 20 });
  const newest = data.artifacts
    .filter((artifact) => !artifact.expired && artifact.workflow_run?.id)
    .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0];
  if (!newest?.workflow_run?.id) return undefined;
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const { downloadPath } = await new DefaultArtifactClient().downloadArtifact(newest.id, {
    path: destination,
    findBy: {
      token,
      workflowRunId: newest.workflow_run.id,
      repositoryOwner: repository.owner,
      repositoryName: repository.repo,
    },
  });
  return { runId: newest.workflow_run.id, artifactId: newest.id, path: downloadPath ?? destination };
}

/** Downloads an artifact of the current run by name; undefined when this run has none by that name. */
export async function downloadCurrentRunArtifact(name: string, destination: string): Promise<string | undefined> {
  const { DefaultArtifactClient, ArtifactNotFoundError } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  try {
    const { artifact } = await client.getArtifact(name);
    const { downloadPath } = await client.downloadArtifact(artifact.id, { path: destination });
    return downloadPath ?? destination;
  } catch (error) {
    if (error instanceof ArtifactNotFoundError) return undefined;
    throw error;
  }
}

/** Uploads files (paths under rootDirectory) as an artifact of the current run. */
export async function uploadRunArtifact(
  name: string,
  files: string[],
  rootDirectory: string,
  retentionDays?: number,
): Promise<number> {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const { id } = await new DefaultArtifactClient().uploadArtifact(
    name,
    files,
    rootDirectory,
    retentionDays ? { retentionDays } : {},
  );
  return id ?? 0;
}

/** Uploads every file under `directory` as one artifact, paths kept relative to `rootDirectory`. */
export async function uploadDirectoryArtifact(
  name: string,
  directory: string,
  rootDirectory = directory,
  retentionDays?: number,
): Promise<number> {
  const files = (await readdir(directory, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  return uploadRunArtifact(name, files, rootDirectory, retentionDays);
}
