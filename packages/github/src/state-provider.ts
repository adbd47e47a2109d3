// Main and post steps share what the post step needs (what to tear down, where) through a StateProvider:
// the runner's GITHUB_STATE (saveState in main, STATE_* in post), or a null variant for a standalone run.
import * as core from '@actions/core';

export interface StateProvider {
  /** Saved for the post step of this action, as JSON. */
  save(name: string, value: unknown): void;
  /** What main saved under `name`, or undefined when it saved nothing (it failed first, or there is no post). */
  read<T>(name: string): T | undefined;
}

/** The runner's state: main's saveState reaches post as STATE_<name>. */
export const runnerStateProvider: StateProvider = {
  save: (name, value) => core.saveState(name, JSON.stringify(value)),
  read<T>(name: string): T | undefined {
    const value = core.getState(name);
    if (value === '') return undefined;
    try {
      return JSON.parse(value) as T;
    } catch {
      return undefined;
    }
  },
};

/** For a step without a post step, or the CLI: saves in memory, so one process can still read it back. */
export function memoryStateProvider(): StateProvider {
  const saved = new Map<string, string>();
  return {
    save: (name, value) => void saved.set(name, JSON.stringify(value)),
    read: <T>(name: string) => {
      const value = saved.get(name);
      return value === undefined ? undefined : (JSON.parse(value) as T);
    },
  };
}
