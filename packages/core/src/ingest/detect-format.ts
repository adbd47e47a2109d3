// Recognises a report by its content (root element, namespace, JSON shape), never by file name.

export type ReportFormat = 'junit' | 'nunit' | 'xunit' | 'trx' | 'ctrf';

const ROOT_FORMAT: Record<string, ReportFormat> = {
  testsuites: 'junit',
  testsuite: 'junit',
  testcase: 'junit',
  'test-run': 'nunit',
  // NUnit 3 without the <test-run> wrapper (an assembly's result alone).
  'test-suite': 'nunit',
  'test-results': 'nunit',
  assemblies: 'xunit',
  assembly: 'xunit',
  TestRun: 'trx',
};

/** Skips the prolog (declaration, comments, PIs, DOCTYPE with internal subset) and returns the root element's name. */
export function rootElementName(head: string): string | undefined {
  let i = 0;
  for (;;) {
    const lt = head.indexOf('<', i);
    if (lt === -1 || head.slice(i, lt).trim() !== '') return undefined;
    if (head.startsWith('<?', lt)) i = endOf(head, '?>', lt);
    else if (head.startsWith('<!--', lt)) i = endOf(head, '-->', lt);
    else if (head.startsWith('<!', lt)) i = skipDeclaration(head, lt);
    else return /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 200))?.[1];
    if (i === -1) return undefined;
  }
}

function endOf(head: string, terminator: string, from: number): number {
  const at = head.indexOf(terminator, from);
  return at === -1 ? -1 : at + terminator.length;
}

function skipDeclaration(head: string, lt: number): number {
  let depth = 0;
  for (let i = lt + 2; i < head.length; i++) {
    const c = head[i];
    if (c === '"' || c === "'") {
      const close = head.indexOf(c, i + 1);
      if (close === -1) return -1;
      i = close;
    } else if (c === '[') depth++;
    else if (c === ']') depth--;
    else if (c === '>' && depth <= 0) return i + 1;
  }
  return -1;
}

/** The root element's name without its namespace prefix, after a BOM and white space. */
function rootLocalName(head: string): string | undefined {
  const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
  const root = rootElementName(start);
  return root?.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
}

/** Whether an NUnit file is NUnit 2's <test-results> (its own reader) rather than NUnit 3. */
export function isNUnit2(head: string): boolean {
  return rootLocalName(head) === 'test-results';
}

/** The report format of a file from its first bytes (decoded), or undefined when it is not a report. */
export function detectFormat(head: string): ReportFormat | undefined {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const start = text.trimStart();
  if (start.startsWith('{')) {
    // CTRF: {"results": {"tool": ..., "tests": [...]}}; the keys may come in any order.
    return /"results"\s*:\s*\{/.test(start) && /"(tests|tool|summary)"\s*:/.test(start) ? 'ctrf' : undefined;
  }
  const local = rootLocalName(start);
  if (local === undefined) return undefined;
  const format = ROOT_FORMAT[local];
  if (format === 'trx' && !start.includes('microsoft.com/schemas/VisualStudio/TeamTest')) return undefined;
  return format;
}

/** A short description of what a non-report file looks like, for the error message. */
export function describeContent(head: string): string {
  const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
  if (start === '') return 'the file is empty';
  if (start.startsWith('{') || start.startsWith('[')) return 'JSON that is not a CTRF report (no results.tests)';
  const root = rootElementName(start);
  if (root?.toLowerCase() === 'html' || /^<!doctype html/i.test(start)) return 'an HTML page';
  if (root !== undefined) return `XML with root element <${root}>`;
  return 'neither XML nor JSON';
}
