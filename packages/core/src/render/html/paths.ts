import { isInsideRepository, repoRelativePath } from '../markdown/paths.js';

/** Turns paths and text from reports into repository-relative form, given the workspace roots. */
export interface PathView {
  /** A file path relative to the repository: slashes forward, the first matching root and `./` dropped. */
  file(path: string): string;
  /** `file` for an optional path. */
  optionalFile(path: string | undefined): string | undefined;
  /** Free text (a stack trace, a message, a test id) with every `<root>/` removed. */
  text(text: string): string;
}

function usableRoots(roots: ReadonlyArray<string | undefined> | undefined): string[] {
  // A root of `/` (or ``) would strip every slash from a stack trace: such roots are ignored.
  return (roots ?? []).filter((root): root is string => !!root && root.replace(/[\\/]+$/, '') !== '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function pathView(roots?: ReadonlyArray<string | undefined>): PathView {
  const usable = usableRoots(roots);
  // Each root as written with `/` and with `\`, longest first, so a nested root wins over its parent.
  const forms = [
    ...new Set(
      usable.flatMap((root) => {
        const bare = root.replace(/[\\/]+$/, '');
        return [`${bare.replace(/\\/g, '/')}/`, `${bare.replace(/\//g, '\\')}\\`];
      }),
    ),
  ].sort((a, b) => b.length - a.length);
  const pattern = forms.length > 0 ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined;
  const file = (path: string): string => repoRelativePath(path, usable);
  return {
    file,
    optionalFile: (path) => (path === undefined || path === '' ? path : file(path)),
    text: (text) => (pattern ? text.replace(pattern, '') : text),
  };
}

/** Only a path inside the repository (relative, no `..`) can become a link into it. */
export function isLinkablePath(path: string): boolean {
  return isInsideRepository(path.replace(/\\/g, '/').replace(/^(?:\.\/)+/, ''));
}
