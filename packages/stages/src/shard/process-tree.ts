// Everything one spawned program started, found even once it left the program's process group, session
// or parentage (a `setsid` daemon, an orphan re-parented to init): by process group and session, by
// parent chain (snapshotted while the program runs, so orphans stay known), and by a marker in the
// environment that every descendant inherits. A known process is its pid and start time, so a reused
// pid is never signalled. Without /proc (macOS) only the process group is reached.
import { randomUUID } from 'node:crypto';
import { systemClock, type Clock } from '@testpipe/core';
import {
  commandLineOf,
  hasEnvironmentEntry,
  listProcEntries,
  procAvailable,
  readProcEntry,
  type ProcEntry,
} from './proc-table.js';

/** The environment variable that marks a tree's processes; its value is the tree's own id. */
export const PROCESS_TREE_ENV = 'TESTPIPE_PROCESS_TREE';
const SNAPSHOT_INTERVAL_MS = 400;
const POLL_MS = 50;
/** After SIGKILL, how long to wait for the processes to be gone. */
const KILL_WAIT_MS = 2000;

export interface TrackedProcess {
  pid: number;
  startTime: number;
  /** Its command line when first seen, for messages. */
  command: string;
}

const runningTrees = new Set<ProcessTree>();

/** SIGKILLs every process tree this process runs, synchronously: for a second Ctrl-C, just before exit. */
export function killAllProcessTreesNow(): void {
  for (const tree of runningTrees) tree.killNow();
}

function send(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // ESRCH: gone
  }
}

export class ProcessTree {
  private readonly marker = randomUUID();
  private root: number | undefined;
  private readonly known = new Map<number, TrackedProcess>();
  private snapshots: NodeJS.Timeout | undefined;
  private killAt = Infinity;
  private terminating: Promise<TrackedProcess[]> | undefined;

  constructor(private readonly clock: Clock = systemClock) {}

  /** Goes into the program's environment; its descendants inherit it. */
  get environment(): Record<string, string> {
    return { [PROCESS_TREE_ENV]: this.marker };
  }

  /** Starts tracking the program `pid`, which leads its own session and process group (spawned detached). */
  track(pid: number): void {
    this.root = pid;
    runningTrees.add(this);
    this.snapshot(false);
    this.snapshots = setInterval(() => this.snapshot(false), SNAPSHOT_INTERVAL_MS);
    this.snapshots.unref();
  }

  dispose(): void {
    clearInterval(this.snapshots);
    runningTrees.delete(this);
  }

  /** Tracked processes still running (a zombie has exited: it only waits to be reaped). */
  living(): TrackedProcess[] {
    const alive: TrackedProcess[] = [];
    for (const tracked of this.known.values()) {
      const entry = readProcEntry(tracked.pid);
      if (entry && entry.startTime === tracked.startTime && entry.state !== 'Z') alive.push(tracked);
      else this.known.delete(tracked.pid);
    }
    return alive;
  }

  /**
   * SIGTERM to the whole tree, SIGKILL to what is left after `graceMs`; resolves, once all are gone, to
   * the processes that were running when it began. A later call only shortens the grace.
   */
  terminate(graceMs: number): Promise<TrackedProcess[]> {
    this.killAt = Math.min(this.killAt, this.clock.now() + Math.max(0, graceMs));
    return (this.terminating ??= this.runTermination());
  }

  /** SIGKILL to the whole tree, now. */
  killNow(): void {
    this.killAt = 0;
    this.snapshot(true);
    this.signal('SIGKILL');
  }

  private async runTermination(): Promise<TrackedProcess[]> {
    this.snapshot(true);
    const running = this.living().map((tracked) => ({
      ...tracked,
      command: commandLineOf(tracked.pid) || tracked.command,
    }));
    this.signal('SIGTERM');
    while (this.clock.now() < this.killAt && this.anyAlive()) await this.clock.sleep(POLL_MS);
    this.killNow();
    for (let waited = 0; waited < KILL_WAIT_MS && this.anyAlive(); waited += POLL_MS) {
      await this.clock.sleep(POLL_MS);
    }
    return running;
  }

  private anyAlive(): boolean {
    if (this.root === undefined) return false;
    return procAvailable ? this.living().length > 0 : send(-this.root, 0);
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.root === undefined) return;
    send(-this.root, signal);
    for (const tracked of this.living()) send(tracked.pid, signal);
  }

  /** Adds the tree's current processes to the known ones; `byEnvironment` also reads every environment. */
  private snapshot(byEnvironment: boolean): void {
    const root = this.root;
    if (root === undefined || !procAvailable) return;
    const table = listProcEntries().filter((entry) => entry.pid !== process.pid && entry.state !== 'Z');
    const members = new Set<number>();
    for (const entry of table) {
      const known = this.known.get(entry.pid);
      if (
        entry.pid === root ||
        entry.pgid === root ||
        entry.sid === root ||
        known?.startTime === entry.startTime ||
        (byEnvironment && hasEnvironmentEntry(entry.pid, PROCESS_TREE_ENV, this.marker))
      ) {
        members.add(entry.pid);
      }
    }
    // Children of members are members, however deep.
    for (let added = true; added;) {
      added = false;
      for (const entry of table) {
        if (!members.has(entry.pid) && members.has(entry.ppid)) {
          members.add(entry.pid);
          added = true;
        }
      }
    }
    for (const entry of table) if (members.has(entry.pid)) this.remember(entry);
  }

  private remember(entry: ProcEntry): void {
    if (this.known.get(entry.pid)?.startTime === entry.startTime) return;
    this.known.set(entry.pid, { pid: entry.pid, startTime: entry.startTime, command: commandLineOf(entry.pid) || '?' });
  }
}
