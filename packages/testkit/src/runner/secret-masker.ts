export const MASK = '***';

/** Every form in which a registered secret can reach a log: itself, each of its lines, its command-escaped form. */
function maskableForms(secret: string): string[] {
  const escaped = secret.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const lines = secret.split(/\r?\n/).map((line) => line.trim());
  return [secret, escaped, ...lines].filter((form) => form.trim() !== '');
}

/** Collects `::add-mask::` values and replaces them with `***`, longest first so overlapping secrets stay hidden. */
export class SecretMasker {
  private readonly forms = new Set<string>();
  private readonly secrets = new Set<string>();

  add(secret: string): void {
    if (secret.trim() === '') return;
    this.secrets.add(secret);
    for (const form of maskableForms(secret)) this.forms.add(form);
  }

  get values(): string[] {
    return [...this.secrets];
  }

  mask(text: string): string {
    let masked = text;
    const longestFirst = [...this.forms].sort((a, b) => b.length - a.length);
    for (const form of longestFirst) masked = masked.split(form).join(MASK);
    return masked;
  }
}
