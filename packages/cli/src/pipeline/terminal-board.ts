// The live board of `testpipe pipeline` on a terminal: one line per stage and shard, a spinner and the
// elapsed time on running ones, redrawn in place; notes and warnings scroll above it. Colour unless NO_COLOR.
import { formatDuration } from '@testpipe/core';
import { TaskBoard, taskLine, type BoardOutput, type TaskState } from './task-board.js';

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

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
  private drawnLines = 0;
  private frame = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly out: BoardOutput,
    now: () => number,
    redact: (text: string) => string,
    logFile: string,
    private readonly colour: boolean,
    refreshMs = 200,
  ) {
    super(now, redact, logFile);
    this.timer = setInterval(() => this.redraw(), refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.erase();
    // The final state stays on screen as plain lines.
    this.out.write(
      this.list()
        .map((task) => `${this.paint(task, taskLine(task))}\n`)
        .join(''),
    );
  }

  protected changed(): void {
    this.redraw();
  }

  protected show(line: string): void {
    this.erase();
    this.out.write(`${line}\n`);
    this.redraw();
  }

  protected log(_task: string, level: string, line: string): void {
    if (level === 'warning' || level === 'error') this.show(`${level}: ${line}`);
  }

  private paint(task: TaskState, text: string): string {
    return this.colour ? `${COLOURS[task.status]}${text}${RESET}` : text;
  }

  private erase(): void {
    // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
    if (this.drawnLines > 0) this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
    this.drawnLines = 0;
  }

  private redraw(): void {
    this.erase();
    const width = Math.max(20, (this.out.columns || 80) - 1);
    const spinner = SPINNER[this.frame++ % SPINNER.length]!;
    const lines = this.list().map((task) => {
      if (task.status !== 'running') return this.paint(task, taskLine(task).slice(0, width));
      const elapsed = formatDuration(this.now() - (task.startedAt ?? this.now()));
      const text = `${spinner} ${task.name} ${elapsed}${task.detail ? `: ${task.detail}` : ''}`;
      return this.paint(task, text.slice(0, width));
    });
    this.out.write(lines.map((line) => `${line}\n`).join(''));
    this.drawnLines = lines.length;
  }
}
