import { SecretMasker } from './secret-masker.js';

export interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

// Commands the runner recognises; any other `::x::` line is ordinary output.
const RUNNER_COMMANDS = new Set([
  'add-mask',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'error',
  'warning',
  'notice',
  'debug',
  'group',
  'endgroup',
  'echo',
  'stop-commands',
  'add-matcher',
  'remove-matcher',
]);

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return unescapeData(value.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

/** Parses `::name key=value,key=value::data` (leading whitespace allowed), or returns undefined. */
export function parseWorkflowCommandLine(line: string): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (equals > 0) properties[pair.slice(0, equals).trim()] = unescapeProperty(pair.slice(equals + 1));
    }
  }
  return { name, properties, data: unescapeData(text.slice(end + 2).replace(/\r$/, '')) };
}

function optionalNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) ? parsed : undefined;
}

function toAnnotation(level: AnnotationLevel, command: WorkflowCommand): Annotation {
  const { properties } = command;
  const annotation: Annotation = { level, message: command.data };
  if (properties.title !== undefined) annotation.title = properties.title;
  if (properties.file !== undefined) annotation.file = properties.file;
  const numbers = {
    line: optionalNumber(properties.line),
    endLine: optionalNumber(properties.endLine),
    col: optionalNumber(properties.col),
    endColumn: optionalNumber(properties.endColumn),
  };
  for (const [key, value] of Object.entries(numbers)) {
    if (value !== undefined) annotation[key as keyof typeof numbers] = value;
  }
  return annotation;
}

/** Interprets the stdout/stderr workflow commands the runner still honours, line by line, in arrival order. */
export class WorkflowCommandProcessor {
  readonly annotations: Annotation[] = [];
  readonly groups: string[] = [];
  readonly debugMessages: string[] = [];
  private stopToken: string | undefined;

  constructor(readonly masker: SecretMasker) {}

  processLine(line: string): void {
    const command = parseWorkflowCommandLine(line);
    if (command === undefined) return;
    if (this.stopToken !== undefined) {
      if (command.name === this.stopToken) this.stopToken = undefined;
      return;
    }
    if (!RUNNER_COMMANDS.has(command.name)) return;
    this.apply(command);
  }

  private apply(command: WorkflowCommand): void {
    switch (command.name) {
      case 'add-mask':
        this.masker.add(command.data);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        this.annotations.push(toAnnotation(command.name, command));
        return;
      case 'group':
        this.groups.push(command.data);
        return;
      case 'debug':
        this.debugMessages.push(command.data);
        return;
      case 'stop-commands':
        if (command.data !== '') this.stopToken = command.data;
        return;
      default:
        // set-output, save-state, set-env, add-path: deprecated or disabled; endgroup, echo, matchers: display only.
        return;
    }
  }
}

/** Splits a byte stream into lines as they arrive; `flush` emits an unterminated last line. */
export class LineSplitter {
  private pending = '';

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: string): void {
    const lines = (this.pending + chunk).split('\n');
    this.pending = lines.pop() ?? '';
    for (const line of lines) this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
  }

  flush(): void {
    if (this.pending !== '') this.onLine(this.pending);
    this.pending = '';
  }
}
