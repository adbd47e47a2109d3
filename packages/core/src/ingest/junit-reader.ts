// JUnit XML in its dialects (pytest, jest-junit, Surefire/Failsafe, Gradle, gotestsum, PHPUnit, Ant,
// CTest, node:test, mocha, Vitest, Playwright, rspec, Catch2, nextest, Bazel) as XML events.
//
// Decisions:
// - suite = the enclosing <testsuite> names joined with " › " (outermost first; a name repeating
//   its parent's is not repeated), so nested describe blocks stay distinct. <testsuites> is not part of it.
// - A Surefire/nextest testcase's attempts are [flakyFailure/flakyError..., the testcase itself,
//   rerunFailure/rerunError...]; output directly under <testcase> belongs to the testcase's own attempt.
// - A failing result element (<failure>, <error>, status="fail") wins over <skipped> in any order, with a
//   note: Catch2 writes a [!mayfail] test that failed with both, and a failure is never hidden as a skip.
// - A testcase without a usable name is kept, named by its suite and position, with a note.
// - Declared totals (tests/failures/errors/skipped) are checked against what was read: declared-totals.ts.
// - Repeated testcases are attempts of one test only when the file shows a runner that writes reruns that
//   way: gotestsum (a go.version property in the suite) and CTest (status run/fail/notrun/disabled).
// - Go subtests ("TestX/sub") are tests of their own next to "TestX"; properties.parent names the parent.
// - A testcase still open when the input ends (truncated file) is not delivered.
import type { TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  ignoreProblem,
  isUnusableName,
  namelessMessage,
  positiveInt,
  secondsToMs,
  unnamedTestName,
  type IngestLimits,
  type NoteProblem,
} from './attempt-draft.js';
import { countAttribute, declaredTotals, type DeclaredOutput, type Location } from './declared-totals.js';
import { CaseDraft, SuiteFrame, fileFromClassname, isEmptyFailure, normaliseFile } from './junit-case-draft.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import { CappedText, type TextSink } from './xml-text.js';

const RERUN_STATUS: Record<string, 'failed' | 'errored'> = {
  flakyFailure: 'failed',
  flakyError: 'errored',
  rerunFailure: 'failed',
  rerunError: 'errored',
};
const SKIPPED_STATUS = new Set(['notrun', 'not run', 'disabled', 'skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
/** CTest --output-junit's status values. Catch2 and Bazel write status="run" too, but never classname = name. */
const CTEST_STATUS = new Set(['run', 'fail', 'notrun', 'disabled']);
const GO_SUBTEST = /^(?:Test|Benchmark|Example|Fuzz)[^/]*\//;

export class JUnitReader implements XmlHandler {
  sink: TextSink | undefined;
  /** Open <testsuites>/<testsuite> elements, outermost first. */
  private readonly suites: SuiteFrame[] = [];
  /** testcase elements outside any suite (a bare <testcase> root). */
  private rootPositions = 0;
  /** Inside a suite's <properties> (not a testcase's). */
  private inSuiteProperties = false;
  /** Set while a <testcase> is open. */
  private current: CaseDraft | undefined;
  private readonly draft: CaseDraft;
  /** The record just delivered when its outcome was errored, for jest-junit's empty failure twin. */
  private lastErrored: TestCaseRecord | undefined;
  /** fileFromClassname per classname: classnames repeat for every test of a class. */
  private readonly classnameFiles = new Map<string, string | undefined>();
  private readonly out: DeclaredOutput;

  constructor(
    private readonly limits: IngestLimits,
    private readonly emit: (record: TestCaseRecord) => void,
    private readonly note: NoteProblem = ignoreProblem,
  ) {
    this.draft = new CaseDraft(limits);
    this.out = { limits, emit, note };
  }

  open(name: string, attributes: XmlAttributes): void {
    const draft = this.current;
    if (draft !== undefined) {
      this.openInCase(draft, name, attributes);
      draft.path[draft.depth++] = name;
    } else if (name === 'testsuite' || name === 'testsuites') {
      this.openSuite(name, attributes);
    } else if (name === 'testcase') {
      this.current = this.startCase(attributes);
    } else if (name === 'properties') {
      this.inSuiteProperties = this.suites.length > 0;
    } else if (name === 'property' && this.inSuiteProperties && attributes.get('name') === 'go.version') {
      // gotestsum writes its properties before the suite's testcases, and reruns as repeated testcases.
      this.suites[this.suites.length - 1]!.repeatsAreAttempts = true;
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (name === 'testsuite' || name === 'testsuites') this.closeSuite();
      else if (name === 'properties') this.inSuiteProperties = false;
      return;
    }
    if (draft.depth === 0) {
      this.current = undefined;
      this.deliver(draft);
      return;
    }
    draft.depth--;
    this.sink = undefined;
    if (draft.rerun !== undefined && draft.depth === 0) draft.rerun = undefined;
    if (name === 'property' && draft.propertyName !== undefined) {
      (draft.properties ??= {})[draft.propertyName] = draft.propertyText?.toString() ?? '';
      draft.propertyName = undefined;
      draft.propertyText = undefined;
    }
  }

  end(): void {
    // A testcase cut off by the end of input is incomplete: not delivered (see header).
    this.current = undefined;
  }

  private openSuite(element: string, attributes: XmlAttributes): void {
    this.lastErrored = undefined;
    const parent = this.suites[this.suites.length - 1];
    const isGroup = element === 'testsuites';
    const own = attributes.getShared('name') ?? '';
    const declared = declaredTotals(
      countAttribute(attributes, 'tests'),
      countAttribute(attributes, 'failures'),
      countAttribute(attributes, 'errors'),
      countAttribute(attributes, 'skipped'),
    );
    const at = declared === undefined ? undefined : attributes.location();
    let path = parent?.path ?? '';
    if (!isGroup) path = !path ? own : !own || own === parent!.name ? path : `${path} › ${own}`;
    const file = isGroup ? parent?.file : (normaliseFile(attributes.getShared('file')) ?? parent?.file);
    const inSuite = parent !== undefined && !parent.isGroup;
    const isPytest = isGroup ? false : inSuite ? parent.isPytest : own === 'pytest';
    const repeats = parent?.repeatsAreAttempts ?? false;
    this.suites.push(new SuiteFrame(element, own, declared, at, path, file, isGroup, isPytest, repeats));
  }

  private closeSuite(): void {
    this.lastErrored = undefined;
    const frame = this.suites.pop();
    if (frame === undefined) return;
    frame.settle(frame.path || frame.name, this.out);
    this.suites[this.suites.length - 1]?.addChild(frame);
  }

  private startCase(attributes: XmlAttributes): CaseDraft {
    const suite = this.suites[this.suites.length - 1];
    const draft = this.draft;
    draft.reset();
    draft.position = suite === undefined ? ++this.rootPositions : ++suite.positions;
    const own = draft.own;
    own.durationMs = secondsToMs(attributes.number('time'));
    own.startedAt = attributes.get('timestamp');
    const classname = attributes.getShared('classname') || attributes.getShared('class') || undefined;
    const isPytest = suite?.isPytest ?? false;
    const lineAttribute = attributes.number('line');
    // pytest writes its 0-based line numbers.
    const line = isPytest && lineAttribute !== undefined ? Number(lineAttribute) + 1 : positiveInt(lineAttribute);
    const name = attributes.get('name');
    if (isUnusableName(name)) draft.namelessAt = attributes.location();
    draft.name = name ?? '';
    draft.hasNameAttribute = name !== undefined;
    draft.classname = classname;
    draft.file =
      normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
      suite?.file ??
      this.fileOfClassname(classname, isPytest);
    draft.line = line !== undefined && Number.isFinite(line) ? line : undefined;
    const status = attributes.getShared('status');
    draft.isCTest = status !== undefined && CTEST_STATUS.has(status) && classname === name;
    draft.statusAttribute = (status ?? attributes.getShared('result'))?.toLowerCase();
    return draft;
  }

  private fileOfClassname(classname: string | undefined, isPytest: boolean): string | undefined {
    if (classname === undefined) return undefined;
    let file = this.classnameFiles.get(classname);
    if (file === undefined && !this.classnameFiles.has(classname)) {
      file = fileFromClassname(classname, isPytest);
      if (this.classnameFiles.size > 10_000) this.classnameFiles.clear();
      this.classnameFiles.set(classname, file);
    }
    return file;
  }

  private openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const depth = draft.depth;
    if (depth === 0) {
      const rerunStatus = RERUN_STATUS[name];
      if (rerunStatus !== undefined) {
        const rerun = new AttemptDraft(this.limits);
        rerun.mark(rerunStatus, attributes.get('type'), attributes.get('message'));
        rerun.durationMs = secondsToMs(attributes.get('time'));
        rerun.startedAt = attributes.get('timestamp');
        if (name.startsWith('flaky')) (draft.before ??= []).push(rerun);
        else (draft.after ??= []).push(rerun);
        draft.rerun = rerun;
        this.sink = rerun.bodySink();
        return;
      }
      const own = draft.own;
      if (name === 'failure' || name === 'error' || name === 'skipped') {
        const status = name === 'failure' ? 'failed' : name === 'error' ? 'errored' : 'skipped';
        // mark() keeps the first failing result and lets a failure replace a skip, never the reverse.
        const marked = own.mark(status, attributes.getShared('type'), attributes.get('message'));
        this.sink = marked ? own.bodySink() : undefined;
        const conflict =
          status === 'skipped' ? draft.sawFailing && !draft.sawSkipped : draft.sawSkipped && !draft.sawFailing;
        if (status === 'skipped') draft.sawSkipped = true;
        else draft.sawFailing = true;
        if (conflict) {
          const failing = own.status === 'failed' ? '<failure>' : '<error>';
          this.noteFailureOverSkip(draft, failing, own.status, attributes.location());
        }
      } else if (name === 'system-out') this.sink = own.stdoutSink();
      else if (name === 'system-err') this.sink = own.stderrSink();
      return;
    }
    if (draft.rerun !== undefined && depth === 1) {
      if (name === 'stackTrace') this.sink = draft.rerun.bodySink();
      else if (name === 'system-out') this.sink = draft.rerun.stdoutSink();
      else if (name === 'system-err') this.sink = draft.rerun.stderrSink();
      else this.sink = undefined;
      return;
    }
    if (name === 'property' && depth === 1 && draft.path[0] === 'properties') {
      const propertyName = attributes.get('name');
      if (propertyName === undefined) return;
      const value = attributes.get('value');
      if (value !== undefined) {
        (draft.properties ??= {})[propertyName] = value;
      } else {
        draft.propertyName = propertyName;
        draft.propertyText = new CappedText(this.limits.message);
        this.sink = draft.propertyText;
      }
    }
  }

  /** Notes a testcase with <skipped> and a failing result: an element at `at`, or a status attribute. */
  private noteFailureOverSkip(draft: CaseDraft, failing: string, status: string, at?: Location): void {
    const which = draft.namelessAt === undefined ? `testcase "${draft.name}"` : 'testcase';
    const where = at === undefined ? '' : ` (line ${at.line}, column ${at.column})`;
    this.note(
      `${which} has both <skipped> and ${failing}${where}; read as ${status}: a failing result wins over a skip`,
      at ?? draft.namelessAt,
    );
  }

  /**
   * jest-junit (reportTestSuiteErrors) writes a test file that fails to load as two testcases with one
   * identity: <error> with the real message, then <failure>{}</failure>. A failure with nothing in it
   * (empty or "{}") right after an errored twin in the same suite is that same attempt: not delivered.
   */
  private deliver(draft: CaseDraft): void {
    const record = this.finishCase(draft);
    const last = this.lastErrored;
    if (
      last !== undefined &&
      record.attempts.length === 1 &&
      record.attempts[0]!.status === 'failed' &&
      isEmptyFailure(record.attempts[0]!.failure) &&
      last.name === record.name &&
      last.classname === record.classname &&
      last.suite === record.suite &&
      last.file === record.file
    ) {
      return;
    }
    const final = record.attempts[record.attempts.length - 1]!;
    this.lastErrored = final.status === 'errored' ? record : undefined;
    this.suites[this.suites.length - 1]?.countRecord(record);
    this.emit(record);
  }

  private finishCase(draft: CaseDraft): TestCaseRecord {
    const own = draft.own;
    const status = draft.statusAttribute;
    if (status !== undefined && !draft.sawFailing) {
      if (FAILED_STATUS.has(status)) {
        if (draft.sawSkipped) this.noteFailureOverSkip(draft, `status="${status}"`, 'failed');
        own.mark('failed');
      } else if (SKIPPED_STATUS.has(status) && own.status === 'passed') own.mark('skipped');
    }
    let marker: TestCaseRecord['marker'];
    if (own.status === 'skipped' && own.type === 'pytest.xfail') marker = 'xfail';
    else if (own.status === 'skipped' && own.type === 'pytest.xpass') {
      own.status = 'passed';
      marker = 'xpass';
    } else if (own.status === 'failed' && own.messageAttribute?.startsWith('[XPASS(strict)]')) marker = 'xpass';
    const frame = this.suites[this.suites.length - 1];
    const suite = frame?.path || draft.classname || '';
    let name = draft.name;
    if (draft.namelessAt !== undefined) {
      name = unnamedTestName(draft.position, suite);
      const at = draft.namelessAt;
      this.note(namelessMessage('testcase', 'name', draft.hasNameAttribute ? draft.name : undefined, at, name), at);
    }
    let properties = draft.properties;
    if (name.includes('/') && GO_SUBTEST.test(name)) {
      properties = { ...properties, parent: name.slice(0, name.lastIndexOf('/')) };
    }
    const repeatsAreAttempts = draft.isCTest || frame?.repeatsAreAttempts ? true : undefined;
    return buildRecord(
      {
        suite,
        classname: draft.classname,
        name,
        file: draft.file,
        line: draft.line,
        properties,
        marker,
        repeatsAreAttempts,
      },
      draft.before === undefined && draft.after === undefined
        ? [own]
        : [...(draft.before ?? []), own, ...(draft.after ?? [])],
    );
  }
}
