// A reader that went away (`testpipe metrics --json | head`) is not an error: stop writing, quietly. Most
// commands then exit at once; one that must clean up after itself (pipeline: teardown) keeps running.
let keepRunning = false;

/** From now on a closed stdout or stderr only silences it: the command finishes (and tears down). */
export function keepRunningWhenOutputCloses(): void {
  keepRunning = true;
}

export function handleClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      if (!keepRunning) process.exit(process.exitCode ?? 0);
      stream.write = () => true;
    });
  }
}
