import { commands } from './commands.js';
import { CLI_VERSION } from './version.js';

export const USAGE_EXIT_CODE = 2;

function usage(): string {
  const lines = ['Usage: testpipe <command> [options]', '', 'Commands:'];
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
  lines.push('', 'Options:', '  -h, --help     show this help', '  -v, --version  print the version');
  lines.push('', 'Run `testpipe <command> --help` for the options of one command.');
  return lines.join('\n');
}

/** Runs the CLI with argv (without node and script); resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    process.stdout.write(`${usage()}\n`);
    return first === undefined ? USAGE_EXIT_CODE : 0;
  }
  if (first === '-v' || first === '--version') {
    process.stdout.write(`${CLI_VERSION}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    process.stderr.write(`testpipe: unknown command "${first}".\n\n${usage()}\n`);
    return USAGE_EXIT_CODE;
  }
  return command.run(rest);
}
