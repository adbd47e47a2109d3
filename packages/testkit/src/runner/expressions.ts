/** Values an action.yml default may reference, e.g. `{ github: { token, repository, event }, runner: { os } }`. */
export type ExpressionContexts = Record<string, Record<string, unknown>>;

export class UnsupportedExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(
      `Cannot evaluate \${{ ${expression} }}: ${reason}. ` +
        'The test harness supports plain context lookups such as ${{ github.token }}, ${{ github.repository }}, ' +
        '${{ github.run_id }} or ${{ github.event.pull_request.number }}; pass the input explicitly instead.',
    );
    this.name = 'UnsupportedExpressionError';
  }
}

const CONTEXT_LOOKUP = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_-]*)+$/;
const EMBEDDED_EXPRESSION = /\$\{\{(.*?)\}\}/gs;

function lookUp(expression: string, contexts: ExpressionContexts): string {
  if (!CONTEXT_LOOKUP.test(expression)) throw new UnsupportedExpressionError(expression, 'not a plain context lookup');
  const [contextName, ...keys] = expression.split('.');
  let value: unknown = contexts[contextName as string];
  if (value === undefined) throw new UnsupportedExpressionError(expression, `unknown context '${contextName}'`);
  for (const key of keys) {
    if (typeof value !== 'object' || value === null || !(key in value)) {
      throw new UnsupportedExpressionError(expression, `'${key}' is not set in the test's context`);
    }
    value = (value as Record<string, unknown>)[key];
  }
  if (value === null) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new UnsupportedExpressionError(expression, 'the value is an object, not a string');
}

/** Replaces every `${{ context.path }}` in an action.yml default, as the runner does before a step starts. */
export function evaluateDefaultValue(template: string, contexts: ExpressionContexts): string {
  return template.replace(EMBEDDED_EXPRESSION, (_match, expression: string) => lookUp(expression.trim(), contexts));
}
