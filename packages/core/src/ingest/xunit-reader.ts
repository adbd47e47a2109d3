// xUnit.net v2 XML (<assemblies><assembly><collection><test>).
// suite = the <collection> name, else the assembly file name; classname = the test's `type`.
// A <failure> element makes a test failed whatever its result says (a failure is never a skip).
// Assemblies and collections declare total/failed/skipped: checked against what was read (declared-totals.ts).
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
import {
  CountedElement,
  countAttribute,
  declaredTotals,
  sumOfCounts,
  type DeclaredOutput,
  type Location,
} from './declared-totals.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import type { TextSink } from './xml-text.js';

interface CaseDraft {
  name: string;
  rawName: string | undefined;
  /** Where a test without a usable name starts. */
  namelessAt: Location | undefined;
  position: number;
  result: string | undefined;
  classname: string | undefined;
  file: string | undefined;
  line: number | undefined;
  attempt: AttemptDraft;
  properties: Record<string, string> | undefined;
  path: string[];
}

const STATUS: Record<string, 'failed' | 'skipped'> = { Fail: 'failed', Skip: 'skipped', NotRun: 'skipped' };

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function declaredBy(attributes: XmlAttributes) {
  const skipped = countAttribute(attributes, 'skipped');
  const notRun = countAttribute(attributes, 'not-run');
  const skippedAll = sumOfCounts(skipped, notRun);
  return declaredTotals(
    countAttribute(attributes, 'total'),
    countAttribute(attributes, 'failed'),
    undefined,
    skippedAll,
  );
}

export class XUnitReader implements XmlHandler {
  sink: TextSink | undefined;
  /** The open <assembly> and <collection>. */
  private assembly: CountedElement | undefined;
  private collection: CountedElement | undefined;
  private current: CaseDraft | undefined;
  /** test elements outside any assembly or collection. */
  private rootPositions = 0;
  private readonly out: DeclaredOutput;

  constructor(
    private readonly limits: IngestLimits,
    private readonly emit: (record: TestCaseRecord) => void,
    private readonly note: NoteProblem = ignoreProblem,
  ) {
    this.out = { limits, emit, note };
  }

  open(name: string, attributes: XmlAttributes): void {
    const draft = this.current;
    if (draft !== undefined) {
      this.openInCase(draft, name, attributes);
      draft.path.push(name);
    } else if (name === 'assembly' || name === 'collection') {
      const declared = declaredBy(attributes);
      const at = declared === undefined ? undefined : attributes.location();
      const own = attributes.get('name') ?? '';
      const frame = new CountedElement(name, name === 'assembly' ? baseName(own) : own, declared, at);
      if (name === 'assembly') this.assembly = frame;
      else this.collection = frame;
    } else if (name === 'test') {
      this.current = this.startTest(attributes);
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (name === 'collection' && this.collection !== undefined) {
        this.collection.settle(this.collection.name, this.out);
        this.assembly?.addChild(this.collection);
        this.collection = undefined;
      } else if (name === 'assembly' && this.assembly !== undefined) {
        this.assembly.settle(this.assembly.name, this.out);
        this.assembly = undefined;
      }
      return;
    }
    if (draft.path.length === 0) {
      this.current = undefined;
      const { name: testName, classname, file, line, properties, attempt } = draft;
      const suite = this.suite();
      let name = testName;
      if (draft.namelessAt !== undefined) {
        name = unnamedTestName(draft.position, suite);
        this.note(namelessMessage('test', 'name', draft.rawName, draft.namelessAt, name), draft.namelessAt);
      }
      const record = buildRecord({ suite, classname, name, file, line, properties }, [attempt]);
      (this.collection ?? this.assembly)?.countRecord(record);
      this.emit(record);
      return;
    }
    draft.path.pop();
    this.sink = undefined;
  }

  end(): void {
    this.current = undefined;
  }

  private suite(): string {
    return this.collection?.name ?? this.assembly?.name ?? '';
  }

  private startTest(attributes: XmlAttributes): CaseDraft {
    const attempt = new AttemptDraft(this.limits);
    const status = STATUS[attributes.get('result') ?? ''];
    if (status !== undefined) attempt.mark(status);
    attempt.durationMs = secondsToMs(attributes.get('time'));
    const rawName = attributes.get('name');
    const frame = this.collection ?? this.assembly;
    return {
      name: rawName ?? '',
      rawName,
      namelessAt: isUnusableName(rawName) ? attributes.location() : undefined,
      position: frame === undefined ? ++this.rootPositions : ++frame.positions,
      result: attributes.get('result'),
      classname: attributes.get('type'),
      file: attributes.get('source-file') || undefined,
      line: positiveInt(attributes.get('source-line')),
      attempt,
      properties: undefined,
      path: [],
    };
  }

  private openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const parent = draft.path[draft.path.length - 1];
    const attempt = draft.attempt;
    if (name === 'failure' && parent === undefined) {
      if (attempt.status === 'skipped') {
        const at = attributes.location();
        this.note(
          `test "${draft.name}" has result "${draft.result}" but a <failure> at line ${at.line}, column ${at.column}; read as failed`,
          at,
        );
      }
      // mark() lets a failure replace a skip; the failure's own message replaces the skip reason.
      if (attempt.status !== 'failed') attempt.mark('failed');
      attempt.type = attributes.get('exception-type') || undefined;
    } else if (name === 'message' && parent === 'failure') this.sink = attempt.messageSink();
    else if (name === 'stack-trace' && parent === 'failure') this.sink = attempt.bodySink();
    else if (name === 'reason' && parent === undefined) this.sink = attempt.messageSink();
    else if (name === 'output' && parent === undefined) this.sink = attempt.stdoutSink();
    else if (name === 'trait' && parent === 'traits') {
      const key = attributes.get('name');
      if (key !== undefined) (draft.properties ??= {})[key] = attributes.get('value') ?? '';
    }
  }
}
