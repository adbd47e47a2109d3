import type { FailureCategory, FailureDetail } from '../model.js';
import { CATEGORY_RULES, type CategoryRule } from './rules.js';

/** Bodies can be whole logs; the cause is near the top, and scanning is bounded. */
const MAX_BODY_CHARS = 20_000;

/**
 * Classifies a failure by the first rule that matches. The headline (type and message) is
 * examined with every rule before the body is, so a stray "connection reset" in captured
 * logs does not outrank an assertion stated in the message.
 */
export function classifyFailure(
  failure: FailureDetail | undefined,
  rules: readonly CategoryRule[] = CATEGORY_RULES,
): FailureCategory {
  if (!failure) return 'unknown';
  const passes: Array<Array<'type' | 'message' | 'body'>> = [['type', 'message'], ['body']];
  for (const fields of passes) {
    for (const rule of rules) {
      for (const field of fields) {
        if (rule.field && rule.field !== field) continue;
        const text = field === 'body' ? failure.body?.slice(0, MAX_BODY_CHARS) : failure[field];
        if (text && rule.pattern.test(text)) return rule.category;
      }
    }
  }
  return 'unknown';
}
