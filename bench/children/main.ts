// Entry of the bundled bench children (bench/lib/measure.ts bundles this file with ncc):
// `node index.js <method> <file>` runs children/<method>.ts, each loaded only when chosen (ncc
// writes every dynamic import as its own chunk), so a child's RSS holds no other method's code.
const method = process.argv[2];
process.argv.splice(2, 1); // the child reads its file (or the CLI its argv) from argv[2]
switch (method) {
  case 'cli':
    await import('./cli.js');
    break;
  case 'fxp':
    await import('./fxp.js');
    break;
  case 'floor':
    await import('./floor.js');
    break;
  case 'baseline':
    await import('./baseline.js');
    break;
  default:
    throw new Error(`unknown bench child "${method}"`);
}
