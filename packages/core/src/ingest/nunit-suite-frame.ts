// An open NUnit element that holds tests: a <test-suite>, or the run around them (<test-run>, <test-results>).
import { CountedElement, type DeclaredTotals, type Location } from './declared-totals.js';

export class NUnitSuiteFrame extends CountedElement {
  constructor(
    element: string,
    name: string,
    declared: DeclaredTotals | undefined,
    at: Location | undefined,
    /** The run element: never a test's suite. */
    readonly isGroup: boolean,
    readonly isFixture: boolean,
    /** NUnit 2's type="Assembly": the suite of tests outside any fixture. */
    readonly isAssembly = false,
  ) {
    super(element, name, declared, at);
  }
}
