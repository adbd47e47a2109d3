export class FileCommandFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileCommandFormatError';
  }
}

interface LineCursor {
  text: string;
  index: number;
}

/** Next line without its terminator (`\n` or `\r\n`), or undefined at the end of the text. */
function readLine(cursor: LineCursor): { line: string; newline: string } | undefined {
  if (cursor.index >= cursor.text.length) return undefined;
  const lineFeed = cursor.text.indexOf('\n', cursor.index);
  if (lineFeed < 0) {
    const line = cursor.text.slice(cursor.index);
    cursor.index = cursor.text.length;
    return { line, newline: '' };
  }
  const carriageReturn = lineFeed > cursor.index && cursor.text[lineFeed - 1] === '\r';
  const line = cursor.text.slice(cursor.index, carriageReturn ? lineFeed - 1 : lineFeed);
  cursor.index = lineFeed + 1;
  return { line, newline: carriageReturn ? '\r\n' : '\n' };
}

function readHeredocValue(cursor: LineCursor, delimiter: string): string {
  const valueStart = cursor.index;
  let valueEnd = cursor.index;
  for (;;) {
    const next = readLine(cursor);
    if (next === undefined)
      throw new FileCommandFormatError(`Invalid value. Matching delimiter not found '${delimiter}'`);
    if (next.line === delimiter) break;
    if (next.newline === '') throw new FileCommandFormatError('Invalid value. EOF marker missing new line.');
    valueEnd = cursor.index - next.newline.length;
  }
  return cursor.text.slice(valueStart, valueEnd);
}

/**
 * Parses GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE content: `name=value` lines and `name<<DELIMITER` blocks,
 * with the runner's error messages. Later entries win, as in the runner.
 */
export function parseKeyValueFileCommand(text: string): Record<string, string> {
  const entries: Record<string, string> = {};
  const cursor: LineCursor = { text, index: 0 };
  for (let next = readLine(cursor); next !== undefined; next = readLine(cursor)) {
    const { line } = next;
    if (line === '') continue;
    const equalsIndex = line.indexOf('=');
    const heredocIndex = line.indexOf('<<');
    if (equalsIndex >= 0 && (heredocIndex < 0 || equalsIndex < heredocIndex)) {
      const name = line.slice(0, equalsIndex);
      if (name === '') throw new FileCommandFormatError(`Invalid format '${line}'. Name must not be empty`);
      entries[name] = line.slice(equalsIndex + 1);
    } else if (heredocIndex >= 0) {
      const name = line.slice(0, heredocIndex);
      const delimiter = line.slice(heredocIndex + 2);
      if (name === '' || delimiter === '') {
        throw new FileCommandFormatError(
          `Invalid format '${line}'. Name must not be empty and delimiter must not be empty`,
        );
      }
      entries[name] = readHeredocValue(cursor, delimiter);
    } else {
      throw new FileCommandFormatError(`Invalid format '${line}'`);
    }
  }
  return entries;
}

/** GITHUB_PATH: one directory per line, empty lines ignored, in the order written. */
export function parsePathFileCommand(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line !== '');
}
