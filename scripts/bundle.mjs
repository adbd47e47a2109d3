// Bundles every implemented action (actions/<name>/src/index.ts, post.ts) and the CLI with @vercel/ncc.
// Output: dist/<name>/index.js (+ post.js) and packages/cli/dist/index.js, each beside a package.json
// with {"type":"module"} so Node loads the bundle as ESM.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const only = process.argv.slice(2);

function build(entry, outDir, outName) {
  const tmp = `${outDir}.tmp-${outName}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(
    process.execPath,
    [ncc, 'build', entry, '-o', tmp, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  mkdirSync(outDir, { recursive: true });
  renameSync(path.join(tmp, 'index.js'), path.join(outDir, outName));
  if (existsSync(path.join(tmp, 'licenses.txt')))
    renameSync(path.join(tmp, 'licenses.txt'), path.join(outDir, 'licenses.txt'));
  // ncc writes each dynamic import() as a chunk beside the entry (`<id>.index.js`), which the entry
  // loads by relative path at run time: a bundle without its chunks fails on the first import().
  for (const chunk of readdirSync(tmp).filter((file) => file.endsWith('.js'))) {
    const target = path.join(outDir, chunk);
    if (existsSync(target) && readFileSync(target, 'utf8') !== readFileSync(path.join(tmp, chunk), 'utf8')) {
      throw new Error(`${path.relative(root, target)} already exists with other content (main and post chunks clash)`);
    }
    renameSync(path.join(tmp, chunk), target);
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(path.join(outDir, 'package.json'), '{\n  "type": "module"\n}\n');
  console.log(`bundled ${path.relative(root, entry)} -> ${path.relative(root, path.join(outDir, outName))}`);
}

const actionsDir = path.join(root, 'actions');
const names = existsSync(actionsDir)
  ? readdirSync(actionsDir).filter((n) => existsSync(path.join(actionsDir, n, 'src', 'index.ts')))
  : [];
for (const name of names.sort()) {
  if (only.length && !only.includes(name)) continue;
  const outDir = path.join(root, 'dist', name);
  rmSync(outDir, { recursive: true, force: true });
  build(path.join(actionsDir, name, 'src', 'index.ts'), outDir, 'index.js');
  const post = path.join(actionsDir, name, 'src', 'post.ts');
  if (existsSync(post)) build(post, outDir, 'post.js');
}
if (!only.length || only.includes('cli')) {
  const outDir = path.join(root, 'packages', 'cli', 'dist');
  rmSync(outDir, { recursive: true, force: true });
  build(path.join(root, 'packages', 'cli', 'src', 'index.ts'), outDir, 'index.js');
}
