// How `testpipe pipeline` shows its stages and shards: plain lines (CI logs, pipes), newline-delimited
// JSON events (--json), or a live board on a terminal (terminal-board.ts). Every line a stage logs is also
// kept, redacted, in <out>/pipeline.log.
import { appendFileSync } from 'node:fs';
import { formatDuration, type Logger } from '@testpipe/core';
import type { TerminalOutput } from '../run/live-block.js';

export type TaskStatus = 'running' | 'passed' | 'failed' | 'skipped' | 'interrupted';

/** A stage or a shard as the board shows it. */
export interface TaskState {
  name: string;
  status: TaskStatus | 'pending';
  detail?: string;
  startedAt?: number;
  durationMs?: number;
}

export abstract class TaskBoard {
  protected readonly tasks = new Map<string, TaskState>();

  constructor(
    protected readonly out: TerminalOutput,
    protected readonly now: () => number,
    private readonly redact: (text: string) => string,
    private readonly logFile: string,
  ) {}

  /** The tasks in display order. */
  list(): TaskState[] {
    return [...this.tasks.values()];
  }

  /** Declares a task before it starts (the stages), so a board can show what is still to come. */
  plan(name: string, before?: string): void {
    if (this.tasks.has(name)) return;
    const task: TaskState = { name, status: 'pending' };
    if (before === undefined || !this.tasks.has(before)) {
      this.tasks.set(name, task);
      return;
    }
    const entries = [...this.tasks];
    this.tasks.clear();
    for (const [key, value] of entries) {
      if (key === before) this.tasks.set(name, task);
      this.tasks.set(key, value);
    }
  }

  start(name: string, detail?: string, before?: string): void {
    this.plan(name, before);
    Object.assign(this.tasks.get(name)!, { status: 'running', startedAt: this.now(), detail });
    this.keep(`▶ ${name}${detail ? `: ${detail}` : ''}`);
    this.changed(this.tasks.get(name)!);
  }

  finish(name: string, status: Exclude<TaskStatus, 'running'>, detail?: string): void {
    this.plan(name);
    const task = this.tasks.get(name)!;
    task.status = status;
    task.detail = detail === undefined ? undefined : this.redact(detail);
    task.durationMs = task.startedAt === undefined ? undefined : this.now() - task.startedAt;
    this.keep(taskLine(task));
    this.changed(task);
  }

  /** A line for the user, shown at once (a warning, what the pipeline chose). */
  note(text: string): void {
    const line = this.redact(text);
    this.keep(line);
    this.show(line);
  }

  /** The Logger a stage writes through: every line to pipeline.log; warnings and errors also shown. */
  logger(task: string, debug: boolean): Logger {
    const at = (level: 'debug' | 'info' | 'warning' | 'error') => (message: string) => {
      if (level === 'debug' && !debug) return;
      const line = this.redact(message);
      this.keep(`[${task}] ${level === 'info' ? '' : `${level}: `}${line}`);
      this.log(task, level, line);
    };
    return {
      debug: at('debug'),
      info: at('info'),
      warning: at('warning'),
      error: at('error'),
      group: (name, body) => (at('info')(name), body()),
    };
  }

  /** Ends the display; what follows is plain output. */
  abstract stop(): void;
  /** Shows a task that changed. */
  protected abstract changed(task: TaskState): void;
  /** Shows a line for the user. */
  protected abstract show(line: string): void;
  /** Shows (or not) a stage's log line; every line is in pipeline.log anyway. */
  protected abstract log(task: string, level: 'debug' | 'info' | 'warning' | 'error', line: string): void;

  private keep(line: string): void {
    appendFileSync(this.logFile, `${new Date(this.now()).toISOString()} ${line}\n`);
  }
}

const MARKS: Record<TaskState['status'], string> = {
  pending: '·',
  running: '▶',
  passed: '✔',
  failed: '✖',
  skipped: '-',
  interrupted: '■',
};

/** "✔ seed (3.2 s): 2 migrations applied, 42 rows loaded" */
export function taskLine(task: TaskState, mark = MARKS[task.status]): string {
  const took = task.durationMs === undefined ? '' : ` (${formatDuration(task.durationMs)})`;
  return `${mark} ${task.name}${took}${task.detail ? `: ${task.detail}` : ''}`;
}

/** One line per event, for logs and pipes: a task's start and end; warnings, and with verbose every stage line. */
export class PlainBoard extends TaskBoard {
  constructor(
    out: TerminalOutput,
    now: () => number,
    redact: (text: string) => string,
    logFile: string,
    /** Every line the stages log is printed too. */
    private readonly verbose = false,
  ) {
    super(out, now, redact, logFile);
  }

  stop(): void {}

  protected changed(task: TaskState): void {
    if (task.status === 'running') this.out.write(`▶ ${task.name}${task.detail ? `: ${task.detail}` : ''}\n`);
    else this.out.write(`${taskLine(task)}\n`);
  }

  protected show(line: string): void {
    this.out.write(`${line}\n`);
  }

  protected log(task: string, level: string, line: string): void {
    if (level === 'debug' || (level === 'info' && !this.verbose)) return;
    this.out.write(`  ${level === 'info' ? '' : `${level}: `}${line}\n`);
  }
}

/** --json: one JSON object per line on stdout (`task`, `log`, `note`; the command adds `result`). */
export class JsonBoard extends TaskBoard {
  stop(): void {}

  emit(event: Record<string, unknown>): void {
    this.out.write(`${JSON.stringify({ ...event, at: new Date(this.now()).toISOString() })}\n`);
  }

  protected changed(task: TaskState): void {
    const { name, status, detail, durationMs } = task;
    this.emit({ event: 'task', task: name, status, detail, durationMs });
  }

  protected show(line: string): void {
    this.emit({ event: 'note', message: line });
  }

  protected log(task: string, level: string, line: string): void {
    if (level !== 'debug') this.emit({ event: 'log', task, level, message: line });
  }
}
