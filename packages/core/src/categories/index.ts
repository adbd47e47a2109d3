export { classifyFailure } from './classify.js';
export { CATEGORY_RULES, type CategoryRule } from './rules.js';
export { CATEGORY_RECOMMENDATIONS } from './recommendations.js';
