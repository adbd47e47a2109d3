// The running shop API the pipeline provisioned: its URL comes from the environment's api_url output.
import process from 'node:process';

export function apiUrl() {
  const url = process.env.TESTPIPE_API_URL;
  if (!url)
    throw new Error('TESTPIPE_API_URL is not set: run this suite in the pipeline, or export the URL of the shop API');
  return url.replace(/\/$/, '');
}

/** A request to the API; resolves to { status, body } with the body parsed as JSON. */
export async function call(method, path, body) {
  const response = await fetch(`${apiUrl()}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
