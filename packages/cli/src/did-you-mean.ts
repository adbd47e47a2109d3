// "Did you mean" for mistyped options: every command's parser rejects an unknown option through here.
import { UsageError } from './usage-error.js';

/** Edit distance (insert, delete, substitute) between two words. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known word closest to `word`, when it is close enough to be a typo of it. */
export function closestWord(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(word.toLowerCase(), candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/** Options every command takes (main handles them). */
const GLOBAL_OPTIONS = ['--help', '--debug'];

/** The long options a command's usage text lists ("--config FILE  ..."): what its parser accepts. */
export function optionsOf(usage: string): string[] {
  return [...new Set(usage.match(/--[a-z][a-z-]*/g) ?? [])];
}

/** The error for an option the command does not have, with the closest option of its usage when there is one. */
export function unknownOptionError(flag: string, usage: string): UsageError {
  const guess = closestWord(flag, [...optionsOf(usage), ...GLOBAL_OPTIONS]);
  return new UsageError(`unknown option "${flag}"${guess ? `; did you mean ${guess}?` : '.'}`);
}
