/** The seed action's defaults; action.yml repeats them, and the CLI uses them. */
export const SEED_DEFAULTS = {
  timeout: '120s',
  'junit-path': 'testpipe-results/seed/seed-checks.xml',
  mask: true,
  'load-method': 'copy',
} as const;
