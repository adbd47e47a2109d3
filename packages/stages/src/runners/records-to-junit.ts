import { RunBuilder, writeMergedJUnit, type TestCaseRecord } from '@testpipe/core';

/** Writes converted records (jest JSON, go test -json, an exit code) as JUnit XML via core's writer. */
export async function writeRecordsAsJUnit(
  records: readonly TestCaseRecord[],
  path: string,
  name: string,
): Promise<void> {
  const builder = new RunBuilder();
  for (const record of records) builder.add(record, { path });
  await writeMergedJUnit(builder.build(), path, { name });
}
