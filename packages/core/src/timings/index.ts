export * from './types.js';
export { buildTimings, movingAverage, type BuildTimingsOptions } from './build-timings.js';
export { parseTimings } from './parse-timings.js';
export { fromPytestSplitDurations } from './pytest-split.js';
export { TimingsFormatError } from './timings-format-error.js';
export { measureSuiteOverheads, mergeSuiteOverheads } from './suite-overhead.js';
