// xUnit.net v2 XML (<assemblies><assembly><collection><test>).
// suite = the <collection> name, else the assembly file name; classname = the test's `type`.
import type { TestCaseRecord } from '../model.js';
import {
  AttemptDraft,
  buildRecord,
  ignoreProblem,
  isUnusableName,
  namelessMessage,
  type NoteProblem,
  positiveInt,
  secondsToMs,
  type IngestLimits,
} from './attempt-draft.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';
import type { TextSink } from './xml-text.js';

interface CaseDraft {
  name: string;
  /** No usable name: read to its end but not delivered. */
  skip: boolean;
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

export class XUnitReader implements XmlHandler {
  sink: TextSink | undefined;
  private assembly = '';
  private collection: string | undefined;
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
    } else if (name === 'assembly') {
      this.assembly = baseName(attributes.get('name') ?? '');
    } else if (name === 'collection') {
      this.collection = attributes.get('name');
    } else if (name === 'test') {
      const attempt = new AttemptDraft(this.limits);
      const status = STATUS[attributes.get('result') ?? ''];
      if (status !== undefined) attempt.mark(status);
      attempt.durationMs = secondsToMs(attributes.get('time'));
      const testName = attributes.get('name');
      const skip = isUnusableName(testName);
      if (skip) {
        const at = attributes.location();
        this.note(namelessMessage('test', 'name', at), at);
      }
      this.current = {
        name: testName ?? '',
        skip,
        classname: attributes.get('type'),
        file: attributes.get('source-file') || undefined,
        line: positiveInt(attributes.get('source-line')),
        attempt,
        properties: undefined,
        path: [],
      };
    }
  }

  close(name: string): void {
    const draft = this.current;
    if (draft === undefined) {
      if (name === 'collection') this.collection = undefined;
      return;
    }
    if (draft.path.length === 0) {
      this.current = undefined;
      if (draft.skip) return;
      const { name: testName, classname, file, line, properties, attempt } = draft;
      const suite = this.collection ?? this.assembly;
      this.emit(buildRecord({ suite, classname, name: testName, file, line, properties }, [attempt]));
      return;
    }
    draft.path.pop();
    this.sink = undefined;
  }

  end(): void {
    this.current = undefined;
  }

  private openInCase(draft: CaseDraft, name: string, attributes: XmlAttributes): void {
    const parent = draft.path[draft.path.length - 1];
    const attempt = draft.attempt;
    if (name === 'failure' && parent === undefined) {
      if (attempt.status === 'passed') attempt.mark('failed');
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
