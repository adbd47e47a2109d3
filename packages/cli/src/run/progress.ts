// How `testpipe run` shows its shards: a redrawn status block on a terminal, plain lines elsewhere
// (CI logs, pipes, tests), so a log never fills with cursor escapes.
import type { ShardOutcome } from '@testpipe/stages';
import { formatDuration } from '@testpipe/core';

export interface ShardProgress {
  started(shard: string, units: number): void;
  finished(shard: string, outcome: ShardOutcome, durationMs: number): void;
  /** The shard could not run at all (runShard threw). */
  crashed(shard: string, error: Error, durationMs: number): void;
  /** A line for the user (a shard's warning), kept above the status block. */
  message(text: string): void;
  /** Erases the status block for good; later output is plain. */
  stop(): void;
}

export interface ProgressOutput {
  write(text: string): unknown;
  columns?: number;
}

function finishedLine(shard: string, outcome: ShardOutcome, durationMs: number): string {
  const mark = outcome.status === 'passed' ? '✔' : '✖';
  const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
  return (
    `${mark} ${shard} finished: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ` +
    `${outcome.flaky} flaky, ${formatDuration(durationMs)}${attempts}`
  );
}

function crashedLine(shard: string, error: Error, durationMs: number): string {
  return `✖ ${shard} finished: could not run (${error.message}), ${formatDuration(durationMs)}`;
}

/** One line per event: "▶ shard started", "✔/✖ shard finished: status, tests, failed, flaky, duration". */
export class PlainProgress implements ShardProgress {
  private done = 0;

  constructor(
    private readonly out: ProgressOutput,
    private readonly total: number,
  ) {}

  started(shard: string, units: number): void {
    this.out.write(`▶ ${shard} started (${units} unit${units === 1 ? '' : 's'})\n`);
  }

  finished(shard: string, outcome: ShardOutcome, durationMs: number): void {
    this.done += 1;
    this.out.write(`${finishedLine(shard, outcome, durationMs)} [${this.done}/${this.total}]\n`);
  }

  crashed(shard: string, error: Error, durationMs: number): void {
    this.done += 1;
    this.out.write(`${crashedLine(shard, error, durationMs)} [${this.done}/${this.total}]\n`);
  }

  message(text: string): void {
    this.out.write(`${text}\n`);
  }

  stop(): void {}
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * A block at the bottom of the terminal: one line per running shard with its elapsed time, then the
 * counts. Finished shards and messages are printed above it as permanent lines; it is redrawn every
 * `refreshMs` so the times move.
 */
export class TerminalProgress implements ShardProgress {
  private readonly running = new Map<string, { startedAt: number; units: number }>();
  private done = 0;
  private failed = 0;
  private drawnLines = 0;
  private frame = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly out: ProgressOutput,
    private readonly total: number,
    private readonly now: () => number = Date.now,
    refreshMs = 500,
  ) {
    this.timer = setInterval(() => this.redraw(), refreshMs);
    this.timer.unref();
    this.redraw();
  }

  started(shard: string, units: number): void {
    this.running.set(shard, { startedAt: this.now(), units });
    this.redraw();
  }

  finished(shard: string, outcome: ShardOutcome, durationMs: number): void {
    this.running.delete(shard);
    this.done += 1;
    if (outcome.status !== 'passed') this.failed += 1;
    this.above(finishedLine(shard, outcome, durationMs));
  }

  crashed(shard: string, error: Error, durationMs: number): void {
    this.running.delete(shard);
    this.done += 1;
    this.failed += 1;
    this.above(crashedLine(shard, error, durationMs));
  }

  message(text: string): void {
    this.above(text);
  }

  stop(): void {
    clearInterval(this.timer);
    this.erase();
  }

  private above(text: string): void {
    this.erase();
    this.out.write(`${text}\n`);
    this.redraw();
  }

  private erase(): void {
    // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
    if (this.drawnLines > 0) this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
    this.drawnLines = 0;
  }

  private redraw(): void {
    this.erase();
    const width = Math.max(20, (this.out.columns ?? 80) - 1);
    const spinner = SPINNER[this.frame++ % SPINNER.length] ?? '*';
    const nameWidth = Math.max(0, ...[...this.running.keys()].map((name) => name.length));
    const lines = [...this.running].map(
      ([name, shard]) =>
        `  ${spinner} ${name.padEnd(nameWidth)}  ${formatDuration(this.now() - shard.startedAt).padStart(9)}  ` +
        `${shard.units} unit${shard.units === 1 ? '' : 's'}`,
    );
    const failed = this.failed > 0 ? `, ${this.failed} not passed` : '';
    lines.push(`  ${this.done}/${this.total} shards done, ${this.running.size} running${failed}`);
    this.out.write(lines.map((line) => `${line.slice(0, width)}\n`).join(''));
    this.drawnLines = lines.length;
  }
}
