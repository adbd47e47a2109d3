/** The ids that name a job to the results service; GitHub puts them in the runtime token's `scp` claim. */
export interface BackendIds {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
}

const RESULTS_SCOPE = 'Actions.Results';
const TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;

function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** An unsigned JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN; @actions/artifact only decodes it. */
export function createRuntimeToken(ids: BackendIds, issuedAtSeconds = Math.floor(Date.now() / 1000)): string {
  const header = { typ: 'JWT', alg: 'none' };
  const claims = {
    iss: 'https://token.actions.githubusercontent.localhost',
    aud: 'vso:testpipe-artifact-service',
    nbf: issuedAtSeconds,
    iat: issuedAtSeconds,
    exp: issuedAtSeconds + TOKEN_LIFETIME_SECONDS,
    scp: [
      'Actions.GenericRead:00000000-0000-0000-0000-000000000000',
      `Actions.UploadArtifacts:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
      `${RESULTS_SCOPE}:${ids.workflowRunBackendId}:${ids.workflowJobRunBackendId}`,
    ].join(' '),
  };
  return `${base64UrlJson(header)}.${base64UrlJson(claims)}.`;
}

/** Reads the Actions.Results scope out of a runtime token, or undefined when the token carries none. */
export function backendIdsFromToken(token: string): BackendIds | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined || payload === '') return undefined;
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof claims !== 'object' || claims === null) return undefined;
  const scp = (claims as { scp?: unknown }).scp;
  if (typeof scp !== 'string') return undefined;
  for (const scope of scp.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== RESULTS_SCOPE || parts.length !== 3) continue;
    const [, workflowRunBackendId = '', workflowJobRunBackendId = ''] = parts;
    if (workflowRunBackendId === '' || workflowJobRunBackendId === '') return undefined;
    return { workflowRunBackendId, workflowJobRunBackendId };
  }
  return undefined;
}
