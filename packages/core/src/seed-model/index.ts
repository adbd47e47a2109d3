export { columnKey, cellUnit, cellIndex, type ColumnKey } from './deterministic.js';
export {
  compileGenerator,
  fakeLike,
  GENERATOR_KINDS,
  type GeneratorSpec,
  type GeneratorContext,
  type CellGenerator,
} from './generators.js';
