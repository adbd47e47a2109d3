// Preloaded (`node -r`) only in the peak-RSS runs of bench/cold-start.ts, never in the timed runs: on exit it
// writes process.resourceUsage().maxRSS (KiB) to fd 3, a pipe the bench opens, as bench/lib/measure.ts's
// children report their own maxRSS. CommonJS with process.getBuiltinModule (Node ≥ 20.16) because an ESM
// preload (`--import`) would start the ESM loader in `node -e 0` and add ~2.5 MB to the baseline.
process.on('exit', () => {
  try {
    process.getBuiltinModule('node:fs').writeSync(3, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // fd 3 is not open (run by hand): nothing to report to
  }
});
