// `testpipe <command> ...` exactly as packages/cli/bin/testpipe.js runs it (the CLI's own main, from
// packages/cli/src, bundled with the other children): no bench-only mode. Time and peak RSS are
// reported by the preload cli-probe.cjs, not here, since stdout is the command's own output.
import { main } from '../../packages/cli/src/main.js';

process.exitCode = await main(process.argv.slice(2));
