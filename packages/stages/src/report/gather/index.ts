export {
  gatherResults,
  type GatherResultsInput,
  type GatheredArtifact,
  type GatheredResults,
} from './gather-results.js';
export { classifyResultEntry, artifactNameMatcher, type ResultEntryKind } from './result-entries.js';
export { dropShardCtrfBesideRawReports } from './report-files.js';
export type { OutsideWorkspaceOption, OutsideWorkspacePolicy } from './outside-workspace.js';
