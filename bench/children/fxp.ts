// The common approach: read the whole file into one string, parse it into one object with fast-xml-parser.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { XMLParser } from 'fast-xml-parser';
import { errorMessage, fileArgument, reportAndExit } from './report.js';

function countTestcases(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((sum: number, item) => sum + countTestcases(item), 0);
  if (node === null || typeof node !== 'object') return 0;
  let count = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'testcase') count += Array.isArray(value) ? value.length : 1;
    else count += countTestcases(value);
  }
  return count;
}

const path = fileArgument();
const started = performance.now();
try {
  const document: unknown = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(path, 'utf8'));
  const ms = performance.now() - started;
  reportAndExit({ ok: true, ms, testcases: countTestcases(document) });
} catch (error) {
  reportAndExit({ ok: false, error: errorMessage(error) });
}
