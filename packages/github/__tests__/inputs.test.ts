import { ConfigurationError } from '@testpipe/core';
import { readBooleanInput, readEnumInput, readListInput, readNumberInput } from '@testpipe/github';

function withInput(name: string, value: string, body: () => void): void {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  process.env[key] = value;
  try {
    body();
  } finally {
    delete process.env[key];
  }
}

describe('action inputs', () => {
  test('booleans accept true/false in any case and name the input otherwise', () => {
    withInput('history', 'TRUE', () => expect(readBooleanInput('history')).toBe(true));
    withInput('history', '', () => expect(readBooleanInput('history')).toBe(false));
    withInput('history', 'yes', () => {
      expect(() => readBooleanInput('history')).toThrow(ConfigurationError);
      expect(() => readBooleanInput('history')).toThrow(/Input "history" must be true or false, got "yes"/);
    });
  });

  test('enums list the allowed values', () => {
    const modes = ['always', 'on-failure', 'off'] as const;
    withInput('comment', 'off', () => expect(readEnumInput('comment', modes, 'always')).toBe('off'));
    withInput('comment', '', () => expect(readEnumInput('comment', modes, 'always')).toBe('always'));
    withInput('comment', 'sometimes', () =>
      expect(() => readEnumInput('comment', modes, 'always')).toThrow('one of always, on-failure, off'),
    );
  });

  test('numbers are range-checked', () => {
    withInput('min-pass-rate', '97.5', () => expect(readNumberInput('min-pass-rate', 100, 0, 100)).toBe(97.5));
    withInput('min-pass-rate', '', () => expect(readNumberInput('min-pass-rate', 100, 0, 100)).toBe(100));
    withInput('min-pass-rate', '101', () => expect(() => readNumberInput('min-pass-rate', 100, 0, 100)).toThrow(/101/));
    withInput('min-pass-rate', 'abc', () => expect(() => readNumberInput('min-pass-rate', 100, 0, 100)).toThrow(/abc/));
  });

  test('lists split on newlines and commas', () => {
    withInput('results', 'a/*.xml, b/*.xml\n\n c.json ', () =>
      expect(readListInput('results')).toEqual(['a/*.xml', 'b/*.xml', 'c.json']),
    );
  });
});
