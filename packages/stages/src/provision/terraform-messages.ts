// What Terraform's output says about a failure: a state lock held by someone (and its lock info), a
// transient error worth retrying, the plan's counts.

export interface LockInfo {
  id: string;
  path?: string;
  operation?: string;
  who?: string;
  version?: string;
  created?: string;
}

const LOCK_FIELDS: Record<string, keyof LockInfo> = {
  ID: 'id',
  Path: 'path',
  Operation: 'operation',
  Who: 'who',
  Version: 'version',
  Created: 'created',
};

export function isStateLocked(output: string): boolean {
  return /Error acquiring the state lock/i.test(output);
}

/** The "Lock Info:" block Terraform prints when a lock is held or could not be released. */
export function parseLockInfo(output: string): LockInfo | undefined {
  const start = output.indexOf('Lock Info:');
  if (start === -1) return undefined;
  const info: Partial<LockInfo> = {};
  for (const line of output.slice(start).split('\n').slice(1, 10)) {
    const match = /^[\s│]*(ID|Path|Operation|Who|Version|Created):\s*(.*)$/.exec(line);
    if (match) info[LOCK_FIELDS[match[1]!]!] = match[2]!.trim();
  }
  return info.id ? (info as LockInfo) : undefined;
}

/** Errors that another attempt may not meet: network, registry, backend throttling. */
export function isTransientTerraformError(output: string): boolean {
  return /timeout|timed out|connection (refused|reset)|no such host|TLS handshake|temporary failure|503|502|504|429|SlowDown|RequestTimeTooSkewed|EOF/i.test(
    output,
  );
}

export interface PlanCounts {
  add: number;
  change: number;
  destroy: number;
}

/** The counts of "Plan: 1 to add, 0 to change, 0 to destroy."; zeros for "No changes.". */
export function parsePlanCounts(output: string): PlanCounts | undefined {
  const match = /Plan: (\d+) to add, (\d+) to change, (\d+) to destroy/.exec(output);
  if (match) return { add: Number(match[1]), change: Number(match[2]), destroy: Number(match[3]) };
  if (/No changes\./.test(output)) return { add: 0, change: 0, destroy: 0 };
  return undefined;
}

/** The last lines of a command's output, for an error message. */
export function tailOf(text: string, lines = 15): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
