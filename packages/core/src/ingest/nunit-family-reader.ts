// What the NUnit 2 and NUnit 3 readers share: a stack of suite frames, one test-case read at a time
// (elements inside it tracked by path), each finished case counted in its suite and emitted.
import type { TestCaseRecord } from '../model.js';
import { ignoreProblem, type IngestLimits, type NoteProblem } from './attempt-draft.js';
import type { DeclaredOutput } from './declared-totals.js';
import type { NUnitSuiteFrame } from './nunit-suite-frame.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import type { TextSink } from './xml-text.js';

export abstract class NUnitFamilyReader<Draft extends { path: string[] }> implements XmlHandler {
  sink: TextSink | undefined;
  protected readonly suites: NUnitSuiteFrame[] = [];
  protected rootPositions = 0;
  protected current: Draft | undefined;
  protected readonly out: DeclaredOutput;

  constructor(
    protected readonly limits: IngestLimits,
    protected readonly emit: (record: TestCaseRecord) => void,
    protected readonly note: NoteProblem = ignoreProblem,
  ) {
    this.out = { limits, emit, note };
  }

  /** The elements that open a suite frame (`test-suite` and the format's root). */
  protected abstract readonly suiteElements: ReadonlySet<string>;
  /** Pushes the frame of a suite element. */
  protected abstract openSuite(name: string, attributes: XmlAttributes): void;
  protected abstract startCase(attributes: XmlAttributes): Draft;
  protected abstract openInCase(draft: Draft, name: string, attributes: XmlAttributes): void;
  protected abstract finishCase(draft: Draft): TestCaseRecord;
  /** The name a suite's declared-totals note uses. */
  protected abstract suiteLabel(frame: NUnitSuiteFrame): string;

  open(name: string, attributes: XmlAttributes): void {
    const draft = this.current;
    if (draft !== undefined) {
      this.openInCase(draft, name, attributes);
      draft.path.push(name);
    } else if (this.suiteElements.has(name)) {
      this.openSuite(name, attributes);
    } else if (name === 'test-case') {
      this.current = this.startCase(attributes);
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (this.suiteElements.has(name)) this.closeSuite();
      return;
    }
    if (draft.path.length === 0) {
      this.current = undefined;
      const record = this.finishCase(draft);
      this.suites[this.suites.length - 1]?.countRecord(record);
      this.emit(record);
      return;
    }
    draft.path.pop();
    this.sink = undefined;
  }

  end(): void {
    this.current = undefined;
  }

  private closeSuite(): void {
    const frame = this.suites.pop();
    if (frame === undefined) return;
    frame.settle(this.suiteLabel(frame), this.out);
    this.suites[this.suites.length - 1]?.addChild(frame);
  }
}
