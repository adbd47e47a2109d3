/** Escapes a literal for JavaScript and RE2 (Go) regular expressions alike. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

/** A pattern matching exactly one of `names`, e.g. ^(?:a|b\.c)$; Go's RE2 accepts (?:) too. */
export function exactNamesPattern(names: Iterable<string>): string {
  const unique = [...new Set(names)];
  return `^(?:${unique.map(escapeRegex).join('|')})$`;
}
