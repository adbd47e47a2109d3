// ctrf-report.json (aggregate-report) and each shard's ctrf.json (run-matrix) follow the open CTRF
// format (ctrf.io). testpipe's own contract version is kept where CTRF allows extensions: the top-level
// `extra.testpipeSchemaVersion`. A CTRF document written by another tool has none and is read as CTRF.
import { ContractError } from './errors.js';
import { fieldPath, FieldReader, isJsonObject } from './fields.js';
import { readJsonContract } from './json-file.js';
import { checkSchemaVersion, CONTRACT_VERSIONS } from './versions.js';

export type CtrfStatus = 'passed' | 'failed' | 'skipped' | 'pending' | 'other';

export const CTRF_STATUSES: readonly CtrfStatus[] = ['passed', 'failed', 'skipped', 'pending', 'other'];

/** The field of a CTRF document that holds testpipe's contract version. */
export const CTRF_TESTPIPE_VERSION_FIELD = 'extra.testpipeSchemaVersion';

/** What CTRF requires of a test; testpipe writes more (CtrfTest), other tools write what they write. */
export interface CtrfDocumentTest {
  name: string;
  status: CtrfStatus;
  duration: number;
}

export interface CtrfDocumentSummary {
  tests: number;
  passed: number;
  failed: number;
  skipped: number;
  pending: number;
  other: number;
  start: number;
  stop: number;
}

/** The CTRF envelope as the CTRF schema requires it; CtrfReport (what testpipe writes) is one. */
export interface CtrfDocument {
  reportFormat: 'CTRF';
  /** The CTRF specification version, MAJOR.MINOR.PATCH. */
  specVersion: string;
  extra?: { testpipeSchemaVersion?: number };
  results: {
    tool: { name: string; version?: string };
    summary: CtrfDocumentSummary;
    tests: CtrfDocumentTest[];
  };
}

const SUMMARY_COUNTS = ['tests', 'passed', 'failed', 'skipped', 'pending', 'other'] as const;

/**
 * The testpipe contract version of a CTRF document, or undefined when another tool wrote it. Throws a
 * ContractVersionError when testpipe's version is newer than this code reads, so a newer document is
 * refused rather than half-read.
 */
export function checkCtrfTestpipeVersion(document: unknown, source: string): number | undefined {
  if (!isJsonObject(document) || document.extra === undefined) return undefined;
  if (!isJsonObject(document.extra)) {
    throw new ContractError(source, 'extra', 'must be an object (CTRF: "Extension point for arbitrary metadata")');
  }
  const version = document.extra.testpipeSchemaVersion;
  if (version === undefined) return undefined;
  return checkSchemaVersion(version, source, CONTRACT_VERSIONS.ctrf, CTRF_TESTPIPE_VERSION_FIELD);
}

function readTest(r: FieldReader, value: unknown, path: string): CtrfDocumentTest {
  const test = r.object(value, path);
  r.string(test.name, fieldPath(path, 'name'));
  r.oneOf(test.status, fieldPath(path, 'status'), CTRF_STATUSES);
  r.amount(test.duration, fieldPath(path, 'duration'));
  return test as unknown as CtrfDocumentTest;
}

/**
 * Validates the CTRF envelope (what the CTRF schema requires: reportFormat, specVersion, results.tool.name,
 * results.summary counts, each test's name, status and duration) and testpipe's version when present.
 * Lenient reading of other tools' reports (no reportFormat, odd entries) is ingestFile's job.
 */
export function parseCtrfDocument(value: unknown, source: string): CtrfDocument {
  const r = new FieldReader(source);
  const document = r.object(value, '');
  checkCtrfTestpipeVersion(document, source);
  r.oneOf(document.reportFormat, 'reportFormat', ['CTRF']);
  const specVersion = r.string(document.specVersion, 'specVersion');
  if (!/^\d+\.\d+\.\d+$/.test(specVersion)) {
    r.fail('specVersion', `must be MAJOR.MINOR.PATCH (found ${JSON.stringify(specVersion)})`);
  }
  const results = r.object(document.results, 'results');
  const tool = r.object(results.tool, 'results.tool');
  r.string(tool.name, 'results.tool.name');
  r.optional(tool, 'version', 'results.tool', r.string);
  const summary = r.object(results.summary, 'results.summary');
  for (const key of SUMMARY_COUNTS) r.count(summary[key], fieldPath('results.summary', key));
  for (const key of ['start', 'stop']) r.amount(summary[key], fieldPath('results.summary', key));
  r.list(results.tests, 'results.tests', (test, path) => readTest(r, test, path));
  return document as unknown as CtrfDocument;
}

/** Reads ctrf-report.json or a shard's ctrf.json. */
export function readCtrfFile(file: string): Promise<CtrfDocument> {
  return readJsonContract(file, parseCtrfDocument);
}
