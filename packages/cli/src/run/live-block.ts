// A block of lines at the bottom of a terminal, redrawn in place so its times move; lines printed above it
// scroll up as permanent output. `testpipe run`'s shard progress and `testpipe pipeline`'s board draw with it.

export interface TerminalOutput {
  write(text: string): unknown;
  columns?: number;
}

const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export class LiveBlock {
  private drawnLines = 0;
  private frame = 0;
  private readonly timer: NodeJS.Timeout;

  /** `render` gives the block's lines for this frame's spinner character, each cut to the terminal's width. */
  constructor(
    private readonly out: TerminalOutput,
    private readonly render: (spinner: string) => string[],
    refreshMs: number,
  ) {
    this.timer = setInterval(() => this.redraw(), refreshMs);
    this.timer.unref();
  }

  /** Columns a line may use without wrapping (which would break the redraw). */
  get width(): number {
    return Math.max(20, (this.out.columns || 80) - 1);
  }

  /** A permanent line above the block. */
  above(text: string): void {
    this.erase();
    this.out.write(`${text}\n`);
    this.redraw();
  }

  redraw(): void {
    this.erase();
    const lines = this.render(SPINNER[this.frame++ % SPINNER.length]!);
    this.out.write(lines.map((line) => `${line}\n`).join(''));
    this.drawnLines = lines.length;
  }

  /** Erases the block for good; later output is plain. */
  stop(): void {
    clearInterval(this.timer);
    this.erase();
  }

  private erase(): void {
    // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
    if (this.drawnLines > 0) this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
    this.drawnLines = 0;
  }
}
