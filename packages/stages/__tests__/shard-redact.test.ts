// The shard's redaction of its results files: core's Secrets, applied to files streamed in chunks, where a
// secret may sit across a chunk border, is escaped as XML or JSON holds it, or is masked only in a JUnit.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from '@jest/globals';
import { redactResultFiles, ShardSecrets } from '../src/shard/shard-secrets.js';

const SECRET = 'hunter2&<pw>';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'testpipe-shard-redact-'));
  await mkdir(path.join(dir, 'attempts'));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

const quiet = { warning: () => undefined };

it('redacts a secret that lies across the border of two reads of a large file', async () => {
  // fs streams read 64 KiB at a time: the secret starts 3 bytes before the first border.
  const before = 'x'.repeat(64 * 1024 - 3);
  await writeFile(path.join(dir, 'output.log'), `${before}${SECRET} tail\nnext line ${SECRET}\n`);
  const redacted = await redactResultFiles(dir, new ShardSecrets([SECRET], quiet), undefined);
  expect(redacted).toEqual(['output.log']);
  expect(await readFile(path.join(dir, 'output.log'), 'utf8')).toBe(`${before}*** tail\nnext line ***\n`);
});

it('redacts the XML- and JSON-escaped forms, and leaves binary files and clean files untouched', async () => {
  const xml = `<testcase name="t"><failure message="bad hunter2&amp;&lt;pw&gt;"/></testcase>\n`;
  const json = `{"message":${JSON.stringify(`bad ${SECRET} "quoted"`)}}\n`;
  const binary = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), Buffer.from(SECRET)]);
  await writeFile(path.join(dir, 'attempts', 'attempt-1.xml'), xml);
  await writeFile(path.join(dir, 'ctrf.json'), json);
  await writeFile(path.join(dir, 'shot.png'), binary);
  await writeFile(path.join(dir, 'clean.txt'), 'nothing secret\n');
  const redacted = await redactResultFiles(dir, new ShardSecrets([SECRET], quiet), undefined);
  expect(redacted.sort()).toEqual(['attempts/attempt-1.xml', 'ctrf.json']);
  expect(await readFile(path.join(dir, 'attempts', 'attempt-1.xml'), 'utf8')).toBe(
    '<testcase name="t"><failure message="bad ***"/></testcase>\n',
  );
  expect(await readFile(path.join(dir, 'ctrf.json'), 'utf8')).toBe('{"message":"bad *** \\"quoted\\""}\n');
  expect(await readFile(path.join(dir, 'shot.png'))).toEqual(binary);
});

it('learns values a test masked in its JUnit output, and redacts them from every file', async () => {
  const junit = path.join(dir, 'junit.xml');
  await writeFile(
    junit,
    '<testsuite name="s" tests="1"><testcase classname="s" name="t"><system-out>::add-mask::s3ssion-cookie\n' +
      'cookie s3ssion-cookie</system-out></testcase></testsuite>\n',
  );
  await writeFile(path.join(dir, 'output.log'), 'set s3ssion-cookie\n');
  const masked: string[] = [];
  const secrets = new ShardSecrets([], quiet, (value) => masked.push(value));
  expect((await redactResultFiles(dir, secrets, junit)).sort()).toEqual(['junit.xml', 'output.log']);
  expect(masked).toEqual(['s3ssion-cookie']);
  expect(await readFile(junit, 'utf8')).not.toContain('s3ssion-cookie');
  expect(await readFile(path.join(dir, 'output.log'), 'utf8')).toBe('set ***\n');
});

it('redacts an output line, learning ::add-mask:: values as they stream by', () => {
  const secrets = new ShardSecrets([], quiet);
  expect(secrets.redactLine('::add-mask::t0ken-value')).toBe('::add-mask::***');
  expect(secrets.redactLine('using t0ken-value')).toBe('using ***');
});

it('warns about a listed value too short to redact, without showing it', () => {
  const warnings: string[] = [];
  new ShardSecrets(['abc'], { warning: (message) => warnings.push(message) });
  expect(warnings).toEqual([expect.stringContaining('has only 3 characters')]);
  expect(warnings[0]).not.toContain('abc');
});
