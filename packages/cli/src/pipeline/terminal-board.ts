// The live board of `testpipe pipeline` on a terminal: one line per stage and shard, a spinner and the
// elapsed time on running ones, redrawn in place; notes and warnings scroll above it. Colour unless NO_COLOR.
import { formatDuration } from '@testpipe/core';
import { LiveBlock, type TerminalOutput } from '../run/live-block.js';
import { TaskBoard, taskLine, type TaskState } from './task-board.js';

const COLOURS: Record<TaskState['status'], string> = {
  pending: '\x1b[2m',
  running: '\x1b[36m',
  passed: '\x1b[32m',
  failed: '\x1b[31m',
  skipped: '\x1b[2m',
  interrupted: '\x1b[33m',
};
const RESET = '\x1b[0m';

export class TerminalBoard extends TaskBoard {
  private readonly block: LiveBlock;

  constructor(
    out: TerminalOutput,
    now: () => number,
    redact: (text: string) => string,
    logFile: string,
    private readonly colour: boolean,
    refreshMs = 200,
  ) {
    super(out, now, redact, logFile);
    this.block = new LiveBlock(out, (spinner) => this.lines(spinner), refreshMs);
  }

  stop(): void {
    this.block.stop();
    // The final state stays on screen as plain lines.
    this.out.write(
      this.list()
        .map((task) => `${this.paint(task, taskLine(task))}\n`)
        .join(''),
    );
  }

  protected changed(): void {
    this.block.redraw();
  }

  protected show(line: string): void {
    this.block.above(line);
  }

  protected log(_task: string, level: string, line: string): void {
    if (level === 'warning' || level === 'error') this.show(`${level}: ${line}`);
  }

  private paint(task: TaskState, text: string): string {
    return this.colour ? `${COLOURS[task.status]}${text}${RESET}` : text;
  }

  private lines(spinner: string): string[] {
    return this.list().map((task) => {
      if (task.status !== 'running') return this.paint(task, taskLine(task).slice(0, this.block.width));
      const elapsed = formatDuration(this.now() - (task.startedAt ?? this.now()));
      const text = `${spinner} ${task.name} ${elapsed}${task.detail ? `: ${task.detail}` : ''}`;
      return this.paint(task, text.slice(0, this.block.width));
    });
  }
}
