// Collects located problems while testpipe.yml is walked, so every mistake is reported at once.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { TestpipeConfigError } from './config-error.js';

export class YamlProblems {
  readonly errors: TestpipeConfigError[] = [];
  private readonly seen = new Set<string>();

  constructor(
    readonly file: string,
    private readonly lines: LineCounter,
  ) {}

  /** Records a problem at `node` (or at the start of the file). Identical problems are kept once. */
  add(node: Node | null | undefined, key: string | undefined, problem: string): void {
    const offset = node?.range?.[0];
    const position = offset === undefined ? undefined : this.lines.linePos(offset);
    this.addAt(position?.line, position?.col, key, problem);
  }

  /** 1-based line of a source offset. */
  lineOf(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  addAt(line: number | undefined, column: number | undefined, key: string | undefined, problem: string): void {
    const error = new TestpipeConfigError(this.file, line, column, key, problem);
    if (this.seen.has(error.message)) return;
    this.seen.add(error.message);
    this.errors.push(error);
  }
}

/** How a YAML value reads to a person: "a list", "a map", "the number 3", "nothing". */
export function describeNode(node: Node | null | undefined): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a map';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'nothing';
    if (typeof value === 'number') return `the number ${value}`;
    if (typeof value === 'boolean') return `${value}`;
    return `the text "${String(value)}"`;
  }
  return 'an alias or tag';
}

/** Edit distance, for "did you mean" on misspelled keys and runner names. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The closest known word when it is close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(word.toLowerCase(), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** A YAML file parsed with line positions; its syntax errors are already problems at their line. */
export function parseYamlWithProblems(text: string, file: string): { document: Document; problems: YamlProblems } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems = new YamlProblems(file, lineCounter);
  for (const error of document.errors) {
    const at = lineCounter.linePos(error.pos[0]);
    problems.addAt(at.line, at.col, undefined, `YAML syntax error: ${error.message.split('\n')[0]}`);
  }
  return { document, problems };
}
