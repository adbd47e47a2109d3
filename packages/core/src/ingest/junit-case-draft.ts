// The JUnit testcase being read, and the frames around it: what junit-reader.ts keeps between events.
import type { FailureDetail } from '../model.js';
import { AttemptDraft, type IngestLimits } from './attempt-draft.js';
import { CountedElement, type DeclaredTotals, type Location } from './declared-totals.js';
import type { CappedText } from './xml-text.js';

/** An open <testsuite> or <testsuites> (a group: not part of any test's suite). */
export class SuiteFrame extends CountedElement {
  constructor(
    element: string,
    name: string,
    declared: DeclaredTotals | undefined,
    at: Location | undefined,
    /** The suite of its tests: enclosing <testsuite> names joined with " › ". */
    readonly path: string,
    readonly file: string | undefined,
    readonly isGroup: boolean,
    readonly isPytest: boolean,
    /** Set once the suite shows a runner that writes reruns as repeated testcases (gotestsum). */
    public repeatsAreAttempts: boolean,
  ) {
    super(element, name, declared, at);
  }
}

/** The testcase being read. One is reused for every testcase of a file (records are built fresh). */
export class CaseDraft {
  name = '';
  hasNameAttribute = false;
  /** Where the testcase without a usable name starts (undefined when it has one). */
  namelessAt: Location | undefined = undefined;
  /** 1-based position of the testcase among those of its suite. */
  position = 0;
  /** CTest's --output-junit testcase: a repeat of it in the same file is another attempt (ctest --repeat). */
  isCTest = false;
  sawSkipped = false;
  sawFailing = false;
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
    this.namelessAt = undefined;
    this.sawSkipped = false;
    this.sawFailing = false;
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

const SCRIPT_FILE = /^[\w@.][\w@./+-]*\.(?:[cm]?[jt]sx?|vue|svelte)$/;

export function isEmptyFailure(failure: FailureDetail | undefined): boolean {
  if (failure === undefined) return true;
  if (failure.type !== undefined) return false;
  const text = `${failure.message ?? ''}${failure.body ?? ''}`.trim();
  return text === '' || text === '{}';
}

export function normaliseFile(file: string | undefined): string | undefined {
  if (!file) return undefined;
  return file.startsWith('./') ? file.slice(2) : file;
}

/**
 * File from a classname where the dialect makes it reliable: Vitest/Playwright write the spec path
 * as classname; pytest writes the module path with dots ("tests.test_x.TestY" → tests/test_x.py).
 */
export function fileFromClassname(classname: string, isPytest: boolean): string | undefined {
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
