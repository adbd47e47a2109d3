// Starts the demo environment (embedded PostgreSQL + shop API) under a detached supervisor (daemon.mjs) and
// returns once it wrote $TESTPIPE_ENVIRONMENT_DIR/outputs.json: {api_url, database_url, source_url}.
// Used by main.tf (local-exec) and, without Terraform, by the pipeline directly. Exit 0 ready, 1 failed, 2 usage.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import {
  environmentDir,
  isRunning,
  LOG_FILE,
  OUTPUTS_FILE,
  pgdataDir,
  readPid,
  signalGroup,
  SUPERVISOR_PID_FILE,
  waitUntil,
} from './shared.mjs';

const READY_TIMEOUT_MS = 60_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = environmentDir('start.mjs');
const outputsFile = path.join(dir, OUTPUTS_FILE);

function readOutputs() {
  try {
    return JSON.parse(readFileSync(outputsFile, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Only names and the API URL: the database URLs hold the password. */
function announce(outputs, verb) {
  console.log(`demo environment ${verb}: api_url=${outputs.api_url}; outputs in ${outputsFile}`);
}

const running = readPid(path.join(dir, SUPERVISOR_PID_FILE));
if (running && isRunning(running) && readOutputs()) {
  announce(readOutputs(), 'already running');
  process.exit(0);
}

// The supervisor (not root) reads pgdata's parent: traversable, while outputs.json itself is 0600.
mkdirSync(dir, { recursive: true, mode: 0o711 });
rmSync(outputsFile, { force: true });
const logFile = path.join(dir, LOG_FILE);
const logFd = openSync(logFile, 'a', 0o600);
const supervisor = spawn(process.execPath, [path.join(here, 'daemon.mjs')], {
  cwd: dir,
  detached: true,
  stdio: ['ignore', logFd, logFd],
  env: { ...process.env, TESTPIPE_ENVIRONMENT_DIR: dir },
});
closeSync(logFd);
supervisor.unref();
let exited = false;
supervisor.once('exit', () => (exited = true));

const ready = await waitUntil(() => exited || readOutputs() !== undefined, READY_TIMEOUT_MS, 150);
const outputs = readOutputs();
if (ready && outputs && !exited) {
  announce(outputs, 'ready');
  process.exit(0);
}

const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n') : '(no log)';
console.error(
  `start.mjs: the environment ${exited ? 'supervisor exited' : `was not ready within ${READY_TIMEOUT_MS / 1000} s`}; ` +
    `last lines of ${logFile}:\n${tail}`,
);
if (supervisor.pid && isRunning(supervisor.pid)) signalGroup(supervisor.pid, 'SIGKILL');
const postmaster = readPid(path.join(pgdataDir(dir), 'postmaster.pid'));
if (postmaster && isRunning(postmaster)) signalGroup(postmaster, 'SIGKILL');
process.exit(1);
