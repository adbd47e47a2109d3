// The generated action pages (docs/actions/<name>.md, from each <name>/action.yml by scripts/action-docs.mjs)
// are current: CI fails when an action.yml changed and `npm run docs:actions` was not run.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  findActionNames,
  renderActionPage,
  renderAllActionDocs,
  REPO_ROOT,
  staleActionDocsMessage,
} from '../../../scripts/action-docs.mjs';

const ACTIONS = findActionNames();

async function committed(file: string): Promise<string | undefined> {
  const absolute = path.join(REPO_ROOT, file);
  return existsSync(absolute) ? readFile(absolute, 'utf8') : undefined;
}

describe('docs/actions', () => {
  test('finds every top-level action', () => {
    expect(ACTIONS).toEqual(
      expect.arrayContaining(['provision', 'seed', 'run-matrix', 'aggregate-report', 'teardown', 'notify']),
    );
  });

  test('every generated page is the committed one', async () => {
    const expected = await renderAllActionDocs();
    expect([...expected.keys()].sort()).toEqual(
      [...ACTIONS.map((name) => `docs/actions/${name}.md`), 'docs/actions/README.md'].sort(),
    );
    const stale: string[] = [];
    for (const [file, content] of expected) if ((await committed(file)) !== content) stale.push(file);
    if (stale.length) throw new Error(staleActionDocsMessage(stale));
  });

  test.each(ACTIONS)('%s/README.md links to its generated page', async (name) => {
    const readme = await readFile(path.join(REPO_ROOT, name, 'README.md'), 'utf8');
    expect(readme).toContain(`](../docs/actions/${name}.md)`);
  });

  test('a page shows inputs, defaults verbatim, outputs and the post step', async () => {
    const page = await renderActionPage(
      await readFile(path.join(REPO_ROOT, 'provision/action.yml'), 'utf8'),
      'provision',
    );
    expect(page).toMatch(/^# provision\n/);
    expect(page).toContain('uses: org/testpipe/provision@v1');
    expect(page).toMatch(/\| `job-status` +\| no +\| `\$\{\{ job.status \}\}` +\|/);
    expect(page).toMatch(/\| `state-key` +\| The Terraform state key of this environment\. +\|/);
    expect(page).toContain('- `runs.using`: `node24`');
    expect(page).toContain('- post step: `../dist/provision/post.js`, run if `always()`');
    expect(page).toContain('Generated from provision/action.yml by `npm run docs:actions`; do not edit.');
  });

  test('a changed action.yml gives a different page, so a stale one fails the check above', async () => {
    const yamlText = await readFile(path.join(REPO_ROOT, 'seed/action.yml'), 'utf8');
    const changed = yamlText.replace(
      /^inputs:\n/m,
      "inputs:\n  replica-url:\n    description: 'A | read replica\n\n      to check too.'\n    required: true\n",
    );
    expect(changed).not.toBe(yamlText);
    const before = await renderActionPage(yamlText, 'seed');
    const after = await renderActionPage(changed, 'seed');
    expect(after).not.toBe(before);
    // The new input, required, with `|` escaped and its line break kept inside the table row.
    expect(after).toMatch(/\| `replica-url` +\| yes +\| +\| A \\\| read replica<br>to check too\. +\|/);
    expect(after).toContain('    replica-url: ... # required');
    expect(staleActionDocsMessage(['docs/actions/seed.md'])).toBe(
      'docs/actions/seed.md is not what the action.yml files say: run `npm run docs:actions` and commit the result.',
    );
  });
});
