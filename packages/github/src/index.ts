export { ConfigurationError } from './configuration-error.js';
export { readBooleanInput, readEnumInput, readListInput, readNumberInput } from './inputs.js';
