import { ConfigurationError } from '@testpipe/core';
import {
  readBooleanInput,
  readDurationInput,
  readEnumInput,
  readIntegerInput,
  readListInput,
  readNumberInput,
  readRequiredInput,
} from '@testpipe/github';

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

  test('booleans fall back to the given default when empty', () => {
    withInput('check-run', '', () => expect(readBooleanInput('check-run', true)).toBe(true));
    withInput('check-run', 'false', () => expect(readBooleanInput('check-run', true)).toBe(false));
  });

  test('whole numbers and durations name the input and the value', () => {
    withInput('shards', '4', () => expect(readIntegerInput('shards')).toBe(4));
    withInput('shards', '', () => expect(readIntegerInput('shards')).toBeUndefined());
    withInput('shards', '2.5', () =>
      expect(() => readIntegerInput('shards')).toThrow('Input "shards" must be a positive whole number, got "2.5".'),
    );
    withInput('timeout', '1h30m', () => expect(readDurationInput('timeout')).toBe(5_400_000));
    withInput('timeout', '90', () => expect(readDurationInput('timeout')).toBe(90_000));
    withInput('timeout', 'soon', () =>
      expect(() => readDurationInput('timeout')).toThrow(/Input "timeout" must be a duration .* got "soon"/),
    );
  });

  test('a required input that is missing fails with the given message', () => {
    withInput('shard', '', () =>
      expect(() => readRequiredInput('shard', 'Input "shard" is required.')).toThrow(ConfigurationError),
    );
    withInput('shard', ' unit-1 ', () => expect(readRequiredInput('shard', 'unused')).toBe('unit-1'));
  });
});
