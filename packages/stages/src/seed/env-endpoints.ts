// Endpoints from provision's env.json: `${outputs.NAME}` in wait-for lines and URLs, and the database URL
// (outputs.database_url) when none is given — a database provision made, so this pipeline owns it.
import { ConfigurationError, readEnvFile, type EnvironmentFile } from '@testpipe/core';

export interface ResolvedEndpoints {
  databaseUrl?: string;
  databaseCreatedByPipeline: boolean;
  waitFor: string;
  pipelineId?: string;
}

const PLACEHOLDER = /\$\{outputs\.([A-Za-z0-9_-]+)\}/g;

function substitute(text: string, env: EnvironmentFile | undefined, what: string): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = env?.outputs[name];
    if (value === undefined) {
      const known = env ? Object.keys(env.outputs).join(', ') || 'none' : 'no env-file given';
      throw new ConfigurationError(
        `${what} uses \${outputs.${name}}, which env.json does not have (outputs: ${known}).`,
      );
    }
    return typeof value === 'string' ? value : JSON.stringify(value);
  });
}

export async function resolveEndpoints(input: {
  envFile?: string;
  databaseUrl?: string;
  databaseCreatedByPipeline: boolean;
  waitFor: string;
  databaseUrlName: string;
}): Promise<ResolvedEndpoints> {
  const env = input.envFile ? await readEnvFile(input.envFile) : undefined;
  const waitFor = substitute(input.waitFor, env, 'wait-for');
  if (input.databaseUrl) {
    return {
      databaseUrl: substitute(input.databaseUrl, env, input.databaseUrlName),
      databaseCreatedByPipeline: input.databaseCreatedByPipeline,
      waitFor,
      pipelineId: env?.pipelineId,
    };
  }
  const provisioned = env?.outputs.database_url;
  return {
    databaseUrl: typeof provisioned === 'string' ? provisioned : undefined,
    databaseCreatedByPipeline: input.databaseCreatedByPipeline || typeof provisioned === 'string',
    waitFor,
    pipelineId: env?.pipelineId,
  };
}
