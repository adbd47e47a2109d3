// Our full pipeline on one file: streaming ingest, merge into a run, compute metrics.
import { performance } from 'node:perf_hooks';
import { RunBuilder, computeMetrics, ingestFile } from '@testpipe/core';
import { errorMessage, fileArgument, reportAndExit } from './report.js';

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(2)} s`;

const path = fileArgument();
const started = performance.now();
try {
  const builder = new RunBuilder();
  let records = 0;
  const file = await ingestFile(path, (record) => {
    records++;
    builder.add(record, { path });
  });
  builder.addFile(file);
  const ingested = performance.now();
  const run = builder.build();
  const built = performance.now();
  computeMetrics(run);
  const finished = performance.now();
  const phases = `ingest+add ${seconds(started, ingested)}, build ${seconds(ingested, built)}, metrics ${seconds(built, finished)}`;
  const problems = [
    run.tests.length === records ? '' : `${run.tests.length} tests after merge`,
    file.errors.length === 0 ? '' : `${file.errors.length} ingest errors, first: ${file.errors[0]?.message}`,
  ].filter(Boolean);
  reportAndExit({
    ok: true,
    ms: finished - started,
    testcases: records,
    phases,
    notes: problems.join('; ') || undefined,
  });
} catch (error) {
  reportAndExit({ ok: false, error: errorMessage(error) });
}
