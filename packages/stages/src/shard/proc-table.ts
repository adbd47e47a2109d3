// Linux's process table as /proc shows it: who is whose parent, in which session and group, since when,
// and whether a process inherited a given environment variable. Elsewhere (no /proc) every read is empty.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface ProcEntry {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  /** One letter: R, S, D, Z (zombie: exited, not yet reaped)... */
  state: string;
  /** Clock ticks after boot: with the pid, it names one process even once the pid is reused. */
  startTime: number;
}

export const procAvailable = existsSync('/proc/self/stat');

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // gone, or not ours to read
  }
}

/** Parses /proc/<pid>/stat; the command name (2nd field) may hold spaces and parentheses. */
export function parseProcStat(text: string): ProcEntry | undefined {
  const close = text.lastIndexOf(')');
  if (close < 0) return undefined;
  const pid = Number.parseInt(text, 10);
  const fields = text
    .slice(close + 2)
    .trim()
    .split(' ');
  const entry = {
    pid,
    state: fields[0] ?? '?',
    ppid: Number(fields[1]),
    pgid: Number(fields[2]),
    sid: Number(fields[3]),
    startTime: Number(fields[19]),
  };
  return Number.isInteger(entry.pid) && Number.isFinite(entry.startTime) ? entry : undefined;
}

export function readProcEntry(pid: number): ProcEntry | undefined {
  const text = readText(`/proc/${pid}/stat`);
  return text === undefined ? undefined : parseProcStat(text);
}

/** Every process this user can see. */
export function listProcEntries(): ProcEntry[] {
  if (!procAvailable) return [];
  const entries: ProcEntry[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const entry = readProcEntry(Number(name));
    if (entry) entries.push(entry);
  }
  return entries;
}

/** The process was started with `name=value` in its environment (inherited from an ancestor). */
export function hasEnvironmentEntry(pid: number, name: string, value: string): boolean {
  const environ = readText(`/proc/${pid}/environ`);
  return environ !== undefined && `\0${environ}\0`.includes(`\0${name}=${value}\0`);
}

/** The command line of a process, for messages: "sleep 75"; '' once it is gone. */
export function commandLineOf(pid: number): string {
  const raw = readText(`/proc/${pid}/cmdline`) ?? '';
  const line = raw.split('\0').filter(Boolean).join(' ');
  if (line) return line;
  const stat = readText(`/proc/${pid}/stat`) ?? '';
  return stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
}
