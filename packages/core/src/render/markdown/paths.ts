import { encodeLinkSpecials, safeLinkUrl } from './escape.js';

function normaliseSlashes(path: string): string {
  return path.replace(/\\/g, '/');
}

function isWindowsAbsolute(path: string): boolean {
  return /^[A-Za-z]:\//.test(path);
}

/**
 * A report's test path relative to the repository: `\` becomes `/`, the first root that prefixes
 * it is stripped (case-insensitively for Windows drive paths), and leading `./` is dropped.
 */
export function repoRelativePath(file: string, roots: ReadonlyArray<string | undefined> = []): string {
  let path = normaliseSlashes(file);
  for (const root of roots) {
    if (!root) continue;
    const prefix = `${normaliseSlashes(root).replace(/\/+$/, '')}/`;
    const matches = isWindowsAbsolute(prefix)
      ? path.toLowerCase().startsWith(prefix.toLowerCase())
      : path.startsWith(prefix);
    if (matches) {
      path = path.slice(prefix.length);
      break;
    }
  }
  return path.replace(/^(?:\.\/)+/, '');
}

/** True when the path can name a file in the repository: not absolute, no `..` segment. */
export function isInsideRepository(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !isWindowsAbsolute(path) && !path.split('/').includes('..');
}

/** `<blob base><path>#L<line>` for a repository-relative path, or undefined when no link can be made. */
export function blobUrl(blobBaseUrl: string | undefined, path: string, line?: number): string | undefined {
  const base = safeLinkUrl(blobBaseUrl);
  if (!base || !isInsideRepository(path)) return undefined;
  const encoded = path.split('/').map(encodeURIComponent).join('/');
  const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
  return `${base.endsWith('/') ? base : `${base}/`}${encodeLinkSpecials(encoded)}${anchor}`;
}
