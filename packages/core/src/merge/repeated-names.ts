import type { IngestError, SourceFile } from '../model.js';
import { plural } from '../render/format.js';

/** Names listed in a file's note; the rest are counted. */
const LISTED_NAMES = 5;

interface FileRepeats {
  /** Ids that repeat, each with the highest instance number seen (first LISTED_NAMES only). */
  listed: Map<string, number>;
  names: number;
  extraInstances: number;
}

/**
 * Same-named tests in one report file are distinct tests (`name #2`, `name #3`, …) unless the reader
 * recognised reruns: this collects, per file, which names repeated, for ONE note per file.
 */
export class RepeatedNames {
  private readonly byFile = new Map<string, FileRepeats>();

  /** Test `id` had its `instance`-th (2, 3, …) same-named sibling in `path`. */
  note(path: string, id: string, instance: number): void {
    let repeats = this.byFile.get(path);
    if (!repeats) this.byFile.set(path, (repeats = { listed: new Map(), names: 0, extraInstances: 0 }));
    repeats.extraInstances++;
    if (instance === 2) repeats.names++;
    if (repeats.listed.has(id) || repeats.listed.size < LISTED_NAMES) repeats.listed.set(id, instance);
  }

  /**
   * The files with a note for each file that had repeats, and the notes of files not among them (a
   * caller that adds records without their file). Made anew each time: the builder may finish often.
   */
  attach(files: readonly SourceFile[]): { files: SourceFile[]; unclaimed: IngestError[] } {
    const claimed = new Set<string>();
    const withNotes = files.map((file) => {
      const repeats = this.byFile.get(file.path);
      if (!repeats) return file;
      claimed.add(file.path);
      return { ...file, errors: [...file.errors, noteFor(file.path, repeats)] };
    });
    const unclaimed = [...this.byFile].filter(([path]) => !claimed.has(path));
    return { files: withNotes, unclaimed: unclaimed.map(([path, repeats]) => noteFor(path, repeats)) };
  }
}

function noteFor(path: string, repeats: FileRepeats): IngestError {
  const examples = [...repeats.listed].map(([id, instances]) => `"${id}" ×${instances}`).join(', ');
  const more = repeats.names > repeats.listed.size ? ` and ${repeats.names - repeats.listed.size} more` : '';
  const names = repeats.names === 1 ? '1 test name repeats' : `${repeats.names} test names repeat`;
  return {
    path,
    kind: 'duplicate-test',
    message:
      `${names} in this file (${examples}${more}). Nothing in the file marks them as reruns, so each repeat ` +
      `is counted as a test of its own, named "<name> #2", "<name> #3"… (${plural(repeats.extraInstances, 'repeat', 'repeats')} in all). ` +
      'Give parametrized tests distinct names to keep each one’s history.',
  };
}
