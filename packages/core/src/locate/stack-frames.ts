/** A place a stack trace or failure message names: a file (as written there) and a line. */
export interface Frame {
  file: string;
  line: number;
  /** Java frames: the class, whose package says the file's directories. */
  className?: string;
}

/** The frames that locate a failure are at the top; a 64 KiB body is not read to its end. */
const MAX_SCANNED_CHARS = 16_384;
const EXTENSIONS =
  '[jt]sx?|[cm][jt]s|py|rb|go|java|kt|scala|groovy|cs|fs|vb|php|rs|swift|cc|cpp|cxx|c|h|hpp|ex|exs|dart|feature|vue|svelte';
/** Anchored at the extension, so the scan is linear: the file name is then read backwards. */
const SOURCE_LINE = new RegExp(String.raw`\.(?:${EXTENSIONS})(?::line (\d+)|:(\d+))`, 'g');
const PATH_CHAR = /[\w@.$~+\-/\\:]/;
const JAVA_FRAME = /\bat\s+([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/g;
const PYTHON_FRAME = /\bFile "([^"\n]+)", line (\d+)/g;

interface Found extends Frame {
  at: number;
}

/** Reads the path that ends just before `end` backwards (drops a `file://` scheme and a drive's `C:` stays). */
function pathEndingAt(text: string, end: number): { file: string; start: number } {
  let start = end;
  while (start > 0 && end - start < 400 && PATH_CHAR.test(text[start - 1]!)) start--;
  let file = text.slice(start, end);
  const scheme = file.lastIndexOf('file://');
  if (scheme >= 0) file = file.slice(scheme + 'file://'.length);
  // "(at foo:12)" style prefixes: keep what follows the last ':' unless it is a drive letter.
  const colon = file.lastIndexOf(':');
  if (colon > 1) file = file.slice(colon + 1);
  return { file, start: end - file.length };
}

/** Every file:line a text names, in order of appearance (top of the stack first). */
export function framesIn(whole: string | undefined): Frame[] {
  if (!whole) return [];
  const text = whole.length > MAX_SCANNED_CHARS ? whole.slice(0, MAX_SCANNED_CHARS) : whole;
  const found: Found[] = [];
  const taken = new Set<number>();
  for (const m of text.matchAll(JAVA_FRAME)) {
    const fileAt = m.index + m[0].lastIndexOf(m[2]!);
    taken.add(fileAt + m[2]!.lastIndexOf('.'));
    found.push({ file: m[2]!, line: Number(m[3]), className: m[1]!, at: m.index });
  }
  for (const m of text.matchAll(PYTHON_FRAME)) {
    taken.add(m.index + m[0].indexOf('"') + m[1]!.lastIndexOf('.') + 1);
    found.push({ file: m[1]!, line: Number(m[2]), at: m.index });
  }
  for (const m of text.matchAll(SOURCE_LINE)) {
    if (taken.has(m.index)) continue;
    const extension = m[0].slice(0, m[0].indexOf(':'));
    const { file, start } = pathEndingAt(text, m.index);
    const line = Number(m[1] ?? m[2]);
    if (file === '' || !(line > 0)) continue;
    found.push({ file: file + extension, line, at: start });
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _at, ...frame }) => frame);
}
