export {
  evaluateGate,
  noResultsVerdict,
  FAIL_ON,
  IF_NO_RESULTS,
  type FailOn,
  type IfNoResults,
  type GateVerdict,
} from './evaluate-gate.js';
