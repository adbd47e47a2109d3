import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import { XMLBuilder } from 'fast-xml-parser';
import type { TestResult, TestRun } from '../model.js';
import { seconds, testcaseNode } from './junit-testcase.js';
import { escapeXmlAttribute, escapeXmlText } from './xml-text.js';

export interface MergedJUnitOptions {
  /** name attribute of <testsuites>; default "testpipe". */
  name?: string;
  /** Testcases rendered per write, bounding memory for huge suites; default 500. */
  batchSize?: number;
}

interface SuiteCounts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  timeMs: number;
}

function countSuite(tests: readonly TestResult[]): SuiteCounts {
  const counts: SuiteCounts = { tests: 0, failures: 0, errors: 0, skipped: 0, timeMs: 0 };
  for (const test of tests) {
    counts.tests++;
    if (test.status === 'failed') counts.failures++;
    if (test.status === 'errored') counts.errors++;
    if (test.status === 'skipped') counts.skipped++;
    counts.timeMs += test.durationMs;
  }
  return counts;
}

function openTag(element: string, name: string, counts: SuiteCounts): string {
  return (
    `<${element} name="${escapeXmlAttribute(name)}" tests="${counts.tests}" failures="${counts.failures}" ` +
    `errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(counts.timeMs)}">\n`
  );
}

function groupBySuite(tests: readonly TestResult[]): Array<[string, TestResult[]]> {
  const suites = new Map<string, TestResult[]>();
  for (const test of tests) {
    let members = suites.get(test.suite);
    if (!members) suites.set(test.suite, (members = []));
    members.push(test);
  }
  return [...suites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * Writes the whole merged run as one JUnit XML document, suite by suite and in batches of
 * testcases, so a run of 500k tests is never one string in memory. Ends the stream only when
 * it opened it (a path was given).
 */
export async function writeMergedJUnit(
  run: TestRun,
  target: Writable | string,
  options: MergedJUnitOptions = {},
): Promise<void> {
  const stream = typeof target === 'string' ? createWriteStream(target, { encoding: 'utf8' }) : target;
  const batchSize = options.batchSize ?? 500;
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    textNodeName: '#text',
    processEntities: false,
    // Otherwise an attribute whose value is "true" (a test named "true", node's skipped message) loses its value.
    suppressBooleanAttributes: false,
    attributeValueProcessor: (_name: string, value: unknown) => escapeXmlAttribute(String(value)),
    tagValueProcessor: (_name: string, value: unknown) => escapeXmlText(String(value)),
    format: true,
    indentBy: '  ',
  });
  try {
    await write(stream, '<?xml version="1.0" encoding="UTF-8"?>\n');
    await write(stream, openTag('testsuites', options.name ?? 'testpipe', countSuite(run.tests)));
    for (const [suite, tests] of groupBySuite(run.tests)) {
      await write(stream, openTag('testsuite', suite, countSuite(tests)));
      for (let start = 0; start < tests.length; start += batchSize) {
        const batch = tests.slice(start, start + batchSize).map(testcaseNode);
        await write(stream, builder.build({ testcase: batch }) as string);
      }
      await write(stream, '</testsuite>\n');
    }
    await write(stream, '</testsuites>\n');
  } finally {
    if (typeof target === 'string') {
      stream.end();
      await finished(stream);
    }
  }
}
