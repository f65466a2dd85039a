/**
 * Filters in the grammar of dorny/paths-filter: parsed and compiled once
 * (`parseFilters`), then matched against many changed files (`matchFilters`).
 * Pure: no I/O, no process state.
 */
export { matchFilters } from './match.js';
export {
  RESERVED_OUTPUT_NAMES,
  RESERVED_OUTPUT_SUFFIXES,
  type CompiledFilter,
  type CompiledPattern,
  type FilterRule,
} from './model.js';
export { parseFilters } from './parse.js';
