// Re-keys pytest-split timings the way aggregate-report keys them (file::module.Class::name), so the
// bench can check that the planner finds every pytest node id's timing under its core test id.
import type { Timings } from '@testpipe/core';

/** `tests/test_x.py::TestA::test_b[p::q]` → `tests/test_x.py::tests.test_x.TestA::test_b[p::q]`. */
export function coreIdOfNodeId(nodeId: string): string {
  const separator = nodeId.indexOf('::');
  const file = nodeId.slice(0, separator);
  const rest = nodeId.slice(separator + 2);
  const bracket = rest.indexOf('[');
  const head = bracket < 0 ? rest : rest.slice(0, bracket);
  const parts = head.split('::');
  const name = parts.pop()! + (bracket < 0 ? '' : rest.slice(bracket));
  const module = file.replace(/\.py$/, '').split('/').join('.');
  return `${file}::${[module, ...parts].join('.')}::${name}`;
}

export function withCoreIds(timings: Timings): Timings {
  const tests: Timings['tests'] = {};
  for (const [nodeId, entry] of Object.entries(timings.tests)) tests[coreIdOfNodeId(nodeId)] = entry;
  return { ...timings, tests };
}
