// Ctrl-C during `testpipe pipeline`, as GitHub's cancel treats a job: the first stops the work (Terraform
// gets one interrupt, the shards stop, the report is still written) and the environment is torn down as
// the post step would; the second kills the tests' processes at once; the third stops the teardown too.
import { killAllProcessTreesNow } from '@testpipe/stages';
import { EXIT } from '../exit-codes.js';

export class PipelineInterrupts {
  /** Aborted by the first signal: provision, seed and the shards. */
  readonly work = new AbortController();
  /** Aborted by the third: the teardown stops (Terraform gets one interrupt and keeps the state consistent). */
  readonly teardown = new AbortController();
  count = 0;
  private readonly onSignal = (signal: NodeJS.Signals): void => this.received(signal);

  constructor(private readonly say: (line: string) => void) {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  dispose(): void {
    process.removeListener('SIGINT', this.onSignal);
    process.removeListener('SIGTERM', this.onSignal);
  }

  private received(signal: NodeJS.Signals): void {
    this.count += 1;
    if (this.count === 1) {
      this.say(
        `${signal}: stopping; the report is still written and the environment torn down. Press Ctrl-C again to kill the tests at once.`,
      );
      this.work.abort(new Error(`Interrupted by ${signal}.`));
    } else if (this.count === 2) {
      killAllProcessTreesNow();
      this.say(
        `${signal} again: killed the tests' processes. Ctrl-C once more stops the teardown (the environment may be left).`,
      );
    } else if (this.count === 3) {
      this.say(`${signal} again: stopping the teardown; run \`testpipe teardown\` for what is left.`);
      this.teardown.abort(new Error(`Interrupted by ${signal}.`));
    } else {
      process.exit(EXIT.interrupted);
    }
  }
}
