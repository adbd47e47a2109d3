// Formats the shard bench as a Markdown table plus one PASS/MISS line per target.

export interface ShardBenchRow {
  shards: number;
  oursByTest: number;
  oursByFile: number;
  jestShard: number;
  durationChunks: number;
  planMsByTest: number;
  planMsByFile: number;
}

export const TARGET_BY_TEST = 1.02;
export const TARGET_BY_FILE = 1.05;

const ratio = (value: number): string => value.toFixed(4);

export function formatShardTable(rows: readonly ShardBenchRow[]): string {
  const header = [
    'N',
    'ours by test',
    'ours by file',
    'jest --shard (file)',
    'pytest-split chunks (test)',
    'plan time ms (test / file)',
  ];
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) {
    const cells = [
      String(row.shards),
      ratio(row.oursByTest),
      ratio(row.oursByFile),
      ratio(row.jestShard),
      ratio(row.durationChunks),
      `${row.planMsByTest.toFixed(0)} / ${row.planMsByFile.toFixed(0)}`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

export function formatShardTargets(rows: readonly ShardBenchRow[]): string {
  const check = (label: string, target: number, pick: (row: ShardBenchRow) => number): string => {
    const misses = rows.filter((row) => pick(row) > target).map((row) => `N=${row.shards}`);
    const worst = Math.max(...rows.map(pick));
    return `${misses.length === 0 ? 'PASS' : 'MISS'}  ${label} ≤ ${target} at every N (worst ${ratio(worst)}${
      misses.length ? `; missed at ${misses.join(', ')}` : ''
    })`;
  };
  return [
    check('ours by test: makespan / lower bound', TARGET_BY_TEST, (row) => row.oursByTest),
    check('ours by file: makespan / lower bound', TARGET_BY_FILE, (row) => row.oursByFile),
  ].join('\n');
}
