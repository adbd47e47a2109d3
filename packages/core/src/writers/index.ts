export { toCtrfReport, type CtrfMeta, type CtrfReport, type CtrfTest, type CtrfRetryAttempt } from './ctrf-report.js';
export { writeMergedJUnit, type MergedJUnitOptions } from './junit-writer.js';
export { toXmlSafe, escapeXmlText, escapeXmlAttribute } from './xml-text.js';
export { writePrettyJson } from './json-stream.js';
