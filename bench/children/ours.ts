// Our full pipeline on one file: streaming ingest, merge, metrics. The builder keeps only what
// metrics need (retain: 'metrics') and computes Metrics from its columns, as aggregate-report
// can for very large runs; builder.build() + computeMetrics(run) give the same Metrics.
import { performance } from 'node:perf_hooks';
import { RunBuilder, ingestFile } from '@testpipe/core';
import { errorMessage, fileArgument, reportAndExit } from './report.js';

const seconds = (from: number, to: number): string => `${((to - from) / 1000).toFixed(2)} s`;

const path = fileArgument();
const started = performance.now();
try {
  const builder = new RunBuilder({ retain: 'metrics' });
  let records = 0;
  const file = await ingestFile(path, (record) => {
    records++;
    builder.add(record, { path });
  });
  builder.addFile(file);
  const ingested = performance.now();
  const metrics = builder.metrics();
  const finished = performance.now();
  const phases = `ingest+add ${seconds(started, ingested)}, metrics ${seconds(ingested, finished)}`;
  const problems = [
    metrics.total === records ? '' : `${metrics.total} tests after merge`,
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
