// Deterministic fuzzing of ingestFile: thousands of mutated and truncated reports derived from valid
// seeds (fixtures/fuzz-seeds). Ingest must never throw, hang, lose the file path in an error, emit a
// record without a name or a valid status, or turn a broken report into "0 tests, no error".
// Reproduce a run with another seed: FUZZ_SEED=123 npm test -- fuzz
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLValidator } from 'fast-xml-parser';
import { ingestFile } from '../src/ingest/index.js';
import type { SourceFile, TestCaseRecord } from '../src/model.js';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 0x7e57);
const RANDOM_MUTANTS_PER_SEED = 350;
const CONCURRENCY = 8;
/**
 * Generous: a healthy ingest of these files takes milliseconds to a few seconds; only a hang reaches this,
 * even on a machine busy with other work (the hostile inputs once took over 20 s under a load of 10).
 */
const HANG_GUARD_MS = 120_000;
/** Jest's limit for a fuzz test: above the hang guard, so a hang is reported as one, not as a timeout. */
const FUZZ_TEST_TIMEOUT_MS = 4 * HANG_GUARD_MS;
const HERE = dirname(fileURLToPath(import.meta.url));
const SEED_DIR = join(HERE, 'fixtures', 'fuzz-seeds');
const ARTIFACTS_DIR = join(HERE, '..', '..', '..', 'test-artifacts', 'fuzz');
const ATTEMPT_STATUSES = new Set(['passed', 'failed', 'errored', 'skipped']);
const ERROR_KINDS = new Set(['unreadable', 'malformed', 'not-a-report', 'duplicate-test']);

// ---------- seeded randomness ----------

interface Random {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (items) => items[int(0, items.length - 1)] as (typeof items)[number] };
}

// ---------- mutations ----------

interface FuzzInput {
  id: string;
  mutation: string;
  ext: string;
  bytes: Buffer;
}

type Mutation = (input: Buffer, random: Random) => { bytes: Buffer; label: string };

const splice = (input: Buffer, at: number, remove: number, insert: Buffer): Buffer =>
  Buffer.concat([input.subarray(0, at), insert, input.subarray(at + remove)]);
const positionsOf = (input: Buffer, byte: string): number[] =>
  [...input.entries()].filter(([, value]) => value === byte.charCodeAt(0)).map(([index]) => index);

const INVALID_UTF8 = [
  [0xff],
  [0xc3, 0x28],
  [0x80],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xf4, 0x90, 0x80, 0x80],
  [0xe2, 0x82],
];
const BAD_ENTITIES = ['&bogus;', '&#0;', '&#x110000;', '&#xD800;', '&#99999999999;', '&', '&#;', '&#x;', '&amp'];
const SYNTAX_BYTES = ['<', '>', '"', "'", '&', '/', '='];

const MUTATIONS: Record<string, Mutation> = {
  flipBit: (input, random) => {
    const at = random.int(0, input.length - 1);
    const bit = random.int(0, 7);
    const bytes = Buffer.from(input);
    bytes[at] = (bytes[at] ?? 0) ^ (1 << bit);
    return { bytes, label: `flipBit@${at}.${bit}` };
  },
  insertSyntax: (input, random) => {
    const at = random.int(0, input.length);
    const char = random.pick(SYNTAX_BYTES);
    return { bytes: splice(input, at, 0, Buffer.from(char)), label: `insert(${char})@${at}` };
  },
  removeSyntax: (input, random) => {
    const char = random.pick(SYNTAX_BYTES);
    const candidates = positionsOf(input, char);
    if (candidates.length === 0) return { bytes: input, label: `remove(${char}):none` };
    const at = random.pick(candidates);
    return { bytes: splice(input, at, 1, Buffer.alloc(0)), label: `remove(${char})@${at}` };
  },
  duplicateAttribute: (input, random) => {
    const text = input.toString('latin1'); // latin1 keeps every byte as one char, so offsets stay byte offsets
    const attributes = [...text.matchAll(/\s[\w:.-]+="[^"<]*"/g)];
    if (attributes.length === 0) return { bytes: input, label: 'duplicateAttribute:none' };
    const match = random.pick(attributes);
    const at = (match.index ?? 0) + match[0].length;
    return { bytes: splice(input, at, 0, Buffer.from(match[0], 'latin1')), label: `duplicateAttribute@${at}` };
  },
  invalidUtf8: (input, random) => {
    const at = random.int(0, input.length);
    const sequence = random.pick(INVALID_UTF8);
    return { bytes: splice(input, at, 0, Buffer.from(sequence)), label: `invalidUtf8(${sequence.join(',')})@${at}` };
  },
  nulBytes: (input, random) => {
    const at = random.int(0, input.length - 1);
    const count = random.int(1, 4);
    return { bytes: splice(input, at, random.int(0, 1), Buffer.alloc(count)), label: `nul×${count}@${at}` };
  },
  badEntity: (input, random) => {
    const at = random.int(0, input.length);
    const entity = random.pick(BAD_ENTITIES);
    return { bytes: splice(input, at, 0, Buffer.from(entity)), label: `entity(${entity})@${at}` };
  },
  deleteRange: (input, random) => {
    const at = random.int(0, input.length - 1);
    const length = random.int(1, 64);
    return { bytes: splice(input, at, length, Buffer.alloc(0)), label: `delete(${length})@${at}` };
  },
  duplicateRange: (input, random) => {
    const from = random.int(0, input.length - 1);
    const slice = input.subarray(from, from + random.int(1, 200));
    const at = random.int(0, input.length);
    return { bytes: splice(input, at, 0, Buffer.from(slice)), label: `copy(${from}+${slice.length})@${at}` };
  },
};

function randomMutants(seedName: string, seed: Buffer, ext: string, random: Random): FuzzInput[] {
  const names = Object.keys(MUTATIONS);
  const inputs: FuzzInput[] = [];
  for (let i = 0; i < RANDOM_MUTANTS_PER_SEED; i++) {
    let bytes = seed;
    const labels: string[] = [];
    const steps = random.int(1, 3);
    for (let step = 0; step < steps; step++) {
      const mutated = MUTATIONS[random.pick(names)]!(bytes, random);
      bytes = mutated.bytes;
      labels.push(mutated.label);
    }
    inputs.push({ id: `${seedName}-m${i}`, mutation: labels.join(' + '), ext, bytes });
  }
  return inputs;
}

/** One truncation per interesting offset: inside tags, attribute values, entities, CDATA, UTF-8 sequences. */
function truncations(seedName: string, seed: Buffer, ext: string): FuzzInput[] {
  const text = seed.toString('latin1');
  const offsets = new Map<number, string>();
  const add = (kind: string, at: number): void => {
    if (at > 0 && at < seed.length && !offsets.has(at)) offsets.set(at, kind);
  };
  for (const match of text.matchAll(/<!\[CDATA\[/g)) {
    add('in-cdata-marker', (match.index ?? 0) + 5);
    add('in-cdata-body', (match.index ?? 0) + 11);
  }
  for (const match of text.matchAll(/="/g)) add('in-attribute-value', (match.index ?? 0) + 3);
  for (const match of text.matchAll(/<\?|<!--|<\//g)) add('in-markup-start', (match.index ?? 0) + match[0].length);
  [...seed.entries()].forEach(([index, byte]) => {
    if (byte === 0x3c) add('after-lt', index + 1);
    if (byte === 0x3e) add('before-gt', index);
    if (byte === 0x26) add('in-entity', index + 2);
    if (byte === 0x22) add('after-quote', index + 1);
    if (byte >= 0xc0 && byte <= 0xf7) add('mid-utf8', index + 1);
    if (ext === '.json' && '{[,:'.includes(String.fromCharCode(byte))) add('json-structural', index + 1);
  });
  for (let back = 1; back <= 24; back++) add('near-end', seed.length - back);
  for (let at = 7; at < seed.length; at += 23) add('sweep', at);
  return [...offsets].map(([at, kind]) => ({
    id: `${seedName}-t${at}`,
    mutation: `truncate(${kind})@${at}`,
    ext,
    bytes: seed.subarray(0, at),
  }));
}

function nestedXml(depth: number, closed: boolean): string {
  const open = '<testsuite name="deep">'.repeat(depth);
  const close = closed ? '</testsuite>'.repeat(depth) : '';
  return `<?xml version="1.0"?><testsuites>${open}<testcase name="leaf" classname="c"/>${close}</testsuites>`;
}

/** Hand-built hostile inputs that random mutation would rarely reach. */
function specialInputs(): FuzzInput[] {
  const huge = 'x'.repeat(5 * 1024 * 1024);
  const ctrf = (tests: string): string => `{"results":{"tool":{"name":"t"},"summary":{"tests":1},"tests":${tests}}}`;
  const list: Array<[string, string, string | Buffer]> = [
    ['empty', '.xml', ''],
    ['whitespace', '.xml', '  \n\t\n'],
    ['bom-only', '.xml', Buffer.from([0xef, 0xbb, 0xbf])],
    ['lt-only', '.xml', '<'],
    ['nul-64k', '.xml', Buffer.alloc(65536)],
    ['deep-10000-closed', '.xml', nestedXml(10_000, true)],
    ['deep-10000-unclosed', '.xml', nestedXml(10_000, false)],
    ['huge-name-attribute', '.xml', `<testsuite name="s"><testcase classname="c" name="${huge}"/></testsuite>`],
    [
      'huge-failure-message',
      '.xml',
      `<testsuite name="s"><testcase classname="c" name="n"><failure message="${huge}">t</failure></testcase></testsuite>`,
    ],
    ['huge-unterminated-attribute', '.xml', `<testsuite name="s"><testcase classname="c" name="${huge}`],
    [
      'many-attributes',
      '.xml',
      `<testsuite name="s"><testcase name="n" ${Array.from({ length: 10_000 }, (_, i) => `a${i}="v"`).join(' ')}/></testsuite>`,
    ],
    [
      'duplicate-name-attributes',
      '.xml',
      '<testsuite name="s"><testcase name="a" name="b" classname="c" classname="d" time="1" time="x"/></testsuite>',
    ],
    [
      'entity-expansion',
      '.xml',
      '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">' +
        '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>' +
        '<testsuite name="s"><testcase classname="c" name="&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"/></testsuite>',
    ],
    [
      'external-entity',
      '.xml',
      '<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]>' +
        '<testsuite name="s"><testcase classname="c" name="n"><system-out>&x;</system-out></testcase></testsuite>',
    ],
    [
      'utf16le',
      '.xml',
      Buffer.from('\ufeff<testsuite name="s"><testcase classname="c" name="n"/></testsuite>', 'utf16le'),
    ],
    ['binary-garbage', '.xml', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256))],
    ['json-deep-10000', '.json', ctrf(`${'['.repeat(10_000)}${']'.repeat(10_000)}`)],
    ['json-huge-name', '.json', ctrf(`[{"name":"${huge}","status":"passed","duration":1}]`)],
    [
      'json-wrong-types',
      '.json',
      ctrf('[{"name":42,"status":["passed"],"duration":"soon"},null,7,{"status":"passed"}]'),
    ],
    ['json-nan-duration', '.json', ctrf('[{"name":"n","status":"passed","duration":1e400}]')],
  ];
  return list.map(([id, ext, content]) => ({
    id: `special-${id}`,
    mutation: id,
    ext,
    bytes: typeof content === 'string' ? Buffer.from(content) : content,
  }));
}

// ---------- the oracle ----------

const XML_FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/; // eslint-disable-line no-control-regex

/** True when the bytes are not a well-formed document of their kind (the case where silence is a defect). */
function isMalformed(input: FuzzInput): boolean {
  let text: string;
  try {
    // A UTF-16 byte-order mark is a legitimate encoding (ingest transcodes it); anything else must be UTF-8.
    const utf16 = input.bytes[0] === 0xff && input.bytes[1] === 0xfe ? 'utf-16le' : undefined;
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    return true;
  }
  if (text.trim() === '') return true;
  if (input.ext === '.json') {
    try {
      JSON.parse(text);
      return false;
    } catch {
      return true;
    }
  }
  return XML_FORBIDDEN_CHARS.test(text) || XMLValidator.validate(text) !== true;
}

type Outcome =
  | { kind: 'done'; file: SourceFile; records: TestCaseRecord[] }
  | { kind: 'threw'; error: unknown; records: TestCaseRecord[] }
  | { kind: 'hung'; records: TestCaseRecord[] };

/** Everything wrong with one outcome; empty when ingest behaved. Checked itself by 'the fuzz oracle' below. */
function findProblems(input: FuzzInput, path: string, outcome: Outcome): string[] {
  if (outcome.kind === 'hung') return [`no result after ${HANG_GUARD_MS} ms`];
  if (outcome.kind === 'threw') {
    const error = outcome.error;
    return [`rejected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const problems: string[] = [];
  const { file, records } = outcome;
  if (file.path !== path) problems.push(`SourceFile.path is ${JSON.stringify(file.path)}`);
  for (const error of file.errors) {
    if (error.path !== path) problems.push(`error without the file path: ${JSON.stringify(error).slice(0, 300)}`);
    if (!ERROR_KINDS.has(error.kind)) problems.push(`error with unknown kind ${JSON.stringify(error.kind)}`);
    if (typeof error.message !== 'string' || error.message.trim() === '') problems.push('error without a message');
  }
  for (const record of records) {
    const shown = JSON.stringify(record).slice(0, 200);
    if (typeof record.name !== 'string' || record.name === '') problems.push(`record without a name: ${shown}`);
    if (!Array.isArray(record.attempts) || record.attempts.length === 0) {
      problems.push(`record without attempts: ${shown}`);
      continue;
    }
    for (const attempt of record.attempts) {
      if (!ATTEMPT_STATUSES.has(attempt.status)) problems.push(`invalid status ${JSON.stringify(attempt.status)}`);
      if (!Number.isFinite(attempt.durationMs)) problems.push(`non-finite durationMs ${attempt.durationMs}: ${shown}`);
    }
  }
  if (records.some((record) => JSON.stringify(record).includes('root:x:0:0'))) {
    problems.push('an external entity was resolved: /etc/passwd content in a record');
  }
  if (file.errors.length === 0 && isMalformed(input)) {
    // ingest-file.ts documents that a truncated file keeps its complete tests *and* reports where it broke.
    if (records.length === 0) problems.push('malformed input produced 0 tests and no error');
    else if (input.mutation.startsWith('truncate')) problems.push('truncated input produced tests but no error');
  }
  return problems;
}

// ---------- running ----------

async function ingestGuarded(path: string): Promise<Outcome> {
  const records: TestCaseRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), HANG_GUARD_MS)));
  try {
    const result = await Promise.race([ingestFile(path, (record) => records.push(record)), hang]);
    return result === 'hung' ? { kind: 'hung', records } : { kind: 'done', file: result, records };
  } catch (error) {
    return { kind: 'threw', error, records };
  } finally {
    clearTimeout(timer);
  }
}

interface Summary {
  cases: number;
  withRecords: number;
  withErrors: number;
  noTestsNoError: string[];
  /** Malformed by the oracle, yet records came back with no error: partial results presented as whole. */
  malformedWithoutError: string[];
  failures: string[];
}

async function fuzz(inputs: FuzzInput[], workDir: string): Promise<Summary> {
  const summary: Summary = {
    cases: 0,
    withRecords: 0,
    withErrors: 0,
    noTestsNoError: [],
    malformedWithoutError: [],
    failures: [],
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let input = inputs[next++]; input; input = inputs[next++]) {
      const path = join(workDir, `${input.id}${input.ext}`);
      writeFileSync(path, input.bytes);
      const outcome = await ingestGuarded(path);
      summary.cases++;
      if (outcome.records.length > 0) summary.withRecords++;
      if (outcome.kind === 'done' && outcome.file.errors.length > 0) summary.withErrors++;
      if (outcome.kind === 'done' && outcome.records.length === 0 && outcome.file.errors.length === 0) {
        summary.noTestsNoError.push(input.id);
      }
      if (
        outcome.kind === 'done' &&
        outcome.records.length > 0 &&
        outcome.file.errors.length === 0 &&
        isMalformed(input)
      ) {
        summary.malformedWithoutError.push(`${input.id} ${input.mutation}`);
      }
      const problems = findProblems(input, path, outcome);
      if (problems.length > 0) {
        mkdirSync(ARTIFACTS_DIR, { recursive: true });
        writeFileSync(join(ARTIFACTS_DIR, `${input.id}${input.ext}`), input.bytes);
        summary.failures.push(`${input.id} [FUZZ_SEED=${FUZZ_SEED}] ${input.mutation}: ${problems.join(' | ')}`);
      }
      rmSync(path, { force: true });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return summary;
}

const seedFiles = readdirSync(SEED_DIR).sort();
const summaries: Record<string, object> = {};
let workDir = '';

/** Kept for people reading a run: how many mutants gave records, errors, or silence on well-formed input. */
function keepSummary(name: string, summary: Summary): void {
  summaries[name] = {
    cases: summary.cases,
    withRecords: summary.withRecords,
    withErrors: summary.withErrors,
    failures: summary.failures.length,
    noTestsNoError: summary.noTestsNoError.length,
    noTestsNoErrorExamples: summary.noTestsNoError.slice(0, 20),
    malformedWithoutError: summary.malformedWithoutError.length,
    malformedWithoutErrorExamples: summary.malformedWithoutError.slice(0, 20),
  };
}

beforeAll(() => {
  rmSync(ARTIFACTS_DIR, { recursive: true, force: true });
  workDir = mkdtempSync(join(tmpdir(), 'testpipe-fuzz-'));
});

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(join(ARTIFACTS_DIR, 'summary.json'), JSON.stringify({ FUZZ_SEED, summaries }, null, 2));
});

describe('ingestFile under fuzzing', () => {
  it.each(seedFiles)('reads the unmutated seed %s as records without errors', async (seedFile) => {
    const path = join(SEED_DIR, seedFile);
    const outcome = await ingestGuarded(path);
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.file.errors).toEqual([]);
    expect(outcome.records.length).toBeGreaterThan(0);
  });

  it.each(seedFiles)(
    'survives every truncation and random mutation of %s',
    async (seedFile) => {
      const seed = readFileSync(join(SEED_DIR, seedFile));
      const ext = extname(seedFile);
      const seedName = seedFile.slice(0, -ext.length);
      const random = createRandom(FUZZ_SEED ^ seedFiles.indexOf(seedFile));
      const inputs = [...truncations(seedName, seed, ext), ...randomMutants(seedName, seed, ext, random)];
      const summary = await fuzz(inputs, workDir);
      keepSummary(seedFile, summary);
      expect(summary.cases).toBe(inputs.length);
      expect(summary.failures.slice(0, 20)).toEqual([]);
      // Most mutants must still yield something: a fuzz run where nothing parses exercises nothing.
      expect(summary.withRecords + summary.withErrors).toBeGreaterThan(inputs.length / 2);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );

  it(
    'survives hostile hand-built inputs (deep nesting, huge values, entities, encodings)',
    async () => {
      const summary = await fuzz(specialInputs(), workDir);
      keepSummary('special', summary);
      expect(summary.failures).toEqual([]);
    },
    FUZZ_TEST_TIMEOUT_MS,
  );
});

describe('the fuzz oracle itself', () => {
  const path = '/tmp/report.xml';
  const truncated: FuzzInput = { id: 't', mutation: 'truncate', ext: '.xml', bytes: Buffer.from('<testsuite><test') };
  const file = (errors: SourceFile['errors'] = []): SourceFile => ({
    path,
    format: 'junit',
    tests: 0,
    bytes: 17,
    errors,
  });

  it('flags a malformed input that yields no tests and no error', () => {
    expect(findProblems(truncated, path, { kind: 'done', file: file(), records: [] })).toEqual([
      'malformed input produced 0 tests and no error',
    ]);
  });

  it('flags a truncated input whose partial tests come back without an error', () => {
    const record: TestCaseRecord = { suite: 's', name: 'n', attempts: [{ status: 'passed', durationMs: 1 }] };
    expect(findProblems(truncated, path, { kind: 'done', file: file(), records: [record] })).toEqual([
      'truncated input produced tests but no error',
    ]);
  });

  it('accepts a malformed input reported as an error naming the file', () => {
    const errors: SourceFile['errors'] = [{ path, message: 'unexpected end', kind: 'malformed' }];
    expect(findProblems(truncated, path, { kind: 'done', file: file(errors), records: [] })).toEqual([]);
  });

  it('flags errors without the path, nameless records, invalid statuses, rejections and hangs', () => {
    const errors: SourceFile['errors'] = [{ path: '', message: 'x', kind: 'malformed' }];
    const record = {
      suite: 's',
      name: '',
      attempts: [{ status: 'bogus', durationMs: NaN }],
    } as unknown as TestCaseRecord;
    const problems = findProblems(truncated, path, { kind: 'done', file: file(errors), records: [record] });
    expect(problems).toHaveLength(4);
    expect(findProblems(truncated, path, { kind: 'threw', error: new Error('boom'), records: [] })[0]).toMatch(/boom/);
    expect(findProblems(truncated, path, { kind: 'hung', records: [] })).toHaveLength(1);
  });

  it('tells well-formed from malformed documents', () => {
    const xml = (text: string | Buffer): FuzzInput => ({
      id: 'x',
      mutation: '',
      ext: '.xml',
      bytes: Buffer.from(text),
    });
    expect(isMalformed(xml('<testsuite name="a"/>'))).toBe(false);
    expect(isMalformed(xml('<testsuite name="a">'))).toBe(true);
    expect(isMalformed(xml('<testsuite name="a\u0000"/>'))).toBe(true);
    expect(isMalformed(xml(Buffer.from([0x3c, 0x61, 0xff, 0x2f, 0x3e])))).toBe(true);
    expect(isMalformed({ ...xml('{"a":'), ext: '.json' })).toBe(true);
  });
});
