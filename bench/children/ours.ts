// Our full pipeline on one file: streaming ingest, merge into a run, compute metrics.
import { performance } from 'node:perf_hooks';
import { RunBuilder, computeMetrics, ingestFile } from '@testpipe/core';
import { errorMessage, fileArgument, reportAndExit } from './report.js';

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
  const run = builder.build();
  const metrics = computeMetrics(run);
  const ms = performance.now() - started;
  const notes = [
    run.tests.length === records ? '' : `${run.tests.length} tests after merge`,
    file.errors.length === 0 ? '' : `${file.errors.length} ingest errors, first: ${file.errors[0]?.message}`,
    metrics ? '' : 'no metrics',
  ].filter(Boolean);
  reportAndExit({ ok: true, ms, testcases: records, notes: notes.join('; ') || undefined });
} catch (error) {
  reportAndExit({ ok: false, error: errorMessage(error) });
}
