/** An artifact of a workflow run, as listed (the latest upload of each name). */
export interface ListedArtifact {
  name: string;
  id: number;
}

/**
 * Where stages keep and find files between jobs: the action binds it to GitHub's artifact service
 * (@testpipe/github); the CLI has none, and passes files by path instead.
 */
export interface ArtifactStore {
  /** Downloads this run's artifact `name` into `directory`; undefined when this run has none by that name. */
  downloadFromThisRun(name: string, directory: string): Promise<string | undefined>;
  /** The newest unexpired artifact `name` of any run of the repository; undefined when there is none. */
  downloadLatest(name: string, directory: string): Promise<{ path: string; runId: number } | undefined>;
  /** Every file under `directory` as artifact `name`, paths kept relative to `root` (default `directory`). */
  uploadDirectory(
    name: string,
    directory: string,
    options?: { root?: string; retentionDays?: number },
  ): Promise<number>;
  /** The artifacts of this run, or of run `runId` of the repository. */
  list(runId?: number): Promise<ListedArtifact[]>;
  /** Downloads and unpacks artifact `id` (of this run, or of run `runId`) into `directory`. */
  download(id: number, directory: string, runId?: number): Promise<void>;
}
