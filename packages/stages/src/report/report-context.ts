/** What the report stage knows of the run it reports on; the action reads it from the runner, the CLI has less. */
export interface ReportContext {
  /** `owner/name`, for the S3 prefix and links; empty outside a repository's CI. */
  repository: string;
  /** The workflow run; undefined outside CI. */
  runId?: number;
  /** Commit the check run is attached to: the PR head, not the merge commit. */
  headSha: string;
  pullRequest?: { number: number; baseRef: string };
  /** For workflow_run companions: the run whose results are reported. */
  triggeringRun?: { id: number };
  /** Where relative paths and globs are resolved; paths in annotations are made relative to it. */
  workspace: string;
  serverUrl?: string;
  runUrl?: string;
  /** Branch the run is on, for the history entry. */
  branch?: string;
}
