// Writes one Markdown page per action, docs/actions/<name>.md, from its <name>/action.yml (inputs, outputs,
// defaults, runtime), and the index docs/actions/README.md. The pages are checked to be current by
// packages/testkit/__tests__/action-docs.test.ts, which renders them with the same functions.
//
//   node scripts/action-docs.mjs           (npm run docs:actions) write the pages
//   node scripts/action-docs.mjs --check   exit 1 and name the stale pages instead of writing
//
// The Markdown is passed through prettier with the repository's configuration, so `prettier --check .` accepts
// the generated files as they are.
import { readdirSync, existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { parse } from 'yaml';

export const REPO_ROOT = path.resolve(fileURLToPath(import.meta.url), '../..');
export const ACTION_DOCS_DIR = 'docs/actions';
const REGENERATE = 'npm run docs:actions';

/** The top-level folders holding an action.yml: the actions users write as org/testpipe/<name>@v1. */
export function findActionNames(root = REPO_ROOT) {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .filter((entry) => existsSync(path.join(root, entry.name, 'action.yml')))
    .map((entry) => entry.name)
    .sort();
}

/** A code span that survives any backticks inside `text`. */
function code(text) {
  const longest = Math.max(0, ...(String(text).match(/`+/g) ?? []).map((ticks) => ticks.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$|^\s.*\s$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A table cell: newlines as <br>, `|` escaped (inside code spans too: GFM splits the row first). */
function cell(text) {
  return text.trim().replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/**
 * Prose for a table cell: outside code spans, `\`, `*`, `_` at a word edge and `<` are escaped, so a glob such as
 * reports/**\/*.xml or a placeholder such as <run_id> reads as written instead of as emphasis or an HTML tag.
 */
function prose(text) {
  return String(text ?? '')
    .split(/(`+[^`]*`+)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\\/g, '\\\\')
            .replace(/\*/g, '\\*')
            .replace(/(^|\W)_|_(?=\W|$)/g, (match) => match.replace('_', '\\_'))
            .replace(/</g, '&lt;'),
    )
    .join('');
}

function defaultCell(input) {
  if (!('default' in input) || input.default === null || input.default === undefined) return '';
  const value = String(input.default);
  return value === '' ? code("''") : code(value);
}

function isRequired(input) {
  return input.required === true || input.required === 'true';
}

/** The page of one action, from the text of its action.yml (before prettier; see renderActionPage). */
export function renderActionMarkdown(actionYamlText, name) {
  const action = parse(actionYamlText) ?? {};
  const inputs = Object.entries(action.inputs ?? {});
  const outputs = Object.entries(action.outputs ?? {});
  const runs = action.runs ?? {};
  const lines = [`# ${name}`, ''];
  lines.push(`${code(String(action.name ?? name))}: ${prose(action.description ?? '')}`, '');
  lines.push(`Examples, permissions and details: [${name}/README.md](../../${name}/README.md).`, '');

  const required = inputs.filter(([, input]) => isRequired(input ?? {}));
  lines.push('```yaml', `- id: ${name}`, `  uses: org/testpipe/${name}@v1`);
  if (required.length) {
    lines.push('  with:');
    for (const [inputName] of required) lines.push(`    ${inputName}: ... # required`);
  }
  lines.push('```', '');

  lines.push('## Inputs', '');
  if (inputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| name | required | default | description |', '| --- | --- | --- | --- |');
    for (const [inputName, raw] of inputs) {
      const input = raw ?? {};
      const row = [code(inputName), isRequired(input) ? 'yes' : 'no', defaultCell(input), prose(input.description)];
      lines.push(`| ${row.map(cell).join(' | ')} |`);
    }
    lines.push('');
    if (inputs.some(([, input]) => String(input?.default ?? '').includes('${{')))
      lines.push('A default in `${{ }}` is an expression the runner evaluates when the step starts.', '');
  }

  lines.push('## Outputs', '');
  if (outputs.length === 0) lines.push('None.', '');
  else {
    lines.push('| name | description |', '| --- | --- |');
    for (const [outputName, output] of outputs)
      lines.push(`| ${[code(outputName), prose(output?.description)].map(cell).join(' | ')} |`);
    lines.push('');
    lines.push(`Read one as ${code(`\${{ steps.${name}.outputs.${outputs[0][0]} }}`)}.`, '');
  }

  lines.push('## Runtime', '');
  lines.push(`- \`runs.using\`: ${code(String(runs.using ?? ''))}`);
  if (runs.main !== undefined) lines.push(`- main: ${code(String(runs.main))}`);
  if (runs.pre !== undefined) lines.push(`- pre step: ${code(String(runs.pre))}`);
  if (runs.post !== undefined) {
    const postIf = runs['post-if'] === undefined ? "always() (the runner's default)" : code(String(runs['post-if']));
    lines.push(`- post step: ${code(String(runs.post))}, run if ${postIf}`);
  }
  lines.push('');
  lines.push('---', '');
  lines.push(`Generated from ${name}/action.yml by \`${REGENERATE}\`; do not edit.`, '');
  return lines.join('\n');
}

/** The index of the action pages, docs/actions/README.md (before prettier). */
export function renderActionIndexMarkdown(actions) {
  const lines = ['# Actions', ''];
  lines.push(
    'Each action is used as `org/testpipe/<name>@v1`. One page per action, generated from its action.yml:',
    '',
  );
  lines.push('| action | what it does |', '| --- | --- |');
  for (const { name, actionYamlText } of actions) {
    const action = parse(actionYamlText) ?? {};
    lines.push(`| ${[`[${name}](${name}.md)`, prose(action.description ?? '')].map(cell).join(' | ')} |`);
  }
  lines.push('', '---', '', `Generated from the action.yml files by \`${REGENERATE}\`; do not edit.`, '');
  return lines.join('\n');
}

async function formatMarkdown(markdown, filepath) {
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(markdown, { ...options, filepath, parser: 'markdown' });
}

/** docs/actions/<name>.md for the text of <name>/action.yml, formatted as committed. */
export async function renderActionPage(actionYamlText, name) {
  return formatMarkdown(
    renderActionMarkdown(actionYamlText, name),
    path.join(REPO_ROOT, ACTION_DOCS_DIR, `${name}.md`),
  );
}

/** docs/actions/README.md for the given actions ({ name, actionYamlText }), formatted as committed. */
export async function renderActionIndex(actions) {
  return formatMarkdown(renderActionIndexMarkdown(actions), path.join(REPO_ROOT, ACTION_DOCS_DIR, 'README.md'));
}

/** Every generated file: repository-relative path → expected content, rendered from the action.yml files. */
export async function renderAllActionDocs(root = REPO_ROOT) {
  const actions = [];
  for (const name of findActionNames(root))
    actions.push({ name, actionYamlText: await readFile(path.join(root, name, 'action.yml'), 'utf8') });
  const files = new Map();
  for (const { name, actionYamlText } of actions)
    files.set(`${ACTION_DOCS_DIR}/${name}.md`, await renderActionPage(actionYamlText, name));
  files.set(`${ACTION_DOCS_DIR}/README.md`, await renderActionIndex(actions));
  return files;
}

/** The generated files whose committed copy is missing or differs. */
export async function findStaleActionDocs(root = REPO_ROOT) {
  const stale = [];
  for (const [file, expected] of await renderAllActionDocs(root)) {
    const actual = existsSync(path.join(root, file)) ? await readFile(path.join(root, file), 'utf8') : undefined;
    if (actual !== expected) stale.push(file);
  }
  return stale;
}

export function staleActionDocsMessage(stale) {
  return `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} not what the action.yml files say: run \`${REGENERATE}\` and commit the result.`;
}

async function main() {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  if (values.check) {
    const stale = await findStaleActionDocs();
    if (stale.length) {
      console.error(staleActionDocsMessage(stale));
      process.exitCode = 1;
    } else console.log('The action pages in docs/actions/ are current.');
    return;
  }
  await mkdir(path.join(REPO_ROOT, ACTION_DOCS_DIR), { recursive: true });
  const files = await renderAllActionDocs();
  for (const [file, content] of files) await writeFile(path.join(REPO_ROOT, file), content);
  console.log(`Wrote ${[...files.keys()].join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
