// NUnit 3 (<test-run>) and NUnit 2 (<test-results>) XML.
// suite = fullname of the nearest enclosing fixture <test-suite> (else the nearest suite's name).
import type { TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  ignoreProblem,
  isUnusableName,
  namelessMessage,
  type NoteProblem,
  secondsToMs,
  type IngestLimits,
} from './attempt-draft.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import type { TextSink } from './xml-text.js';

interface SuiteFrame {
  name: string;
  isFixture: boolean;
}

interface CaseDraft {
  name: string;
  /** No usable name: read to its end but not delivered. */
  skip: boolean;
  classname: string | undefined;
  attempt: AttemptDraft;
  properties: Record<string, string> | undefined;
  path: string[];
}

const FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture', 'SetUpFixture']);

/** NUnit 3 result + label, or NUnit 2 result, to an attempt status. */
function nunitStatus(result: string, label: string | undefined, executed: string | undefined) {
  switch (result) {
    case 'Passed':
    case 'Success':
    case 'Warning':
      return 'passed';
    case 'Failed':
      return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errored' : 'failed';
    case 'Failure':
      return 'failed';
    case 'Error':
    case 'NotRunnable':
    case 'Cancelled':
      return 'errored';
    default:
      // Skipped, Ignored, Inconclusive, Explicit, NotRun...
      return executed === 'False' || result !== '' ? 'skipped' : 'passed';
  }
}

export class NUnitReader implements XmlHandler {
  sink: TextSink | undefined;
  private readonly suites: SuiteFrame[] = [];
  private current: CaseDraft | undefined;

  constructor(
    private readonly limits: IngestLimits,
    private readonly emit: (record: TestCaseRecord) => void,
    private readonly note: NoteProblem = ignoreProblem,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    const draft = this.current;
    if (draft !== undefined) {
      this.openInCase(draft, name, attributes);
      draft.path.push(name);
    } else if (name === 'test-suite') {
      const type = attributes.get('type') ?? '';
      this.suites.push({
        name: attributes.get('fullname') ?? attributes.get('name') ?? '',
        isFixture: FIXTURE_TYPES.has(type),
      });
    } else if (name === 'test-case') {
      this.current = this.startCase(attributes);
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (name === 'test-suite') this.suites.pop();
      return;
    }
    if (draft.path.length === 0) {
      this.current = undefined;
      if (!draft.skip) this.emit(this.finishCase(draft));
      return;
    }
    draft.path.pop();
    this.sink = undefined;
  }

  end(): void {
    this.current = undefined;
  }

  private startCase(attributes: XmlAttributes): CaseDraft {
    const attempt = new AttemptDraft(this.limits);
    const status = nunitStatus(attributes.get('result') ?? '', attributes.get('label'), attributes.get('executed'));
    if (status !== 'passed') attempt.mark(status);
    attempt.durationMs = secondsToMs(attributes.get('duration') ?? attributes.get('time'));
    attempt.startedAt = attributes.get('start-time')?.replace(' ', 'T');
    const name = attributes.get('name') ?? '';
    const skip = isUnusableName(name);
    if (skip) {
      const at = attributes.location();
      this.note(namelessMessage('test-case', 'name', at), at);
    }
    const fullname = attributes.get('fullname');
    let classname = attributes.get('classname');
    if (classname === undefined && fullname?.endsWith(`.${name}`)) classname = fullname.slice(0, -name.length - 1);
    return { name, skip, classname, attempt, properties: undefined, path: [] };
  }

  private openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const parent = draft.path[draft.path.length - 1];
    const attempt = draft.attempt;
    if (name === 'output' && parent === undefined) this.sink = attempt.stdoutSink();
    else if (name === 'message' && (parent === 'failure' || parent === 'reason')) this.sink = attempt.messageSink();
    else if (name === 'stack-trace' && parent === 'failure') this.sink = attempt.bodySink();
    else if (name === 'property' && parent === 'properties') {
      const key = attributes.get('name');
      if (key !== undefined) (draft.properties ??= {})[key] = attributes.get('value') ?? '';
    }
  }

  private finishCase(draft: CaseDraft): TestCaseRecord {
    let suite: string | undefined;
    for (let i = this.suites.length - 1; i >= 0 && suite === undefined; i--) {
      if (this.suites[i]!.isFixture) suite = this.suites[i]!.name;
    }
    suite ??= this.suites[this.suites.length - 1]?.name ?? draft.classname ?? '';
    return buildRecord({ suite, classname: draft.classname, name: draft.name, properties: draft.properties }, [
      draft.attempt,
    ]);
  }
}
