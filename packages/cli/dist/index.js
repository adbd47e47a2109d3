import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(16);
const utils = __nccwpck_require__(59);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(595);
const utils = __nccwpck_require__(59);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 16:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(781);
const parse = __nccwpck_require__(265);
const utils = __nccwpck_require__(59);
const constants = __nccwpck_require__(595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(59);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 59:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ main)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-text.ts
// Text decoding for the streaming XML reader: entity references and size-capped capture.
/** Longest reference worth decoding: "&#x10FFFF;". */
const MAX_REFERENCE = 10;
/** Code points XML may carry by reference; NUL, surrogates and U+FFFE/U+FFFF stay literal text. */
function isAllowedCodePoint(cp) {
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) && cp !== 0xfffe && cp !== 0xffff;
}
/** The text of the reference `&...;` spanning text[amp..semi], or undefined to keep it literally. */
function decodeReference(text, amp, semi) {
    const length = semi - amp - 1;
    switch (text.charCodeAt(amp + 1)) {
        case 0x6c /* l */:
            return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '<' : undefined;
        case 0x67 /* g */:
            return length === 2 && text.charCodeAt(amp + 2) === 0x74 ? '>' : undefined;
        case 0x61 /* a */:
            if (length === 3 && text.startsWith('mp', amp + 2))
                return '&';
            return length === 4 && text.startsWith('pos', amp + 2) ? "'" : undefined;
        case 0x71 /* q */:
            return length === 4 && text.startsWith('uot', amp + 2) ? '"' : undefined;
        case 0x23 /* # */: {
            const hex = text.charCodeAt(amp + 2) === 0x78; /* x */
            const digits = text.slice(amp + (hex ? 3 : 2), semi);
            if (!(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits))
                return undefined;
            const cp = parseInt(digits, hex ? 16 : 10);
            return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
        }
        default:
            return undefined;
    }
}
/**
 * Decodes the 5 predefined entities and numeric references. Entities declared in a DOCTYPE are
 * never expanded: any other `&name;` (and a malformed reference) is kept literally.
 */
function decodeEntities(text) {
    let amp = text.indexOf('&');
    if (amp === -1)
        return text;
    let out = '';
    let from = 0;
    while (amp !== -1) {
        const semi = text.indexOf(';', amp + 2);
        const decoded = semi !== -1 && semi - amp <= MAX_REFERENCE ? decodeReference(text, amp, semi) : undefined;
        if (decoded !== undefined) {
            out += text.slice(from, amp) + decoded;
            from = semi + 1;
            amp = text.indexOf('&', from);
        }
        else {
            amp = text.indexOf('&', amp + 1);
        }
    }
    return out + text.slice(from);
}
/** Backs `end` off so the kept bytes do not end inside a UTF-8 sequence. */
function utf8Boundary(buf, end) {
    let i = end - 1;
    while (i >= 0 && end - i < 4 && (buf[i] & 0xc0) === 0x80)
        i--;
    if (i < 0 || buf[i] < 0x80)
        return end;
    const lead = buf[i];
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    return end - i < length ? i : end;
}
/**
 * Keeps at most `cap` bytes of an element's content and counts all of it, so a 500 MB
 * system-out costs `cap` bytes of memory. The content is decoded once, when the element closes.
 */
class CappedText {
    cap;
    totalBytes = 0;
    kept = 0;
    pieces = [];
    constructor(cap) {
        this.cap = cap;
    }
    text(buf, start, end) {
        this.add(buf, start, end, false);
    }
    cdata(buf, start, end) {
        this.add(buf, start, end, true);
    }
    get truncated() {
        return this.totalBytes > this.cap;
    }
    add(buf, start, end, cdata) {
        const length = end - start;
        this.totalBytes += length;
        const room = this.cap - this.kept;
        if (room <= 0 || length <= 0)
            return;
        const take = Math.min(room, length);
        const bytes = Buffer.from(buf.subarray(start, start + take));
        this.kept += take;
        const last = this.pieces[this.pieces.length - 1];
        if (last && last.cdata === cdata)
            last.bytes = Buffer.concat([last.bytes, bytes]);
        else
            this.pieces.push({ bytes, cdata });
    }
    /** The decoded content; when capped, cut at a character boundary. */
    toString() {
        let out = '';
        for (let i = 0; i < this.pieces.length; i++) {
            const piece = this.pieces[i];
            const isLast = i === this.pieces.length - 1;
            const end = isLast && this.truncated ? utf8Boundary(piece.bytes, piece.bytes.length) : piece.bytes.length;
            const text = piece.bytes.toString('utf8', 0, end);
            out += piece.cdata ? text : decodeEntities(text);
        }
        return out;
    }
}
/** Cuts an already-decoded string (from an attribute or JSON) to at most `cap` UTF-8 bytes. */
function capString(value, cap) {
    // A UTF-16 code unit is at most 3 UTF-8 bytes, so short strings need no measuring.
    if (value.length * 3 <= cap)
        return { text: value, totalBytes: -1, truncated: false };
    const bytes = Buffer.from(value);
    if (bytes.length <= cap)
        return { text: value, totalBytes: bytes.length, truncated: false };
    return { text: bytes.toString('utf8', 0, utf8Boundary(bytes, cap)), totalBytes: bytes.length, truncated: true };
}
function truncationNote(totalBytes, cap) {
    return `\n… [truncated: ${totalBytes} bytes total, cap ${cap}]`;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/attempt-draft.ts

function resolveLimits(source, options = {}) {
    return {
        output: options.maxOutputBytes ?? 64 * 1024,
        message: options.maxMessageBytes ?? 8 * 1024,
        body: options.maxBodyBytes ?? 64 * 1024,
        keepPassedOutput: options.keepPassedOutput ?? false,
        shard: options.shard,
        source,
    };
}
/** One attempt while its elements are being read; text arrives either as an attribute or as content. */
class AttemptDraft {
    limits;
    status = 'passed';
    durationMs = 0;
    startedAt;
    type;
    messageAttribute;
    message;
    body;
    stdout;
    stderr;
    constructor(limits) {
        this.limits = limits;
    }
    /** Records a failure/error/skip; the first failing one wins, and a failure overrides a skip. */
    mark(status, type, message) {
        if (this.status === 'failed' || this.status === 'errored')
            return false;
        if (this.status === 'skipped' && status === 'skipped')
            return false;
        this.status = status;
        this.type = type || undefined;
        this.messageAttribute = message;
        this.message = undefined;
        this.body = undefined;
        return true;
    }
    messageSink() {
        return (this.message ??= new CappedText(this.limits.message));
    }
    bodySink() {
        return (this.body ??= new CappedText(this.limits.body));
    }
    stdoutSink() {
        return (this.stdout ??= new CappedText(this.limits.output));
    }
    stderrSink() {
        return (this.stderr ??= new CappedText(this.limits.output));
    }
    /** The model's attempt; capped fields are noted in `truncated`. */
    toAttempt(truncated) {
        const limits = this.limits;
        const attempt = { status: this.status, durationMs: this.durationMs, source: limits.source };
        if (limits.shard !== undefined)
            attempt.shard = limits.shard;
        if (this.startedAt)
            attempt.startedAt = this.startedAt;
        if (this.type !== undefined || this.messageAttribute || this.message || this.body) {
            const failure = {};
            if (this.type)
                failure.type = this.type;
            const message = this.message
                ? finishText(this.message, limits.message, 'message', truncated, true)
                : finishString(this.messageAttribute, limits.message, 'message', truncated);
            if (message)
                failure.message = message;
            const body = this.body && finishText(this.body, limits.body, 'body', truncated, true);
            if (body)
                failure.body = body;
            if (failure.type !== undefined || failure.message !== undefined || failure.body !== undefined) {
                attempt.failure = failure;
            }
        }
        const keepOutput = limits.keepPassedOutput || this.status === 'failed' || this.status === 'errored';
        if (keepOutput && this.stdout) {
            const stdout = finishText(this.stdout, limits.output, 'stdout', truncated, false);
            if (stdout)
                attempt.stdout = stdout;
        }
        if (keepOutput && this.stderr) {
            const stderr = finishText(this.stderr, limits.output, 'stderr', truncated, false);
            if (stderr)
                attempt.stderr = stderr;
        }
        return attempt;
    }
}
function noteTruncated(truncated, field) {
    if (!truncated.includes(field))
        truncated.push(field);
}
function finishText(text, cap, field, truncated, trim) {
    let value = text.toString();
    if (trim)
        value = value.trim();
    else if (value.trim() === '')
        return undefined;
    if (!text.truncated)
        return value || undefined;
    noteTruncated(truncated, field);
    return value + truncationNote(text.totalBytes, cap);
}
/** Caps a string from an attribute or JSON field the same way element content is capped. */
function finishString(value, cap, field, truncated) {
    if (!value)
        return undefined;
    const capped = capString(value, cap);
    if (!capped.truncated)
        return value;
    noteTruncated(truncated, field);
    return capped.text + truncationNote(capped.totalBytes, cap);
}
/** Seconds as reports write them ("0.012", "1,234.5", "0,5") to milliseconds; junk reads as 0. */
function secondsToMs(value) {
    if (value === undefined || value === '')
        return 0;
    let seconds;
    if (typeof value === 'number')
        seconds = value;
    else {
        let text = value.trim();
        if (text.includes(','))
            text = text.includes('.') ? text.replace(/,/g, '') : text.replace(',', '.');
        seconds = Number(text);
    }
    return Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds * 1e6) / 1e3 : 0;
}
/** "hh:mm:ss.fffffff" (TRX, .NET TimeSpan, optionally "d.hh:mm:ss") to milliseconds. */
function timeSpanToMs(value) {
    const match = value ? /^(?:(\d+)\.)?(\d+):(\d+):(\d+(?:\.\d+)?)$/.exec(value.trim()) : null;
    if (!match)
        return secondsToMs(value);
    const [, days, hours, minutes, seconds] = match;
    const total = Number(days ?? 0) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    return Math.round(total * 1e6) / 1e3;
}
function positiveInt(value) {
    if (!value)
        return undefined;
    const n = Number(value.trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Assembles the record from its attempts and the fields that were capped on the way. */
function buildRecord(identity, drafts) {
    const truncated = [];
    const attempts = [];
    for (const draft of drafts)
        attempts.push(draft.toAttempt(truncated));
    const record = { suite: identity.suite, name: identity.name, attempts };
    if (identity.classname !== undefined)
        record.classname = identity.classname;
    if (identity.file !== undefined)
        record.file = identity.file;
    if (identity.line !== undefined)
        record.line = identity.line;
    if (identity.properties !== undefined)
        record.properties = identity.properties;
    if (identity.marker !== undefined)
        record.marker = identity.marker;
    if (truncated.length > 0)
        record.truncated = truncated;
    return record;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/ctrf-reader.ts


function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function ctrf_reader_text(value) {
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return value.filter((line) => typeof line === 'string').join('\n');
    return undefined;
}
function ctrfStatus(status, rawStatus) {
    if (status === 'passed')
        return 'passed';
    if (status === 'failed')
        return 'failed';
    if (status === 'other' && typeof rawStatus === 'string' && /time|interrupt|crash|abort|error|fail/i.test(rawStatus)) {
        return 'errored';
    }
    return 'skipped';
}
function capped(value, cap) {
    if (!value)
        return undefined;
    const sink = new CappedText(cap);
    const bytes = Buffer.from(value);
    sink.cdata(bytes, 0, bytes.length);
    return sink;
}
/** The CTRF tests array, or undefined when the JSON is not a CTRF report. */
function ctrfTests(document) {
    if (!isObject(document) || !isObject(document.results) || !Array.isArray(document.results.tests))
        return undefined;
    const tool = isObject(document.results.tool) ? ctrf_reader_text(document.results.tool.name) : undefined;
    return { tool, tests: document.results.tests };
}
function attemptFrom(entry, limits) {
    const attempt = new AttemptDraft(limits);
    const status = ctrfStatus(entry.status, entry.rawStatus);
    if (status !== 'passed')
        attempt.mark(status, undefined, ctrf_reader_text(entry.message));
    else
        attempt.messageAttribute = ctrf_reader_text(entry.message);
    attempt.body = capped(ctrf_reader_text(entry.trace), limits.body);
    attempt.stdout = capped(ctrf_reader_text(entry.stdout), limits.output);
    attempt.stderr = capped(ctrf_reader_text(entry.stderr), limits.output);
    attempt.durationMs = typeof entry.duration === 'number' && entry.duration > 0 ? entry.duration : 0;
    if (typeof entry.start === 'number' && entry.start > 0)
        attempt.startedAt = new Date(entry.start).toISOString();
    return attempt;
}
function ctrfRecord(entry, tool, limits) {
    if (!isObject(entry) || typeof entry.name !== 'string')
        return undefined;
    const final = attemptFrom(entry, limits);
    let earlier = [];
    if (Array.isArray(entry.retryAttempts) && entry.retryAttempts.length > 0) {
        earlier = entry.retryAttempts.filter(isObject).map((retry) => attemptFrom(retry, limits));
    }
    else if (typeof entry.retries === 'number' && entry.retries > 0) {
        earlier = Array.from({ length: Math.min(entry.retries, 100) }, () => {
            const retry = new AttemptDraft(limits);
            retry.mark('failed');
            return retry;
        });
    }
    const suite = Array.isArray(entry.suite) ? ctrf_reader_text(entry.suite)?.replace(/\n/g, ' › ') : ctrf_reader_text(entry.suite);
    const file = ctrf_reader_text(entry.filePath) || undefined;
    const line = typeof entry.line === 'number' && entry.line > 0 ? entry.line : undefined;
    return buildRecord({ suite: suite || file || tool || '', name: entry.name, file, line }, [...earlier, final]);
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/detect-format.ts
// Recognises a report by its content (root element, namespace, JSON shape), never by file name.
const ROOT_FORMAT = {
    testsuites: 'junit',
    testsuite: 'junit',
    testcase: 'junit',
    'test-run': 'nunit',
    'test-results': 'nunit',
    assemblies: 'xunit',
    assembly: 'xunit',
    TestRun: 'trx',
};
/** Skips the prolog (declaration, comments, PIs, DOCTYPE with internal subset) and returns the root element's name. */
function rootElementName(head) {
    let i = 0;
    for (;;) {
        const lt = head.indexOf('<', i);
        if (lt === -1 || head.slice(i, lt).trim() !== '')
            return undefined;
        if (head.startsWith('<?', lt))
            i = endOf(head, '?>', lt);
        else if (head.startsWith('<!--', lt))
            i = endOf(head, '-->', lt);
        else if (head.startsWith('<!', lt))
            i = skipDeclaration(head, lt);
        else
            return /^<([A-Za-z_][\w.:-]*)/.exec(head.slice(lt, lt + 200))?.[1];
        if (i === -1)
            return undefined;
    }
}
function endOf(head, terminator, from) {
    const at = head.indexOf(terminator, from);
    return at === -1 ? -1 : at + terminator.length;
}
function skipDeclaration(head, lt) {
    let depth = 0;
    for (let i = lt + 2; i < head.length; i++) {
        const c = head[i];
        if (c === '"' || c === "'") {
            const close = head.indexOf(c, i + 1);
            if (close === -1)
                return -1;
            i = close;
        }
        else if (c === '[')
            depth++;
        else if (c === ']')
            depth--;
        else if (c === '>' && depth <= 0)
            return i + 1;
    }
    return -1;
}
/** The report format of a file from its first bytes (decoded), or undefined when it is not a report. */
function detectFormat(head) {
    const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
    const start = text.trimStart();
    if (start.startsWith('{')) {
        // CTRF: {"results": {"tool": ..., "tests": [...]}}; the keys may come in any order.
        return /"results"\s*:\s*\{/.test(start) && /"(tests|tool|summary)"\s*:/.test(start) ? 'ctrf' : undefined;
    }
    const root = rootElementName(start);
    if (root === undefined)
        return undefined;
    const local = root.includes(':') ? root.slice(root.indexOf(':') + 1) : root;
    const format = ROOT_FORMAT[local];
    if (format === 'trx' && !start.includes('microsoft.com/schemas/VisualStudio/TeamTest'))
        return undefined;
    return format;
}
/** A short description of what a non-report file looks like, for the error message. */
function describeContent(head) {
    const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
    if (start === '')
        return 'the file is empty';
    if (start.startsWith('{') || start.startsWith('['))
        return 'JSON that is not a CTRF report (no results.tests)';
    const root = rootElementName(start);
    if (root?.toLowerCase() === 'html' || /^<!doctype html/i.test(start))
        return 'an HTML page';
    if (root !== undefined)
        return `XML with root element <${root}>`;
    return 'neither XML nor JSON';
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/junit-reader.ts


const RERUN_STATUS = {
    flakyFailure: 'failed',
    flakyError: 'errored',
    rerunFailure: 'failed',
    rerunError: 'errored',
};
const SKIPPED_STATUS = new Set(['notrun', 'not run', 'disabled', 'skipped', 'suppressed']);
const FAILED_STATUS = new Set(['fail', 'failed', 'failure']);
const SCRIPT_FILE = /^[\w@.][\w@./+-]*\.(?:[cm]?[jt]sx?|vue|svelte)$/;
const GO_SUBTEST = /^(?:Test|Benchmark|Example|Fuzz)[^/]*\//;
class JUnitReader {
    limits;
    emit;
    sink;
    suites = [];
    current;
    /** fileFromClassname per classname: classnames repeat for every test of a class. */
    classnameFiles = new Map();
    constructor(limits, emit) {
        this.limits = limits;
        this.emit = emit;
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (name === 'testsuite') {
            const parent = this.suites[this.suites.length - 1];
            const own = attributes.getShared('name') ?? '';
            const path = !parent?.path ? own : !own || own === parent.name ? parent.path : `${parent.path} › ${own}`;
            this.suites.push({ name: own, path, file: normaliseFile(attributes.getShared('file')) ?? parent?.file });
        }
        else if (name === 'testcase') {
            this.current = this.startCase(attributes);
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (name === 'testsuite')
                this.suites.pop();
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            this.emit(this.finishCase(draft));
            return;
        }
        draft.path.pop();
        this.sink = undefined;
        if (draft.rerun !== undefined && draft.path.length === 0)
            draft.rerun = undefined;
        if (name === 'property' && draft.propertyName !== undefined) {
            (draft.properties ??= {})[draft.propertyName] = draft.propertyText?.toString() ?? '';
            draft.propertyName = undefined;
            draft.propertyText = undefined;
        }
    }
    end() {
        // A testcase cut off by the end of input is incomplete: not delivered (see header).
        this.current = undefined;
    }
    startCase(attributes) {
        const suite = this.suites[this.suites.length - 1];
        const own = new AttemptDraft(this.limits);
        own.durationMs = secondsToMs(attributes.number('time'));
        own.startedAt = attributes.get('timestamp');
        const classname = attributes.getShared('classname') || attributes.getShared('class') || undefined;
        const isPytest = this.suites[0]?.name === 'pytest';
        let line = positiveInt(attributes.get('line'));
        // pytest writes its 0-based line numbers.
        if (isPytest && attributes.get('line') !== undefined)
            line = Number(attributes.get('line')) + 1;
        return {
            name: attributes.get('name') ?? '',
            classname,
            file: normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
                suite?.file ??
                this.fileOfClassname(classname, isPytest),
            line: Number.isFinite(line) ? line : undefined,
            statusAttribute: (attributes.getShared('status') ?? attributes.getShared('result'))?.toLowerCase(),
            own,
            before: [],
            after: [],
            properties: undefined,
            path: [],
            rerun: undefined,
            propertyName: undefined,
            propertyText: undefined,
        };
    }
    fileOfClassname(classname, isPytest) {
        if (classname === undefined)
            return undefined;
        let file = this.classnameFiles.get(classname);
        if (file === undefined && !this.classnameFiles.has(classname)) {
            file = fileFromClassname(classname, isPytest);
            if (this.classnameFiles.size > 10_000)
                this.classnameFiles.clear();
            this.classnameFiles.set(classname, file);
        }
        return file;
    }
    openInCase(draft, name, attributes) {
        const depth = draft.path.length;
        if (depth === 0) {
            const rerunStatus = RERUN_STATUS[name];
            if (rerunStatus !== undefined) {
                const rerun = new AttemptDraft(this.limits);
                rerun.mark(rerunStatus, attributes.get('type'), attributes.get('message'));
                rerun.durationMs = secondsToMs(attributes.get('time'));
                rerun.startedAt = attributes.get('timestamp');
                (name.startsWith('flaky') ? draft.before : draft.after).push(rerun);
                draft.rerun = rerun;
                this.sink = rerun.bodySink();
                return;
            }
            const own = draft.own;
            if (name === 'failure' || name === 'error' || name === 'skipped') {
                const status = name === 'failure' ? 'failed' : name === 'error' ? 'errored' : 'skipped';
                const marked = own.mark(status, attributes.getShared('type'), attributes.get('message'));
                this.sink = marked ? own.bodySink() : undefined;
            }
            else if (name === 'system-out')
                this.sink = own.stdoutSink();
            else if (name === 'system-err')
                this.sink = own.stderrSink();
            return;
        }
        if (draft.rerun !== undefined && depth === 1) {
            if (name === 'stackTrace')
                this.sink = draft.rerun.bodySink();
            else if (name === 'system-out')
                this.sink = draft.rerun.stdoutSink();
            else if (name === 'system-err')
                this.sink = draft.rerun.stderrSink();
            else
                this.sink = undefined;
            return;
        }
        if (name === 'property' && depth === 1 && draft.path[0] === 'properties') {
            const propertyName = attributes.get('name');
            if (propertyName === undefined)
                return;
            const value = attributes.get('value');
            if (value !== undefined) {
                (draft.properties ??= {})[propertyName] = value;
            }
            else {
                draft.propertyName = propertyName;
                draft.propertyText = new CappedText(this.limits.message);
                this.sink = draft.propertyText;
            }
        }
    }
    finishCase(draft) {
        const own = draft.own;
        const status = draft.statusAttribute;
        if (own.status === 'passed' && status !== undefined) {
            if (FAILED_STATUS.has(status))
                own.mark('failed');
            else if (SKIPPED_STATUS.has(status))
                own.mark('skipped');
        }
        let marker;
        if (own.status === 'skipped' && own.type === 'pytest.xfail')
            marker = 'xfail';
        else if (own.status === 'skipped' && own.type === 'pytest.xpass') {
            own.status = 'passed';
            marker = 'xpass';
        }
        else if (own.status === 'failed' && own.messageAttribute?.startsWith('[XPASS(strict)]'))
            marker = 'xpass';
        let properties = draft.properties;
        if (draft.name.includes('/') && GO_SUBTEST.test(draft.name)) {
            properties = { ...properties, parent: draft.name.slice(0, draft.name.lastIndexOf('/')) };
        }
        const suite = this.suites[this.suites.length - 1]?.path || draft.classname || '';
        return buildRecord({ suite, classname: draft.classname, name: draft.name, file: draft.file, line: draft.line, properties, marker }, [...draft.before, own, ...draft.after]);
    }
}
function normaliseFile(file) {
    if (!file)
        return undefined;
    return file.startsWith('./') ? file.slice(2) : file;
}
/**
 * File from a classname where the dialect makes it reliable: Vitest/Playwright write the spec path
 * as classname; pytest writes the module path with dots ("tests.test_x.TestY" → tests/test_x.py).
 */
function fileFromClassname(classname, isPytest) {
    if (SCRIPT_FILE.test(classname) && classname.includes('/'))
        return normaliseFile(classname);
    if (SCRIPT_FILE.test(classname) && /\.(?:test|spec)\.[cm]?[jt]sx?$/.test(classname))
        return classname;
    if (!isPytest)
        return undefined;
    const parts = classname.split('.');
    let module = -1;
    parts.forEach((part, i) => {
        if (/^test_\w*$|^\w+_test$/.test(part))
            module = i;
    });
    return module === -1 ? undefined : `${parts.slice(0, module + 1).join('/')}.py`;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/nunit-reader.ts

const FIXTURE_TYPES = new Set(['TestFixture', 'ParameterizedFixture', 'GenericFixture', 'SetUpFixture']);
/** NUnit 3 result + label, or NUnit 2 result, to an attempt status. */
function nunitStatus(result, label, executed) {
    switch (result) {
        case 'Passed':
        case 'Success':
        case 'Warning':
            return 'passed';
        case 'Failed':
            return label === 'Error' || label === 'Invalid' || label === 'Cancelled' ? 'errored' : 'failed';
        case 'Failure':
            return 'failed';
        case 'Error':
        case 'NotRunnable':
        case 'Cancelled':
            return 'errored';
        default:
            // Skipped, Ignored, Inconclusive, Explicit, NotRun...
            return executed === 'False' || result !== '' ? 'skipped' : 'passed';
    }
}
class NUnitReader {
    limits;
    emit;
    sink;
    suites = [];
    current;
    constructor(limits, emit) {
        this.limits = limits;
        this.emit = emit;
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (name === 'test-suite') {
            const type = attributes.get('type') ?? '';
            this.suites.push({
                name: attributes.get('fullname') ?? attributes.get('name') ?? '',
                isFixture: FIXTURE_TYPES.has(type),
            });
        }
        else if (name === 'test-case') {
            this.current = this.startCase(attributes);
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (name === 'test-suite')
                this.suites.pop();
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            this.emit(this.finishCase(draft));
            return;
        }
        draft.path.pop();
        this.sink = undefined;
    }
    end() {
        this.current = undefined;
    }
    startCase(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const status = nunitStatus(attributes.get('result') ?? '', attributes.get('label'), attributes.get('executed'));
        if (status !== 'passed')
            attempt.mark(status);
        attempt.durationMs = secondsToMs(attributes.get('duration') ?? attributes.get('time'));
        attempt.startedAt = attributes.get('start-time')?.replace(' ', 'T');
        const name = attributes.get('name') ?? '';
        const fullname = attributes.get('fullname');
        let classname = attributes.get('classname');
        if (classname === undefined && fullname?.endsWith(`.${name}`))
            classname = fullname.slice(0, -name.length - 1);
        return { name, classname, attempt, properties: undefined, path: [] };
    }
    openInCase(draft, name, attributes) {
        const parent = draft.path[draft.path.length - 1];
        const attempt = draft.attempt;
        if (name === 'output' && parent === undefined)
            this.sink = attempt.stdoutSink();
        else if (name === 'message' && (parent === 'failure' || parent === 'reason'))
            this.sink = attempt.messageSink();
        else if (name === 'stack-trace' && parent === 'failure')
            this.sink = attempt.bodySink();
        else if (name === 'property' && parent === 'properties') {
            const key = attributes.get('name');
            if (key !== undefined)
                (draft.properties ??= {})[key] = attributes.get('value') ?? '';
        }
    }
    finishCase(draft) {
        let suite;
        for (let i = this.suites.length - 1; i >= 0 && suite === undefined; i--) {
            if (this.suites[i].isFixture)
                suite = this.suites[i].name;
        }
        suite ??= this.suites[this.suites.length - 1]?.name ?? draft.classname ?? '';
        return buildRecord({ suite, classname: draft.classname, name: draft.name, properties: draft.properties }, [draft.attempt]);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/trx-reader.ts

const OUTCOME = {
    Failed: 'failed',
    Error: 'errored',
    Timeout: 'errored',
    Aborted: 'errored',
    NotRunnable: 'errored',
    Disconnected: 'errored',
    NotExecuted: 'skipped',
    Inconclusive: 'skipped',
    Pending: 'skipped',
    InProgress: 'skipped',
};
function baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
class TrxReader {
    limits;
    emit;
    sink;
    openResults = [];
    held = [];
    definitions = new Map();
    definitionId;
    delivered = false;
    constructor(limits, emit) {
        this.limits = limits;
        this.emit = emit;
    }
    open(name, attributes) {
        const result = this.openResults[this.openResults.length - 1];
        if (name === 'UnitTestResult') {
            if (result !== undefined)
                result.hasInner = true;
            this.openResults.push(this.startResult(attributes));
        }
        else if (result !== undefined) {
            this.openInResult(result, name);
            result.path.push(name);
        }
        else if (name === 'UnitTest') {
            this.definitionId = attributes.get('id');
            if (this.definitionId !== undefined) {
                this.definitions.set(this.definitionId, { classname: undefined, storage: attributes.get('storage') });
            }
        }
        else if (name === 'TestMethod' && this.definitionId !== undefined) {
            const definition = this.definitions.get(this.definitionId);
            // "Namespace.Class, Assembly, Version=..." → "Namespace.Class"
            definition.classname = attributes.get('className')?.split(',')[0]?.trim() || undefined;
            definition.storage ??= attributes.get('codeBase');
        }
    }
    close(name) {
        const result = this.openResults[this.openResults.length - 1];
        if (name === 'UnitTestResult' && result !== undefined) {
            this.openResults.pop();
            if (!result.hasInner)
                this.held.push(result);
        }
        else if (result !== undefined) {
            result.path.pop();
            this.sink = undefined;
        }
        else if (name === 'UnitTest') {
            this.definitionId = undefined;
        }
        else if (name === 'TestRun') {
            this.deliver();
        }
    }
    /** Delivers held results at the end of input too, so a truncated TRX keeps what it completed. */
    end() {
        this.deliver();
    }
    deliver() {
        if (this.delivered)
            return;
        this.delivered = true;
        for (const result of this.held) {
            const definition = this.definitions.get(result.testId);
            const classname = definition?.classname;
            const suite = classname ?? (definition?.storage ? baseName(definition.storage) : '');
            this.emit(buildRecord({ suite, classname, name: result.name }, [result.attempt]));
        }
        this.held.length = 0;
    }
    startResult(attributes) {
        const attempt = new AttemptDraft(this.limits);
        const status = OUTCOME[attributes.get('outcome') ?? ''];
        if (status !== undefined)
            attempt.mark(status);
        attempt.durationMs = timeSpanToMs(attributes.get('duration'));
        attempt.startedAt = attributes.get('startTime');
        return {
            testId: attributes.get('testId') ?? '',
            name: attributes.get('testName') ?? '',
            attempt,
            hasInner: false,
            path: [],
        };
    }
    openInResult(result, name) {
        const parent = result.path[result.path.length - 1];
        const attempt = result.attempt;
        if (parent === 'Output' && name === 'StdOut')
            this.sink = attempt.stdoutSink();
        else if (parent === 'Output' && name === 'StdErr')
            this.sink = attempt.stderrSink();
        else if (parent === 'ErrorInfo' && name === 'Message')
            this.sink = attempt.messageSink();
        else if (parent === 'ErrorInfo' && name === 'StackTrace')
            this.sink = attempt.bodySink();
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xunit-reader.ts

const STATUS = { Fail: 'failed', Skip: 'skipped', NotRun: 'skipped' };
function xunit_reader_baseName(path) {
    return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
class XUnitReader {
    limits;
    emit;
    sink;
    assembly = '';
    collection;
    current;
    constructor(limits, emit) {
        this.limits = limits;
        this.emit = emit;
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (name === 'assembly') {
            this.assembly = xunit_reader_baseName(attributes.get('name') ?? '');
        }
        else if (name === 'collection') {
            this.collection = attributes.get('name');
        }
        else if (name === 'test') {
            const attempt = new AttemptDraft(this.limits);
            const status = STATUS[attributes.get('result') ?? ''];
            if (status !== undefined)
                attempt.mark(status);
            attempt.durationMs = secondsToMs(attributes.get('time'));
            this.current = {
                name: attributes.get('name') ?? '',
                classname: attributes.get('type'),
                file: attributes.get('source-file') || undefined,
                line: positiveInt(attributes.get('source-line')),
                attempt,
                properties: undefined,
                path: [],
            };
        }
    }
    close(name) {
        const draft = this.current;
        if (draft === undefined) {
            if (name === 'collection')
                this.collection = undefined;
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            const { name: testName, classname, file, line, properties, attempt } = draft;
            const suite = this.collection ?? this.assembly;
            this.emit(buildRecord({ suite, classname, name: testName, file, line, properties }, [attempt]));
            return;
        }
        draft.path.pop();
        this.sink = undefined;
    }
    end() {
        this.current = undefined;
    }
    openInCase(draft, name, attributes) {
        const parent = draft.path[draft.path.length - 1];
        const attempt = draft.attempt;
        if (name === 'failure' && parent === undefined) {
            if (attempt.status === 'passed')
                attempt.mark('failed');
            attempt.type = attributes.get('exception-type') || undefined;
        }
        else if (name === 'message' && parent === 'failure')
            this.sink = attempt.messageSink();
        else if (name === 'stack-trace' && parent === 'failure')
            this.sink = attempt.bodySink();
        else if (name === 'reason' && parent === undefined)
            this.sink = attempt.messageSink();
        else if (name === 'output' && parent === undefined)
            this.sink = attempt.stdoutSink();
        else if (name === 'trait' && parent === 'traits') {
            const key = attributes.get('name');
            if (key !== undefined)
                (draft.properties ??= {})[key] = attributes.get('value') ?? '';
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-file-stream.ts
const CHUNK_BYTES = 1 << 20;
/** An unfinished tag/declaration longer than this is refused instead of buffered. */
const MAX_PENDING_BYTES = 64 << 20;
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LATIN1_NAMES = new Set(['iso-8859-1', 'iso_8859-1', 'latin1', 'latin-1', 'l1']);
function textDecoderTranscoder(label) {
    const decoder = new TextDecoder(label);
    return (bytes, final) => decoder.decode(bytes, { stream: !final });
}
/** The encoding of a file from its BOM, its byte pattern, or its XML declaration. */
function chooseEncoding(head) {
    const [b0, b1, b2, b3] = head;
    if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0x3c && b1 === 0 && b2 === 0x3f && b3 === 0)) {
        return { transcoder: textDecoderTranscoder('utf-16le'), name: 'utf-16le' };
    }
    if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0 && b1 === 0x3c && b2 === 0 && b3 === 0x3f)) {
        return { transcoder: textDecoderTranscoder('utf-16be'), name: 'utf-16be' };
    }
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf)
        return { transcoder: undefined, name: 'utf-8' };
    const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']+)["']/.exec(head.toString('latin1', 0, 300))?.[1];
    const name = declared?.toLowerCase();
    // UTF-16 declared without a BOM or 16-bit bytes cannot be: the bytes read as ASCII, so they are UTF-8.
    if (name === undefined || UTF8_NAMES.has(name) || name.startsWith('utf-16'))
        return { transcoder: undefined, name: 'utf-8' };
    if (LATIN1_NAMES.has(name))
        return { transcoder: (bytes) => bytes.toString('latin1'), name: 'iso-8859-1' };
    try {
        return { transcoder: textDecoderTranscoder(name), name };
    }
    catch {
        return { unsupported: declared };
    }
}
/** Streams the whole file through the tokenizer; stops at its first syntax error. */
async function streamXmlFile(file, tokenizer, transcoder) {
    let buffer = Buffer.allocUnsafe(2 * CHUNK_BYTES);
    // Two read buffers: the next chunk is read while the current one is parsed.
    const reads = [Buffer.allocUnsafe(CHUNK_BYTES), Buffer.allocUnsafe(CHUNK_BYTES)];
    let position = 0;
    const readInto = (raw) => {
        const read = file.read(raw, 0, raw.length, position);
        position += raw.length;
        return read;
    };
    let turn = 0;
    let next = readInto(reads[0]);
    let kept = 0;
    let base = 0;
    for (;;) {
        const raw = reads[turn];
        const { bytesRead } = await next;
        const eof = bytesRead < raw.length;
        turn = 1 - turn;
        if (!eof)
            next = readInto(reads[turn]);
        const bytes = transcoder ? Buffer.from(transcoder(raw.subarray(0, bytesRead), eof)) : raw.subarray(0, bytesRead);
        if (buffer.length - kept < bytes.length)
            buffer = grow(buffer, kept, kept + bytes.length);
        bytes.copy(buffer, kept);
        const length = kept + bytes.length;
        const consumed = tokenizer.write(buffer.subarray(0, length), base);
        if (tokenizer.error !== undefined)
            break;
        buffer.copyWithin(0, consumed, length);
        kept = length - consumed;
        base += consumed;
        if (kept > MAX_PENDING_BYTES) {
            tokenizer.fail(`a single tag or declaration is longer than ${MAX_PENDING_BYTES >> 20} MiB`, base);
            break;
        }
        if (eof) {
            tokenizer.finish(buffer.subarray(0, kept), base);
            return;
        }
    }
    if (!(await settled(next)))
        return;
}
/** Waits for a read still in flight so the file is not closed under it. */
async function settled(read) {
    await read.catch(() => undefined);
    return false;
}
function grow(buffer, kept, needed) {
    const larger = Buffer.allocUnsafe(Math.max(buffer.length * 2, needed));
    buffer.copy(larger, 0, 0, kept);
    return larger;
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-attributes.ts
// Attribute access for the tokenizer's handlers. Creating a JS string from bytes costs ~80 ns,
// more than scanning a whole tag, so values are decoded only when asked for, and names and
// repeated values (classname, suite, type) come from a small table of strings already made.

function latin1(chunk, start, end) {
    return chunk.latin1Slice(start, end);
}
function utf8(chunk, start, end) {
    return chunk.utf8Slice(start, end);
}
const TABLE_SIZE = 1024;
const MAX_SHARED_LENGTH = 256;
/** Strings by their bytes: a hit costs a byte comparison instead of a new string. */
class StringTable {
    strings = new Array(TABLE_SIZE);
    /** The ASCII string for chunk[start..end); `hash` lets the caller fold hashing into its own scan. */
    ascii(chunk, start, end, hash) {
        const slot = hash & (TABLE_SIZE - 1);
        const known = this.strings[slot];
        const length = end - start;
        if (known !== undefined && known.length === length) {
            let same = true;
            for (let i = 0; i < length; i++) {
                if (known.charCodeAt(i) !== chunk[start + i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return known;
        }
        const made = latin1(chunk, start, end);
        this.strings[slot] = made;
        return made;
    }
}
function hashBytes(chunk, start, end) {
    let hash = 0;
    for (let i = start; i < end; i++)
        hash = (hash * 31 + chunk[i]) | 0;
    return hash;
}
/** Attributes of the tag being reported; reused between tags, so read them inside `open` only. */
class XmlAttributes {
    shared;
    count = 0;
    names = [];
    /** Value byte ranges in `chunk`. */
    starts = [];
    ends = [];
    chunk = Buffer.alloc(0);
    constructor(shared) {
        this.shared = shared;
    }
    find(name) {
        for (let i = 0; i < this.count; i++)
            if (this.names[i] === name)
                return i;
        return -1;
    }
    get(name) {
        const i = this.find(name);
        return i === -1 ? undefined : this.decode(this.starts[i], this.ends[i]);
    }
    /** Like get, for values that repeat across tags (classname, suite name, type): served from a table. */
    getShared(name) {
        const i = this.find(name);
        if (i === -1)
            return undefined;
        const chunk = this.chunk;
        const start = this.starts[i];
        const end = this.ends[i];
        if (end - start > MAX_SHARED_LENGTH)
            return this.decode(start, end);
        let hash = 0;
        for (let j = start; j < end; j++) {
            const c = chunk[j];
            if (c >= 0x80 || c === 0x26 || c < 0x20)
                return this.decode(start, end);
            hash = (hash * 31 + c) | 0;
        }
        return this.shared.ascii(chunk, start, end, hash);
    }
    /** A plain decimal number ("0.012", "12") read from the bytes; anything else falls back to the string. */
    number(name) {
        const i = this.find(name);
        if (i === -1)
            return undefined;
        const chunk = this.chunk;
        const end = this.ends[i];
        let value = 0;
        let scale = 0;
        let digits = 0;
        for (let j = this.starts[i]; j < end; j++) {
            const c = chunk[j];
            if (c >= 0x30 && c <= 0x39) {
                value = value * 10 + (c - 0x30);
                digits++;
                if (scale > 0)
                    scale *= 10;
            }
            else if (c === 0x2e && scale === 0)
                scale = 1;
            else
                return this.get(name);
        }
        if (digits === 0 || digits > 15)
            return this.get(name);
        return scale > 1 ? value / scale : value;
    }
    // Attribute-value normalisation: literal tabs and newlines become spaces; then references.
    decode(start, end) {
        const chunk = this.chunk;
        let nonAscii = false;
        let reference = false;
        let control = false;
        for (let j = start; j < end; j++) {
            const c = chunk[j];
            if (c >= 0x80)
                nonAscii = true;
            else if (c === 0x26)
                reference = true;
            else if (c < 0x20)
                control = true;
        }
        let value = nonAscii ? utf8(chunk, start, end) : latin1(chunk, start, end);
        if (control)
            value = value.replace(/\r\n|[\t\n\r]/g, ' ');
        return reference ? decodeEntities(value) : value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/xml-tokenizer.ts
// A streaming, byte-level XML tokenizer: no DOM, no whole-file string. Markup is parsed from
// Buffers; element content is skipped with Buffer.indexOf unless the handler asks for it.
// DOCTYPE declarations are skipped whole: declared entities are never expanded or fetched.


var Mode;
(function (Mode) {
    Mode[Mode["Content"] = 0] = "Content";
    Mode[Mode["Cdata"] = 1] = "Cdata";
    Mode[Mode["Comment"] = 2] = "Comment";
})(Mode || (Mode = {}));
const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const CDATA_OPEN = Buffer.from('<![CDATA[');
const CDATA_CLOSE = Buffer.from(']]>');
const COMMENT_OPEN = Buffer.from('<!--');
const COMMENT_CLOSE = Buffer.from('-->');
const PI_CLOSE = Buffer.from('?>');
function isSpace(c) {
    return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}
function isNameStart(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
}
function isNameEnd(c) {
    return isSpace(c) || c === GT || c === SLASH || c === EQUALS || c === LT;
}
/** Whether `chunk` holds `prefix` at `at`; undefined when the chunk ends before it can tell. */
function startsWithAt(chunk, at, prefix) {
    for (let i = 0; i < prefix.length; i++) {
        if (at + i >= chunk.length)
            return undefined;
        if (chunk[at + i] !== prefix[i])
            return false;
    }
    return true;
}
const INCOMPLETE = -1;
/** Below this distance a JS loop beats Buffer.indexOf, whose call costs more than a short scan. */
const SHORT_SCAN = 64;
const SHORT_VALUE = 12;
function findByte(chunk, byte, from) {
    const stop = Math.min(chunk.length, from + SHORT_SCAN);
    for (let i = from; i < stop; i++)
        if (chunk[i] === byte)
            return i;
    return stop === chunk.length ? -1 : chunk.indexOf(byte, stop);
}
class XmlTokenizer {
    handler;
    error;
    mode = Mode.Content;
    stack = [];
    names = new StringTable();
    attributes = new XmlAttributes(new StringTable());
    base = 0;
    chunk = Buffer.alloc(0);
    // Newlines are counted once, up to `countedTo` (an absolute byte offset), as positions are needed.
    countedTo = 0;
    line = 1;
    lineStart = 0;
    constructor(handler) {
        this.handler = handler;
    }
    /**
     * Reads `chunk`, which starts at absolute byte offset `base`, and returns how many bytes were
     * consumed. The caller passes the unconsumed rest again, followed by more bytes.
     */
    write(chunk, base) {
        this.chunk = chunk;
        this.base = base;
        const end = chunk.length;
        const handler = this.handler;
        let pos = 0;
        while (pos < end && this.error === undefined) {
            if (this.mode === Mode.Content) {
                const lt = findByte(chunk, LT, pos);
                if (lt === -1) {
                    if (handler.sink !== undefined)
                        handler.sink.text(chunk, pos, end);
                    pos = end;
                    break;
                }
                if (lt > pos && handler.sink !== undefined)
                    handler.sink.text(chunk, pos, lt);
                const next = this.markup(chunk, lt);
                if (next === INCOMPLETE) {
                    pos = lt;
                    break;
                }
                pos = next;
            }
            else {
                const isCdata = this.mode === Mode.Cdata;
                const close = chunk.indexOf(isCdata ? CDATA_CLOSE : COMMENT_CLOSE, pos);
                // Without the terminator, keep the last 2 bytes: they may be its first half.
                const stop = close === -1 ? Math.max(pos, end - 2) : close;
                if (isCdata && stop > pos && handler.sink !== undefined)
                    handler.sink.cdata(chunk, pos, stop);
                if (close === -1) {
                    pos = stop;
                    break;
                }
                pos = close + 3;
                this.mode = Mode.Content;
            }
        }
        if (this.error === undefined)
            this.settleLines(pos);
        return pos;
    }
    /** Called once at end of input with the bytes never consumed; records what was left unclosed. */
    finish(rest, base) {
        if (this.error !== undefined)
            return;
        this.chunk = rest;
        this.base = base;
        const eof = base + rest.length;
        if (this.mode !== Mode.Content) {
            const what = this.mode === Mode.Cdata ? 'a CDATA section' : 'a comment';
            this.fail(`unexpected end of file inside ${what}${this.enclosing()}`, eof);
        }
        else if (rest.length > 0) {
            this.fail(`unexpected end of file: ${this.unfinishedMarkup(rest)}${this.enclosing()}`, eof);
        }
        else if (this.stack.length > 0) {
            const top = this.stack[this.stack.length - 1];
            this.fail(`unexpected end of file inside <${top.name}> opened at line ${this.lineOf(top)}`, eof);
        }
    }
    unfinishedMarkup(rest) {
        const kind = rest[1];
        if (kind === BANG) {
            if (startsWithAt(rest, 0, CDATA_OPEN) !== false)
                return 'a CDATA section is not closed';
            if (startsWithAt(rest, 0, COMMENT_OPEN) !== false)
                return 'a comment is not closed';
            return "expected '>' to close a <! declaration";
        }
        if (kind === QUESTION)
            return "expected '?>' to close a processing instruction";
        const from = kind === SLASH ? 2 : 1;
        let i = from;
        while (i < rest.length && !isNameEnd(rest[i]))
            i++;
        return `expected '>' to close <${kind === SLASH ? '/' : ''}${rest.toString('utf8', from, i)}>`;
    }
    /** Stops with a syntax error at absolute offset `at`. */
    fail(message, at) {
        if (this.error !== undefined)
            return;
        const { line, column } = this.locate(at);
        this.error = { message, line, column };
    }
    enclosing() {
        const top = this.stack[this.stack.length - 1];
        return top === undefined ? '' : ` in <${top.name}> opened at line ${this.lineOf(top)}`;
    }
    lineOf(element) {
        if (element.line === 0)
            element.line = this.locate(element.offset).line;
        return element.line;
    }
    /** Line and column of an absolute offset in the current chunk, not before the last one asked. */
    locate(at) {
        this.settleStackLines(at);
        this.countLinesTo(at);
        return { line: this.line, column: at - this.lineStart + 1 };
    }
    settleLines(consumed) {
        const at = this.base + consumed;
        this.settleStackLines(at);
        this.countLinesTo(at);
    }
    // Elements opened in this chunk get their line before the chunk is dropped (in offset order).
    settleStackLines(limit) {
        for (const element of this.stack)
            this.fixLine(element, limit);
    }
    fixLine(element, limit) {
        if (element.line !== 0 || element.offset > limit)
            return;
        this.countLinesTo(element.offset);
        element.line = this.line;
    }
    countLinesTo(at) {
        if (at <= this.countedTo)
            return;
        const view = this.chunk.subarray(0, at - this.base);
        let i = Math.max(0, this.countedTo - this.base);
        for (;;) {
            const nl = view.indexOf(NEWLINE, i);
            if (nl === -1)
                break;
            this.line++;
            this.lineStart = this.base + nl + 1;
            i = nl + 1;
        }
        this.countedTo = at;
    }
    /** Parses the markup at `lt`; returns the offset after it, or INCOMPLETE when the chunk ends first. */
    markup(chunk, lt) {
        const kind = chunk[lt + 1];
        if (kind === undefined)
            return INCOMPLETE;
        if (kind === SLASH)
            return this.closeTag(chunk, lt);
        if (kind === BANG) {
            const cdata = startsWithAt(chunk, lt, CDATA_OPEN);
            if (cdata === undefined)
                return INCOMPLETE;
            if (cdata) {
                this.mode = Mode.Cdata;
                return lt + CDATA_OPEN.length;
            }
            const comment = startsWithAt(chunk, lt, COMMENT_OPEN);
            if (comment === undefined)
                return INCOMPLETE;
            if (comment) {
                this.mode = Mode.Comment;
                return lt + COMMENT_OPEN.length;
            }
            return this.declaration(chunk, lt);
        }
        if (kind === QUESTION) {
            const close = chunk.indexOf(PI_CLOSE, lt + 2);
            return close === -1 ? INCOMPLETE : close + 2;
        }
        return this.openTag(chunk, lt);
    }
    // <!DOCTYPE ...> with an optional [internal subset]: skipped, quotes and brackets respected.
    declaration(chunk, lt) {
        let depth = 0;
        for (let i = lt + 2; i < chunk.length; i++) {
            const c = chunk[i];
            if (c === 0x22 || c === 0x27) {
                const close = chunk.indexOf(c, i + 1);
                if (close === -1)
                    return INCOMPLETE;
                i = close;
            }
            else if (c === 0x5b)
                depth++;
            else if (c === 0x5d)
                depth--;
            else if (c === GT && depth <= 0)
                return i + 1;
        }
        return INCOMPLETE;
    }
    closeTag(chunk, lt) {
        const gt = findByte(chunk, GT, lt + 2);
        if (gt === -1)
            return INCOMPLETE;
        let nameEnd = gt;
        while (nameEnd > lt + 2 && isSpace(chunk[nameEnd - 1]))
            nameEnd--;
        let hash = 0;
        for (let i = lt + 2; i < nameEnd; i++)
            hash = (hash * 31 + chunk[i]) | 0;
        const name = this.names.ascii(chunk, lt + 2, nameEnd, hash);
        const top = this.stack.pop();
        if (top === undefined) {
            this.fail(`unexpected </${name}>: no element is open`, this.base + lt);
            return INCOMPLETE;
        }
        if (top.name !== name) {
            this.stack.push(top);
            this.fail(`expected </${top.name}> to close <${top.name}> opened at line ${this.lineOf(top)}, found </${name}>`, this.base + lt);
            return INCOMPLETE;
        }
        this.handler.close(name);
        return gt + 1;
    }
    openTag(chunk, lt) {
        const end = chunk.length;
        const names = this.names;
        let i = lt + 1;
        if (!isNameStart(chunk[i])) {
            this.fail(`expected an element name after '<'`, this.base + lt);
            return INCOMPLETE;
        }
        let hash = 0;
        for (; i < end; i++) {
            const c = chunk[i];
            if (isNameEnd(c))
                break;
            hash = (hash * 31 + c) | 0;
        }
        if (i === end)
            return INCOMPLETE;
        const name = names.ascii(chunk, lt + 1, i, hash);
        const attributes = this.attributes;
        attributes.count = 0;
        attributes.chunk = chunk;
        for (;;) {
            while (i < end && isSpace(chunk[i]))
                i++;
            if (i === end)
                return INCOMPLETE;
            const c = chunk[i];
            if (c === GT)
                return this.opened(name, lt, i + 1, false);
            if (c === SLASH) {
                if (i + 1 === end)
                    return INCOMPLETE;
                if (chunk[i + 1] === GT)
                    return this.opened(name, lt, i + 2, true);
                this.fail(`expected '>' after '/' to close <${name}>`, this.base + i + 1);
                return INCOMPLETE;
            }
            if (!isNameStart(c)) {
                this.fail(`expected '>' to close <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            const attributeStart = i;
            hash = 0;
            for (; i < end; i++) {
                const a = chunk[i];
                if (isNameEnd(a))
                    break;
                hash = (hash * 31 + a) | 0;
            }
            const attributeEnd = i;
            while (i < end && isSpace(chunk[i]))
                i++;
            if (i === end)
                return INCOMPLETE;
            if (chunk[i] !== EQUALS) {
                const attribute = latin1(chunk, attributeStart, attributeEnd);
                this.fail(`expected '=' after attribute '${attribute}' in <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            i++;
            while (i < end && isSpace(chunk[i]))
                i++;
            if (i === end)
                return INCOMPLETE;
            const quote = chunk[i];
            if (quote !== 0x22 && quote !== 0x27) {
                const attribute = latin1(chunk, attributeStart, attributeEnd);
                this.fail(`expected a quoted value for attribute '${attribute}' in <${name}>`, this.base + i);
                return INCOMPLETE;
            }
            let valueEnd = i + 1;
            const shortStop = Math.min(end, valueEnd + SHORT_VALUE);
            while (valueEnd < shortStop && chunk[valueEnd] !== quote)
                valueEnd++;
            if (valueEnd === shortStop)
                valueEnd = shortStop === end ? -1 : chunk.indexOf(quote, shortStop);
            if (valueEnd === -1)
                return INCOMPLETE;
            const n = attributes.count++;
            attributes.names[n] = names.ascii(chunk, attributeStart, attributeEnd, hash);
            attributes.starts[n] = i + 1;
            attributes.ends[n] = valueEnd;
            i = valueEnd + 1;
        }
    }
    opened(name, lt, next, selfClosing) {
        if (!selfClosing)
            this.stack.push({ name, offset: this.base + lt, line: 0 });
        this.handler.open(name, this.attributes);
        if (selfClosing)
            this.handler.close(name);
        return next;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/ingest-file.ts
// Reads one report file of any supported format into TestCaseRecords, streaming.
// Problems are returned in SourceFile.errors, never thrown. A malformed or truncated file keeps
// the tests completed before the bad point: they are delivered, and the error says where it broke.










const HEAD_BYTES = 64 * 1024;
/** CTRF is read whole (JSON.parse); beyond this it is refused rather than risk the runner's memory. */
const MAX_CTRF_BYTES = 256 << 20;
const XML_READERS = {
    junit: JUnitReader,
    nunit: NUnitReader,
    xunit: XUnitReader,
    trx: TrxReader,
};
function isSystemError(error) {
    return error instanceof Error && typeof error.code === 'string';
}
/** Streams one report file, calling onTest for every test case; never throws for bad content. */
async function ingestFile(path, onTest, options) {
    const source = { path, format: 'unknown', tests: 0, bytes: 0, errors: [] };
    const problem = (kind, message, at) => {
        source.errors.push({ path, ...(at && { line: at.line, column: at.column }), message, kind });
    };
    let file;
    try {
        file = await (0,promises_namespaceObject.open)(path, 'r');
        const stat = await file.stat();
        if (stat.isDirectory()) {
            problem('unreadable', `${path} is a directory, not a report file`);
            return source;
        }
        source.bytes = stat.size;
        const head = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
        const { bytesRead } = await file.read(head, 0, head.length, 0);
        const encoding = chooseEncoding(head.subarray(0, bytesRead));
        if ('unsupported' in encoding) {
            problem('malformed', `${path} declares encoding "${encoding.unsupported}", which this reader does not support`);
            return source;
        }
        const headText = encoding.transcoder
            ? encoding.transcoder(head.subarray(0, bytesRead), false)
            : head.toString('utf8', 0, bytesRead);
        const format = detectFormat(headText);
        if (format === undefined) {
            problem('not-a-report', `${path} is not a test report: ${describeContent(headText)}`);
            return source;
        }
        source.format = format;
        const limits = resolveLimits(path, options);
        const deliver = (record) => {
            source.tests++;
            onTest(record);
        };
        if (format === 'ctrf')
            await readCtrf(file, stat.size, limits, deliver, problem);
        else
            await readXml(file, format, encoding.transcoder, limits, deliver, problem);
    }
    catch (error) {
        if (!isSystemError(error))
            throw error;
        problem('unreadable', `cannot read ${path}: ${error.code} ${error.message}`);
    }
    finally {
        await file?.close();
    }
    return source;
}
async function readXml(file, format, transcoder, limits, deliver, problem) {
    const reader = new XML_READERS[format](limits, deliver);
    const tokenizer = new XmlTokenizer(reader);
    await streamXmlFile(file, tokenizer, transcoder);
    reader.end();
    const error = tokenizer.error;
    if (error !== undefined)
        problem('malformed', `line ${error.line}, column ${error.column}: ${error.message}`, error);
}
async function readCtrf(file, size, limits, deliver, problem) {
    if (size > MAX_CTRF_BYTES) {
        problem('malformed', `CTRF JSON of ${size} bytes is larger than the ${MAX_CTRF_BYTES >> 20} MiB this reader accepts`);
        return;
    }
    const text = (await file.readFile()).toString('utf8');
    let document;
    try {
        document = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        const at = /position (\d+)/.exec(message);
        const offset = at ? Number(at[1]) : text.length;
        const location = lineAndColumn(text, offset);
        problem('malformed', `line ${location.line}, column ${location.column}: invalid JSON: ${message}`, location);
        return;
    }
    const ctrf = ctrfTests(document);
    if (ctrf === undefined) {
        problem('not-a-report', `${limits.source} is not a test report: JSON without results.tests`);
        return;
    }
    for (const entry of ctrf.tests) {
        const record = ctrfRecord(entry, ctrf.tool, limits);
        if (record !== undefined)
            deliver(record);
    }
}
function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}

;// CONCATENATED MODULE: ./packages/core/src/ingest/index.ts



;// CONCATENATED MODULE: ./packages/core/src/categories/rules.ts
// Priority order: the first matching rule wins. Environment comes before timeout so that
// "timeout connecting" or "connect ETIMEDOUT" (a dependency not answering) is not taken for
// the test's own timeout; data comes before test-logic so an assertion about a constraint
// violation is still a data problem.
const CATEGORY_RULES = [
    // environment: a dependency is unreachable, refuses, or answers with a 5xx
    { category: 'environment', pattern: /\bE(?:CONNREFUSED|CONNRESET|NOTFOUND|AI_AGAIN|HOSTUNREACH|NETUNREACH|PIPE)\b/ },
    { category: 'environment', pattern: /connection (?:was )?(?:refused|reset)|connection to \S+ refused/i },
    { category: 'environment', pattern: /actively refused it|no connection could be made/i },
    { category: 'environment', pattern: /getaddrinfo|name or service not known|temporary failure in name resolution/i },
    { category: 'environment', pattern: /nodename nor servname|no such host|UnknownHostException/i },
    {
        category: 'environment',
        pattern: /timeout connecting|connect(?:ion)? timed out|connect ETIMEDOUT|ConnectTimeout/i,
    },
    {
        category: 'environment',
        pattern: /ServerSelectionTimeoutError|could not connect to server|can't connect to \w+ server/i,
    },
    { category: 'environment', pattern: /(?:java\.net\.)?(?:ConnectException|NoRouteToHostException)\b/ },
    {
        category: 'environment',
        pattern: /requests\.exceptions\.ConnectionError|urllib3\.exceptions\.\w*(?:Connection|NewConnection)Error/,
    },
    { category: 'environment', pattern: /\bdial tcp\b|no route to host|network is unreachable|socket hang up/i },
    { category: 'environment', pattern: /CannotConnectError|Failed to connect to|unable to connect to/i },
    { category: 'environment', pattern: /\bSSL(?:Error|HandshakeException)?\b|\bTLS handshake|x509: certificate/i },
    {
        category: 'environment',
        pattern: /CERTIFICATE_VERIFY_FAILED|certificate (?:has expired|verify failed)|self[- ]signed certificate/i,
    },
    { category: 'environment', pattern: /UNABLE_TO_VERIFY_LEAF_SIGNATURE|ERR_TLS_CERT|PKIX path building failed/ },
    { category: 'environment', pattern: /\b50[234] (?:Bad Gateway|Service Unavailable|Gateway Time-?out)\b/i },
    { category: 'environment', pattern: /status(?: code)?:? 50[234]\b/i },
    {
        category: 'environment',
        pattern: /too many connections|remaining connection slots are reserved|ENOSPC|no space left on device/i,
    },
    { category: 'environment', pattern: /Cannot connect to the Docker daemon/i },
    // data: the database or fixtures do not hold what the test expects
    { category: 'data', pattern: /violates (?:unique|foreign key|not-null|check) constraint/i },
    { category: 'data', pattern: /duplicate key value|duplicate entry .* for key|cannot insert duplicate key/i },
    {
        category: 'data',
        pattern: /(?:UNIQUE|FOREIGN KEY|NOT NULL|CHECK) constraint failed|integrity constraint violation/i,
    },
    { category: 'data', pattern: /Violation of (?:PRIMARY KEY|UNIQUE KEY) constraint|ORA-00001|ORA-02291|ORA-01400/i },
    { category: 'data', pattern: /IntegrityError|UniqueViolation|ForeignKeyViolation|NotNullViolation|CheckViolation/ },
    {
        category: 'data',
        pattern: /DataIntegrityViolationException|ConstraintViolationException|RecordNotUnique|InvalidForeignKey/,
    },
    { category: 'data', pattern: /SQLSTATE\[?\s*23\d{3}|\(SQLSTATE 23\d{3}\)|SqlState: 23\d{3}/i },
    { category: 'data', pattern: /fixture ['"]?[\w.-]+['"]? not found/i },
    { category: 'data', pattern: /DoesNotExist|matching query does not exist|no rows in result set/i },
    { category: 'data', pattern: /EntityNotFound|RecordNotFound|EmptyResultDataAccessException|NoResultException/ },
    // timeout: the test's own time limit
    {
        category: 'timeout',
        pattern: /Exceeded timeout of \d+ ?ms|Timeout of \d+ ?ms exceeded|Test timeout of \d+ ?ms exceeded/i,
    },
    {
        category: 'timeout',
        pattern: /Failed: Timeout >|panic: test timed out after|execution timed out after|timed out after \d+/i,
    },
    {
        category: 'timeout',
        pattern: /TestTimedOutException|TimeoutException|TimeoutError|Timeout::Error|execution expired/,
    },
    { category: 'timeout', pattern: /exceeded (?:the )?(?:execution )?timeout|Timeout value of \d+ ?ms/i },
    // test-logic: the code under test did not give what the test asserts
    { category: 'test-logic', pattern: /AssertionError|AssertionFailedError|ComparisonFailure|AssertFailedException/ },
    { category: 'test-logic', pattern: /ExpectationNotMetError|Minitest::Assertion|Test::Unit::AssertionFailedError/ },
    {
        category: 'test-logic',
        pattern: /Xunit\.Sdk\.\w+Exception|NUnit\.Framework\.AssertionException|Assert\.\w+\(?\)? failed/,
    },
    { category: 'test-logic', pattern: /Assert\.\w+\(\) Failure|Error Trace:|\bassert\.\w+|\brequire\.\w+\(/ },
    { category: 'test-logic', pattern: /expect\(.*\)\.\w+|Expected:[\s\S]{0,2000}?(?:Received|Actual|But was|got):/i },
    { category: 'test-logic', pattern: /expected:? ?<.*> but was:? ?<|expected .+ to (?:equal|be|have|include|deep)/i },
    { category: 'test-logic', pattern: /Expecting actual|\bassert\b/i },
];

;// CONCATENATED MODULE: ./packages/core/src/categories/classify.ts

/** Bodies can be whole logs; the cause is near the top, and scanning is bounded. */
const MAX_BODY_CHARS = 20_000;
/**
 * Classifies a failure by the first rule that matches. The headline (type and message) is
 * examined with every rule before the body is, so a stray "connection reset" in captured
 * logs does not outrank an assertion stated in the message.
 */
function classifyFailure(failure, rules = CATEGORY_RULES) {
    if (!failure)
        return 'unknown';
    const passes = [['type', 'message'], ['body']];
    for (const fields of passes) {
        for (const rule of rules) {
            for (const field of fields) {
                if (rule.field && rule.field !== field)
                    continue;
                const text = field === 'body' ? failure.body?.slice(0, MAX_BODY_CHARS) : failure[field];
                if (text && rule.pattern.test(text))
                    return rule.category;
            }
        }
    }
    return 'unknown';
}

;// CONCATENATED MODULE: ./packages/core/src/merge/attempt-order.ts
/**
 * Orders attempts by start time when every attempt has a parseable one; otherwise keeps
 * arrival (source) order, which is the only order that is consistent with partial timestamps.
 * The sort is stable, so attempts that started at the same instant keep source order.
 */
function orderAttempts(attempts) {
    if (attempts.length < 2)
        return attempts;
    const times = attempts.map((attempt) => (attempt.startedAt ? Date.parse(attempt.startedAt) : NaN));
    if (times.some((time) => Number.isNaN(time)))
        return attempts;
    return attempts
        .map((attempt, index) => ({ attempt, time: times[index] ?? 0 }))
        .sort((a, b) => a.time - b.time)
        .map(({ attempt }) => attempt);
}

;// CONCATENATED MODULE: ./packages/core/src/merge/final-status.ts
function final_status_isFailing(status) {
    return status === 'failed' || status === 'errored';
}
/**
 * The attempt that decides a test's final status: the last one that ran, or the last
 * attempt when none ran (all skipped). A skip after failures (a retry that was skipped)
 * therefore does not hide the failure.
 */
function final_status_decisiveAttempt(attempts) {
    return attempts.findLast((attempt) => attempt.status !== 'skipped') ?? attempts.at(-1);
}
/** Final status per DESIGN: failing attempts then a final pass → flaky; else the decisive attempt's status. */
function finalStatus(attempts) {
    const decisive = final_status_decisiveAttempt(attempts);
    if (!decisive)
        return 'skipped';
    if (decisive.status === 'passed' && attempts.some((attempt) => final_status_isFailing(attempt.status)))
        return 'flaky';
    return decisive.status;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/duplicates.ts

function describeSource(attempt) {
    const where = attempt.source ?? 'an unnamed source';
    return attempt.shard ? `${where} (shard ${attempt.shard})` : where;
}
/**
 * A retry follows a failing attempt. Any attempt that follows a pass or a skip is a genuine
 * duplicate (two parametrized cases sharing one name, a test run by two shards): reported,
 * and kept as an attempt of the same test so counting stays one test per id.
 */
function findDuplicateRuns(id, attempts) {
    const duplicates = [];
    attempts.forEach((current, i) => {
        const previous = attempts[i - 1];
        if (!previous || final_status_isFailing(previous.status))
            return;
        duplicates.push({
            path: current.source ?? '',
            kind: 'duplicate-test',
            message: `Test "${id}" ran again in ${describeSource(current)} after it ${previous.status} in ${describeSource(previous)}. ` +
                'A retry follows a failure, so this is a duplicate (a repeated name or a test run by two shards): ' +
                'it is counted once, with both runs kept as attempts. Give the tests distinct names or shard without overlap.',
        });
    });
    return duplicates;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/string-pool.ts
/** Hands out one shared instance per distinct string, so 100k tests in one suite hold one suite name. */
class StringPool {
    strings = new Map();
    intern(value) {
        if (value === undefined)
            return undefined;
        const known = this.strings.get(value);
        if (known !== undefined)
            return known;
        this.strings.set(value, value);
        return value;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/test-identity.ts
/** Normalises a report path so the same file reads the same from every shard and OS. */
function normaliseTestFile(file) {
    return file.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}
/**
 * The stable identity of a test: (file or suite, classname, name), per DESIGN "Counting tests".
 * Parts are joined with "::" and always three, so "a::b::c" cannot be read two ways by us.
 */
function testId(record) {
    const scope = record.file ? normaliseTestFile(record.file) : record.suite;
    return `${scope}::${record.classname ?? ''}::${record.name}`;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/run-builder.ts






function categoryOf(attempts) {
    const lastFailing = attempts.findLast((attempt) => final_status_isFailing(attempt.status));
    return lastFailing && classifyFailure(lastFailing.failure);
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Merges test records from many files, shards and retries into one run, one test per id.
 * Records can be added as they are parsed; only the merged tests are held.
 */
class RunBuilder {
    pool = new StringPool();
    tests = new Map();
    files = [];
    add(record, source) {
        const id = testId(record);
        const attempts = record.attempts.map((attempt) => this.locateAttempt(attempt, source));
        const known = this.tests.get(id);
        if (!known) {
            this.tests.set(id, this.pendingFrom(record, attempts));
            return;
        }
        known.attempts.push(...attempts);
        known.file ??= this.pool.intern(record.file && normaliseTestFile(record.file));
        known.line ??= record.line;
        if (record.properties)
            known.properties = { ...known.properties, ...record.properties };
        for (const field of record.truncated ?? [])
            (known.truncated ??= new Set()).add(field);
        if (record.marker)
            known.marker = record.marker;
    }
    addFile(file) {
        this.files.push(file);
    }
    build() {
        const ids = [...this.tests.keys()].sort(byCodeUnits);
        const tests = [];
        const duplicates = [];
        for (const id of ids) {
            const pending = this.tests.get(id);
            const attempts = orderAttempts(pending.attempts);
            duplicates.push(...findDuplicateRuns(id, attempts));
            tests.push(this.resultOf(id, pending, attempts));
        }
        return { tests, files: [...this.files], duplicates };
    }
    locateAttempt(attempt, source) {
        const located = { ...attempt, source: this.pool.intern(attempt.source ?? source.path) };
        const shard = this.pool.intern(attempt.shard ?? source.shard);
        if (shard !== undefined)
            located.shard = shard;
        return located;
    }
    pendingFrom(record, attempts) {
        const pending = { suite: this.pool.intern(record.suite), name: record.name, attempts };
        if (record.classname !== undefined)
            pending.classname = this.pool.intern(record.classname);
        if (record.file)
            pending.file = this.pool.intern(normaliseTestFile(record.file));
        if (record.line !== undefined)
            pending.line = record.line;
        if (record.properties)
            pending.properties = record.properties;
        if (record.truncated?.length)
            pending.truncated = new Set(record.truncated);
        if (record.marker)
            pending.marker = record.marker;
        return pending;
    }
    resultOf(id, pending, attempts) {
        const status = finalStatus(attempts);
        const result = {
            id,
            suite: pending.suite,
            name: pending.name,
            attempts,
            status,
            flaky: status === 'flaky',
            durationMs: final_status_decisiveAttempt(attempts)?.durationMs ?? 0,
        };
        if (pending.classname !== undefined)
            result.classname = pending.classname;
        if (pending.file !== undefined)
            result.file = pending.file;
        if (pending.line !== undefined)
            result.line = pending.line;
        if (pending.properties)
            result.properties = pending.properties;
        if (pending.truncated)
            result.truncated = [...pending.truncated].sort();
        if (pending.marker)
            result.marker = pending.marker;
        const category = categoryOf(attempts);
        if (category)
            result.category = category;
        return result;
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "fs"
const external_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");
var external_fs_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_fs_namespaceObject, 2);
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_namespaceObject.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_namespaceObject.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_namespaceObject.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_namespaceObject.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_namespaceObject.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_namespaceObject.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject_0
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_namespaceObject.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_namespaceObject.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_namespaceObject.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(6);
;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_namespaceObject.posix.relative(cwd, p) || ".";
	return (p) => external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_namespaceObject.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_namespaceObject.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_namespaceObject.posix.relative(escapedCwd, result) : external_path_namespaceObject.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_namespaceObject.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_namespaceObject.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_namespaceObject.fileURLToPath)(opts.cwd) : (0,external_path_namespaceObject.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_namespaceObject.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_namespaceObject.readdirSync,
		realpath: opts.fs.realpath || external_fs_namespaceObject.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_namespaceObject.realpathSync,
		stat: opts.fs.stat || external_fs_namespaceObject.stat,
		statSync: opts.fs.statSync || external_fs_namespaceObject.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


;// CONCATENATED MODULE: ./packages/core/src/merge/report-paths.ts



const REPORT_EXTENSIONS = ['xml', 'json', 'trx'];
const collator = new Intl.Collator('en', { numeric: true });
/**
 * Source order is the fallback order of attempts, so a retry must sort after the run it retries:
 * compare paths without their extension first ("junit" before "junit-retry-1", "retry-2" before
 * "retry-10").
 */
function reportOrder(a, b) {
    const stem = (file) => file.slice(0, file.length - external_node_path_default().extname(file).length);
    return collator.compare(stem(a), stem(b)) || collator.compare(a, b);
}
async function kindOf(target) {
    try {
        return (await (0,promises_namespaceObject.stat)(target)).isDirectory() ? 'directory' : 'file';
    }
    catch {
        return 'missing';
    }
}
/**
 * Expands globs, directories (every report file under them) and plain paths into a list of
 * report files without repeats. Paths stay as the user wrote them (relative to cwd when relative).
 */
async function expandReportPaths(patterns, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const extensions = options.extensions ?? REPORT_EXTENSIONS;
    const underDirectory = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
    const seen = new Set();
    const paths = [];
    const unmatched = [];
    for (const pattern of patterns) {
        let matches;
        if (isDynamicPattern(pattern)) {
            matches = await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false });
        }
        else {
            const kind = await kindOf(external_node_path_default().resolve(cwd, pattern));
            if (kind === 'directory') {
                const directory = escapePath(pattern.replace(/[\\/]+$/, ''));
                matches = await glob(`${directory}/${underDirectory}`, { cwd, onlyFiles: true, expandDirectories: false });
            }
            else {
                matches = kind === 'file' ? [pattern] : [];
            }
        }
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches.sort(reportOrder)) {
            const key = external_node_path_default().resolve(cwd, match);
            if (seen.has(key))
                continue;
            seen.add(key);
            paths.push(match);
        }
    }
    return { paths, unmatched };
}
/** run-matrix writes results/<shard>/...: the shard is the segment after the last "results". */
function inferShardFromPath(reportPath) {
    const segments = reportPath.split(/[\\/]+/);
    for (let i = segments.length - 3; i >= 0; i--) {
        if (segments[i] === 'results')
            return segments[i + 1];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/collect-reports.ts



const UNREADABLE_CODES = new Set(['ENOENT', 'EACCES', 'EISDIR', 'EPERM', 'ENOTDIR', 'EMFILE']);
function failedFile(reportPath, error, testsRead) {
    const code = error?.code;
    const detail = error instanceof Error ? error.message : String(error);
    const kind = typeof code === 'string' && UNREADABLE_CODES.has(code) ? 'unreadable' : 'malformed';
    const message = kind === 'unreadable'
        ? `Could not read ${reportPath}: ${detail}. Check that the file exists and is readable.`
        : `Could not parse ${reportPath}: ${detail}. The ${testsRead} test(s) read before the problem are kept.`;
    return {
        path: reportPath,
        format: 'unknown',
        tests: testsRead,
        bytes: 0,
        errors: [{ path: reportPath, message, kind }],
    };
}
/**
 * Reads every report the patterns name into one merged run. A file that cannot be read or
 * parsed is listed in run.files with its error; every other file still counts.
 */
async function collectReports(patterns, options, ingest) {
    const cwd = options.cwd ?? process.cwd();
    const { paths, unmatched } = await expandReportPaths(patterns, { cwd, extensions: options.extensions });
    const builder = new RunBuilder();
    for (const pattern of unmatched) {
        const message = `No report file matches "${pattern}" (resolved from ${cwd}). Check the path and that the test step wrote its results there.`;
        builder.addFile({
            path: pattern,
            format: 'unknown',
            tests: 0,
            bytes: 0,
            errors: [{ path: pattern, message, kind: 'unreadable' }],
        });
    }
    for (const reportPath of paths) {
        const shard = options.shard ?? inferShardFromPath(reportPath);
        const source = shard === undefined ? { path: reportPath } : { path: reportPath, shard };
        const absolutePath = external_node_path_default().resolve(cwd, reportPath);
        let testsRead = 0;
        const onTest = (record) => {
            testsRead++;
            // Name the file as the user gave it, not by the absolute path the parser was handed.
            for (const attempt of record.attempts)
                if (attempt.source === absolutePath)
                    attempt.source = reportPath;
            builder.add(record, source);
        };
        const ingestOptions = { ...options.ingestOptions, ...(shard === undefined ? {} : { shard }) };
        try {
            const file = await ingest(absolutePath, onTest, ingestOptions);
            builder.addFile({ ...file, path: reportPath });
        }
        catch (error) {
            builder.addFile(failedFile(reportPath, error, testsRead));
        }
    }
    return builder.build();
}

;// CONCATENATED MODULE: ./packages/core/src/merge/ingest-reports.ts


/** Reads report files, directories and globs with the streaming parsers and merges them into one run. */
function ingestReports(pathsOrGlobs, options = {}) {
    const { cwd, extensions, shard, ...ingestOptions } = options;
    return collectReports(pathsOrGlobs, { cwd, extensions, shard, ingestOptions }, ingestFile);
}

;// CONCATENATED MODULE: ./packages/core/src/merge/index.ts







;// CONCATENATED MODULE: ./packages/core/src/categories/recommendations.ts
/** What to do about failures of each category, shown next to the counts. */
const CATEGORY_RECOMMENDATIONS = {
    environment: 'A dependency was unreachable or unhealthy (connection refused/reset, DNS, TLS, 5xx). Check the provisioned services and their health checks before looking at the code; a rerun may pass.',
    data: 'The test data did not match what the test expects (constraint violation, missing row or fixture). Check the seed step, fixture setup and isolation between tests sharing a database.',
    timeout: "The test exceeded its own time limit. Look for a hung await or slow dependency, or raise that test's timeout if the work is legitimately long.",
    'test-logic': 'An assertion failed: the code under test did not produce what the test expects. Read the diff in the failure message; this is usually a real regression or an outdated expectation.',
    unknown: 'The failure did not match a known pattern. Read the message and stack trace; if it recurs, add a rule for it to the category table.',
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/pass-rate.ts
/**
 * passRate per DESIGN: (passed + flaky) / (total − skipped) × 100, two decimals, null when no
 * test ran. Never rounds up to 100 while a test failed, nor down to 0 while one passed, so a
 * gate at 100 % cannot pass with 1 failure in 30,000 tests.
 */
function pass_rate_passRate(passing, ran) {
    if (ran <= 0)
        return null;
    const hundredths = Math.round((passing * 10_000) / ran);
    if (passing < ran && hundredths >= 10_000)
        return 99.99;
    if (passing > 0 && hundredths <= 0)
        return 0.01;
    return hundredths / 100;
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/metrics.ts


const UNSHARDED = '(unsharded)';
const CATEGORIES = ['environment', 'data', 'timeout', 'test-logic', 'unknown'];
function emptyGroup() {
    return { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0, passRate: null, durationMs: 0 };
}
function countInto(group, test) {
    group.total++;
    group[test.status]++;
    if (group.durationMs !== undefined)
        group.durationMs += test.durationMs;
}
function finishGroup(group) {
    group.passRate = pass_rate_passRate(group.passed + group.flaky, group.total - group.skipped);
    return group;
}
function sortedRecord(entries) {
    return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
function summarise(test) {
    const summary = {
        id: test.id,
        name: test.name,
        suite: test.suite,
        status: test.status,
        durationMs: test.durationMs,
    };
    if (test.file !== undefined)
        summary.file = test.file;
    return summary;
}
function groupMetrics(tests, keyOf) {
    const groups = new Map();
    for (const test of tests) {
        const key = keyOf(test);
        if (key === undefined)
            continue;
        let group = groups.get(key);
        if (!group)
            groups.set(key, (group = emptyGroup()));
        countInto(group, test);
    }
    for (const group of groups.values())
        finishGroup(group);
    return sortedRecord(groups);
}
function durations(tests) {
    const perShard = new Map();
    let cpu = 0;
    let allAttempts = 0;
    for (const test of tests) {
        cpu += test.durationMs;
        for (const attempt of test.attempts) {
            allAttempts += attempt.durationMs;
            const shard = attempt.shard ?? UNSHARDED;
            perShard.set(shard, (perShard.get(shard) ?? 0) + attempt.durationMs);
        }
    }
    const wall = Math.max(0, ...perShard.values());
    return { wall, perShard: sortedRecord(perShard), cpu, allAttempts };
}
function categoryMetrics(tests, maxTests) {
    const categories = Object.fromEntries(CATEGORIES.map((category) => [
        category,
        { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
    ]));
    for (const test of tests) {
        if (!test.category)
            continue;
        const entry = categories[test.category];
        if (test.status === 'flaky')
            entry.flaky++;
        else if (test.status === 'failed' || test.status === 'errored') {
            entry.count++;
            if (entry.tests.length < maxTests)
                entry.tests.push(test.id);
        }
    }
    return categories;
}
/** Counts and summaries of a merged run, following DESIGN "Counting tests"; written as metrics.json. */
function computeMetrics(run, options = {}) {
    const counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    for (const test of run.tests)
        countInto(counts, test);
    const slowestCount = options.slowest ?? 20;
    const slowest = [...run.tests]
        .filter((test) => test.status !== 'skipped')
        .sort((a, b) => b.durationMs - a.durationMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, slowestCount)
        .map(summarise);
    const flakyTests = run.tests
        .filter((test) => test.status === 'flaky')
        .map((test) => {
        const failedAttempts = test.attempts.filter((a) => a.status === 'failed' || a.status === 'errored').length;
        const summary = { ...summarise(test), attempts: test.attempts.length, failedAttempts };
        if (test.category)
            summary.category = test.category;
        return summary;
    });
    return {
        schemaVersion: 1,
        ...counts,
        passRate: pass_rate_passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
        durationMs: durations(run.tests),
        perSuite: groupMetrics(run.tests, (test) => test.suite),
        perFile: groupMetrics(run.tests, (test) => test.file),
        slowest,
        flakyTests,
        categories: categoryMetrics(run.tests, options.maxTestsPerCategory ?? 50),
        files: run.files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
        duplicates: run.duplicates,
    };
}
function toSeedNames(metrics) {
    return {
        total_tests: metrics.total,
        passed_tests: metrics.passed + metrics.flaky,
        failed_tests: metrics.failed + metrics.errored,
        pass_rate: metrics.passRate,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/metrics/index.ts



;// CONCATENATED MODULE: ./packages/core/src/categories/index.ts




;// CONCATENATED MODULE: ./packages/core/src/retry/clock.ts
const clock_systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

;// CONCATENATED MODULE: ./packages/core/src/retry/errors.ts
/** Thrown when the caller's AbortSignal fires; `cause` is the signal's reason. */
class errors_RetryAbortedError extends Error {
    name = 'AbortError';
    constructor(attempts, reason) {
        super(`Stopped retrying after ${attempts} attempt(s): the operation was cancelled.`, { cause: reason });
    }
}
/** Thrown when retries run out or the deadline would pass; `cause` is the last error. */
class errors_RetriesExhaustedError extends Error {
    attempts;
    reason;
    lastError;
    name = 'RetriesExhaustedError';
    constructor(attempts, reason, lastError) {
        const detail = lastError instanceof Error ? lastError.message : String(lastError);
        const why = reason === 'retries' ? 'no retries left' : 'waiting for another attempt would pass the deadline';
        super(`Gave up after ${attempts} attempt(s) (${why}). Last error: ${detail}. ` +
            'If the service is only slow to recover, raise the retries or the deadline.', { cause: lastError });
        this.attempts = attempts;
        this.reason = reason;
        this.lastError = lastError;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry/retry-with-backoff.ts



function validate(options) {
    const checks = [
        ['retries', options.retries],
        ['baseDelayMs', options.baseDelayMs],
        ['maxDelayMs', options.maxDelayMs],
        ['deadlineMs', options.deadlineMs],
    ];
    for (const [name, value] of checks) {
        if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
            throw new RangeError(`retry option ${name} must be a finite number ≥ 0, got ${String(value)}`);
        }
    }
    if (!Number.isInteger(options.retries))
        throw new RangeError(`retry option retries must be an integer, got ${options.retries}`);
}
/** Full jitter: a uniform delay in [0, min(cap, base × 2^(attempt − 1))). */
function backoffDelayMs(attempt, options, random) {
    const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
    return Math.floor(random() * ceiling);
}
/** Settles with `promise`, or rejects as soon as `signal` aborts. */
function raceAbort(promise, signal, onAbort) {
    if (!signal)
        return promise;
    return new Promise((resolve, reject) => {
        const abort = () => reject(onAbort());
        if (signal.aborted)
            return abort();
        signal.addEventListener('abort', abort, { once: true });
        promise.then((value) => {
            signal.removeEventListener('abort', abort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', abort);
            reject(error);
        });
    });
}
/**
 * Calls fn until it resolves, waiting with exponential backoff and full jitter between
 * attempts. Honours Retry-After, an overall deadline and cancellation (even mid-wait).
 */
async function retryWithBackoff(fn, options) {
    validate(options);
    const clock = options.clock ?? systemClock;
    const random = options.random ?? Math.random;
    const { signal } = options;
    const startedAt = clock.now();
    for (let attempt = 1;; attempt++) {
        const aborted = () => new RetryAbortedError(attempt, signal?.reason);
        if (signal?.aborted)
            throw aborted();
        let error;
        try {
            return await raceAbort(Promise.resolve().then(() => fn(attempt)), signal, aborted);
        }
        catch (caught) {
            if (caught instanceof RetryAbortedError)
                throw caught;
            error = caught;
        }
        if (signal?.aborted)
            throw aborted();
        if (options.isRetryable && !options.isRetryable(error))
            throw error;
        if (attempt > options.retries)
            throw new RetriesExhaustedError(attempt, 'retries', error);
        const now = clock.now();
        const delayMs = parseRetryAfterMs(options.retryAfter?.(error), now) ?? backoffDelayMs(attempt, options, random);
        if (options.deadlineMs !== undefined && now + delayMs - startedAt > options.deadlineMs) {
            throw new RetriesExhaustedError(attempt, 'deadline', error);
        }
        options.onAttempt?.({ attempt, error, delayMs });
        await raceAbort(clock.sleep(delayMs, signal), signal, aborted);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/retry/index.ts





;// CONCATENATED MODULE: ./packages/core/src/writers/ctrf-report.ts


const CTRF_STATUS = {
    passed: 'passed',
    flaky: 'passed',
    failed: 'failed',
    errored: 'failed',
    skipped: 'skipped',
};
function lines(text) {
    return text ? text.split(/\r?\n/) : undefined;
}
function epochMs(iso) {
    if (!iso)
        return undefined;
    const time = Date.parse(iso);
    return Number.isNaN(time) ? undefined : time;
}
function retryAttempt(attempt, index) {
    const entry = {
        attempt: index + 1,
        status: CTRF_STATUS[attempt.status],
        duration: Math.round(attempt.durationMs),
    };
    if (attempt.failure?.message !== undefined)
        entry.message = attempt.failure.message;
    if (attempt.failure?.body)
        entry.trace = attempt.failure.body;
    const start = epochMs(attempt.startedAt);
    if (start !== undefined)
        entry.start = start;
    return entry;
}
function ctrfTest(test) {
    const final = decisiveAttempt(test.attempts);
    const entry = {
        name: test.name,
        status: CTRF_STATUS[test.status],
        duration: Math.round(test.durationMs),
        suite: [test.suite],
        retries: Math.max(0, test.attempts.length - 1),
        flaky: test.flaky,
        extra: { id: test.id, attempts: test.attempts },
    };
    if (final && isFailing(final.status)) {
        if (final.failure?.message !== undefined)
            entry.message = final.failure.message;
        if (final.failure?.body)
            entry.trace = final.failure.body;
    }
    if (test.status === 'errored')
        entry.rawStatus = 'errored';
    if (test.file !== undefined)
        entry.filePath = test.file;
    if (test.line !== undefined)
        entry.line = test.line;
    const stdout = lines(final?.stdout);
    const stderr = lines(final?.stderr);
    if (stdout)
        entry.stdout = stdout;
    if (stderr)
        entry.stderr = stderr;
    if (test.attempts.length > 1)
        entry.retryAttempts = test.attempts.map(retryAttempt);
    if (test.classname !== undefined)
        entry.extra.classname = test.classname;
    if (test.category)
        entry.extra.category = test.category;
    if (test.marker)
        entry.extra.marker = test.marker;
    return entry;
}
/** Earliest attempt start and latest attempt end, when reports gave start times. */
function attemptSpan(tests) {
    let start = Infinity;
    let stop = -Infinity;
    for (const test of tests) {
        for (const attempt of test.attempts) {
            const begun = epochMs(attempt.startedAt);
            if (begun === undefined)
                continue;
            start = Math.min(start, begun);
            stop = Math.max(stop, begun + attempt.durationMs);
        }
    }
    return Number.isFinite(start) ? { start, stop: Math.round(stop) } : undefined;
}
function countStatuses(tests) {
    const counts = { passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    for (const test of tests)
        counts[test.status]++;
    return counts;
}
/**
 * The merged run in the open CTRF format (ctrf.io). errored becomes failed with rawStatus
 * "errored"; flaky becomes passed with flaky: true. Every attempt is kept in extra.attempts
 * (testpipe's lossless copy) and, for retried tests, in the standard retryAttempts.
 */
function toCtrfReport(run, metrics, meta) {
    const counts = metrics ?? countStatuses(run.tests);
    const span = attemptSpan(run.tests);
    const duration = Math.round(metrics?.durationMs.wall ?? 0);
    const start = meta.start ?? span?.start ?? 0;
    const stop = meta.stop ?? span?.stop ?? start + duration;
    const report = {
        reportFormat: 'CTRF',
        specVersion: '0.0.0',
        generatedBy: meta.generatedBy ?? 'testpipe',
        results: {
            tool: meta.toolVersion ? { name: meta.toolName, version: meta.toolVersion } : { name: meta.toolName },
            summary: {
                tests: counts.passed + counts.failed + counts.errored + counts.skipped + counts.flaky,
                passed: counts.passed + counts.flaky,
                failed: counts.failed + counts.errored,
                skipped: counts.skipped,
                pending: 0,
                other: 0,
                flaky: counts.flaky,
                suites: new Set(run.tests.map((test) => test.suite)).size,
                start,
                stop,
                duration: duration || Math.max(0, stop - start),
                extra: {
                    errored: counts.errored,
                    passRate: metrics?.passRate ??
                        passRate(counts.passed + counts.flaky, counts.passed + counts.flaky + counts.failed + counts.errored),
                },
            },
            tests: run.tests.map(ctrfTest),
        },
    };
    if (meta.reportId)
        report.reportId = meta.reportId;
    if (meta.runId)
        report.runId = meta.runId;
    if (meta.timestamp)
        report.timestamp = meta.timestamp;
    if (meta.environment)
        report.results.environment = meta.environment;
    const fileErrors = run.files.flatMap((file) => file.errors);
    if (fileErrors.length || run.duplicates.length)
        report.results.extra = { fileErrors, duplicates: run.duplicates };
    return report;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./packages/core/src/writers/junit-writer.ts






function countSuite(tests) {
    const counts = { tests: 0, failures: 0, errors: 0, skipped: 0, timeMs: 0 };
    for (const test of tests) {
        counts.tests++;
        if (test.status === 'failed')
            counts.failures++;
        if (test.status === 'errored')
            counts.errors++;
        if (test.status === 'skipped')
            counts.skipped++;
        counts.timeMs += test.durationMs;
    }
    return counts;
}
function openTag(element, name, counts) {
    return (`<${element} name="${escapeXmlAttribute(name)}" tests="${counts.tests}" failures="${counts.failures}" ` +
        `errors="${counts.errors}" skipped="${counts.skipped}" time="${seconds(counts.timeMs)}">\n`);
}
function groupBySuite(tests) {
    const suites = new Map();
    for (const test of tests) {
        let members = suites.get(test.suite);
        if (!members)
            suites.set(test.suite, (members = []));
        members.push(test);
    }
    return [...suites].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
async function write(stream, chunk) {
    if (!stream.write(chunk))
        await once(stream, 'drain');
}
/**
 * Writes the whole merged run as one JUnit XML document, suite by suite and in batches of
 * testcases, so a run of 500k tests is never one string in memory. Ends the stream only when
 * it opened it (a path was given).
 */
async function writeMergedJUnit(run, target, options = {}) {
    const stream = typeof target === 'string' ? createWriteStream(target, { encoding: 'utf8' }) : target;
    const batchSize = options.batchSize ?? 500;
    const builder = new XMLBuilder({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        textNodeName: '#text',
        processEntities: false,
        attributeValueProcessor: (_name, value) => escapeXmlAttribute(String(value)),
        tagValueProcessor: (_name, value) => escapeXmlText(String(value)),
        format: true,
        indentBy: '  ',
    });
    try {
        await write(stream, '<?xml version="1.0" encoding="UTF-8"?>\n');
        await write(stream, openTag('testsuites', options.name ?? 'testpipe', countSuite(run.tests)));
        for (const [suite, tests] of groupBySuite(run.tests)) {
            await write(stream, openTag('testsuite', suite, countSuite(tests)));
            for (let start = 0; start < tests.length; start += batchSize) {
                const batch = tests.slice(start, start + batchSize).map(testcaseNode);
                await write(stream, builder.build({ testcase: batch }));
            }
            await write(stream, '</testsuite>\n');
        }
        await write(stream, '</testsuites>\n');
    }
    finally {
        if (typeof target === 'string') {
            stream.end();
            await finished(stream);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/writers/index.ts




;// CONCATENATED MODULE: ./packages/core/src/index.ts








;// CONCATENATED MODULE: ./packages/cli/src/format-table.ts
/** Formats rows as a plain-text table with right-aligned numeric columns. */
function formatTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^-?[\d.,]+( ?%| ms| s)?$|^—$/.test(r[i] ?? '')));
    const line = (cells) => cells
        .map((cell, i) => (numeric[i] ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(2)} s`;
    const minutes = Math.floor(ms / 60_000);
    return `${minutes} min ${Math.round((ms % 60_000) / 1000)} s`;
}

;// CONCATENATED MODULE: ./packages/cli/src/usage-error.ts
/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/metrics.ts



const USAGE = `Usage: testpipe metrics [--json] [--slowest N] <report paths, directories or globs...>

Reads every test report (JUnit XML in any dialect, CTRF JSON, NUnit 3, xUnit.net v2, TRX), merges shards
and retries, and prints the metrics: a table by default, metrics.json with --json.
Exits 0 even when tests failed (gating is the report's job); 2 for unusable arguments.`;
function parseArgs(args) {
    const parsed = { json: false, slowest: 10, paths: [] };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        if (arg === '-h' || arg === '--help')
            return 'help';
        if (arg === '--json')
            parsed.json = true;
        else if (arg === '--slowest' || arg.startsWith('--slowest=')) {
            const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
            const n = Number(value);
            if (!Number.isInteger(n) || n < 0)
                throw new UsageError(`--slowest needs a whole number, got "${value ?? ''}".`);
            parsed.slowest = n;
        }
        else if (arg.startsWith('-') && arg !== '-')
            throw new UsageError(`unknown option "${arg}".`);
        else
            parsed.paths.push(arg);
    }
    if (parsed.paths.length === 0)
        throw new UsageError('give at least one report path, directory or glob.');
    return parsed;
}
function rate(value) {
    return value === null ? '—' : `${value.toFixed(2)} %`;
}
/** The human-readable form of metrics.json. */
function formatMetrics(metrics) {
    const sections = [];
    sections.push(formatTable(['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'wall', 'cpu'], [
        [
            String(metrics.total),
            String(metrics.passed),
            String(metrics.failed),
            String(metrics.errored),
            String(metrics.skipped),
            String(metrics.flaky),
            rate(metrics.passRate),
            formatDuration(metrics.durationMs.wall),
            formatDuration(metrics.durationMs.cpu),
        ],
    ]));
    const suites = Object.entries(metrics.perSuite);
    if (suites.length > 0) {
        sections.push('Suites\n' +
            formatTable(['suite', 'total', 'failed', 'errored', 'skipped', 'flaky', 'pass rate', 'duration'], suites.map(([name, s]) => [
                name,
                String(s.total),
                String(s.failed),
                String(s.errored),
                String(s.skipped),
                String(s.flaky),
                rate(s.passRate),
                formatDuration(s.durationMs),
            ])));
    }
    const categories = Object.entries(metrics.categories).filter(([, c]) => c.count > 0 || c.flaky > 0);
    if (categories.length > 0) {
        sections.push('Failure categories\n' +
            formatTable(['category', 'failed', 'flaky', 'what to look at'], categories.map(([name, c]) => [name, String(c.count), String(c.flaky), c.recommendation])));
    }
    if (metrics.flakyTests.length > 0) {
        sections.push('Flaky tests\n' +
            formatTable(['test', 'attempts', 'failed attempts'], metrics.flakyTests.map((t) => [t.id, String(t.attempts), String(t.failedAttempts)])));
    }
    if (metrics.slowest.length > 0) {
        sections.push('Slowest tests\n' +
            formatTable(['test', 'status', 'duration'], metrics.slowest.map((t) => [t.id, t.status, formatDuration(t.durationMs)])));
    }
    sections.push('Files\n' +
        formatTable(['file', 'format', 'tests', 'problems'], metrics.files.map((f) => [
            f.path,
            f.format,
            String(f.tests),
            f.errors.length === 0
                ? '—'
                : f.errors
                    .map((e) => `${e.kind}${e.line ? ` at ${e.line}:${e.column ?? 0}` : ''}: ${e.message}`)
                    .join('; '),
        ])));
    if (metrics.duplicates.length > 0) {
        sections.push('Duplicate test ids (not retries)\n' + metrics.duplicates.map((d) => `  ${d.message}`).join('\n'));
    }
    return sections.join('\n\n');
}
const metricsCommand = {
    name: 'metrics',
    summary: 'read test reports, merge shards and retries, print metrics (table or --json)',
    async run(args) {
        let parsed;
        try {
            parsed = parseArgs(args);
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
            process.stderr.write(`testpipe metrics: ${error.message}\n\n${USAGE}\n`);
            return 2;
        }
        if (parsed === 'help') {
            process.stdout.write(`${USAGE}\n`);
            return 0;
        }
        const run = await ingestReports(parsed.paths);
        const metrics = computeMetrics(run, { slowest: parsed.slowest });
        process.stdout.write(parsed.json ? `${JSON.stringify(metrics, null, 2)}\n` : `${formatMetrics(metrics)}\n`);
        return 0;
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts

const commands = [metricsCommand];

;// CONCATENATED MODULE: ./packages/cli/src/version.ts
const CLI_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./packages/cli/src/main.ts


const USAGE_EXIT_CODE = 2;
function usage() {
    const lines = ['Usage: testpipe <command> [options]', '', 'Commands:'];
    const width = Math.max(...commands.map((c) => c.name.length));
    for (const c of commands)
        lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
    lines.push('', 'Options:', '  -h, --help     show this help', '  -v, --version  print the version');
    lines.push('', 'Run `testpipe <command> --help` for the options of one command.');
    return lines.join('\n');
}
/** Runs the CLI with argv (without node and script); resolves to the process exit code. */
async function main(argv) {
    const [first, ...rest] = argv;
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
        process.stdout.write(`${usage()}\n`);
        return first === undefined ? USAGE_EXIT_CODE : 0;
    }
    if (first === '-v' || first === '--version') {
        process.stdout.write(`${CLI_VERSION}\n`);
        return 0;
    }
    const command = commands.find((c) => c.name === first);
    if (!command) {
        process.stderr.write(`testpipe: unknown command "${first}".\n\n${usage()}\n`);
        return USAGE_EXIT_CODE;
    }
    return command.run(rest);
}

;// CONCATENATED MODULE: ./packages/cli/src/index.ts


var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
