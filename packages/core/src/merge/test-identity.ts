/** Normalises a report path so the same file reads the same from every shard and OS. */
export function normaliseTestFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

/**
 * The stable identity of a test: (file or suite, classname, name), per DESIGN "Counting tests".
 * Parts are joined with "::" and always three, so "a::b::c" cannot be read two ways by us.
 */
export function testId(record: { suite: string; classname?: string; name: string; file?: string }): string {
  const scope = record.file ? normaliseTestFile(record.file) : record.suite;
  return `${scope}::${record.classname ?? ''}::${record.name}`;
}

/** Orders ids by UTF-16 code units (as `<` does): the same order on every machine and locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
