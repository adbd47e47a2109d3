/**
 * How one entry of the `results` input is read. An entry with a path separator or a report
 * extension can only be a file glob; any other entry (`testpipe-results-*`, `reports`) is first an
 * artifact name pattern and, when no artifact matches, a file glob or directory in the workspace.
 */
export type ResultEntryKind = 'file-glob' | 'artifact-or-file';

const REPORT_FILE = /\.(xml|json|trx)$/i;

export function classifyResultEntry(entry: string): ResultEntryKind {
  return entry.includes('/') || entry.includes('\\') || REPORT_FILE.test(entry) ? 'file-glob' : 'artifact-or-file';
}

function escapeRegex(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Matches artifact names against a pattern with `*` (any run of characters) and `?` (one character). */
export function artifactNameMatcher(pattern: string): (name: string) => boolean {
  const source = [...pattern]
    .map((character) => (character === '*' ? '.*' : character === '?' ? '.' : escapeRegex(character)))
    .join('');
  const regex = new RegExp(`^${source}$`);
  return (name) => regex.test(name);
}
