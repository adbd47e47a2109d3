// The hidden lines that make a report comment sticky, shared by every code host (GitHub PR comments,
// GitLab merge-request notes): one implementation, so both find their own comments the same way.

/**
 * The hidden HTML comment that marks our comment among all comments of a PR: always the comment's
 * first line. No `--` (which could end the HTML comment early) and no line break survive from the name.
 */
export function commentMarker(reportName: string): string {
  return `<!-- testpipe-report: ${reportName.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/-(?=-)/g, '- ')} -->`;
}

/** Ours only when the marker is the whole first line: report data quoted further down never matches. */
export function carriesMarker(body: string | undefined, marker: string): boolean {
  const firstLine = (body ?? '').split('\n', 1)[0]!;
  return firstLine.replace(/\r$/, '') === marker;
}

/** The hidden second line that records what `comment: on-change` compares. */
export function digestLine(digest: string): string {
  return `<!-- testpipe-digest: ${digest} -->`;
}

/** A sticky comment's whole body: the marker line, the digest line when there is a digest, then the report. */
export function stickyCommentBody(marker: string, body: string, digest: string | undefined): string {
  return `${digest ? `${marker}\n${digestLine(digest)}` : marker}\n${body}`;
}

/** The comment already records this digest (`comment: on-change`): it is left as it is. */
export function carriesDigest(body: string | undefined, digest: string | undefined): boolean {
  return Boolean(digest) && (body ?? '').includes(digestLine(digest!));
}
