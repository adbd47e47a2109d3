import { escapeXmlAttribute, escapeXmlText } from '@testpipe/core';
import type { SmokeCheckResult } from './smoke-checks.js';

/** The smoke checks as one JUnit document (suite "seed"), so aggregate-report counts them like tests. */
export function smokeChecksJUnit(results: SmokeCheckResult[], datasetName: string): string {
  const failures = results.filter((r) => !r.passed).length;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = results.reduce((sum, r) => sum + r.durationMs, 0);
  const cases = results.map((r) => {
    const open = `    <testcase classname="seed.${escapeXmlAttribute(r.group)}" name="${escapeXmlAttribute(r.name)}" time="${seconds(r.durationMs)}"`;
    if (r.passed) return `${open}/>`;
    const message = r.message ?? 'failed';
    return `${open}>\n      <failure message="${escapeXmlAttribute(message)}">${escapeXmlText(message)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="testpipe seed" tests="${results.length}" failures="${failures}" errors="0" time="${seconds(total)}">`,
    `  <testsuite name="seed ${escapeXmlAttribute(datasetName)}" tests="${results.length}" failures="${failures}" errors="0" skipped="0" time="${seconds(total)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
