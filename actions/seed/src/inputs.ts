import {
  readBooleanInput,
  readDurationInput,
  readEnumInput,
  readOptionalInput,
  readSecretInput,
} from '@testpipe/github/inputs';

export interface SeedActionInputs {
  databaseUrl?: string;
  sourceUrl?: string;
  waitFor: string;
  timeoutMs: number;
  checkWritable: boolean;
  migrations?: string;
  allowDrift: boolean;
  validateOnly: boolean;
  datasets?: string;
  dataset?: string;
  mask: boolean;
  force: boolean;
  loadMethod: 'copy' | 'insert';
  junitPath: string;
  envFile?: string;
}

const DEFAULT_TIMEOUT_MS = 120_000;

/** The URL's password on its own: the runner masks only exact values, and the password may print alone. */
export function passwordOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}

/** Reads and validates the inputs, naming the input in every error; database URLs are masked first. */
export function readInputs(): SeedActionInputs {
  const databaseUrl = readSecretInput('database-url') || undefined;
  const sourceUrl = readSecretInput('source-url') || undefined;
  return {
    databaseUrl,
    sourceUrl,
    waitFor: readOptionalInput('wait-for') ?? '',
    timeoutMs: readDurationInput('timeout') ?? DEFAULT_TIMEOUT_MS,
    checkWritable: readBooleanInput('check-writable', false),
    migrations: readOptionalInput('migrations'),
    allowDrift: readBooleanInput('allow-drift', false),
    validateOnly: readBooleanInput('validate-only', false),
    datasets: readOptionalInput('datasets'),
    dataset: readOptionalInput('dataset'),
    mask: readBooleanInput('mask', true),
    force: readBooleanInput('force', false),
    loadMethod: readEnumInput('load-method', ['copy', 'insert'] as const, 'copy'),
    junitPath: readOptionalInput('junit-path') ?? 'testpipe-results/seed/seed-checks.xml',
    envFile: readOptionalInput('env-file'),
  };
}
