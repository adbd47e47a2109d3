// Totals a suite, assembly or run element declares (tests="6" failures="1" ...), set against the tests
// read under it, for every XML reader. A failing test must never vanish silently (DESIGN "Counting tests"):
// - an element that declares tests but lists none is counted as declared: one anonymous entry per
//   declared test, failures first, and a note;
// - an element that declares more tests, or more failing tests, than were read under it gets a note
//   naming both numbers. Fewer declared than read is not noted: nothing can hide there, and placeholders
//   such as jest-junit's tests="0" are common.
import { isFailing, type TestCaseRecord } from '../model.js';
import { AttemptDraft, buildRecord, type IngestLimits, type NoteProblem } from './attempt-draft.js';
import type { XmlAttributes } from './xml-tokenizer.js';

export interface DeclaredTotals {
  tests: number;
  failed: number;
  errored: number;
  skipped: number;
}

export interface Location {
  line: number;
  column: number;
}

/** Where synthesised entries and notes go. */
export interface DeclaredOutput {
  limits: IngestLimits;
  emit: (record: TestCaseRecord) => void;
  note: NoteProblem;
}

/** More entries than this for one element is not a report but a typo or a mutation: the rest is counted in the note. */
const MAX_DECLARED_ENTRIES = 10_000;

/** A count attribute as a non-negative integer, or undefined. */
export function countAttribute(attributes: XmlAttributes, name: string): number | undefined {
  const value = attributes.number(name);
  const count = typeof value === 'string' ? Number(value.trim()) : value;
  return count !== undefined && Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

/** The sum of counts of which some may be missing; undefined when all are. */
export function sumOfCounts(...counts: (number | undefined)[]): number | undefined {
  let sum: number | undefined;
  for (const count of counts) if (count !== undefined) sum = (sum ?? 0) + count;
  return sum;
}

/**
 * Declared totals from counts an element may carry (undefined when it carries none). The test count is
 * at least what the others add up to: jest-junit writes tests="0" errors="1" for a file that failed to load.
 */
export function declaredTotals(
  tests: number | undefined,
  failed: number | undefined,
  errored: number | undefined,
  skipped: number | undefined,
): DeclaredTotals | undefined {
  if (tests === undefined && failed === undefined && errored === undefined && skipped === undefined) return undefined;
  const f = failed ?? 0;
  const e = errored ?? 0;
  const s = skipped ?? 0;
  return { tests: Math.max(tests ?? 0, f + e + s), failed: f, errored: e, skipped: s };
}

/**
 * An element that may declare totals, with what was read under it so far. Readers keep one per open
 * suite/assembly/run (or extend it); counting a test only adds integers.
 */
export class CountedElement {
  /** Test elements opened directly inside so far: an unnamed one is named by its position. */
  positions = 0;
  /** Tests read under this element, nested elements included, and how many of them fail. */
  tests = 0;
  failing = 0;
  /** Tests read directly inside (not in a nested element). */
  direct = 0;
  directFailing = 0;
  /** Attempts read under this element, and failing ones: Surefire 2.x counts every rerun in tests/failures. */
  attempts = 0;
  failingAttempts = 0;
  /** Closed nested elements, and those with a failing test: node:test counts a nested suite as one test. */
  children = 0;
  failingChildren = 0;
  /** What nested elements declared beyond what they listed, already noted there (not noted again here). */
  shortTests = 0;
  shortFailing = 0;

  constructor(
    /** Element name for notes: "testsuite", "assembly"... */
    readonly element: string,
    readonly name: string,
    readonly declared: DeclaredTotals | undefined,
    readonly at: Location | undefined,
  ) {}

  /** Counts one test read directly inside this element: by its last attempt (a flaky test passed), and each attempt. */
  countRecord(record: TestCaseRecord): void {
    const attempts = record.attempts;
    this.tests++;
    this.direct++;
    if (isFailing(attempts[attempts.length - 1]!.status)) {
      this.failing++;
      this.directFailing++;
    }
    this.attempts += attempts.length;
    for (let i = 0; i < attempts.length; i++) if (isFailing(attempts[i]!.status)) this.failingAttempts++;
  }

  /** Adds a nested element once it has closed and was settled. */
  addChild(child: CountedElement): void {
    this.tests += child.tests;
    this.failing += child.failing;
    this.attempts += child.attempts;
    this.failingAttempts += child.failingAttempts;
    this.children++;
    if (child.failing > 0) this.failingChildren++;
    this.shortTests += child.shortTests;
    this.shortFailing += child.shortFailing;
  }

  private describe(): string {
    return this.name === '' ? this.element : `${this.element} "${this.name}"`;
  }

  /**
   * Called when the element closes: delivers what it declares when it lists no test, or notes that it
   * declares more (failing) tests than were read. `suite` is the suite of entries made for it.
   */
  settle(suite: string, out: DeclaredOutput): void {
    const declared = this.declared;
    if (declared === undefined || declared.tests === 0) return;
    if (this.tests === 0 && this.shortTests === 0) {
      this.deliverDeclared(declared, suite, out);
      return;
    }
    const declaredFailing = declared.failed + declared.errored;
    const covered = (tests: number, failing: number) => declared.tests <= tests && declaredFailing <= failing;
    if (covered(this.tests + this.shortTests, this.failing + this.shortFailing)) return;
    if (covered(this.direct + this.children, this.directFailing + this.failingChildren)) return;
    if (covered(this.attempts + this.shortTests, this.failingAttempts + this.shortFailing)) return;
    out.note(
      `${this.describe()} declares ${declared.tests} tests (${declaredFailing} failing) but ${this.tests} ` +
        `were read (${this.failing} failing)`,
      this.at,
    );
    this.shortTests = Math.max(this.shortTests, declared.tests - this.tests);
    this.shortFailing = Math.max(this.shortFailing, declaredFailing - this.failing);
  }

  private deliverDeclared(declared: DeclaredTotals, suite: string, out: DeclaredOutput): void {
    const { tests, failed, errored, skipped } = declared;
    const passed = tests - failed - errored - skipped;
    const delivered = Math.min(tests, MAX_DECLARED_ENTRIES);
    const cut = delivered < tests ? ` (the first ${delivered} delivered)` : '';
    out.note(
      `${this.describe()} declares ${tests} tests but lists none; counted as declared: ${failed} failed, ` +
        `${errored} errored, ${skipped} skipped, ${passed} passed${cut}`,
      this.at,
    );
    for (let i = 0; i < delivered; i++) {
      const attempt = new AttemptDraft(out.limits);
      if (i < failed) attempt.mark('failed');
      else if (i < failed + errored) attempt.mark('errored');
      else if (i < failed + errored + skipped) attempt.mark('skipped');
      const record = buildRecord({ suite, name: `(declared test ${i + 1} of ${tests})` }, [attempt]);
      this.countRecord(record);
      out.emit(record);
    }
  }
}
