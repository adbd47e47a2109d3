// The few runner commands an action needs before it knows its inputs are usable: read an input, mask a
// secret, fail the step. They are the runner's plain protocol (environment variables and `::command::`
// lines, as @actions/core writes them), kept free of imports so that an action reaches its first input
// error without loading @actions/core and its HTTP client; everything else loads after the inputs.
import { EOL } from 'node:os';

/** As @actions/core escapes a command's data: %, CR and LF. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function issueCommand(command: string, data: string): void {
  process.stdout.write(`::${command}::${escapeData(data)}${EOL}`);
}

/** The input as the runner passes it (INPUT_<NAME>, spaces to _), trimmed; '' when not given. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Masks a value in the runner's log from now on. */
export function maskSecret(value: string): void {
  if (value) issueCommand('add-mask', value);
}

/** Fails the step with one error annotation; the process then ends with exit code 1. */
export function failStep(message: string): void {
  process.exitCode = 1;
  issueCommand('error', message);
}
