import { isUserError } from '@testpipe/core/input-support';
import { handleClosedPipes } from './closed-pipe.js';
import { commands } from './commands.js';
import { closestWord } from './did-you-mean.js';
import { EXIT, exitCodeOfError } from './exit-codes.js';
import { CLI_VERSION } from './version.js';

function usage(): string {
  const lines = ['Usage: testpipe <command> [options]', '', 'Commands:'];
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push('', 'Options:', '  -h, --help     show this help', '  -v, --version  print the version');
  lines.push('  --debug        print debug lines, and the stack of an unexpected error');
  lines.push('', 'Run `testpipe <command> --help` for the options of one command.');
  return lines.join('\n');
}

/** Runs the CLI with argv (without node and script); resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  handleClosedPipes();
  const debug = argv.includes('--debug');
  const [first, ...rest] = argv.filter((arg) => arg !== '--debug');
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(`${usage()}\n`);
    return first === undefined ? EXIT.usage : 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${CLI_VERSION}\n`);
    return 0;
  }
  const listed = commands.find((c) => c.name === first);
  const commandNames = commands.map((c) => c.name);
  if (!listed) {
    const guess = closestWord(first, commandNames);
    process.stderr.write(
      `testpipe: unknown command "${first}"${guess ? `; did you mean ${guess}?` : '.'}\n\n${usage()}\n`,
    );
    return EXIT.usage;
  }
  const command = await listed.load();
  if (rest.includes('-h') || rest.includes('--help')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, { debug });
  } catch (error) {
    return reportError(command.name, command.usage, error, debug);
  }
}

/** The one place errors become exit codes: a user error is one line saying what to do, anything else is a bug. */
function reportError(name: string, commandUsage: string, error: unknown, debug: boolean): number {
  if (isUserError(error)) {
    const help = error.kind === 'usage' ? `\n\n${commandUsage}` : '';
    process.stderr.write(`testpipe ${name}: ${error.message}${help}\n`);
    return exitCodeOfError(error);
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`testpipe ${name} failed unexpectedly: ${failure.message}\n`);
  process.stderr.write(debug ? `${failure.stack ?? ''}\n` : 'Run it again with --debug to see where.\n');
  return exitCodeOfError(error);
}
