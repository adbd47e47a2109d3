// Stops the demo environment start.mjs started and removes $TESTPIPE_ENVIRONMENT_DIR. Idempotent: a missing
// directory means it is already gone. Exit 0 when nothing of it is left running, 1 otherwise.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import {
  environmentDir,
  isRunning,
  pgdataDir,
  readPid,
  signalGroup,
  SUPERVISOR_PID_FILE,
  waitUntil,
} from './shared.mjs';

const GRACE_MS = 15_000;
const dir = environmentDir('stop.mjs');
if (!existsSync(dir)) {
  console.log(`demo environment already stopped (${dir} does not exist)`);
  process.exit(0);
}

const supervisor = readPid(path.join(dir, SUPERVISOR_PID_FILE));
const pgdata = pgdataDir(dir);
const postmasterFile = path.join(pgdata, 'postmaster.pid');
const postmaster = readPid(postmasterFile);
if (supervisor && isRunning(supervisor)) {
  // The supervisor alone first: it stops the API, then PostgreSQL with a fast shutdown, in that order.
  process.kill(supervisor, 'SIGTERM');
  if (!(await waitUntil(() => !isRunning(supervisor), GRACE_MS))) {
    console.error(
      `stop.mjs: the supervisor (pid ${supervisor}) did not stop within ${GRACE_MS / 1000} s; killing its group`,
    );
    signalGroup(supervisor, 'SIGKILL');
    await waitUntil(() => !isRunning(supervisor), 5_000);
  }
}
// A PostgreSQL left behind (supervisor killed earlier): it wrote its pid into the data directory.
const leftover = readPid(postmasterFile) ?? postmaster;
if (leftover && isRunning(leftover)) {
  process.kill(leftover, 'SIGINT');
  if (!(await waitUntil(() => !isRunning(leftover), 10_000))) {
    signalGroup(leftover, 'SIGKILL');
    await waitUntil(() => !isRunning(leftover), 5_000);
  }
}
const alive = [supervisor, leftover].filter((pid) => pid && isRunning(pid));
if (alive.length > 0) {
  console.error(`stop.mjs: still running: pid ${alive.join(', ')}; ${dir} is kept for inspection`);
  process.exit(1);
}
rmSync(pgdata, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });
console.log('demo environment stopped');
