/**
 * The repository's tracked files (`git ls-files`), indexed to resolve what a report names: a path
 * (absolute, relative to somewhere else, with `\`), a bare file name, or a Java/Kotlin class name.
 */
export class TrackedFiles {
  private readonly paths: Set<string>;
  private readonly byBaseName = new Map<string, string[]>();

  constructor(paths: Iterable<string>) {
    this.paths = new Set();
    for (const raw of paths) {
      const path = raw.replace(/\\/g, '/');
      if (path === '') continue;
      this.paths.add(path);
      const base = baseName(path);
      const list = this.byBaseName.get(base);
      if (list) list.push(path);
      else this.byBaseName.set(base, [path]);
    }
  }

  get size(): number {
    return this.paths.size;
  }

  /**
   * The tracked path `reference` names, or undefined: exact, else the tracked file with the same
   * name sharing the longest run of trailing directories (one file of that name: that one).
   */
  resolve(reference: string): string | undefined {
    const path = reference
      .replace(/\\/g, '/')
      .replace(/^file:\/\//, '')
      .replace(/^(?:\.\/)+/, '');
    if (this.paths.has(path)) return path;
    const candidates = this.byBaseName.get(baseName(path));
    if (!candidates) return undefined;
    if (candidates.length === 1) return candidates[0];
    let best: string | undefined;
    let bestShared = 0;
    let tie = false;
    for (const candidate of candidates) {
      const shared = sharedTrailingSegments(candidate, path);
      if (shared > bestShared) [best, bestShared, tie] = [candidate, shared, false];
      else if (shared === bestShared) tie = true;
    }
    // Two files equally close (two `index.test.ts` and a bare name): naming either would be a guess.
    return tie || bestShared < 2 ? undefined : best;
  }

  /** `com.acme.CheckoutServiceTest` (or `…Test$Inner`) → `…/com/acme/CheckoutServiceTest.java|kt|scala|groovy`. */
  resolveClass(className: string): string | undefined {
    if (!/^[\w$]+(?:\.[\w$]+)+$/.test(className)) return undefined;
    const outer = className.split('$')[0]!;
    const relative = outer.replace(/\./g, '/');
    for (const extension of ['java', 'kt', 'scala', 'groovy']) {
      const found = this.resolve(`${relative}.${extension}`);
      if (found && found.endsWith(`${relative}.${extension}`)) return found;
    }
    return undefined;
  }
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function sharedTrailingSegments(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  let shared = 0;
  while (
    shared < left.length &&
    shared < right.length &&
    left[left.length - 1 - shared] === right[right.length - 1 - shared]
  ) {
    shared++;
  }
  return shared;
}
