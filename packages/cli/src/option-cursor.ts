import { UsageError } from './usage-error.js';

/** Walks a command's arguments: each `--flag` (or `--flag=value`), its value when asked, and operands. */
export class OptionCursor {
  private index = -1;
  private inline: string | undefined;
  /** The argument as given. */
  arg = '';
  /** The argument without its `=value`. */
  flag = '';

  constructor(private readonly args: readonly string[]) {}

  /** Moves to the next argument; false at the end. */
  next(): boolean {
    this.index += 1;
    const arg = this.args[this.index];
    if (arg === undefined) return false;
    const split = arg.startsWith('--') && arg.includes('=');
    this.arg = arg;
    this.flag = split ? arg.slice(0, arg.indexOf('=')) : arg;
    this.inline = split ? arg.slice(arg.indexOf('=') + 1) : undefined;
    return true;
  }

  /** The flag's value: after `=`, else the next argument; missing, empty or another flag is a UsageError. */
  value(): string {
    const value = this.inline ?? this.args[++this.index];
    if (value === undefined || value === '' || (this.inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`${this.flag} needs a value.`);
    }
    return value;
  }

  /** Names after the flag: `--suite a --suite b`, `--suite a,b` and `--suite a b` all give a and b. */
  names(): string[] {
    const names = [this.value()];
    if (this.inline === undefined) {
      while (this.args[this.index + 1] !== undefined && !this.args[this.index + 1]!.startsWith('-')) {
        names.push(this.args[++this.index]!);
      }
    }
    return names
      .flatMap((name) => name.split(','))
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }

  /** An option (`-x`, `--x`), not an operand; `-` alone is an operand (standard input). */
  get isOption(): boolean {
    return this.flag.startsWith('-') && this.flag !== '-';
  }
}
