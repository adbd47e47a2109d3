// JUnit XML in its dialects (pytest, jest-junit, Surefire/Failsafe, Gradle, gotestsum, PHPUnit, Ant,
// CTest, node:test, mocha, Vitest, Playwright, rspec, Catch2, nextest, Bazel) as XML events.
//
// Decisions:
// - suite = the enclosing <testsuite> names joined with " › " (outermost first; a name repeating
//   its parent's is not repeated), so nested describe blocks stay distinct. <testsuites> is not part of it.
// - A Surefire/nextest testcase's attempts are [flakyFailure/flakyError..., the testcase itself,
//   rerunFailure/rerunError...]; output directly under <testcase> belongs to the testcase's own attempt.
// - Go subtests ("TestX/sub") are tests of their own next to "TestX"; properties.parent names the parent.
// - A testcase still open when the input ends (truncated file) is not delivered.
import type { FailureDetail, TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  ignoreProblem,
  isUnusableName,
  namelessMessage,
  positiveInt,
  secondsToMs,
  type IngestLimits,
  type NoteProblem,
} from './attempt-draft.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import { CappedText, type TextSink } from './xml-text.js';

interface SuiteFrame {
  name: string;
  path: string;
  file: string | undefined;
}

/** The testcase being read. One is reused for every testcase of a file (records are built fresh). */
class CaseDraft {
  name = '';
  /** No usable name: read to its end (nested elements included) but not delivered. */
  skip = false;
  /** The message of a <skipped> seen in this testcase ('' without one), else undefined. */
  skippedToo: string | undefined = undefined;
  classname: string | undefined = undefined;
  file: string | undefined = undefined;
  line: number | undefined = undefined;
  statusAttribute: string | undefined = undefined;
  readonly own: AttemptDraft;
  before: AttemptDraft[] | undefined = undefined;
  after: AttemptDraft[] | undefined = undefined;
  properties: Record<string, string> | undefined = undefined;
  /** Element names open inside <testcase>, outermost first: path[0..depth). */
  readonly path: string[] = [];
  depth = 0;
  /** The rerun/flaky child being read, if any. */
  rerun: AttemptDraft | undefined = undefined;
  propertyName: string | undefined = undefined;
  propertyText: CappedText | undefined = undefined;

  constructor(limits: IngestLimits) {
    this.own = new AttemptDraft(limits);
  }

  reset(): void {
    this.skippedToo = undefined;
    this.own.reset();
    this.before = undefined;
    this.after = undefined;
    this.properties = undefined;
    this.depth = 0;
    this.rerun = undefined;
    this.propertyName = undefined;
    this.propertyText = undefined;
  }
}

const RERUN_STATUS: Record<string, 'failed' | 'errored'> = {
  flakyFailure: 'failed',
  flakyError: 'errored',
  rerunFailure: 'failed',
  rerunError: 'errored',
};
const SKIPPED_STATUS = new Set(['notrun', 'not run', 'disabled', 'skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
const SCRIPT_FILE = /^[\w@.][\w@./+-]*\.(?:[cm]?[jt]sx?|vue|svelte)$/;
const GO_SUBTEST = /^(?:Test|Benchmark|Example|Fuzz)[^/]*\//;

export class JUnitReader implements XmlHandler {
  sink: TextSink | undefined;
  private readonly suites: SuiteFrame[] = [];
  /** Set while a <testcase> is open. */
  private current: CaseDraft | undefined;
  private readonly draft: CaseDraft;
  /** The record just delivered when its outcome was errored, for jest-junit's empty failure twin. */
  private lastErrored: TestCaseRecord | undefined;
  /** fileFromClassname per classname: classnames repeat for every test of a class. */
  private readonly classnameFiles = new Map<string, string | undefined>();

  constructor(
    private readonly limits: IngestLimits,
    private readonly emit: (record: TestCaseRecord) => void,
    private readonly note: NoteProblem = ignoreProblem,
  ) {
    this.draft = new CaseDraft(limits);
  }

  open(name: string, attributes: XmlAttributes): void {
    const draft = this.current;
    if (draft !== undefined) {
      this.openInCase(draft, name, attributes);
      draft.path[draft.depth++] = name;
    } else if (name === 'testsuite') {
      this.lastErrored = undefined;
      const parent = this.suites[this.suites.length - 1];
      const own = attributes.getShared('name') ?? '';
      const path = !parent?.path ? own : !own || own === parent.name ? parent.path : `${parent.path} › ${own}`;
      this.suites.push({ name: own, path, file: normaliseFile(attributes.getShared('file')) ?? parent?.file });
    } else if (name === 'testcase') {
      this.current = this.startCase(attributes);
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (name === 'testsuite') {
        this.suites.pop();
        this.lastErrored = undefined;
      }
      return;
    }
    if (draft.depth === 0) {
      this.current = undefined;
      if (!draft.skip) this.deliver(draft);
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

  private startCase(attributes: XmlAttributes): CaseDraft {
    const suite = this.suites[this.suites.length - 1];
    const draft = this.draft;
    draft.reset();
    const own = draft.own;
    own.durationMs = secondsToMs(attributes.number('time'));
    own.startedAt = attributes.get('timestamp');
    const classname = attributes.getShared('classname') || attributes.getShared('class') || undefined;
    const isPytest = this.suites[0]?.name === 'pytest';
    const lineAttribute = attributes.number('line');
    // pytest writes its 0-based line numbers.
    const line = isPytest && lineAttribute !== undefined ? Number(lineAttribute) + 1 : positiveInt(lineAttribute);
    const name = attributes.get('name');
    draft.skip = isUnusableName(name);
    if (draft.skip) {
      const at = attributes.location();
      this.note(namelessMessage('testcase', 'name', at), at);
    }
    draft.name = name ?? '';
    draft.classname = classname;
    draft.file =
      normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
      suite?.file ??
      this.fileOfClassname(classname, isPytest);
    draft.line = line !== undefined && Number.isFinite(line) ? line : undefined;
    draft.statusAttribute = (attributes.getShared('status') ?? attributes.getShared('result'))?.toLowerCase();
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
        if (status === 'skipped') draft.skippedToo = attributes.get('message') ?? '';
        const marked = own.mark(status, attributes.getShared('type'), attributes.get('message'));
        this.sink = marked ? own.bodySink() : undefined;
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
    this.emit(record);
  }

  private finishCase(draft: CaseDraft): TestCaseRecord {
    const own = draft.own;
    const status = draft.statusAttribute;
    if (own.status === 'passed' && status !== undefined) {
      if (FAILED_STATUS.has(status)) own.mark('failed');
      else if (SKIPPED_STATUS.has(status)) own.mark('skipped');
    }
    // <skipped> and <failure> together (Catch2 [!mayfail] "failed as expected"): skipped, and the
    // failure's type, message and body stay as the skip's detail.
    if (own.status === 'failed' && draft.skippedToo !== undefined) {
      own.status = 'skipped';
      if (own.messageAttribute === undefined && own.message === undefined && draft.skippedToo !== '') {
        own.messageAttribute = draft.skippedToo;
      }
    }
    let marker: TestCaseRecord['marker'];
    if (own.status === 'skipped' && own.type === 'pytest.xfail') marker = 'xfail';
    else if (own.status === 'skipped' && own.type === 'pytest.xpass') {
      own.status = 'passed';
      marker = 'xpass';
    } else if (own.status === 'failed' && own.messageAttribute?.startsWith('[XPASS(strict)]')) marker = 'xpass';
    let properties = draft.properties;
    if (draft.name.includes('/') && GO_SUBTEST.test(draft.name)) {
      properties = { ...properties, parent: draft.name.slice(0, draft.name.lastIndexOf('/')) };
    }
    const suite = this.suites[this.suites.length - 1]?.path || draft.classname || '';
    return buildRecord(
      { suite, classname: draft.classname, name: draft.name, file: draft.file, line: draft.line, properties, marker },
      draft.before === undefined && draft.after === undefined
        ? [own]
        : [...(draft.before ?? []), own, ...(draft.after ?? [])],
    );
  }
}

function isEmptyFailure(failure: FailureDetail | undefined): boolean {
  if (failure === undefined) return true;
  if (failure.type !== undefined) return false;
  const text = `${failure.message ?? ''}${failure.body ?? ''}`.trim();
  return text === '' || text === '{}';
}

function normaliseFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  return file.startsWith('./') ? file.slice(2) : file;
}

/**
 * File from a classname where the dialect makes it reliable: Vitest/Playwright write the spec path
 * as classname; pytest writes the module path with dots ("tests.test_x.TestY" → tests/test_x.py).
 */
function fileFromClassname(classname: string, isPytest: boolean): string | undefined {
  if (SCRIPT_FILE.test(classname) && classname.includes('/')) return normaliseFile(classname);
  if (SCRIPT_FILE.test(classname) && /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(classname)) return classname;
  if (!isPytest) return undefined;
  const parts = classname.split('.');
  let module = -1;
  parts.forEach((part, i) => {
    if (/^test_\w*$|^\w+_test$/.test(part)) module = i;
  });
  return module === -1 ? undefined : `${parts.slice(0, module + 1).join('/')}.py`;
}
