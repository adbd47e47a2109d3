// Reads one report file of any supported format into TestCaseRecords, streaming.
// Problems are returned in SourceFile.errors, never thrown. A malformed or truncated file keeps
// the tests completed before the bad point: they are delivered, and the error says where it broke.
import { open, type FileHandle } from 'node:fs/promises';
import type { IngestError, SourceFile, TestCaseRecord } from '../model.js';
import { resolveLimits, type IngestLimits, type IngestOptions, type NoteProblem } from './attempt-draft.js';
import { checkCtrfTestpipeVersion } from '../contracts/ctrf.js';
import { ctrfRecord, ctrfTests } from './ctrf-reader.js';
import { describeContent, detectFormat, isNUnit2 } from './detect-format.js';
import { JUnitReader } from './junit-reader.js';
import { NUnitReader } from './nunit-reader.js';
import { NUnit2Reader } from './nunit2-reader.js';
import { TrxReader } from './trx-reader.js';
import { XUnitReader } from './xunit-reader.js';
import { chooseEncoding, streamXmlFile, type Transcoder } from './xml-file-stream.js';
import { XmlTokenizer, type XmlHandler } from './xml-tokenizer.js';

const HEAD_BYTES = 64 * 1024;
/** Test entries skipped or amended (no name, bad duration...) are reported one by one up to this, then counted. */
const MAX_ENTRY_PROBLEMS = 100;
/** CTRF is read whole (JSON.parse); beyond this it is refused rather than risk the runner's memory. */
const MAX_CTRF_BYTES = 256 << 20;

type Deliver = (record: TestCaseRecord) => void;

const XML_READERS = {
  junit: JUnitReader,
  nunit: NUnitReader,
  xunit: XUnitReader,
  trx: TrxReader,
} as const;

// Duck-typed: errors from another realm (e.g. a test VM) fail `instanceof Error`.
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Streams one report file, calling onTest for every test case; never throws for bad content. */
export async function ingestFile(
  path: string,
  onTest: (record: TestCaseRecord) => void,
  options?: IngestOptions,
): Promise<SourceFile> {
  const source: SourceFile = { path, format: 'unknown', tests: 0, bytes: 0, errors: [] };
  const problem = (kind: IngestError['kind'], message: string, at?: { line: number; column: number }) => {
    source.errors.push({ path, ...(at && { line: at.line, column: at.column }), message, kind });
  };
  let file: FileHandle | undefined;
  try {
    file = await open(path, 'r');
    const stat = await file.stat();
    if (stat.isDirectory()) {
      problem('unreadable', `${path} is a directory, not a report file`);
      return source;
    }
    source.bytes = stat.size;
    const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const encoding = chooseEncoding(head.subarray(0, bytesRead));
    if ('unsupported' in encoding) {
      problem('malformed', `${path} declares encoding "${encoding.unsupported}", which this reader does not support`);
      return source;
    }
    const headText = encoding.transcoder
      ? encoding.transcoder(head.subarray(0, bytesRead), false)
      : head.toString('utf8', 0, bytesRead);
    const format = detectFormat(headText);
    if (format === undefined) {
      problem('not-a-report', `${path} is not a test report: ${describeContent(headText)}`);
      return source;
    }
    source.format = format;
    const limits = resolveLimits(path, options);
    const deliver: Deliver = (record) => {
      source.tests++;
      onTest(record);
    };
    let entryProblems = 0;
    const note: NoteProblem = (message, at) => {
      if (++entryProblems <= MAX_ENTRY_PROBLEMS) problem('malformed', message, at);
    };
    try {
      if (format === 'ctrf') await readCtrf(file, stat.size, limits, deliver, note, problem);
      else {
        const reader = format === 'nunit' && isNUnit2(headText) ? NUnit2Reader : XML_READERS[format];
        await readXml(file, stat.size, new reader(limits, deliver, note), encoding.transcoder, problem);
      }
    } finally {
      if (entryProblems > MAX_ENTRY_PROBLEMS) {
        problem('malformed', `${entryProblems - MAX_ENTRY_PROBLEMS} more problems with test entries (not listed)`);
      }
    }
  } catch (error) {
    if (!isSystemError(error)) throw error;
    problem('unreadable', `cannot read ${path}: ${error.code} ${error.message}`);
  } finally {
    await file?.close();
  }
  return source;
}

async function readXml(
  file: FileHandle,
  fileBytes: number,
  reader: XmlHandler & { end(): void },
  transcoder: Transcoder | undefined,
  problem: (kind: 'malformed', message: string, at: { line: number; column: number }) => void,
): Promise<void> {
  const tokenizer = new XmlTokenizer(reader);
  await streamXmlFile(file, tokenizer, transcoder, fileBytes);
  reader.end();
  const error = tokenizer.error;
  if (error !== undefined) problem('malformed', `line ${error.line}, column ${error.column}: ${error.message}`, error);
}

async function readCtrf(
  file: FileHandle,
  size: number,
  limits: IngestLimits,
  deliver: Deliver,
  note: NoteProblem,
  problem: (kind: 'malformed' | 'not-a-report', message: string, at?: { line: number; column: number }) => void,
): Promise<void> {
  if (size > MAX_CTRF_BYTES) {
    problem(
      'malformed',
      `CTRF JSON of ${size} bytes is larger than the ${MAX_CTRF_BYTES >> 20} MiB this reader accepts`,
    );
    return;
  }
  const text = (await file.readFile()).toString('utf8');
  let document: unknown;
  try {
    document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const location = lineAndColumn(text, offset);
    problem('malformed', `line ${location.line}, column ${location.column}: invalid JSON: ${message}`, location);
    return;
  }
  const ctrf = ctrfTests(document);
  if (ctrf === undefined) {
    problem('not-a-report', `${limits.source} is not a test report: JSON without results.tests`);
    return;
  }
  // A document from a newer testpipe is refused (thrown, a UserError), not half-read; another tool's has no version.
  checkCtrfTestpipeVersion(document, limits.source);
  const positions = new Map<string, number>();
  ctrf.tests.forEach((entry, index) => {
    const record = ctrfRecord(entry, index, ctrf.tool, limits, note, positions);
    if (record !== undefined) deliver(record);
  });
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
