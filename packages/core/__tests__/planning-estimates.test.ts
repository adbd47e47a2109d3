import { isSameTest, parseTestKey, planShards, type PlanShardsInput } from '../src/planning/index.js';
import type { Timings } from '../src/timings/types.js';

function timings(
  tests: Record<string, [file: string | undefined, ms: number]>,
  files: Record<string, number> = {},
): Timings {
  return {
    schemaVersion: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    runs: 1,
    tests: Object.fromEntries(
      Object.entries(tests).map(([id, [file, durationMs]]) => [
        id,
        { ...(file ? { file } : {}), suite: 's', durationMs, samples: 1, lastSeen: 1 },
      ]),
    ),
    files: Object.fromEntries(
      Object.entries(files).map(([file, durationMs]) => [file, { durationMs, tests: 1, samples: 1, lastSeen: 1 }]),
    ),
  };
}

/** Plans each unit alone (shards = units) so a shard's predictedMs is that unit's estimate. */
function estimatesOf(input: Omit<PlanShardsInput, 'shards' | 'suite'>): Record<string, number> {
  const plan = planShards({ ...input, suite: 's', shards: input.units.length });
  return Object.fromEntries(plan.shards.map((shard) => [shard.units[0]!, shard.predictedMs]));
}

describe('pytest node id ↔ core test id', () => {
  const core = timings({
    'tests/test_x.py::tests.test_x.TestA::test_b[p]': ['tests/test_x.py', 1100],
    'tests/test_x.py::tests.test_x::test_free': ['tests/test_x.py', 1200],
    'tests/test_x.py::tests.test_x.TestA.TestInner::test_c': ['tests/test_x.py', 1300],
    'tests/test_x.py::::test_no_classname': ['tests/test_x.py', 1400],
    'tests/test_y.py::test_y.TestA::test_b[a::b [x]]': ['tests/test_y.py', 1500],
    'tests/test_x.py::tests.test_x.TestOther::test_b[q]': ['tests/test_x.py', 1600],
  });

  it('finds the timing of each pytest node id recorded under its core id', () => {
    const units = [
      'tests/test_x.py::TestA::test_b[p]',
      'tests/test_x.py::test_free',
      'tests/test_x.py::TestA::TestInner::test_c',
      'tests/test_x.py::test_no_classname',
      'tests/test_y.py::TestA::test_b[a::b [x]]',
    ];
    const plan = planShards({
      suite: 's',
      units: units.map((id) => ({ id })),
      granularity: 'test',
      timings: core,
      shards: 5,
    });
    expect(plan.estimates.known).toBe(5);
    expect(plan.knownShare).toBe(1);
    expect(estimatesOf({ units: units.map((id) => ({ id })), granularity: 'test', timings: core })).toEqual({
      'tests/test_x.py::TestA::test_b[p]': 1100,
      'tests/test_x.py::test_free': 1200,
      'tests/test_x.py::TestA::TestInner::test_c': 1300,
      'tests/test_x.py::test_no_classname': 1400,
      'tests/test_y.py::TestA::test_b[a::b [x]]': 1500,
    });
  });

  it('does not take the timing of a same-named test in another class, another file, or another parameter', () => {
    const units = [
      'tests/test_x.py::TestB::test_b[p]',
      'tests/test_x.py::test_b[p]',
      'tests/test_z.py::TestA::test_b[p]',
      'tests/test_x.py::TestA::test_b[r]',
    ];
    const plan = planShards({
      suite: 's',
      units: units.map((id) => ({ id })),
      granularity: 'test',
      timings: core,
      shards: 1,
    });
    expect(plan.estimates.known).toBe(0);
  });

  it('reads both spellings into the same parts', () => {
    const nodeId = parseTestKey('tests/test_x.py::TestA::test_b[p::q]')!;
    const coreId = parseTestKey('tests/test_x.py::tests.test_x.TestA::test_b[p::q]')!;
    expect(nodeId).toEqual({ file: 'tests/test_x.py', classSegments: ['TestA'], name: 'test_b[p::q]' });
    expect(coreId.classSegments).toEqual(['tests', 'test_x', 'TestA']);
    expect(isSameTest(nodeId, coreId)).toBe(true);
    expect(isSameTest(nodeId, parseTestKey('tests/test_x.py::other.test_x.TestA::test_b[p::q]')!)).toBe(false);
    expect(parseTestKey('tests/test_x.py')).toBeUndefined();
  });
});

describe('estimates fallback chain (test granularity)', () => {
  const known = timings({
    'tests/unit/test_a.py::test_1': ['tests/unit/test_a.py', 1000],
    'tests/unit/test_a.py::test_2': ['tests/unit/test_a.py', 3000],
    'tests/unit/test_a.py::test_3': ['tests/unit/test_a.py', 8000],
    'tests/unit/test_b.py::test_1': ['tests/unit/test_b.py', 20_000],
    'tests/other/test_c.py::test_1': ['tests/other/test_c.py', 500],
  });

  it('uses the file median, then the nearest directory, then the suite median, and counts each source', () => {
    const units = [
      'tests/unit/test_a.py::test_1', // known: 1000
      'tests/unit/test_b.py::test_1', // known: 20000
      'tests/unit/test_a.py::test_new', // file median of 1000, 3000, 8000: 3000
      'tests/unit/test_new.py::test_x', // tests/unit median of 1000, 3000, 8000, 20000: 5500
      'tests/unit/deep/test_d.py::test_x', // nearest known directory is tests/unit: 5500
      'elsewhere/test_e.py::test_x', // suite: median of the known units 1000, 20000: 10500
    ].map((id) => ({ id }));
    expect(estimatesOf({ units, granularity: 'test', timings: known })).toEqual({
      'tests/unit/test_a.py::test_1': 1000,
      'tests/unit/test_b.py::test_1': 20_000,
      'tests/unit/test_a.py::test_new': 3000,
      'tests/unit/test_new.py::test_x': 5500,
      'tests/unit/deep/test_d.py::test_x': 5500,
      'elsewhere/test_e.py::test_x': 10_500,
    });
    const plan = planShards({ suite: 's', units, granularity: 'test', timings: known, shards: 2 });
    expect(plan.estimates).toEqual({ known: 2, file: 1, directory: 2, suite: 1, default: 0 });
    expect(plan.knownShare).toBe(0.3333);
  });

  it("uses the unit's file when the id does not name one (a go test name)", () => {
    const units = [{ id: 'TestParse', file: 'tests/unit/test_a.py' }];
    const plan = planShards({ suite: 's', units, granularity: 'test', timings: known, shards: 1 });
    expect(plan.estimates.file).toBe(1);
    expect(plan.makespanMs).toBe(3000);
  });

  it('falls back to the median of all timings when no unit is known, and to 1 s with no timings', () => {
    const units = [{ id: 'new/test_n.py::test_1' }, { id: 'new/test_n.py::test_2' }];
    const fromTimings = planShards({ suite: 's', units, granularity: 'test', timings: known, shards: 1 });
    expect(fromTimings.estimates.suite).toBe(2);
    expect(fromTimings.makespanMs).toBe(2 * 3000);
    const nothing = planShards({ suite: 's', units, granularity: 'test', shards: 1 });
    expect(nothing.estimates).toEqual({ known: 0, file: 0, directory: 0, suite: 0, default: 2 });
    expect(nothing.makespanMs).toBe(2000);
    expect(nothing.knownShare).toBe(0);
  });
});

describe('estimates by file', () => {
  const byFile = timings(
    {
      'tests/a/test_summed.py::test_1': ['tests/a/test_summed.py', 700],
      'tests/a/test_summed.py::test_2': ['tests/a/test_summed.py', 800],
    },
    { 'tests/a/test_one.py': 4000, './tests/a/test_two.py': 6000, 'tests/b/test_three.py': 90_000 },
  );

  it("reads timings.files, sums a file's tests when it is not listed, then uses its directory's median file", () => {
    const units = ['tests/a/test_one.py', 'tests/a/test_two.py', 'tests/a/test_summed.py', 'tests/a/test_new.py'];
    expect(estimatesOf({ units: units.map((id) => ({ id })), granularity: 'file', timings: byFile })).toEqual({
      'tests/a/test_one.py': 4000,
      'tests/a/test_two.py': 6000,
      'tests/a/test_summed.py': 1500,
      'tests/a/test_new.py': 4000, // median of 1500, 4000, 6000 in tests/a
    });
    const plan = planShards({
      suite: 's',
      units: units.map((id) => ({ id })),
      granularity: 'file',
      timings: byFile,
      shards: 2,
    });
    expect(plan.estimates).toEqual({ known: 2, file: 1, directory: 1, suite: 0, default: 0 });
  });
});
