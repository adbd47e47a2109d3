// Preloaded (`node -r`) into the bench's CLI children: on exit it writes one JSON line to fd 3, a pipe
// the bench opens: the time from this preload to exit (loading the CLI's code and the whole command)
// and process.resourceUsage().maxRSS. CommonJS with process.getBuiltinModule (Node >= 20.16): an ESM
// preload would start the ESM loader before the measured program.
const { performance } = process.getBuiltinModule('node:perf_hooks');
const started = performance.now();
process.on('exit', (code) => {
  const ms = performance.now() - started;
  try {
    const line = JSON.stringify({ ms, maxRssMiB: process.resourceUsage().maxRSS / 1024, exitCode: code });
    process.getBuiltinModule('node:fs').writeSync(3, `${line}\n`);
  } catch {
    // fd 3 is not open (run by hand): nothing to report to
  }
});
