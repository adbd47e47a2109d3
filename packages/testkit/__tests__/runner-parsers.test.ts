import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import {
  ActionDefinitionError,
  evaluateDefaultValue,
  FileCommandFormatError,
  inputEnvName,
  loadActionDefinition,
  parseKeyValueFileCommand,
  parsePathFileCommand,
  parseWorkflowCommandLine,
  SecretMasker,
  shouldRunPost,
  UnsupportedExpressionError,
  UnsupportedPostIfError,
  WorkflowCommandProcessor,
} from '../src/runner/index.js';

describe('parseKeyValueFileCommand', () => {
  test('reads name=value lines and heredoc blocks, keeping blank lines inside a value', () => {
    const text = 'plain=a=b\n\nreport<<EOF_1\nline one\n\nline three\nEOF_1\nempty<<X\nX\n';
    expect(parseKeyValueFileCommand(text)).toEqual({ plain: 'a=b', report: 'line one\n\nline three', empty: '' });
  });

  test('accepts CRLF line endings and strips them from values', () => {
    expect(parseKeyValueFileCommand('a=1\r\nb<<D\r\nx\r\ny\r\nD\r\n')).toEqual({ a: '1', b: 'x\r\ny' });
  });

  test('a later entry for the same name wins', () => {
    expect(parseKeyValueFileCommand('a=1\na=2\n')).toEqual({ a: '2' });
  });

  test('fails like the runner when the closing delimiter is missing', () => {
    expect(() => parseKeyValueFileCommand('report<<END\nline\n')).toThrow(
      new FileCommandFormatError("Invalid value. Matching delimiter not found 'END'"),
    );
  });

  test('rejects an empty name and a line that is neither form', () => {
    expect(() => parseKeyValueFileCommand('=value\n')).toThrow("Invalid format '=value'. Name must not be empty");
    expect(() => parseKeyValueFileCommand('<<EOF\nx\nEOF\n')).toThrow('delimiter must not be empty');
    expect(() => parseKeyValueFileCommand('just text\n')).toThrow("Invalid format 'just text'");
  });

  test('GITHUB_PATH keeps entries in order and skips empty lines', () => {
    expect(parsePathFileCommand('/a/bin\n\n/b/bin\n')).toEqual(['/a/bin', '/b/bin']);
  });
});

describe('workflow commands', () => {
  test('parses properties and unescapes data and property values', () => {
    expect(parseWorkflowCommandLine('  ::error file=src/a%2Cb.ts,line=3,title=T%3A1::bad%0Anews 100%25')).toEqual({
      name: 'error',
      properties: { file: 'src/a,b.ts', line: '3', title: 'T:1' },
      data: 'bad\nnews 100%',
    });
    expect(parseWorkflowCommandLine('no command here')).toBeUndefined();
  });

  test('collects annotations, groups and debug, and ignores commands between stop-commands and its token', () => {
    const processor = new WorkflowCommandProcessor(new SecretMasker());
    for (const line of [
      '::group::Install',
      '::debug::detail',
      '::endgroup::',
      '::notice file=a.ts,line=2,col=5::hello',
      '::stop-commands::tok',
      '::error::hidden',
      '::add-mask::not-a-secret',
      '::tok::',
      '::warning::visible',
      '::unknown-command::ignored',
    ]) {
      processor.processLine(line);
    }
    expect(processor.groups).toEqual(['Install']);
    expect(processor.debugMessages).toEqual(['detail']);
    expect(processor.annotations).toEqual([
      { level: 'notice', message: 'hello', file: 'a.ts', line: 2, col: 5 },
      { level: 'warning', message: 'visible' },
    ]);
    expect(processor.masker.values).toEqual([]);
  });

  test('the masker hides a secret, each of its lines, and its escaped command form', () => {
    const masker = new SecretMasker();
    masker.add('top\nsecret');
    masker.add('   ');
    expect(masker.mask('::add-mask::top%0Asecret | top | secret')).toBe('::add-mask::*** | *** | ***');
    expect(masker.values).toEqual(['top\nsecret']);
  });
});

describe('action.yml defaults and post-if', () => {
  const contexts = { github: { token: 'ghs_x', run_id: '42', run_attempt: '3', event: { number: 7 } } };

  test('evaluates simple context lookups, also embedded in text', () => {
    expect(evaluateDefaultValue('${{ github.token }}', contexts)).toBe('ghs_x');
    expect(evaluateDefaultValue('run-${{ github.run_id }}-${{github.run_attempt}}', contexts)).toBe('run-42-3');
    expect(evaluateDefaultValue('${{ github.event.number }}', contexts)).toBe('7');
    expect(evaluateDefaultValue('plain', contexts)).toBe('plain');
  });

  test('other expressions fail with a message saying what to do', () => {
    expect(() => evaluateDefaultValue("${{ format('{0}', github.token) }}", contexts)).toThrow(
      UnsupportedExpressionError,
    );
    expect(() => evaluateDefaultValue('${{ secrets.NPM_TOKEN }}', contexts)).toThrow(/unknown context 'secrets'/);
    expect(() => evaluateDefaultValue('${{ github.event }}', contexts)).toThrow(/pass the input explicitly/);
  });

  test('input names become INPUT_ variables with spaces replaced and hyphens kept', () => {
    expect(inputEnvName('retry count')).toBe('INPUT_RETRY_COUNT');
    expect(inputEnvName('github-token')).toBe('INPUT_GITHUB-TOKEN');
  });

  test('post-if status functions', () => {
    expect(shouldRunPost('always()', 'failure')).toBe(true);
    expect(shouldRunPost('success()', 'failure')).toBe(false);
    expect(shouldRunPost('${{ failure() }}', 'failure')).toBe(true);
    expect(shouldRunPost('cancelled()', 'success')).toBe(false);
    expect(shouldRunPost('!cancelled()', 'failure')).toBe(true);
    expect(() => shouldRunPost("github.event_name == 'push'", 'success')).toThrow(UnsupportedPostIfError);
  });
});

describe('loadActionDefinition', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'testpipe-action-yml-'));
    await writeFile(path.join(dir, 'index.js'), '');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  test('refuses runtimes other than node20/node24', async () => {
    await writeFile(path.join(dir, 'action.yml'), 'name: old\nruns:\n  using: node16\n  main: index.js\n');
    await expect(loadActionDefinition(path.join(dir, 'action.yml'))).rejects.toThrow(/'node16'.*node20 or node24/);
  });

  test('names the missing script', async () => {
    await writeFile(path.join(dir, 'action.yml'), 'runs:\n  using: node24\n  main: dist/index.js\n');
    await expect(loadActionDefinition(path.join(dir, 'action.yml'))).rejects.toThrow(ActionDefinitionError);
  });

  test('resolves scripts against the action.yml folder and defaults post-if to always()', async () => {
    await writeFile(path.join(dir, 'action.yml'), 'runs:\n  using: NODE24\n  main: index.js\n  post: index.js\n');
    const definition = await loadActionDefinition(path.join(dir, 'action.yml'));
    expect(definition).toMatchObject({ using: 'node24', mainScript: path.join(dir, 'index.js'), postIf: 'always()' });
  });
});
