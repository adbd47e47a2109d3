// NUnit 2.x XML (NUnit 2.2–2.6, and NUnit 3's "nunit2" result writer): <test-results> around nested
// <test-suite type="Assembly|Namespace|TestFixture|ParameterizedTest"><results>…<test-case name="Ns.Class.Method"
// executed result success time asserts>, with <failure><message/><stack-trace/></failure> or <reason><message/>.
// Reading, so that a failure is never read as a pass:
// - result Failure → failed; Error, Cancelled, NotRunnable (invalid) → errored; Ignored, Skipped → skipped;
//   Inconclusive → skipped: it is not a pass, and NUnit counts it apart from failures and errors;
// - no result (NUnit 2.2, 2.4): success="False" → failed, executed="False" → skipped, else passed;
// - a <failure> element, success="False" next to result="Success", or a result this reader does not know
//   (unless success="True" or executed="False") reads as failed, with a note saying so.
// classname = the name minus its last dotted segment (dots inside parentheses are arguments);
// suite = the enclosing TestFixture's name, else the assembly's file name.
// <test-results> declares totals: checked against what was read (declared-totals.ts).
import { isFailing, type AttemptStatus, type TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  isUnusableName,
  namelessMessage,
  secondsToMs,
  unnamedTestName,
} from './attempt-draft.js';
import { countAttribute, declaredTotals, sumOfCounts, type Location } from './declared-totals.js';
import { NUnitSuiteFrame } from './nunit-suite-frame.js';
import type { XmlAttributes } from './xml-tokenizer.js';
import { NUnitFamilyReader } from './nunit-family-reader.js';

interface CaseDraft {
  name: string;
  rawName: string | undefined;
  /** Where a test-case without a usable name starts. */
  namelessAt: Location | undefined;
  position: number;
  result: string | undefined;
  attempt: AttemptDraft;
  properties: Record<string, string> | undefined;
  path: string[];
}

const FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture']);

const RESULT_STATUS = new Map<string, AttemptStatus>([
  ['Success', 'passed'],
  ['Failure', 'failed'],
  ['Error', 'errored'],
  ['Cancelled', 'errored'],
  ['NotRunnable', 'errored'],
  ['Ignored', 'skipped'],
  ['Skipped', 'skipped'],
  // Not a pass; NUnit counts it apart from failures and errors: read as a test that did not run.
  ['Inconclusive', 'skipped'],
]);

/** The status of a test-case, and what was assumed to get it when the attributes disagree. */
function readStatus(
  result: string | undefined,
  success: string | undefined,
  executed: string | undefined,
): { status: AttemptStatus; assumed?: string } {
  if (result === undefined || result === '') {
    if (success === 'False') return { status: 'failed' };
    return { status: executed === 'False' ? 'skipped' : 'passed' };
  }
  const known = RESULT_STATUS.get(result);
  if (known === undefined) {
    if (success === 'True') return { status: 'passed' };
    if (executed === 'False' && success !== 'False') return { status: 'skipped' };
    return { status: 'failed', assumed: `result "${result}", which this reader does not know` };
  }
  if (known === 'passed' && success === 'False')
    return { status: 'failed', assumed: 'result "Success" but success="False"' };
  return { status: known };
}

const OPENING = new Set(['(', '[', '<']);
const CLOSING = new Set([')', ']', '>']);

/** "Ns.Class.Method(1.5, \"a.b\")" → "Ns.Class": dots inside brackets or quotes are arguments. */
export function nunit2Classname(fullName: string): string | undefined {
  let depth = 0;
  let quote = '';
  let lastDot = -1;
  for (let i = 0; i < fullName.length; i++) {
    const c = fullName[i]!;
    if (quote !== '') {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (depth > 0 && (c === '"' || c === "'")) quote = c;
    else if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c)) depth = Math.max(0, depth - 1);
    else if (c === '.' && depth === 0) lastDot = i;
  }
  return lastDot > 0 ? fullName.slice(0, lastDot) : undefined;
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export class NUnit2Reader extends NUnitFamilyReader<CaseDraft> {
  protected readonly suiteElements = new Set(['test-suite', 'test-results']);

  protected openSuite(name: string, attributes: XmlAttributes): void {
    if (name === 'test-results') {
      const declared = this.declaredByRun(attributes);
      const at = declared === undefined ? undefined : attributes.location();
      this.suites.push(new NUnitSuiteFrame(name, attributes.get('name') ?? '', declared, at, true, false));
      return;
    }
    const type = attributes.get('type') ?? '';
    const own = attributes.get('name') ?? '';
    this.suites.push(
      new NUnitSuiteFrame(name, own, undefined, undefined, false, FIXTURE_TYPES.has(type), type === 'Assembly'),
    );
  }

  protected suiteLabel(frame: NUnitSuiteFrame): string {
    return baseName(frame.name);
  }

  /**
   * total = tests run (NUnit 2.5, 2.6) or all results (the nunit2 writer); not-run = ignored + skipped +
   * invalid. NotRunnable (invalid) tests read as errored, so they count as errors here.
   */
  private declaredByRun(attributes: XmlAttributes) {
    const invalid = countAttribute(attributes, 'invalid');
    const notRun = countAttribute(attributes, 'not-run');
    const notRunSkipped = notRun === undefined ? undefined : Math.max(0, notRun - (invalid ?? 0));
    return declaredTotals(
      countAttribute(attributes, 'total'),
      countAttribute(attributes, 'failures'),
      sumOfCounts(countAttribute(attributes, 'errors'), invalid),
      sumOfCounts(notRunSkipped, countAttribute(attributes, 'inconclusive')),
    );
  }

  protected startCase(attributes: XmlAttributes): CaseDraft {
    const attempt = new AttemptDraft(this.limits);
    const result = attributes.get('result');
    const rawName = attributes.get('name');
    const name = rawName ?? '';
    const reading = readStatus(result, attributes.get('success'), attributes.get('executed'));
    if (reading.status !== 'passed') attempt.mark(reading.status);
    if (reading.assumed !== undefined) {
      const at = attributes.location();
      this.note(
        `test-case "${name}" has ${reading.assumed} (line ${at.line}, column ${at.column}); read as failed`,
        at,
      );
    }
    attempt.durationMs = secondsToMs(attributes.get('time'));
    const frame = this.suites[this.suites.length - 1];
    const position = frame === undefined ? ++this.rootPositions : ++frame.positions;
    const namelessAt = isUnusableName(rawName) ? attributes.location() : undefined;
    return { name, rawName, namelessAt, position, result, attempt, properties: undefined, path: [] };
  }

  protected openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const parent = draft.path[draft.path.length - 1];
    const attempt = draft.attempt;
    if (name === 'failure' && parent === undefined && !isFailing(attempt.status)) {
      const at = attributes.location();
      const said = draft.result === undefined ? 'no result' : `result "${draft.result}"`;
      this.note(
        `test-case "${draft.name}" has ${said} but a <failure> at line ${at.line}, column ${at.column}; read as failed`,
        at,
      );
      attempt.mark('failed');
    } else if (name === 'message' && (parent === 'failure' || parent === 'reason')) this.sink = attempt.messageSink();
    else if (name === 'stack-trace' && parent === 'failure') this.sink = attempt.bodySink();
    else if (name === 'property' && parent === 'properties') {
      const key = attributes.get('name');
      if (key !== undefined) (draft.properties ??= {})[key] = attributes.get('value') ?? '';
    }
  }

  private suiteOfCase(): string {
    let assembly: string | undefined;
    let nearest: string | undefined;
    for (let i = this.suites.length - 1; i >= 0; i--) {
      const frame = this.suites[i]!;
      if (frame.isFixture) return frame.name;
      if (frame.isAssembly) assembly ??= baseName(frame.name);
      else if (frame.isGroup) nearest ??= baseName(frame.name);
      else nearest ??= frame.name;
    }
    return assembly ?? nearest ?? '';
  }

  protected finishCase(draft: CaseDraft): TestCaseRecord {
    const suite = this.suiteOfCase();
    let name = draft.name;
    if (draft.namelessAt !== undefined) {
      name = unnamedTestName(draft.position, suite);
      this.note(namelessMessage('test-case', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
    }
    const classname = draft.namelessAt === undefined ? nunit2Classname(name) : undefined;
    return buildRecord({ suite, classname, name, properties: draft.properties }, [draft.attempt]);
  }
}
