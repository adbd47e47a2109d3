// The one @actions/artifact client of testpipe: the ArtifactStore port bound to GitHub's artifact service.
// @actions/artifact is ESM-only and heavy, so it is loaded on the first call that needs it.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArtifactStore, ListedArtifact } from '@testpipe/core';
import type { GitHubClient } from './octokit.js';

export interface ArtifactStoreOptions {
  /** Needed for other runs' artifacts (REST API). */
  token: string;
  /** `owner/name`, as in GITHUB_REPOSITORY. */
  repository: string;
  /** For `downloadLatest`: lists the repository's artifacts through the REST API. */
  octokit?: () => Promise<GitHubClient>;
}

/** Splits `owner/name`, the form GITHUB_REPOSITORY and the inputs use. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) throw new Error(`A repository is "owner/name", got "${repository}"`);
  return { owner, repo };
}

async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** How @actions/artifact is told to read another run of the repository. */
function findBy(options: ArtifactStoreOptions, runId: number | undefined) {
  if (runId === undefined) return undefined;
  const { owner, repo } = splitRepository(options.repository);
  return { token: options.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo };
}

async function filesUnder(directory: string): Promise<string[]> {
  return (await readdir(directory, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function createArtifactStore(options: ArtifactStoreOptions): ArtifactStore {
  return {
    async downloadFromThisRun(name, directory) {
      const { DefaultArtifactClient, ArtifactNotFoundError } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      try {
        const { artifact } = await client.getArtifact(name);
        const { downloadPath } = await client.downloadArtifact(artifact.id, { path: directory });
        return downloadPath ?? directory;
      } catch (error) {
        if (error instanceof ArtifactNotFoundError) return undefined;
        throw error;
      }
    },

    async downloadLatest(name, directory) {
      if (!options.octokit) throw new Error('Reading artifacts of earlier runs needs a GitHub token.');
      const octokit = await options.octokit();
      const repository = splitRepository(options.repository);
      const { data } = await octokit.rest.actions.listArtifactsForRepo({ ...repository, name, per_page: 20 });
      const newest = data.artifacts
        .filter((artifact) => !artifact.expired && artifact.workflow_run?.id)
        .sort((a, b) => (b.created_at ?? '').localeCompare(a.created_at ?? '') || b.id - a.id)[0];
      const runId = newest?.workflow_run?.id;
      if (!newest || !runId) return undefined;
      const client = await artifactClient();
      const { downloadPath } = await client.downloadArtifact(newest.id, {
        path: directory,
        findBy: findBy(options, runId)!,
      });
      return { runId, path: downloadPath ?? directory };
    },

    async uploadDirectory(name, directory, upload = {}) {
      const client = await artifactClient();
      const { id } = await client.uploadArtifact(
        name,
        await filesUnder(directory),
        upload.root ?? directory,
        upload.retentionDays ? { retentionDays: upload.retentionDays } : {},
      );
      return id ?? 0;
    },

    async list(runId): Promise<ListedArtifact[]> {
      const client = await artifactClient();
      const by = findBy(options, runId);
      const { artifacts } = await client.listArtifacts(
        by === undefined ? { latest: true } : { latest: true, findBy: by },
      );
      return artifacts.map((artifact) => ({ name: artifact.name, id: artifact.id }));
    },

    async download(id, directory, runId) {
      const client = await artifactClient();
      const by = findBy(options, runId);
      await client.downloadArtifact(id, by === undefined ? { path: directory } : { path: directory, findBy: by });
    },
  };
}
