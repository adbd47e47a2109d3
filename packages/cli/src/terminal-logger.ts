import type { Logger } from '@testpipe/core';

export interface TerminalLoggerOptions {
  /** Where info lines go: stdout, or stderr when stdout carries the command's result. */
  info: NodeJS.WritableStream;
  /** Print debug lines (--debug). */
  debug?: boolean;
}

/** The Logger port bound to a terminal: warnings and errors to stderr with their level, groups as a heading. */
export function terminalLogger(options: TerminalLoggerOptions): Logger {
  const line = (stream: NodeJS.WritableStream, text: string) => void stream.write(`${text}\n`);
  return {
    debug: (message) => (options.debug ? line(process.stderr, `debug: ${message}`) : undefined),
    info: (message) => line(options.info, message),
    warning: (message) => line(process.stderr, `warning: ${message}`),
    error: (message) => line(process.stderr, `error: ${message}`),
    group: (name, body) => (line(options.info, name), body()),
  };
}
