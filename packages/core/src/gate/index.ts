export {
  evaluateGate,
  noResultsVerdict,
  FAIL_ON,
  IF_NO_RESULTS,
  type FailOn,
  type IfNoResults,
  type GateVerdict,
} from './evaluate-gate.js';
export { describePassRate, isBelowMinPassRate } from './exact-pass-rate.js';
