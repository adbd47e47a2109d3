// Visual Studio TRX (<TestRun xmlns=".../TeamTest/2010">). Results may come before the
// <TestDefinitions> that name their class, so results are held (capped) and delivered at the end.
// A data-driven result with <InnerResults> is delivered as its inner results, not as itself.
// suite = the test method's class (TestMethod className without the assembly part), else the storage file name.
// A result without a testName is kept, named by its suite and position. <ResultSummary><Counters> declares
// totals: checked against the results delivered (declared-totals.ts).
import type { AttemptStatus, TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  ignoreProblem,
  isUnusableName,
  namelessMessage,
  type NoteProblem,
  timeSpanToMs,
  unnamedTestName,
  type IngestLimits,
} from './attempt-draft.js';
import {
  CountedElement,
  countAttribute,
  declaredTotals,
  sumOfCounts,
  type DeclaredTotals,
  type Location,
} from './declared-totals.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import type { TextSink } from './xml-text.js';

interface ResultDraft {
  testId: string;
  name: string;
  rawName: string | undefined;
  /** Where a result without a usable testName starts. */
  namelessAt: Location | undefined;
  attempt: AttemptDraft;
  hasInner: boolean;
  /** Element names open inside this <UnitTestResult>. */
  path: string[];
}

interface Definition {
  classname: string | undefined;
  storage: string | undefined;
}

const OUTCOME: Record<string, Exclude<AttemptStatus, 'passed'> | undefined> = {
  Failed: 'failed',
  Error: 'errored',
  Timeout: 'errored',
  Aborted: 'errored',
  NotRunnable: 'errored',
  Disconnected: 'errored',
  NotExecuted: 'skipped',
  Inconclusive: 'skipped',
  Pending: 'skipped',
  InProgress: 'skipped',
};

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export class TrxReader implements XmlHandler {
  sink: TextSink | undefined;
  private readonly openResults: ResultDraft[] = [];
  private readonly held: ResultDraft[] = [];
  private readonly definitions = new Map<string, Definition>();
  private definitionId: string | undefined;
  private delivered = false;
  private runName = '';
  private declared: DeclaredTotals | undefined;
  private countersAt: Location | undefined;

  constructor(
    private readonly limits: IngestLimits,
    private readonly emit: (record: TestCaseRecord) => void,
    private readonly note: NoteProblem = ignoreProblem,
  ) {}

  open(name: string, attributes: XmlAttributes): void {
    const result = this.openResults[this.openResults.length - 1];
    if (name === 'UnitTestResult') {
      if (result !== undefined) result.hasInner = true;
      this.openResults.push(this.startResult(attributes));
    } else if (result !== undefined) {
      this.openInResult(result, name);
      result.path.push(name);
    } else if (name === 'TestRun') {
      this.runName = attributes.get('name') ?? '';
    } else if (name === 'Counters') {
      this.readCounters(attributes);
    } else if (name === 'UnitTest') {
      this.definitionId = attributes.get('id');
      if (this.definitionId !== undefined) {
        this.definitions.set(this.definitionId, { classname: undefined, storage: attributes.get('storage') });
      }
    } else if (name === 'TestMethod' && this.definitionId !== undefined) {
      const definition = this.definitions.get(this.definitionId)!;
      // "Namespace.Class, Assembly, Version=..." → "Namespace.Class"
      definition.classname = attributes.get('className')?.split(',')[0]?.trim() || undefined;
      definition.storage ??= attributes.get('codeBase');
    }
  }

  close(name: string): void {
    const result = this.openResults[this.openResults.length - 1];
    if (name === 'UnitTestResult' && result !== undefined) {
      this.openResults.pop();
      if (!result.hasInner) this.held.push(result);
    } else if (result !== undefined) {
      result.path.pop();
      this.sink = undefined;
    } else if (name === 'UnitTest') {
      this.definitionId = undefined;
    } else if (name === 'TestRun') {
      this.deliver();
    }
  }

  /** Delivers held results at the end of input too, so a truncated TRX keeps what it completed. */
  end(): void {
    this.deliver();
  }

  private deliver(): void {
    if (this.delivered) return;
    this.delivered = true;
    const run = new CountedElement('TestRun', this.runName, this.declared, this.countersAt);
    const positions = new Map<string, number>();
    for (const result of this.held) {
      const definition = this.definitions.get(result.testId);
      const classname = definition?.classname;
      const suite = classname ?? (definition?.storage ? baseName(definition.storage) : '');
      const position = (positions.get(suite) ?? 0) + 1;
      positions.set(suite, position);
      let name = result.name;
      if (result.namelessAt !== undefined) {
        name = unnamedTestName(position, suite);
        this.note(
          namelessMessage('UnitTestResult', 'testName', result.rawName, result.namelessAt, name),
          result.namelessAt,
        );
      }
      const record = buildRecord({ suite, classname, name }, [result.attempt]);
      run.countRecord(record);
      this.emit(record);
    }
    this.held.length = 0;
    // Synthesised entries have no class: their suite is empty (the run's name changes with every run).
    run.settle('', { limits: this.limits, emit: this.emit, note: this.note });
  }

  /** Outcome counters; every outcome this reader reads as errored or skipped counts as such. */
  private readCounters(attributes: XmlAttributes): void {
    const count = (name: string) => countAttribute(attributes, name);
    this.declared = declaredTotals(
      count('total'),
      count('failed'),
      sumOfCounts(count('error'), count('timeout'), count('aborted'), count('notRunnable'), count('disconnected')),
      sumOfCounts(count('notExecuted'), count('inconclusive'), count('pending'), count('inProgress')),
    );
    this.countersAt = this.declared === undefined ? undefined : attributes.location();
  }

  private startResult(attributes: XmlAttributes): ResultDraft {
    const attempt = new AttemptDraft(this.limits);
    const status = OUTCOME[attributes.get('outcome') ?? ''];
    if (status !== undefined) attempt.mark(status);
    attempt.durationMs = timeSpanToMs(attributes.get('duration'));
    attempt.startedAt = attributes.get('startTime');
    const rawName = attributes.get('testName');
    return {
      testId: attributes.get('testId') ?? '',
      name: rawName ?? '',
      rawName,
      namelessAt: isUnusableName(rawName) ? attributes.location() : undefined,
      attempt,
      hasInner: false,
      path: [],
    };
  }

  private openInResult(result: ResultDraft, name: string): void {
    const parent = result.path[result.path.length - 1];
    const attempt = result.attempt;
    if (parent === 'Output' && name === 'StdOut') this.sink = attempt.stdoutSink();
    else if (parent === 'Output' && name === 'StdErr') this.sink = attempt.stderrSink();
    else if (parent === 'ErrorInfo' && name === 'Message') this.sink = attempt.messageSink();
    else if (parent === 'ErrorInfo' && name === 'StackTrace') this.sink = attempt.bodySink();
  }
}
