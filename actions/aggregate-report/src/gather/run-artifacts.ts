import path from 'node:path';

/** Which run's artifacts to read: the current one (runner token), or another run of the repository (REST, needs a token). */
export interface ArtifactSource {
  /** Another workflow run, for the workflow_run companion; undefined for the current run. */
  runId?: number;
  token: string;
  /** `owner/name`. */
  repository: string;
}

export interface ListedArtifact {
  name: string;
  id: number;
}

interface FindBy {
  token: string;
  workflowRunId: number;
  repositoryOwner: string;
  repositoryName: string;
}

/** Splits `owner/name`, the form GITHUB_REPOSITORY and the inputs use. */
export function splitRepository(repository: string): { owner: string; repo: string } {
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) throw new Error(`A repository is "owner/name", got "${repository}"`);
  return { owner, repo };
}

function findByFor(source: ArtifactSource): FindBy | undefined {
  if (source.runId === undefined) return undefined;
  const { owner, repo } = splitRepository(source.repository);
  return { token: source.token, workflowRunId: source.runId, repositoryOwner: owner, repositoryName: repo };
}

// @actions/artifact is ESM-only and heavy: loaded only on the paths that read artifacts.
async function artifactClient() {
  const { DefaultArtifactClient } = await import('@actions/artifact');
  return new DefaultArtifactClient();
}

/** The artifacts of a run, the latest of each name (a re-run attempt may upload a name again). */
export async function listRunArtifacts(source: ArtifactSource): Promise<ListedArtifact[]> {
  const client = await artifactClient();
  const findBy = findByFor(source);
  const { artifacts } = await client.listArtifacts(findBy === undefined ? { latest: true } : { latest: true, findBy });
  return artifacts.map((artifact) => ({ name: artifact.name, id: artifact.id }));
}

/** Artifact names cannot hold path separators, but a directory is made of one: refuse anything else. */
export function artifactDirectory(downloadDir: string, artifactName: string): string {
  if (artifactName === '' || artifactName === '.' || artifactName === '..' || /[\\/]/.test(artifactName)) {
    throw new Error(`Artifact name ${JSON.stringify(artifactName)} cannot be used as a directory name`);
  }
  return path.join(downloadDir, artifactName);
}

/** Downloads and unzips one artifact into `directory`; another run's go through the REST zip redirect. */
export async function downloadRunArtifact(
  source: ArtifactSource,
  artifactId: number,
  directory: string,
): Promise<void> {
  const client = await artifactClient();
  const findBy = findByFor(source);
  await client.downloadArtifact(artifactId, findBy === undefined ? { path: directory } : { path: directory, findBy });
}
