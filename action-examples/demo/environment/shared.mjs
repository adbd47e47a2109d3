// What start.mjs, stop.mjs and daemon.mjs agree on: the state directory, its files, and process checks.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';

export const OUTPUTS_FILE = 'outputs.json';
export const SUPERVISOR_PID_FILE = 'supervisor.pid';
export const LOG_FILE = 'environment.log';
export const PGDATA_DIR = 'pgdata';
/** Names PostgreSQL's data directory when it is not <dir>/pgdata (as root it lives in the temp directory). */
export const PGDATA_PATH_FILE = 'pgdata.path';
/** The prefix of that directory in the OS temp directory. */
export const ROOT_PGDATA_PREFIX = 'testpipe-demo-pgdata-';

/** The environment's PostgreSQL data directory. */
export function pgdataDir(dir) {
  try {
    return readFileSync(path.join(dir, PGDATA_PATH_FILE), 'utf8').trim();
  } catch {
    return path.join(dir, PGDATA_DIR);
  }
}

/** $TESTPIPE_ENVIRONMENT_DIR as an absolute path (relative ones start at the current directory). */
export function environmentDir(script) {
  const dir = process.env.TESTPIPE_ENVIRONMENT_DIR;
  if (!dir) {
    console.error(
      `${script}: TESTPIPE_ENVIRONMENT_DIR is not set: give the directory that holds this environment's state, ` +
        'e.g. TESTPIPE_ENVIRONMENT_DIR=.state/demo node start.mjs',
    );
    process.exit(2);
  }
  return path.resolve(dir);
}

export function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** A pid from a file's first line, or undefined. */
export function readPid(file) {
  try {
    const pid = Number(readFileSync(file, 'utf8').split('\n')[0].trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Sends `signal` to a process group (or the process when it has none); true if it was delivered. */
export function signalGroup(pid, signal) {
  for (const target of [-pid, pid]) {
    try {
      process.kill(target, signal);
      return true;
    } catch {
      // not a group leader, or already gone: try the next form
    }
  }
  return false;
}

export async function waitUntil(check, timeoutMs, intervalMs = 100) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
