// Reading and writing contract files as JSON; the parse step (schema and version) is each contract's own.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describeFileSystemError } from '../errors/user-error.js';
import { ContractError } from './errors.js';

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Where JSON.parse stopped, when its message says ("at position 12"; the end for "Unexpected end"). */
function whereParsingStopped(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
  if (offset === undefined) return '';
  const { line, column } = lineAndColumn(text, offset);
  return ` at line ${line}, column ${column}`;
}

/** JSON.parse, with a ContractError naming `source` and the place instead of a bare SyntaxError. */
export function parseJsonText(text: string, source: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (body.trim() === '') throw new ContractError(source, '', 'is empty, not JSON', { cause: error });
    throw new ContractError(source, '', `is not valid JSON${whereParsingStopped(body, message)}: ${message}`, {
      cause: error,
    });
  }
}

/** Reads a contract file and validates it with `parse`; every failure is a UserError naming the file. */
export async function readJsonContract<T>(file: string, parse: (value: unknown, source: string) => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw describeFileSystemError(error, `The file ${path.basename(file)}`);
  }
  return parse(parseJsonText(text, file), file);
}

export interface WriteJsonContractOptions {
  /** One line without indentation, for files too large to be read by people (ctrf-report.json); default false. */
  compact?: boolean;
}

/** Writes a contract file as the stages always have: JSON, 2-space indent, a final newline; creates the directory. */
export async function writeJsonContract(
  file: string,
  value: unknown,
  options: WriteJsonContractOptions = {},
): Promise<void> {
  const text = options.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${text}\n`);
  } catch (error) {
    throw describeFileSystemError(error, `The file ${path.basename(file)}`);
  }
}
