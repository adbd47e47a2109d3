import * as core from '@actions/core';
import type { Logger } from '@testpipe/core';

/** The Logger port bound to the runner's log: warnings and errors become annotations, groups fold. */
export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  error: (message) => core.error(message),
  group: (name, body) => core.group(name, body),
};
