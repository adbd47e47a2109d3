/** What a secret becomes wherever we write or post it. */
export const REDACTED = '***';
/** Shorter values are not redacted: "a" or "on" would turn ordinary text into stars. */
export const MIN_SECRET_LENGTH = 4;

const ADD_MASK = /^\s*(?:::add-mask::|##\[add-mask\])(.*)$/gm;

/** The `::add-mask::` lines of a test's output, trimmed, or undefined when it has none. */
export function maskLines(output: string): string | undefined {
  if (!output.includes('add-mask')) return undefined;
  const lines = [...output.matchAll(ADD_MASK)].map((match) => match[0].trim());
  return lines.length > 0 ? lines.join('\n') : undefined;
}

export type AddedSecret = 'added' | 'known' | 'too-short' | 'empty';

/**
 * The known secret values of one run and the one function that redacts them: every text we write
 * (report files) or post (comment, summary, check run) passes through `redact` first. A value is
 * also known by each of its lines and its URL-encoded form, as the runner masks them.
 */
export class Secrets {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  get size(): number {
    return this.values.size;
  }

  /** Every value redacted (each form), for a stage that takes a list of values to redact. */
  list(): string[] {
    return [...this.values];
  }

  add(value: string | undefined): AddedSecret {
    const trimmed = value?.trim() ?? '';
    if (trimmed === '') return 'empty';
    if (trimmed.length < MIN_SECRET_LENGTH) return 'too-short';
    if (this.values.has(trimmed)) return 'known';
    const forms = [trimmed, ...trimmed.split(/\r?\n/).map((line) => line.trim()), encodeURIComponent(trimmed)];
    for (const form of forms) if (form.length >= MIN_SECRET_LENGTH) this.values.add(form);
    this.pattern = undefined;
    return 'added';
  }

  /** Adds every value a test masked in its output (`::add-mask::value` lines); returns the new ones. */
  addMaskedIn(output: string): string[] {
    if (!output.includes('add-mask')) return [];
    const added: string[] = [];
    for (const match of output.matchAll(ADD_MASK)) {
      const value = match[1]!.trim();
      if (this.add(value) === 'added') added.push(value);
    }
    return added;
  }

  redact(text: string): string {
    if (this.values.size === 0) return text;
    return text.replace((this.pattern ??= this.compile()), REDACTED);
  }

  redactOptional<T extends string | undefined>(text: T): T {
    return (text === undefined ? text : this.redact(text)) as T;
  }

  /** Longest first, so a secret that contains another is replaced whole. */
  private compile(): RegExp {
    const sorted = [...this.values].sort((a, b) => b.length - a.length);
    return new RegExp(sorted.map((value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  }
}
