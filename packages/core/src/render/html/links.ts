import { escapeHtml, safeHttpUrl } from './escape.js';
import { isLinkablePath } from './paths.js';

/** `<repo>/blob/<sha>/` when both are known and the URL is http(s); else no file links at all. */
export function fileLinkBase(repositoryUrl: string | undefined, commitSha: string | undefined): string | undefined {
  const repo = safeHttpUrl(repositoryUrl);
  if (!repo || !commitSha || !/^[0-9a-f]{7,64}$/i.test(commitSha)) return undefined;
  return `${repo}/blob/${commitSha}/`;
}

export function fileHref(base: string, file: string, line?: number): string {
  const path = file
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  return `${base}${path}${line !== undefined ? `#L${line}` : ''}`;
}

/**
 * A file path as a plain link into the repository (a navigation, never a load), or as code when there
 * is no repository to link to or the path is not inside it (absolute, or with `..`).
 */
export function fileReference(base: string | undefined, file: string | undefined, line?: number): string {
  if (!file) return '';
  const text = escapeHtml(line !== undefined ? `${file}:${line}` : file);
  if (!base || !isLinkablePath(file)) return `<code>${text}</code>`;
  return `<a href="${escapeHtml(fileHref(base, file, line))}" rel="noopener noreferrer" target="_blank"><code>${text}</code></a>`;
}
