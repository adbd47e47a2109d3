// Property: no reader ever reports fewer failing tests (failed or errored) than the report has test
// elements holding a failing result element, whatever else they hold (skips in any order and number),
// however they are named (missing, empty, blank) and whatever totals their suites declare.
// Documents are generated from a seeded PRNG, so every run checks the same ~200 documents per format.
// Names are unique or absent: two same-named testcases, an <error> then an empty <failure>, are jest-junit's
// one failure written twice, read as one (ingest-junit.test.ts).
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFile } from '../src/ingest/index.js';
import { isFailing } from '../src/model.js';

const SEED = 0x7241;
const DOCUMENTS_PER_FORMAT = 200;

interface Random {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32, as in bench/lib/prng.ts. */
function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { int, pick: (items) => items[int(0, items.length - 1)]!, chance: (probability) => next() < probability };
}

/** A generated document and how many of its test elements hold a failing result element. */
interface Generated {
  xml: string;
  failingElements: number;
}

type Generator = (random: Random) => Generated;

let uniqueName = 0;

/** A name attribute: usually unique, sometimes missing, empty or blank. */
function nameAttribute(random: Random, attribute = 'name'): string {
  const kind = random.int(0, 9);
  if (kind === 0) return '';
  if (kind === 1) return ` ${attribute}=""`;
  if (kind === 2) return ` ${attribute}="  "`;
  return ` ${attribute}="test ${++uniqueName} &amp; co"`;
}

function maybeCount(random: Random, attribute: string, max: number): string {
  return random.chance(0.5) ? ` ${attribute}="${random.int(0, max)}"` : '';
}

/** Result elements in random order and number: failure, error, skipped. */
function junitResults(random: Random): { xml: string; failing: boolean } {
  let xml = '';
  let failing = false;
  for (let i = random.int(0, 4); i > 0; i--) {
    const element = random.pick(['failure', 'error', 'skipped'] as const);
    failing ||= element !== 'skipped';
    xml += random.chance(0.5) ? `<${element}/>` : `<${element} message="m ${i} &lt;x&gt;">body ${i}</${element}>`;
  }
  return { xml, failing };
}

const junit: Generator = (random) => {
  let failingElements = 0;
  const suite = (depth: number): string => {
    let body = '';
    for (let i = random.int(0, 5); i > 0; i--) {
      if (depth < 2 && random.chance(0.2)) {
        body += suite(depth + 1);
        continue;
      }
      const results = junitResults(random);
      if (results.failing) failingElements++;
      const classname = random.chance(0.7) ? ' classname="pkg.Class"' : '';
      const status = random.chance(0.1) ? ` status="${random.pick(['run', 'fail', 'notrun', 'disabled'])}"` : '';
      body += `<testcase${classname}${nameAttribute(random)}${status}>${results.xml}</testcase>\n`;
    }
    const counts = maybeCount(random, 'tests', 6) + maybeCount(random, 'failures', 3) + maybeCount(random, 'errors', 2);
    return `<testsuite name="suite ${++uniqueName}"${counts}>\n${body}</testsuite>\n`;
  };
  let suites = '';
  for (let i = random.int(1, 3); i > 0; i--) suites += suite(0);
  return {
    xml: `<?xml version="1.0"?>\n<testsuites${maybeCount(random, 'tests', 9)}>\n${suites}</testsuites>\n`,
    failingElements,
  };
};

const NUNIT2_RESULTS = ['Success', 'Failure', 'Error', 'Ignored', 'Inconclusive', 'NotRunnable', 'Skipped', 'Odd', ''];

const nunit2: Generator = (random) => {
  let failingElements = 0;
  let cases = '';
  for (let i = random.int(0, 8); i > 0; i--) {
    const result = random.pick(NUNIT2_RESULTS);
    const attributes =
      (result === '' ? '' : ` result="${result}"`) +
      (random.chance(0.7) ? ` success="${random.pick(['True', 'False'])}"` : '') +
      (random.chance(0.7) ? ` executed="${random.pick(['True', 'False'])}"` : '');
    let body = random.chance(0.3) ? '<reason><message><![CDATA[why]]></message></reason>' : '';
    if (random.chance(0.4)) {
      failingElements++;
      body += '<failure><message><![CDATA[it broke]]></message><stack-trace><![CDATA[at X()]]></stack-trace></failure>';
    }
    cases += `<test-case${nameAttribute(random)}${attributes}>${body}</test-case>\n`;
  }
  const totals = maybeCount(random, 'total', 8) + maybeCount(random, 'failures', 3) + maybeCount(random, 'not-run', 2);
  const xml =
    `<?xml version="1.0"?>\n<test-results name="T.dll"${totals}>\n<test-suite type="Assembly" name="T.dll"><results>\n` +
    `<test-suite type="TestFixture" name="Fixture"><results>\n${cases}</results></test-suite>\n` +
    `</results></test-suite>\n</test-results>\n`;
  return { xml, failingElements };
};

const nunit3: Generator = (random) => {
  let failingElements = 0;
  let cases = '';
  for (let i = random.int(0, 8); i > 0; i--) {
    const result = random.pick(['Passed', 'Failed', 'Skipped', 'Inconclusive', 'Warning']);
    const label = random.chance(0.3) ? ` label="${random.pick(['Error', 'Ignored', 'Invalid', 'Cancelled'])}"` : '';
    let body = random.chance(0.3) ? '<reason><message><![CDATA[why]]></message></reason>' : '';
    if (random.chance(0.4)) {
      failingElements++;
      body += '<failure><message><![CDATA[it broke]]></message></failure>';
    }
    cases += `<test-case${nameAttribute(random)} result="${result}"${label}>${body}</test-case>\n`;
  }
  const totals = maybeCount(random, 'total', 8) + maybeCount(random, 'failed', 3);
  const fixture = `<test-suite type="TestFixture" name="F" fullname="Ns.F"${totals}>\n${cases}</test-suite>\n`;
  const xml = random.chance(0.5)
    ? `<?xml version="1.0"?>\n<test-run id="0"${totals}>\n<test-suite type="Assembly" name="A.dll">\n${fixture}</test-suite>\n</test-run>\n`
    : `<?xml version="1.0"?>\n<test-suite type="Assembly" name="A.dll"${totals}>\n${fixture}</test-suite>\n`;
  return { xml, failingElements };
};

const xunit: Generator = (random) => {
  let failingElements = 0;
  let tests = '';
  for (let i = random.int(0, 8); i > 0; i--) {
    const result = random.pick(['Pass', 'Fail', 'Skip', 'NotRun', 'Odd']);
    let body = random.chance(0.3) ? '<reason><![CDATA[why]]></reason>' : '';
    if (random.chance(0.4)) {
      failingElements++;
      body += '<failure exception-type="E"><message><![CDATA[it broke]]></message></failure>';
    }
    tests += `<test${nameAttribute(random)} type="Ns.C" method="M" result="${result}">${body}</test>\n`;
  }
  const totals = maybeCount(random, 'total', 8) + maybeCount(random, 'failed', 3) + maybeCount(random, 'skipped', 2);
  const xml =
    `<?xml version="1.0"?>\n<assemblies>\n<assembly name="/x/A.dll"${totals}>\n` +
    `<collection name="C"${totals}>\n${tests}</collection>\n</assembly>\n</assemblies>\n`;
  return { xml, failingElements };
};

const dir = mkdtempSync(join(tmpdir(), 'ingest-truth-property-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each([
  ['JUnit', junit],
  ['NUnit 2', nunit2],
  ['NUnit 3', nunit3],
  ['xUnit', xunit],
] as const)('%s', (format, generate) => {
  it(`reports at least as many failing tests as test elements with a failing result element (${DOCUMENTS_PER_FORMAT} documents)`, async () => {
    const random = createRandom(SEED + format.length);
    const shortfalls: string[] = [];
    let failingSeen = 0;
    for (let n = 0; n < DOCUMENTS_PER_FORMAT; n++) {
      const { xml, failingElements } = generate(random);
      const path = join(dir, `${format.replace(/\W/g, '')}-${n}.xml`);
      writeFileSync(path, xml);
      let failing = 0;
      const file = await ingestFile(path, (record) => {
        expect(record.name.trim()).not.toBe('');
        if (isFailing(record.attempts[record.attempts.length - 1]!.status)) failing++;
      });
      expect(file.errors.filter((error) => error.kind !== 'malformed')).toEqual([]);
      failingSeen += failingElements;
      if (failing < failingElements) shortfalls.push(`document ${n}: ${failing} failing < ${failingElements}\n${xml}`);
    }
    expect(shortfalls).toEqual([]);
    // The generator does make failing elements (a property over none would prove nothing).
    expect(failingSeen).toBeGreaterThan(DOCUMENTS_PER_FORMAT / 2);
  });
});
