import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestCaseRecord } from '../src/model.js';
import { ingestFile, type IngestOptions } from '../src/ingest/index.js';
import { resolveLimits } from '../src/ingest/attempt-draft.js';
import { JUnitReader } from '../src/ingest/junit-reader.js';
import { ChunkFeeder } from '../src/ingest/xml-file-stream.js';
import { XmlTokenizer } from '../src/ingest/xml-tokenizer.js';

const dir = mkdtempSync(join(tmpdir(), 'ingest-edge-'));
let fileCount = 0;

function write(content: string | Buffer): string {
  const path = join(dir, `report-${++fileCount}.xml`);
  writeFileSync(path, content);
  return path;
}

async function ingestPath(path: string, options?: IngestOptions) {
  const records: TestCaseRecord[] = [];
  const file = await ingestFile(path, (record) => records.push(record), options);
  return { records, file };
}

const ingest = (content: string | Buffer, options?: IngestOptions) => ingestPath(write(content), options);

const SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE testsuites [ <!ENTITY custom "should never appear"> ]>
<!-- a comment with <testcase name="not real"/> inside -->
<testsuites>
  <testsuite name="outer &amp; co">
    <testsuite name='inner'>
      <testcase name="quotes &quot;x&quot; &apos;y&apos; &#65;&#x42; &custom; &#0; &#xD800;" classname="A" time="0.5">
        <failure message="m&lt;1&gt;" type="T"><![CDATA[<raw> & ]]]]><![CDATA[> text]]> tail &lt;&gt; &bogus;</failure>
        <system-out>out ☺ ünïcödé</system-out>
      </testcase>
      <?pi some processing instruction?>
      <testcase name="self" classname="B"/>
    </testsuite>
    <testsuite name="empty"></testsuite>
    <testsuite name="empty2"/>
  </testsuite>
</testsuites>
`;

describe('XML details', () => {
  it('decodes predefined and numeric references, keeps custom/invalid ones literally, reads CDATA as is', async () => {
    const { records, file } = await ingest(SAMPLE);
    expect(file.errors).toEqual([]);
    expect(records).toHaveLength(2);
    const first = records[0]!;
    expect(first.suite).toBe('outer & co › inner');
    expect(first.name).toBe(`quotes "x" 'y' AB &custom; &#0; &#xD800;`);
    expect(first.attempts[0]).toMatchObject({
      status: 'failed',
      durationMs: 500,
      failure: { type: 'T', message: 'm<1>', body: '<raw> & ]]> text tail <> &bogus;' },
      stdout: 'out ☺ ünïcödé',
    });
    expect(records[1]).toMatchObject({ suite: 'outer & co › inner', name: 'self', classname: 'B' });
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const bytes = Buffer.from(SAMPLE);
    const readInChunks = (size: number) => {
      const records: TestCaseRecord[] = [];
      const tokenizer = new XmlTokenizer(new JUnitReader(resolveLimits('x.xml'), (r) => records.push(r)));
      const feeder = new ChunkFeeder(tokenizer);
      for (let at = 0; at < bytes.length; at += size) feeder.push(bytes.subarray(at, at + size));
      feeder.end();
      expect(tokenizer.error).toBeUndefined();
      return records;
    };
    const whole = readInChunks(bytes.length);
    expect(whole).toHaveLength(2);
    for (const size of [1, 2, 3, 5, 7, 11, 64]) expect(readInChunks(size)).toEqual(whole);
  });

  it('reads a testcase with no time and no classname; one with no usable name is kept under a generated name', async () => {
    const { records, file } = await ingest(
      '<testsuite name="s"><testcase/><testcase name="n"></testcase>\n  <testcase name=" "><failure/></testcase></testsuite>',
    );
    expect(records).toEqual([
      { suite: 's', name: '(unnamed test 1 in s)', attempts: [expect.objectContaining({ status: 'passed' })] },
      { suite: 's', name: 'n', attempts: [expect.objectContaining({ status: 'passed', durationMs: 0 })] },
      { suite: 's', name: '(unnamed test 3 in s)', attempts: [expect.objectContaining({ status: 'failed' })] },
    ]);
    expect(file.tests).toBe(3);
    expect(file.errors).toEqual([
      {
        path: file.path,
        line: 1,
        column: 21,
        kind: 'malformed',
        message: 'testcase without a name attribute at line 1, column 21; read as "(unnamed test 1 in s)"',
      },
      {
        path: file.path,
        line: 2,
        column: 3,
        kind: 'malformed',
        message: 'testcase with an empty name at line 2, column 3; read as "(unnamed test 3 in s)"',
      },
    ]);
  });

  it('reads a file with a UTF-8 BOM', async () => {
    const { records, file } = await ingest(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE)]));
    expect(file.errors).toEqual([]);
    expect(records.map((r) => r.name)).toContain('self');
  });

  it.each(['utf-16le', 'utf-16be'] as const)('reads a file declared UTF-16 with a %s BOM', async (encoding) => {
    const text = '\uFEFF' + SAMPLE.replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const le = Buffer.from(text, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const { records, file } = await ingest(bytes);
    expect(file).toMatchObject({ format: 'junit', errors: [] });
    expect(records[0]!.attempts[0]!.stdout).toBe('out ☺ ünïcödé');
  });

  it('reads a file declared ISO-8859-1', async () => {
    const xml =
      '<?xml version="1.0" encoding="ISO-8859-1"?><testsuite name="Größe"><testcase name="café"/></testsuite>';
    const { records } = await ingest(Buffer.from(xml, 'latin1'));
    expect(records).toMatchObject([{ suite: 'Größe', name: 'café' }]);
  });

  it('turns literal newlines in attributes into spaces but keeps &#10;', async () => {
    const { records } = await ingest('<testsuite><testcase name="a\nb&#10;c\td"/></testsuite>');
    expect(records[0]!.name).toBe('a b\nc d');
  });
});

describe('billion laughs', () => {
  it('never expands declared entities: memory stays flat and the reference stays literal', async () => {
    const entities = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const xml = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 ${entities.join('\n ')}
]>
<testsuite name="lol"><testcase name="&lol9;"><failure message="&lol9;">&lol9;</failure></testcase></testsuite>`;
    const before = process.memoryUsage().heapUsed;
    const { records, file } = await ingest(xml);
    expect(file.errors).toEqual([]);
    expect(records[0]).toMatchObject({
      name: '&lol9;',
      attempts: [{ failure: { message: '&lol9;', body: '&lol9;' } }],
    });
    // Expanding would need ~3 GB; a kept literal costs nothing measurable.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(50 * 1024 * 1024);
  });
});

describe('size caps', () => {
  it('caps a huge system-out while streaming and notes the total', async () => {
    const path = join(dir, 'huge.xml');
    const fd = openSync(path, 'w');
    writeSync(fd, '<testsuite name="s"><testcase name="big"><failure message="x"/><system-out>');
    const line = Buffer.from('0123456789abcdef'.repeat(64) + '\n'); // 1025 bytes
    const block = Buffer.concat(Array.from({ length: 1024 }, () => line));
    for (let i = 0; i < 20; i++) writeSync(fd, block);
    writeSync(fd, '</system-out><system-err>short</system-err></testcase></testsuite>');
    closeSync(fd);
    const { records, file } = await ingestPath(path, { maxOutputBytes: 1000 });
    expect(file.errors).toEqual([]);
    const attempt = records[0]!.attempts[0]!;
    const total = 20 * 1024 * 1025;
    expect(attempt.stdout).toBe(
      line.toString().repeat(1).slice(0, 1000) + `\n… [truncated: ${total} bytes total, cap 1000]`,
    );
    expect(attempt.stderr).toBe('short');
    expect(records[0]!.truncated).toEqual(['stdout']);
  });

  it('caps messages and bodies, never splitting a character', async () => {
    const { records } = await ingest(
      `<testsuite><testcase name="t"><failure message="${'é'.repeat(10)}">${'€'.repeat(10)}</failure></testcase></testsuite>`,
      { maxMessageBytes: 5, maxBodyBytes: 7 },
    );
    expect(records[0]!.attempts[0]!.failure).toEqual({
      message: 'éé\n… [truncated: 20 bytes total, cap 5]',
      body: '€€\n… [truncated: 30 bytes total, cap 7]',
    });
    expect(records[0]!.truncated).toEqual(['message', 'body']);
  });

  it('drops the output of passing attempts unless keepPassedOutput is set', async () => {
    const xml =
      '<testsuite><testcase name="p"><system-out>hello</system-out><system-err>err</system-err></testcase></testsuite>';
    expect((await ingest(xml)).records[0]!.attempts[0]).not.toHaveProperty('stdout');
    expect((await ingest(xml, { keepPassedOutput: true })).records[0]!.attempts[0]).toMatchObject({
      stdout: 'hello',
      stderr: 'err',
    });
  });
});

describe('malformed files', () => {
  it('keeps the tests before the end of a truncated file and says where it ended', async () => {
    const xml = `<?xml version="1.0"?>
<testsuites>
  <testsuite name="s">
    <testcase name="one" time="1"/>
    <testcase name="two">
      <system-out>cut he`;
    const { records, file } = await ingest(xml);
    expect(records.map((r) => r.name)).toEqual(['one']);
    expect(file.tests).toBe(1);
    expect(file.errors).toEqual([
      {
        path: expect.any(String),
        kind: 'malformed',
        line: 6,
        column: 25,
        message: 'line 6, column 25: unexpected end of file inside <system-out> opened at line 6',
      },
    ]);
  });

  it('names the unclosed suite when the file ends between tests', async () => {
    const xml = '<testsuites>\n<testsuite name="s">\n<testcase name="a"/>\n';
    const { records, file } = await ingest(xml);
    expect(records).toHaveLength(1);
    expect(file.errors[0]).toMatchObject({
      line: 4,
      column: 1,
      message: expect.stringContaining('unexpected end of file inside <testsuite> opened at line 2'),
    });
  });

  it('reports a tag cut off by the end of the file', async () => {
    const { file } = await ingest('<testsuite>\n  <testcase name="a" cla');
    expect(file.errors[0]!.message).toContain("unexpected end of file: expected '>' to close <testcase>");
  });

  it("reports a tag that is never closed with '>'", async () => {
    const { records, file } = await ingest(
      '<testsuite>\n<testcase name="ok"/>\n<testcase name="a" <failure/></testcase></testsuite>',
    );
    expect(records.map((r) => r.name)).toEqual(['ok']);
    expect(file.errors[0]).toMatchObject({
      kind: 'malformed',
      line: 3,
      column: 20,
      message: "line 3, column 20: expected '>' to close <testcase>",
    });
  });

  it('reports a mismatched closing tag', async () => {
    const { file } = await ingest('<testsuite>\n  <testcase name="a">\n  </testsuite>');
    expect(file.errors[0]).toMatchObject({
      line: 3,
      column: 3,
      message: expect.stringContaining('expected </testcase> to close <testcase> opened at line 2, found </testsuite>'),
    });
  });

  it('reports an unquoted attribute value', async () => {
    const { file } = await ingest('<testsuite><testcase name=a/></testsuite>');
    expect(file.errors[0]!.message).toContain("expected a quoted value for attribute 'name' in <testcase>");
  });
});

describe('files that are not reports', () => {
  it.each([
    ['an HTML page', '<!DOCTYPE html>\n<html><head><title>Tests</title></head><body></body></html>', 'an HTML page'],
    [
      'a pom.xml',
      '<?xml version="1.0"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion></project>',
      'XML with root element <project>',
    ],
    ['random JSON', '{"name":"pkg","version":"1.0.0","scripts":{"test":"jest"}}', 'JSON that is not a CTRF report'],
    ['an empty file', '', 'the file is empty'],
    ['plain text', 'PASS src/a.test.ts\n', 'neither XML nor JSON'],
  ])('reports %s as not a report', async (_what, content, description) => {
    const { records, file } = await ingest(content);
    expect(records).toEqual([]);
    expect(file.format).toBe('unknown');
    expect(file.errors).toEqual([expect.objectContaining({ kind: 'not-a-report' })]);
    expect(file.errors[0]!.message).toContain(description);
  });

  it('reports a missing file, a directory and an unreadable file', async () => {
    const missing = await ingestPath(join(dir, 'nope.xml'));
    expect(missing.file.errors).toEqual([
      expect.objectContaining({ kind: 'unreadable', message: expect.stringContaining('ENOENT') }),
    ]);
    const folder = join(dir, 'folder.xml');
    mkdirSync(folder);
    expect((await ingestPath(folder)).file.errors).toEqual([expect.objectContaining({ kind: 'unreadable' })]);
    if (process.getuid?.() !== 0) {
      const locked = write('<testsuite/>');
      chmodSync(locked, 0o000);
      const denied = await ingestPath(locked);
      expect(denied.file.errors).toEqual([
        expect.objectContaining({ kind: 'unreadable', message: expect.stringContaining('EACCES') }),
      ]);
    }
  });
});
