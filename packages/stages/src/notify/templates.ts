// Message templates a user can override with a file, rendered with Eta (https://eta.js.org). The data is
// the NotifyMessage (`it`), documented in notify/README.md. `<%= %>` escapes for the channel's format
// (Slack mrkdwn inside a JSON string, Teams text inside a JSON string, HTML for email, nothing for the
// plain-text email); `<%~ %>` inserts raw, for values the template author vouches for.
import { readFile } from 'node:fs/promises';
import { ConfigurationError } from '@testpipe/core';
import { escapeHtml, escapeSlackText, teamsPlainText } from './escape.js';

export type TemplateFormat = 'slack-json' | 'teams-json' | 'html' | 'text';

/** Content of a JSON string literal, without the quotes. */
function jsonStringContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}

const ESCAPES: Record<TemplateFormat, (value: unknown) => string> = {
  'slack-json': (value) => jsonStringContent(escapeSlackText(String(value ?? ''))),
  'teams-json': (value) => jsonStringContent(teamsPlainText(String(value ?? ''))),
  html: (value) => escapeHtml(String(value ?? '')),
  text: (value) => String(value ?? ''),
};

/** Renders the template file `file` with `data`; a broken template is a ConfigurationError naming the input. */
export async function renderTemplateFile(
  file: string,
  input: string,
  format: TemplateFormat,
  data: object,
): Promise<string> {
  let source: string;
  try {
    source = await readFile(file, 'utf8');
  } catch (error) {
    throw new ConfigurationError(`Input "${input}": cannot read the template ${file} (${(error as Error).message}).`);
  }
  const { Eta } = await import('eta');
  const eta = new Eta({ autoEscape: true, escapeFunction: ESCAPES[format], autoTrim: false, useWith: false });
  try {
    return eta.renderString(source, data);
  } catch (error) {
    throw new ConfigurationError(`Input "${input}": the template ${file} failed: ${(error as Error).message}`);
  }
}

/** Parses what a JSON template rendered, naming the template when it is not JSON. */
export function parseTemplateJson(text: string, file: string, input: string): Record<string, unknown> {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch (error) {
    throw new ConfigurationError(
      `Input "${input}": the template ${file} did not render JSON (${(error as Error).message}). Use <%= %> for values: it escapes them for a JSON string.`,
    );
  }
  throw new ConfigurationError(`Input "${input}": the template ${file} must render a JSON object.`);
}
