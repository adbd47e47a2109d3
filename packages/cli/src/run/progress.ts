// How `testpipe run` shows its shards: a redrawn status block on a terminal, plain lines elsewhere
// (CI logs, pipes, tests), so a log never fills with cursor escapes.
import type { ShardOutcome } from '@testpipe/stages';
import { formatDuration } from '@testpipe/core';
import { LiveBlock, type TerminalOutput } from './live-block.js';

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
    private readonly out: TerminalOutput,
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

/**
 * A block at the bottom of the terminal: one line per running shard with its elapsed time, then the
 * counts. Finished shards and messages are printed above it as permanent lines; it is redrawn every
 * `refreshMs` so the times move.
 */
export class TerminalProgress implements ShardProgress {
  private readonly running = new Map<string, { startedAt: number; units: number }>();
  private done = 0;
  private failed = 0;
  private readonly block: LiveBlock;

  constructor(
    out: TerminalOutput,
    private readonly total: number,
    private readonly now: () => number = Date.now,
    refreshMs = 500,
  ) {
    this.block = new LiveBlock(out, (spinner) => this.lines(spinner), refreshMs);
    this.block.redraw();
  }

  started(shard: string, units: number): void {
    this.running.set(shard, { startedAt: this.now(), units });
    this.block.redraw();
  }

  finished(shard: string, outcome: ShardOutcome, durationMs: number): void {
    this.running.delete(shard);
    this.done += 1;
    if (outcome.status !== 'passed') this.failed += 1;
    this.block.above(finishedLine(shard, outcome, durationMs));
  }

  crashed(shard: string, error: Error, durationMs: number): void {
    this.running.delete(shard);
    this.done += 1;
    this.failed += 1;
    this.block.above(crashedLine(shard, error, durationMs));
  }

  message(text: string): void {
    this.block.above(text);
  }

  stop(): void {
    this.block.stop();
  }

  private lines(spinner: string): string[] {
    const nameWidth = Math.max(0, ...[...this.running.keys()].map((name) => name.length));
    const lines = [...this.running].map(
      ([name, shard]) =>
        `  ${spinner} ${name.padEnd(nameWidth)}  ${formatDuration(this.now() - shard.startedAt).padStart(9)}  ` +
        `${shard.units} unit${shard.units === 1 ? '' : 's'}`,
    );
    const failed = this.failed > 0 ? `, ${this.failed} not passed` : '';
    lines.push(`  ${this.done}/${this.total} shards done, ${this.running.size} running${failed}`);
    return lines.map((line) => line.slice(0, this.block.width));
  }
}
