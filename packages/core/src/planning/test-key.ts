// Reads test keys of both spellings so a pytest node id finds the timing recorded under a core test id:
//   pytest node id  tests/test_x.py::TestA::test_b[p]
//   core test id    tests/test_x.py::tests.test_x.TestA::test_b[p]   (file::classname::name)
import { normaliseTestFile } from '../merge/test-identity.js';

export interface TestKey {
  file: string;
  /** Class path split on "::" and ".", e.g. ['tests', 'test_x', 'TestA'] or ['TestA']. */
  classSegments: string[];
  /** Last name segment with its parameters, e.g. `test_b[p]`. */
  name: string;
}

/**
 * Splits `file::a::b::name[params]`; "::" inside the parameters (pytest ids may hold any text
 * there) is not a separator. Returns undefined for a key without "::" (a bare file or name).
 */
export function parseTestKey(key: string): TestKey | undefined {
  const separator = key.indexOf('::');
  if (separator <= 0) return undefined;
  const rest = key.slice(separator + 2);
  const bracket = rest.indexOf('[');
  const head = bracket < 0 ? rest : rest.slice(0, bracket);
  const params = bracket < 0 ? '' : rest.slice(bracket);
  const parts = head.split('::');
  const last = parts.pop() ?? '';
  if (last === '' && params === '') return undefined;
  return {
    file: normaliseTestFile(key.slice(0, separator)),
    classSegments: parts.flatMap((part) => part.split('.')).filter((segment) => segment !== ''),
    name: last + params,
  };
}

/** `tests/unit/test_x.py` → ['tests', 'unit', 'test_x']: the module path a JUnit classname starts with. */
export function moduleSegments(file: string): string[] {
  const segments = file.split('/').filter((segment) => segment !== '');
  const base = segments.pop() ?? '';
  const dot = base.lastIndexOf('.');
  segments.push(dot > 0 ? base.slice(0, dot) : base);
  return segments;
}

function endsWith(whole: readonly string[], tail: readonly string[]): boolean {
  if (tail.length > whole.length) return false;
  const offset = whole.length - tail.length;
  return tail.every((segment, index) => whole[offset + index] === segment);
}

/**
 * Same file and name, and one class path is the other with a module prefix: pytest writes
 * `TestA`, JUnit writes `tests.test_x.TestA` (or `test_x.TestA` with another rootdir).
 */
export function isSameTest(a: TestKey, b: TestKey): boolean {
  if (a.file !== b.file || a.name !== b.name) return false;
  const [shorter, longer] =
    a.classSegments.length <= b.classSegments.length
      ? [a.classSegments, b.classSegments]
      : [b.classSegments, a.classSegments];
  if (!endsWith(longer, shorter)) return false;
  const prefix = longer.slice(0, longer.length - shorter.length);
  return endsWith(moduleSegments(a.file), prefix);
}

/** Parent directories, nearest first: `a/b/c.py` → ['a/b', 'a']; a top-level file has none. */
export function ancestorDirectories(file: string): string[] {
  const directories: string[] = [];
  let path = file;
  for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/')) {
    path = path.slice(0, slash);
    directories.push(path);
  }
  return directories;
}
