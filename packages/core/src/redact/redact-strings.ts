/**
 * Every string inside `value` (keys too) redacted, for a JSON document about to be written: redacting the
 * JSON text instead could miss a secret whose quotes or backslashes JSON escapes, or cut through a quote.
 */
export function redactStrings<T>(value: T, redact: (text: string) => string): T {
  if (typeof value === 'string') return redact(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => redactStrings(item, redact)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [redact(key), redactStrings(item, redact)]),
    ) as T;
  }
  return value;
}
