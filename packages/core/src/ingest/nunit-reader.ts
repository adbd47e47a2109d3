// NUnit 3 XML: a <test-run>, or a bare <test-suite type="Assembly"> root (NUnit 2's <test-results> is
// nunit2-reader.ts). suite = fullname of the nearest enclosing fixture <test-suite> (else the nearest
// suite's name). A <failure> element wins over a result that says otherwise (with a note). The run and
// suites declare total/failed/skipped/inconclusive: checked against what was read (declared-totals.ts).
import { isFailing, type TestCaseRecord } from '../model.js';
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
  /** Where a test-case without a usable name starts; `name` holds its blank value or undefined. */
  namelessAt: Location | undefined;
  rawName: string | undefined;
  position: number;
  classname: string | undefined;
  result: string;
  attempt: AttemptDraft;
  properties: Record<string, string> | undefined;
  path: string[];
}

const FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture', 'SetUpFixture']);

/** NUnit 3 result + label to an attempt status. */
function nunitStatus(result: string, label: string | undefined) {
  switch (result) {
    case 'Passed':
    case 'Warning':
      return 'passed';
    case 'Failed':
      return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errored' : 'failed';
    default:
      // Skipped with label Invalid is a test that cannot run (NUnit 2's NotRunnable): broken, not skipped.
      if (label === 'Invalid') return 'errored';
      // Skipped, Inconclusive (not a pass: read as not run), Explicit, NotRun...
      return result !== '' ? 'skipped' : 'passed';
  }
}

export class NUnitReader extends NUnitFamilyReader<CaseDraft> {
  protected readonly suiteElements = new Set(['test-suite', 'test-run']);

  protected openSuite(name: string, attributes: XmlAttributes): void {
    const declared = declaredTotals(
      countAttribute(attributes, 'total'),
      countAttribute(attributes, 'failed'),
      undefined,
      sumOfCounts(countAttribute(attributes, 'skipped'), countAttribute(attributes, 'inconclusive')),
    );
    const at = declared === undefined ? undefined : attributes.location();
    const own = attributes.get('fullname') ?? attributes.get('name') ?? '';
    const isGroup = name === 'test-run';
    const isFixture = FIXTURE_TYPES.has(attributes.get('type') ?? '');
    this.suites.push(new NUnitSuiteFrame(name, own, declared, at, isGroup, isFixture));
  }

  protected suiteLabel(frame: NUnitSuiteFrame): string {
    return frame.name;
  }

  protected startCase(attributes: XmlAttributes): CaseDraft {
    const attempt = new AttemptDraft(this.limits);
    const result = attributes.get('result') ?? '';
    const status = nunitStatus(result, attributes.get('label'));
    if (status !== 'passed') attempt.mark(status);
    attempt.durationMs = secondsToMs(attributes.get('duration') ?? attributes.get('time'));
    attempt.startedAt = attributes.get('start-time')?.replace(' ', 'T');
    const frame = this.suites[this.suites.length - 1];
    const position = frame === undefined ? ++this.rootPositions : ++frame.positions;
    const rawName = attributes.get('name');
    const name = rawName ?? '';
    const namelessAt = isUnusableName(rawName) ? attributes.location() : undefined;
    const fullname = attributes.get('fullname');
    let classname = attributes.get('classname');
    if (classname === undefined && namelessAt === undefined && fullname?.endsWith(`.${name}`)) {
      classname = fullname.slice(0, -name.length - 1);
    }
    return { name, namelessAt, rawName, position, classname, result, attempt, properties: undefined, path: [] };
  }

  protected openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const parent = draft.path[draft.path.length - 1];
    const attempt = draft.attempt;
    if (name === 'failure' && parent === undefined && !isFailing(attempt.status)) {
      const at = attributes.location();
      this.note(
        `test-case "${draft.name}" has result "${draft.result}" but a <failure> at line ${at.line}, column ` +
          `${at.column}; read as failed`,
        at,
      );
      attempt.mark('failed');
    } else if (name === 'output' && parent === undefined) this.sink = attempt.stdoutSink();
    else if (name === 'message' && (parent === 'failure' || parent === 'reason')) this.sink = attempt.messageSink();
    else if (name === 'stack-trace' && parent === 'failure') this.sink = attempt.bodySink();
    else if (name === 'property' && parent === 'properties') {
      const key = attributes.get('name');
      if (key !== undefined) (draft.properties ??= {})[key] = attributes.get('value') ?? '';
    }
  }

  protected finishCase(draft: CaseDraft): TestCaseRecord {
    let suite: string | undefined;
    let nearest: string | undefined;
    for (let i = this.suites.length - 1; i >= 0 && suite === undefined; i--) {
      const frame = this.suites[i]!;
      if (frame.isFixture) suite = frame.name;
      else if (!frame.isGroup) nearest ??= frame.name;
    }
    suite ??= nearest ?? draft.classname ?? '';
    let name = draft.name;
    if (draft.namelessAt !== undefined) {
      name = unnamedTestName(draft.position, suite);
      this.note(namelessMessage('test-case', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
    }
    return buildRecord({ suite, classname: draft.classname, name, properties: draft.properties }, [draft.attempt]);
  }
}
