import { isUserError } from '@testpipe/core/input-support';
import { handleClosedPipes } from './closed-pipe.js';
import { commands } from './commands.js';
import { closestWord } from './did-you-mean.js';
import { CLI_VERSION } from './version.js';

export const USAGE_EXIT_CODE = 2;
/** The machine or a service is not as needed (a path that cannot be written, a program missing). */
export const ENVIRONMENT_EXIT_CODE = 3;
/** Not the user's to fix: a bug, or something unforeseen. */
export const INTERNAL_EXIT_CODE = 70;

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
    return first === undefined ? USAGE_EXIT_CODE : 0;
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
    return USAGE_EXIT_CODE;
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
    return error.kind === 'environment' ? ENVIRONMENT_EXIT_CODE : USAGE_EXIT_CODE;
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  process.stderr.write(`testpipe ${name} failed unexpectedly: ${failure.message}\n`);
  process.stderr.write(debug ? `${failure.stack ?? ''}\n` : 'Run it again with --debug to see where.\n');
  return INTERNAL_EXIT_CODE;
}
