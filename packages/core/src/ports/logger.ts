/** The one logging port: the action binds it to @actions/core, the CLI to a terminal, tests to memory. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `body` inside a collapsible group (the action log), or under a heading (a terminal). */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything: for stages run where nobody reads the log. */
export const nullLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, body) => body(),
};

/** Every message also goes to `write` (a shard's output.log), warnings and errors with their level. */
export function teeLogger(logger: Logger, write: (line: string) => void): Logger {
  return {
    debug: (message) => logger.debug(message),
    info: (message) => (logger.info(message), write(message)),
    warning: (message) => (logger.warning(message), write(`warning: ${message}`)),
    error: (message) => (logger.error(message), write(`error: ${message}`)),
    group: (name, body) => logger.group(name, body),
  };
}
