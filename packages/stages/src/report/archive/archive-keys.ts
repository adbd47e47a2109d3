function trimSlashes(value: string): string {
  return value.replace(/^\/+|\/+$/g, '');
}

/** The run's prefix under a base prefix (the `s3-prefix` input): `<base>/<pipeline-id>/`. */
export function archivePrefixUnder(basePrefix: string, pipelineId: string): string {
  const base = trimSlashes(basePrefix);
  const id = trimSlashes(pipelineId);
  if (!id || id.includes('/')) throw new Error(`Pipeline id "${pipelineId}" cannot name an S3 prefix.`);
  return base ? `${base}/${id}/` : `${id}/`;
}

/** `testpipe/<owner>/<repo>/<pipeline-id>/`, from GITHUB_REPOSITORY ("owner/repo"). */
export function defaultArchivePrefix(repository: string, pipelineId: string): string {
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
    throw new Error(`Repository "${repository}" is not "owner/repo".`);
  }
  return archivePrefixUnder(`testpipe/${repository}`, pipelineId);
}

/** History sits beside the runs: `testpipe/<owner>/<repo>/<id>/` → `testpipe/<owner>/<repo>/history.jsonl`. */
export function historyKeyForPrefix(prefix: string): string {
  const parts = trimSlashes(prefix).split('/');
  parts.pop();
  return [...parts, 'history.jsonl'].join('/');
}

export const TARBALL_NAME = 'reports.tar.gz';
