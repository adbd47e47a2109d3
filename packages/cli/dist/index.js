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
const ignoreProblem = () => undefined;
/** A test name that identifies nothing: missing, empty or only white space. */
function isUnusableName(name) {
    return name === undefined || name.trim() === '';
}
/** The message for an XML test element skipped because it has no usable name. */
function namelessMessage(element, attribute, at) {
    return `${element} without a ${attribute} attribute at line ${at.line}, column ${at.column}; skipped`;
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
    if (value === undefined || value === '')
        return undefined;
    const n = typeof value === 'number' ? value : Number(value.trim());
    return Number.isInteger(n) && n > 0 ? n : undefined;
}
/** Reused between records: most records have nothing truncated, so no array is made for them. */
const scratchTruncated = [];
/** Assembles the record from its attempts and the fields that were capped on the way. */
function buildRecord(identity, drafts) {
    const truncated = scratchTruncated;
    truncated.length = 0;
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
        record.truncated = [...truncated];
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
    note;
    sink;
    suites = [];
    current;
    /** The record just delivered when its outcome was errored, for jest-junit's empty failure twin. */
    lastErrored;
    /** fileFromClassname per classname: classnames repeat for every test of a class. */
    classnameFiles = new Map();
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path.push(name);
        }
        else if (name === 'testsuite') {
            this.lastErrored = undefined;
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
            if (name === 'testsuite') {
                this.suites.pop();
                this.lastErrored = undefined;
            }
            return;
        }
        if (draft.path.length === 0) {
            this.current = undefined;
            if (!draft.skip)
                this.deliver(draft);
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
        const lineAttribute = attributes.number('line');
        // pytest writes its 0-based line numbers.
        const line = isPytest && lineAttribute !== undefined ? Number(lineAttribute) + 1 : positiveInt(lineAttribute);
        const name = attributes.get('name');
        const skip = isUnusableName(name);
        if (skip) {
            const at = attributes.location();
            this.note(namelessMessage('testcase', 'name', at), at);
        }
        return {
            name: name ?? '',
            skip,
            skippedToo: undefined,
            classname,
            file: normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
                suite?.file ??
                this.fileOfClassname(classname, isPytest),
            line: Number.isFinite(line) ? line : undefined,
            statusAttribute: (attributes.getShared('status') ?? attributes.getShared('result'))?.toLowerCase(),
            own,
            before: undefined,
            after: undefined,
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
                if (name.startsWith('flaky'))
                    (draft.before ??= []).push(rerun);
                else
                    (draft.after ??= []).push(rerun);
                draft.rerun = rerun;
                this.sink = rerun.bodySink();
                return;
            }
            const own = draft.own;
            if (name === 'failure' || name === 'error' || name === 'skipped') {
                const status = name === 'failure' ? 'failed' : name === 'error' ? 'errored' : 'skipped';
                if (status === 'skipped')
                    draft.skippedToo = attributes.get('message') ?? '';
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
    /**
     * jest-junit (reportTestSuiteErrors) writes a test file that fails to load as two testcases with one
     * identity: <error> with the real message, then <failure>{}</failure>. A failure with nothing in it
     * (empty or "{}") right after an errored twin in the same suite is that same attempt: not delivered.
     */
    deliver(draft) {
        const record = this.finishCase(draft);
        const last = this.lastErrored;
        if (last !== undefined &&
            record.attempts.length === 1 &&
            record.attempts[0].status === 'failed' &&
            isEmptyFailure(record.attempts[0].failure) &&
            last.name === record.name &&
            last.classname === record.classname &&
            last.suite === record.suite &&
            last.file === record.file) {
            return;
        }
        const final = record.attempts[record.attempts.length - 1];
        this.lastErrored = final.status === 'errored' ? record : undefined;
        this.emit(record);
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
        // <skipped> and <failure> together (Catch2 [!mayfail] "failed as expected"): skipped, and the
        // failure's type, message and body stay as the skip's detail.
        if (own.status === 'failed' && draft.skippedToo !== undefined) {
            own.status = 'skipped';
            if (own.messageAttribute === undefined && own.message === undefined && draft.skippedToo !== '') {
                own.messageAttribute = draft.skippedToo;
            }
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
        return buildRecord({ suite, classname: draft.classname, name: draft.name, file: draft.file, line: draft.line, properties, marker }, draft.before === undefined && draft.after === undefined
            ? [own]
            : [...(draft.before ?? []), own, ...(draft.after ?? [])]);
    }
}
function isEmptyFailure(failure) {
    if (failure === undefined)
        return true;
    if (failure.type !== undefined)
        return false;
    const text = `${failure.message ?? ''}${failure.body ?? ''}`.trim();
    return text === '' || text === '{}';
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
    note;
    sink;
    suites = [];
    current;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
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
            if (!draft.skip)
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
        const skip = isUnusableName(name);
        if (skip) {
            const at = attributes.location();
            this.note(namelessMessage('test-case', 'name', at), at);
        }
        const fullname = attributes.get('fullname');
        let classname = attributes.get('classname');
        if (classname === undefined && fullname?.endsWith(`.${name}`))
            classname = fullname.slice(0, -name.length - 1);
        return { name, skip, classname, attempt, properties: undefined, path: [] };
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
        return buildRecord({ suite, classname: draft.classname, name: draft.name, properties: draft.properties }, [
            draft.attempt,
        ]);
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
    note;
    sink;
    openResults = [];
    held = [];
    definitions = new Map();
    definitionId;
    delivered = false;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
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
            if (!result.hasInner && !result.skip)
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
        const name = attributes.get('testName');
        const skip = isUnusableName(name);
        if (skip) {
            const at = attributes.location();
            this.note(namelessMessage('UnitTestResult', 'testName', at), at);
        }
        return {
            testId: attributes.get('testId') ?? '',
            name: name ?? '',
            skip,
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
    note;
    sink;
    assembly = '';
    collection;
    current;
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
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
            const testName = attributes.get('name');
            const skip = isUnusableName(testName);
            if (skip) {
                const at = attributes.location();
                this.note(namelessMessage('test', 'name', at), at);
            }
            this.current = {
                name: testName ?? '',
                skip,
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
            if (draft.skip)
                return;
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
/** Joins the bytes the tokenizer left unconsumed with the next chunk; chunks may split anything. */
class ChunkFeeder {
    tokenizer;
    buffer;
    kept = 0;
    base = 0;
    constructor(tokenizer, initialBytes = 2 * CHUNK_BYTES) {
        this.tokenizer = tokenizer;
        this.buffer = Buffer.allocUnsafe(initialBytes);
    }
    /** Returns false once the tokenizer has stopped at a syntax error. */
    push(bytes) {
        const tokenizer = this.tokenizer;
        if (tokenizer.error !== undefined)
            return false;
        if (this.buffer.length - this.kept < bytes.length)
            this.grow(this.kept + bytes.length);
        const buffer = this.buffer;
        bytes.copy(buffer, this.kept);
        const length = this.kept + bytes.length;
        const consumed = tokenizer.write(buffer.subarray(0, length), this.base);
        if (tokenizer.error !== undefined)
            return false;
        buffer.copyWithin(0, consumed, length);
        this.kept = length - consumed;
        this.base += consumed;
        if (this.kept > MAX_PENDING_BYTES) {
            tokenizer.fail(`a single tag or declaration is longer than ${MAX_PENDING_BYTES >> 20} MiB`, this.base);
            return false;
        }
        return true;
    }
    end() {
        this.tokenizer.finish(this.buffer.subarray(0, this.kept), this.base);
    }
    grow(needed) {
        const larger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, needed));
        this.buffer.copy(larger, 0, 0, this.kept);
        this.buffer = larger;
    }
}
/** Streams the whole file through the tokenizer; stops at its first syntax error. */
async function streamXmlFile(file, tokenizer, transcoder, fileBytes) {
    // Small files get small buffers; one byte more than the file so the first read already sees its end.
    const chunkBytes = Math.min(CHUNK_BYTES, Math.max(4096, fileBytes + 1));
    const feeder = new ChunkFeeder(tokenizer, 2 * chunkBytes);
    // Two read buffers: the next chunk is read while the current one is parsed.
    const reads = [Buffer.allocUnsafe(chunkBytes), Buffer.allocUnsafe(chunkBytes)];
    let position = 0;
    const readInto = (raw) => {
        const read = file.read(raw, 0, raw.length, position);
        position += raw.length;
        return read;
    };
    let turn = 0;
    let next = readInto(reads[0]);
    for (;;) {
        const raw = reads[turn];
        const { bytesRead } = await next;
        const eof = bytesRead < raw.length;
        turn = 1 - turn;
        if (!eof)
            next = readInto(reads[turn]);
        const bytes = transcoder ? Buffer.from(transcoder(raw.subarray(0, bytesRead), eof)) : raw.subarray(0, bytesRead);
        if (!feeder.push(bytes)) {
            // Let a read still in flight finish before the caller closes the file.
            if (!eof)
                await next.catch(() => undefined);
            return;
        }
        if (eof) {
            feeder.end();
            return;
        }
    }
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
/** A cheap hash of a byte range: its length and five sampled bytes; the table verifies every hit. */
function sampleHash(chunk, start, end) {
    const length = end - start;
    if (length === 0)
        return 0;
    return ((length * 31 +
        chunk[start] * 7 +
        chunk[start + (length >> 1)] * 131 +
        chunk[end - 1] * 17 +
        chunk[end - 2 >= start ? end - 2 : start] * 3 +
        chunk[start + (length >> 2)] * 61) |
        0);
}
/** Strings by their bytes: a hit costs a native byte comparison instead of a new string. */
class StringTable {
    strings = new Array(TABLE_SIZE);
    bytes = new Array(TABLE_SIZE);
    /** The ASCII string for chunk[start..end). */
    ascii(chunk, start, end) {
        const slot = sampleHash(chunk, start, end) & (TABLE_SIZE - 1);
        const known = this.bytes[slot];
        const length = end - start;
        if (known !== undefined && known.length === length) {
            // Short names compare faster in JS than through a native call.
            if (length <= 24) {
                let i = 0;
                while (i < length && known[i] === chunk[start + i])
                    i++;
                if (i === length)
                    return this.strings[slot];
            }
            else if (chunk.compare(known, 0, length, start, end) === 0)
                return this.strings[slot];
        }
        const made = latin1(chunk, start, end);
        this.strings[slot] = made;
        this.bytes[slot] = Buffer.from(chunk.subarray(start, end));
        return made;
    }
}
/** Attributes of the tag being reported; reused between tags, so read them inside `open` only. */
class XmlAttributes {
    shared;
    locate;
    count = 0;
    names = [];
    /** Value byte ranges in `chunk`. */
    starts = [];
    ends = [];
    chunk = Buffer.alloc(0);
    /** Absolute byte offset of the tag's '<'. */
    offset = 0;
    constructor(shared, locate = () => ({ line: 0, column: 0 })) {
        this.shared = shared;
        this.locate = locate;
    }
    /** Line and column (1-based) of the tag's '<', for problems found in its attributes. */
    location() {
        return this.locate(this.offset);
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
        const start = this.starts[i];
        const end = this.ends[i];
        if (end - start > MAX_SHARED_LENGTH)
            return this.decode(start, end);
        const value = this.shared.ascii(this.chunk, start, end);
        // Only plain ASCII without references can be shared as is; anything else is decoded.
        return /[^\x20-\x25\x27-\x7e]/.test(value) ? this.decode(start, end) : value;
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
        let value = utf8(this.chunk, start, end);
        if (/[\t\n\r]/.test(value))
            value = value.replace(/\r\n|[\t\n\r]/g, ' ');
        return value.includes('&') ? decodeEntities(value) : value;
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
    /** Open elements are stack[0..depth); entries past depth are kept for reuse (one object per level). */
    stack = [];
    depth = 0;
    names = new StringTable();
    attributes = new XmlAttributes(new StringTable(), (at) => this.locate(at));
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
        else if (this.depth > 0) {
            const top = this.stack[this.depth - 1];
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
        const top = this.depth > 0 ? this.stack[this.depth - 1] : undefined;
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
        for (let i = 0; i < this.depth; i++)
            this.fixLine(this.stack[i], limit);
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
        const name = this.names.ascii(chunk, lt + 2, nameEnd);
        if (this.depth === 0) {
            this.fail(`unexpected </${name}>: no element is open`, this.base + lt);
            return INCOMPLETE;
        }
        const top = this.stack[this.depth - 1];
        if (top.name !== name) {
            this.fail(`expected </${top.name}> to close <${top.name}> opened at line ${this.lineOf(top)}, found </${name}>`, this.base + lt);
            return INCOMPLETE;
        }
        this.depth--;
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
        while (i < end && !isNameEnd(chunk[i]))
            i++;
        if (i === end)
            return INCOMPLETE;
        const name = names.ascii(chunk, lt + 1, i);
        const attributes = this.attributes;
        attributes.count = 0;
        attributes.chunk = chunk;
        attributes.offset = this.base + lt;
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
            while (i < end && !isNameEnd(chunk[i]))
                i++;
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
            attributes.names[n] = names.ascii(chunk, attributeStart, attributeEnd);
            attributes.starts[n] = i + 1;
            attributes.ends[n] = valueEnd;
            i = valueEnd + 1;
        }
    }
    opened(name, lt, next, selfClosing) {
        if (!selfClosing) {
            const spare = this.stack[this.depth];
            if (spare === undefined)
                this.stack.push({ name, offset: this.base + lt, line: 0 });
            else {
                spare.name = name;
                spare.offset = this.base + lt;
                spare.line = 0;
            }
            this.depth++;
        }
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
// Duck-typed: errors from another realm (e.g. a test VM) fail `instanceof Error`.
function isSystemError(error) {
    const code = error?.code;
    return typeof code === 'string' && /^E[A-Z]+$/.test(code);
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
            await readXml(file, stat.size, format, encoding.transcoder, limits, deliver, problem);
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
async function readXml(file, fileBytes, format, transcoder, limits, deliver, problem) {
    const reader = new XML_READERS[format](limits, deliver);
    const tokenizer = new XmlTokenizer(reader);
    await streamXmlFile(file, tokenizer, transcoder, fileBytes);
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
function isFailing(status) {
    return status === 'failed' || status === 'errored';
}
/**
 * The attempt that decides a test's final status: the last one that ran, or the last
 * attempt when none ran (all skipped). A skip after failures (a retry that was skipped)
 * therefore does not hide the failure.
 */
function decisiveAttempt(attempts) {
    return attempts.findLast((attempt) => attempt.status !== 'skipped') ?? attempts.at(-1);
}
/** Final status per DESIGN: failing attempts then a final pass → flaky; else the decisive attempt's status. */
function finalStatus(attempts) {
    const decisive = decisiveAttempt(attempts);
    if (!decisive)
        return 'skipped';
    if (decisive.status === 'passed' && attempts.some((attempt) => isFailing(attempt.status)))
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
        if (!previous || isFailing(previous.status))
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
    const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
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
            durationMs: decisiveAttempt(attempts)?.durationMs ?? 0,
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
function passRate(passing, ran) {
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
    group.passRate = passRate(group.passed + group.flaky, group.total - group.skipped);
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
        passRate: passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
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
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Expression.js
/**
 * Expression - Parses and stores a tag pattern expression
 * 
 * Patterns are parsed once and stored in an optimized structure for fast matching.
 * 
 * @example
 * const expr = new Expression("root.users.user");
 * const expr2 = new Expression("..user[id]:first");
 * const expr3 = new Expression("root/users/user", { separator: '/' });
 */
class Expression {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || '.';
    this.segments = this._parse(pattern);
    this.data = data;
    // Cache expensive checks for performance (O(1) instead of O(n))
    this._hasDeepWildcard = this.segments.some(seg => seg.type === 'deep-wildcard');
    this._hasAttributeCondition = this.segments.some(seg => seg.attrName !== undefined);
    this._hasPositionSelector = this.segments.some(seg => seg.position !== undefined);
  }

  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];

    // Split by separator but handle ".." specially
    let i = 0;
    let currentPart = '';

    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        // Check if next char is also separator (deep wildcard)
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          // Flush current part if any
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = '';
          }
          // Add deep wildcard
          segments.push({ type: 'deep-wildcard' });
          i += 2; // Skip both separators
        } else {
          // Regular separator
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = '';
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }

    // Flush remaining part
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }

    return segments;
  }

  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: 'tag' };

    // NEW NAMESPACE SYNTAX (v2.0):
    // ============================
    // Namespace uses DOUBLE colon (::)
    // Position uses SINGLE colon (:)
    // 
    // Examples:
    //   "user"              → tag
    //   "user:first"        → tag + position
    //   "user[id]"          → tag + attribute
    //   "user[id]:first"    → tag + attribute + position
    //   "ns::user"          → namespace + tag
    //   "ns::user:first"    → namespace + tag + position
    //   "ns::user[id]"      → namespace + tag + attribute
    //   "ns::user[id]:first" → namespace + tag + attribute + position
    //   "ns::first"         → namespace + tag named "first" (NO ambiguity!)
    //
    // This eliminates all ambiguity:
    //   :: = namespace separator
    //   :  = position selector
    //   [] = attributes

    // Step 1: Extract brackets [attr] or [attr=value]
    let bracketContent = null;
    let withoutBrackets = part;

    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }

    // Step 2: Check for namespace (double colon ::)
    let namespace = undefined;
    let tagAndPosition = withoutBrackets;

    if (withoutBrackets.includes('::')) {
      const nsIndex = withoutBrackets.indexOf('::');
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim(); // Skip ::

      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }

    // Step 3: Parse tag and position (single colon :)
    let tag = undefined;
    let positionMatch = null;

    if (tagAndPosition.includes(':')) {
      const colonIndex = tagAndPosition.lastIndexOf(':'); // Use last colon for position
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();

      // Verify position is a valid keyword
      const isPositionKeyword = ['first', 'last', 'odd', 'even'].includes(posPart) ||
        /^nth\(\d+\)$/.test(posPart);

      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        // Not a valid position keyword, treat whole thing as tag
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }

    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }

    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }

    // Step 4: Parse attributes
    if (bracketContent) {
      if (bracketContent.includes('=')) {
        const eqIndex = bracketContent.indexOf('=');
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }

    // Step 5: Parse position selector
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = 'nth';
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }

    return segment;
  }

  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }

  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }

  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }

  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }

  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
}
;// CONCATENATED MODULE: ./node_modules/path-expression-matcher/src/Matcher.js


/**
 * MatcherView - A lightweight read-only view over a Matcher's internal state.
 *
 * Created once by Matcher and reused across all callbacks. Holds a direct
 * reference to the parent Matcher so it always reflects current parser state
 * with zero copying or freezing overhead.
 *
 * Users receive this via {@link Matcher#readOnly} or directly from parser
 * callbacks. It exposes all query and matching methods but has no mutation
 * methods — misuse is caught at the TypeScript level rather than at runtime.
 *
 * @example
 * const matcher = new Matcher();
 * const view = matcher.readOnly();
 *
 * matcher.push("root", {});
 * view.getCurrentTag(); // "root"
 * view.getDepth();      // 1
 */
class MatcherView {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }

  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return undefined;
    return path[path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map(n => n.tag);
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
}

/**
 * Matcher - Tracks current path in XML/JSON tree and matches against Expressions.
 *
 * The matcher maintains a stack of nodes representing the current path from root to
 * current tag. It only stores attribute values for the current (top) node to minimize
 * memory usage. Sibling tracking is used to auto-calculate position and counter.
 *
 * Use {@link Matcher#readOnly} to obtain a {@link MatcherView} safe to pass to
 * user callbacks — it always reflects current state with no Proxy overhead.
 *
 * @example
 * const matcher = new Matcher();
 * matcher.push("root", {});
 * matcher.push("users", {});
 * matcher.push("user", { id: "123", type: "admin" });
 *
 * const expr = new Expression("root.users.user");
 * matcher.matches(expr); // true
 */
class Matcher {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || '.';
    this.path = [];
    this.siblingStacks = [];
    // Each path node: { tag, values, position, counter, namespace? }
    // values only present for current (last) node
    // Each siblingStacks entry: Map<tagName, count> tracking occurrences at each level
    this._pathStringCache = null;
    this._view = new MatcherView(this);

    // Kept-attribute stack: only populated when push() is called with options.keep.
    this._keptAttrs = [];
  }

  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;

    // Remove values from previous current node (now becoming ancestor)
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = undefined;
    }

    // Get or create sibling tracking for current level
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      // `counts` tells same-name siblings apart (the "counter" — nth <item>
      // among other <item>s). `total` is every child seen at this level so
      // far, kept as a running number instead of re-added from `counts` on
      // every push — a parent with many differently-named children would
      // otherwise cost more per child the more distinct names it has.
      level = { counts: new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }

    // Create a unique key for sibling tracking that includes namespace
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;

    // Calculate counter (how many times this tag appeared at this level)
    const counter = level.counts.get(siblingKey) || 0;

    // Position = total children at this level seen before this one.
    const position = level.total;

    // Update sibling count for this tag, and the level's running total.
    level.counts.set(siblingKey, counter + 1);
    level.total++;

    // Create new node
    const node = {
      tag: tagName,
      position: position,
      counter: counter
    };

    if (namespace !== null && namespace !== undefined) {
      node.namespace = namespace;
    }

    if (attrValues !== null && attrValues !== undefined) {
      node.values = attrValues;
    }

    this.path.push(node);

    // Depth of the node we just pushed (1-based, matches this.path.length)
    const depth = this.path.length;

    // Copy only the requested attributes into the kept-attrs stack. This is
    // the one part of push() whose cost scales with input (O(keep.length))
    // rather than being O(1) — by design, since the caller is explicitly
    // opting in for specific attribute names. No options/keep => zero added
    // cost beyond the two property reads below.
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== undefined && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== undefined) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }

  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return undefined;
    this._pathStringCache = null;

    const node = this.path.pop();

    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }

    // Drop any kept attributes that belonged to the popped node (or deeper).
    // _keptAttrs is depth-ordered (push only ever appends increasing depths),
    // so this is a backward scan that stops at the first surviving entry —
    // typically O(1) since kept attrs are rare by design.
    const poppedDepth = this.path.length + 1;
    while (
      this._keptAttrs.length > 0 &&
      this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth
    ) {
      this._keptAttrs.pop();
    }

    return node;
  }

  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== undefined) {
        current.values = attrValues;
      }
    }
  }

  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : undefined;
  }

  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : undefined;
  }

  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return undefined;
    return this.path[this.path.length - 1].values?.[attrName];
  }

  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== undefined && attrName in current.values;
  }

  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return undefined;
  }

  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }

  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }

  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }

  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }

  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }

  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep = separator || this.separator;
    const isDefault = (sep === this.separator && includeNamespace === true);

    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(n =>
        (n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep);
      this._pathStringCache = result;
      return result;
    }

    return this.path.map(n =>
      (includeNamespace && n.namespace) ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep);
  }

  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map(n => n.tag);
  }

  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }

  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;

    if (segments.length === 0) {
      return false;
    }

    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }

    return this._matchSimple(segments);
  }

  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }

    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }

    return true;
  }

  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;

    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];

      if (segment.type === 'deep-wildcard') {
        segIdx--;

        if (segIdx < 0) {
          return true;
        }

        const nextSeg = segments[segIdx];
        let found = false;

        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }

        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }

    return segIdx < 0;
  }

  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== '*' && segment.tag !== node.tag) {
      return false;
    }

    if (segment.namespace !== undefined) {
      if (segment.namespace !== '*' && segment.namespace !== node.namespace) {
        return false;
      }
    }

    if (segment.attrName !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }

      if (segment.attrValue !== undefined) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }

    if (segment.position !== undefined) {
      if (!isCurrentNode) {
        return false;
      }

      const counter = node.counter ?? 0;

      if (segment.position === 'first' && counter !== 0) {
        return false;
      } else if (segment.position === 'odd' && counter % 2 !== 1) {
        return false;
      } else if (segment.position === 'even' && counter % 2 !== 0) {
        return false;
      } else if (segment.position === 'nth' && counter !== segment.positionValue) {
        return false;
      }
    }

    return true;
  }

  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }

  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map(node => ({ ...node })),
      siblingStacks: this.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map(entry => ({ ...entry }))
    };
  }

  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map(node => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map(level => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map(entry => ({ ...entry }));
  }

  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
}

;// CONCATENATED MODULE: ./node_modules/fast-xml-builder/src/util.js


// String(val)/val.toString() drop the sign of -0 (e.g. String(-0) === '0'), silently
// corrupting a round-tripped negative-zero value. XML has no separate int/float syntax,
// so this is the single place every raw value gets turned into text.
function valToStr(val) {
  return typeof val === 'number' && Object.is(val, -0) ? '-0' : String(val)
}

function safeComment(val) {
  return valToStr(val)
    .replace(/--/g, '- -')   // -- is illegal anywhere in comment content
    .replace(/--/g, '- -')   // handle the scenario when 2 consiucative dashes appears 
    .replace(/-$/, '- ');    // trailing - would form -- with the closing -->
}

function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, ']]]]><![CDATA[>')
}

function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, '&quot;').replace(/'/g, '&apos;')
}

/**
 * Resolve a tag or attribute name through sanitizeName if configured.
 * Validation via xml-naming's qName is performed first; the sanitizeName
 * callback is invoked only when the name is invalid. If sanitizeName is
 * false (default), no validation occurs and the name is used as-is.
 *
 * @param {string}  name        - raw name from the JS object
 * @param {boolean} isAttribute - true when resolving an attribute name
 * @param {object}  options
 * @param {Matcher} matcher     - current matcher state (readonly from callback perspective)
 * @param {function} qNameValidator - function to validate tag names
 */

function resolveName(name, isAttribute, options, matcher, validator) {
  if (!options.sanitizeName) return name;

  // Processing-instruction names: validate the part after the leading "?"
  const isPI = !isAttribute && name[0] === '?';
  const bare = isPI ? name.slice(1) : name;

  if (validator(bare)) return name;

  const result = options.sanitizeName(bare, { isAttribute, matcher: matcher.readOnly() });

  // Never trust the callback's output
  if (typeof result !== 'string' || !validator(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? '?' + result : result;
}
;// CONCATENATED MODULE: ./node_modules/xml-naming/src/index.js
/**
 * xml-naming
 * Validates XML Name productions as defined in the XML 1.0 and 1.1 specifications.
 * Covers: Name, NCName, QName, NMToken, NMTokens
 *
 * XML 1.0 spec: https://www.w3.org/TR/xml/#NT-Name
 * XML 1.1 spec: https://www.w3.org/TR/xml11/#NT-NameStartChar
 * XML NS spec:  https://www.w3.org/TR/xml-names/#NT-NCName
 */

// ---------------------------------------------------------------------------
// Character class strings — XML 1.0
//
// NameStartChar ::= ":" | [A-Z] | "_" | [a-z]
//   | [#xC0-#xD6]   | [#xD8-#xF6]   | [#xF8-#x2FF]
//   | [#x370-#x37D] | [#x37F-#x1FFF]    <- split to exclude #x0487
//   | [#x200C-#x200D]
//   | [#x2070-#x218F] | [#x2C00-#x2FEF]
//   | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD]
//
// NameChar ::= NameStartChar | "-" | "." | [0-9]
//   | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]
//
// Note: \u0487 (Combining Cyrillic Millions Sign) was added in Unicode 4.0,
// after XML 1.0 was defined against Unicode 2.0. It falls inside the range
// \u037F-\u1FFF but must be excluded. We split that range into
// \u037F-\u0486 and \u0488-\u1FFF to exclude it explicitly.
// ---------------------------------------------------------------------------

const nameStartChar10 =
  ':A-Za-z_' +
  '\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF' +
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +  // split to exclude \u0487
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD';

const nameChar10 =
  nameStartChar10 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Character class strings — XML 1.1
//
// Differences from XML 1.0:
//
// NameStartChar:
//   1.0 has split ranges: \u00C0-\u00D6, \u00D8-\u00F6, \u00F8-\u02FF
//   1.1 merges them into: \u00C0-\u02FF
//   (\u00D7 x and \u00F7 / are division symbols, excluded in both versions)
//
//   1.0 tops out at \uFFFD (BMP only)
//   1.1 adds \u{10000}-\u{EFFFF} (supplementary planes)
//   These require the /u flag on the RegExp — see buildRegexes below.
//
// NameChar:
//   1.1 adds \u0487 (Combining Cyrillic Millions Sign, added in Unicode 4.0)
// ---------------------------------------------------------------------------

const nameStartChar11 =
  ':A-Za-z_' +
  '\u00C0-\u02FF' +                    // merged — 1.0 had three split ranges here
  '\u0370-\u037D' +
  '\u037F-\u0486\u0488-\u1FFF' +       // split to exclude \u0487 (combining mark, never a NameStartChar)
  '\u200C-\u200D' +
  '\u2070-\u218F' +
  '\u2C00-\u2FEF' +
  '\u3001-\uD7FF' +
  '\uF900-\uFDCF' +
  '\uFDF0-\uFFFD' +
  '\u{10000}-\u{EFFFF}';     // supplementary planes — REQUIRES /u flag on RegExp

const nameChar11 =
  nameStartChar11 +
  '\\-\\.\\d' +
  '\u00B7' +
  '\u0300-\u036F' +
  '\u0487' +                 // Combining Cyrillic Millions Sign — valid in 1.1, not 1.0
  '\u203F-\u2040';

// ---------------------------------------------------------------------------
// Regex builders
//
// XML 1.0 regexes: no flags — BMP only, standard JS regex behaviour.
// XML 1.1 regexes: /u flag — required for \u{10000}-\u{EFFFF} to match actual
//   supplementary code points rather than lone surrogates (which are illegal XML).
// ---------------------------------------------------------------------------

const buildRegexes = (startChar, char, flags = '') => {
  const ncStart = startChar.replace(':', '');
  const ncChar = char.replace(':', '');
  const ncNamePat = `[${ncStart}][${ncChar}]*`;

  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags),
  };
};

const regexes10 = buildRegexes(nameStartChar10, nameChar10);       // no /u — BMP only
const regexes11 = buildRegexes(nameStartChar11, nameChar11, 'u');  // /u — enables \u{10000}-\u{EFFFF}

// ---------------------------------------------------------------------------
// ASCII-only fast path (opt-in, off by default)
//
// The XML 1.0 vs 1.1 NameStartChar/NameChar productions differ *only* in
// their non-ASCII ranges (merged vs split Latin-1 ranges, \u0487, and
// supplementary planes). Restricted to ASCII, both versions collapse to the
// same character classes, so a single regex pair covers both xmlVersion
// values — no /u flag needed.
//
// Rationale: unicode-aware regexes (the /u flag, required for XML 1.1's
// supplementary-plane range) are measurably slower in V8 than plain
// non-unicode regexes on the same input, even when the input is pure ASCII.
// For the common case — HTML/SVG ids, XML tags — names are ASCII, so callers
// who know this can opt in to skip the unicode-aware matching path entirely.
// This is a real but *conditional* win: mainly for XML 1.1 input (avoids /u),
// or at scale where the larger unicode character classes add engine
// overhead. It also changes behaviour (rejects legitimate non-ASCII XML
// 1.0/1.1 names), so it must never be silently enabled — hence off by
// default.
// ---------------------------------------------------------------------------

const nameStartCharAscii = ':A-Za-z_';
const nameCharAscii = nameStartCharAscii + '\\-\\.\\d';

const regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii); // no /u — ASCII only

const getRegexes = (xmlVersion = '1.0', asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === '1.1' ? regexes11 : regexes10;
};

// ---------------------------------------------------------------------------
// Boolean validators
// ---------------------------------------------------------------------------

/**
 * Returns true if the string is a valid XML Name.
 * Colons are allowed anywhere (Name production).
 * Used for: DOCTYPE entity names, notation names, DTD element declarations.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const src_name = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).name.test(str);

/**
 * Returns true if the string is a valid NCName (Non-Colonized Name).
 * Colons are not permitted.
 * Used for: namespace prefixes, local names, SVG id attributes.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const ncName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).ncName.test(str);

/**
 * Returns true if the string is a valid QName (Qualified Name).
 * Allows exactly one colon as a prefix separator: prefix:localName.
 * Used for: element and attribute names in namespace-aware XML/SVG.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const qName = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).qName.test(str);

/**
 * Returns true if the string is a valid NMToken.
 * Like Name but no restriction on the first character.
 * Used for: DTD NMTOKEN attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmToken = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmToken.test(str);

/**
 * Returns true if the string is a valid NMTokens value.
 * A whitespace-separated list of NMToken values.
 * Used for: DTD NMTOKENS attribute values.
 *
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 *   asciiOnly: skip unicode-aware matching, ASCII names only (default false).
 */
const nmTokens = (str, { xmlVersion = '1.0', asciiOnly = false } = {}) =>
  getRegexes(xmlVersion, asciiOnly).nmTokens.test(str);

// ---------------------------------------------------------------------------
// Memoized validator factory
//
// Real documents reuse a small vocabulary of tag/attribute names across many
// siblings (e.g. `id`, `class`, `href` repeated across hundreds of elements).
// The plain boolean validators above re-run the regex on every call
// regardless of repeats. `createValidator` returns a closure with a private
// string -> boolean cache, so repeated names after the first become O(1)
// lookups instead of regex tests.
//
// - opts (xmlVersion, asciiOnly) are fixed at creation time, so the regex is
//   resolved once, not on every call.
// - The cache is private to the returned closure — no shared/global state,
//   no cross-caller pollution.
// - `maxCacheSize` bounds memory: once the cache reaches this many entries,
//   it stops accepting new ones (existing entries keep serving hits; new
//   misses just fall through to the regex, uncached). This avoids unbounded
//   growth against adversarial/high-cardinality input (e.g. validating
//   attacker-supplied names with no repeats) without the cost/complexity of
//   a full LRU, and without the perf cliff of reset-and-refill thrashing.
// - Call `.reset()` on the returned function to clear the cache manually
//   (e.g. between unrelated parse calls).
// ---------------------------------------------------------------------------

const PRODUCTIONS = ['name', 'ncName', 'qName', 'nmToken', 'nmTokens'];

/**
 * Returns a memoized boolean validator function for a single production,
 * with opts fixed at creation time.
 *
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean, maxCacheSize?: number }} [opts]
 *   maxCacheSize: max number of distinct strings to cache (default 2048).
 *   Once reached, new strings are validated but not cached; existing cached
 *   entries keep being served.
 * @returns {((str: string) => boolean) & { reset: () => void }}
 */
const createValidator = (production, { xmlVersion = '1.0', asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = new Map();

  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== undefined) return cached;

    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };

  validator.reset = () => { cache = new Map(); };

  return validator;
};

// ---------------------------------------------------------------------------
// Diagnostic validator
// ---------------------------------------------------------------------------

/**
 * Validates a string against a named production and returns a detailed result.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {{ valid: boolean, production: string, input: string, reason?: string, position?: number }}
 */
const src_validate = (str, production, { xmlVersion = '1.0', asciiOnly = false } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(', ')}`
    );
  }

  const validators = { name: src_name, ncName, qName, nmToken, nmTokens };
  const isValid = validators[production](str, { xmlVersion, asciiOnly });

  if (isValid) return { valid: true, production, input: str };

  let reason = 'Does not match the production rules';
  let position;

  // Diagnostic fallback char checks must mirror the same character set the
  // boolean validator above used, or the reported reason/position could
  // contradict the `valid: false` result (e.g. flagging a char as illegal
  // that the unicode-aware check would have accepted).
  const startCharPattern = asciiOnly ? /^[:A-Za-z_]/ : /^[:A-Za-z_\u00C0-\uFFFD]/;
  const namePattern = asciiOnly ? /[\w\-\\.:]/ : /[\w\-\\.:\u00B7\u00C0-\uFFFD]/;

  if (str.length === 0) {
    reason = 'Input is empty';
  } else if (production === 'ncName' && str.includes(':')) {
    position = str.indexOf(':');
    reason = 'Colon is not allowed in NCName';
  } else if (production === 'qName' && str.startsWith(':')) {
    reason = 'QName cannot start with a colon';
    position = 0;
  } else if (production === 'qName' && str.endsWith(':')) {
    reason = 'QName cannot end with a colon';
    position = str.length - 1;
  } else if (production === 'qName' && (str.match(/:/g) || []).length > 1) {
    reason = 'QName can have at most one colon';
    position = str.lastIndexOf(':');
  } else if (
    ['name', 'ncName', 'qName'].includes(production) &&
    !startCharPattern.test(str[0])
  ) {
    reason = `First character "${str[0]}" is not a valid NameStartChar`;
    position = 0;
  } else {
    for (let i = 0; i < str.length; i++) {
      if (!namePattern.test(str[i])) {
        reason = `Character "${str[i]}" at position ${i} is not a valid NameChar`;
        position = i;
        break;
      }
    }
  }

  return { valid: false, production, input: str, reason, position };
};

// ---------------------------------------------------------------------------
// Batch validator
// ---------------------------------------------------------------------------

/**
 * Validates an array of strings against a named production.
 *
 * @param {string[]} strings
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ xmlVersion?: '1.0'|'1.1', asciiOnly?: boolean }} [opts]
 * @returns {Array<{ valid: boolean, production: string, input: string, reason?: string, position?: number }>}
 */
const validateAll = (strings, production, opts = {}) =>
  strings.map(str => src_validate(str, production, opts));

// ---------------------------------------------------------------------------
// Sanitizer
// ---------------------------------------------------------------------------

/**
 * Transforms an invalid string into the nearest valid XML name for the given production.
 *
 * @param {string} str
 * @param {'name'|'ncName'|'qName'|'nmToken'|'nmTokens'} production
 * @param {{ replacement?: string, asciiOnly?: boolean }} [opts]
 *   asciiOnly: also replace any non-ASCII character, not just XML-illegal
 *   ones (default false).
 * @returns {string}
 */
const sanitize = (str, production = 'name', { replacement = '_', asciiOnly = false } = {}) => {
  if (!str) return replacement;

  let result = str;

  // Strip colons for NCName
  if (production === 'ncName') {
    result = result.replace(/:/g, '');
  }

  // Replace illegal characters
  const allowedCharPattern = asciiOnly ? /[^\w\-\.:]/g : /[^\w\-\.:\u00B7\u00C0-\uFFFD]/g;
  result = result.replace(allowedCharPattern, replacement);

  // Fix invalid start character for Name / NCName / QName
  if (production !== 'nmToken' && production !== 'nmTokens') {
    if (/^[\-\.\d]/.test(result)) {
      result = replacement + result;
    }
  }

  return result || replacement;
};
;// CONCATENATED MODULE: ./node_modules/fast-xml-builder/src/orderedJs2Xml.js




const EOL = "\n";

/**
 * Detect XML version from the first element of the ordered array input.
 * The first element must be a ?xml processing instruction with a version attribute.
 * Returns '1.0' if not found.
 *
 * @param {array}  jArray
 * @param {object} options
 */
function detectXmlVersionFromArray(jArray, options) {
    if (!Array.isArray(jArray) || jArray.length === 0) return '1.0';
    const first = jArray[0];
    const firstKey = propName(first);
    if (firstKey === '?xml') {
        const attrs = first[':@'];
        if (attrs) {
            const versionKey = options.attributeNamePrefix + 'version';
            if (attrs[versionKey]) return attrs[versionKey];
        }
    }
    return '1.0';
}

/**
 * @param {array} jArray
 * @param {any} options
 * @returns
 */
function toXml(jArray, options) {
    let indentation = "";
    if (options.format) {
        indentation = EOL;
    }

    // Pre-compile stopNode expressions for pattern matching
    const stopNodeExpressions = [];
    if (options.stopNodes && Array.isArray(options.stopNodes)) {
        for (let i = 0; i < options.stopNodes.length; i++) {
            const node = options.stopNodes[i];
            if (typeof node === 'string') {
                stopNodeExpressions.push(new Expression(node));
            } else if (node instanceof Expression) {
                stopNodeExpressions.push(node);
            }
        }
    }

    // Detect XML version for use in name validation
    const xmlVersion = detectXmlVersionFromArray(jArray, options);
    const qNameValidator = createValidator('qName', { xmlVersion });
    // Initialize matcher for path tracking
    const matcher = new Matcher();

    return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}

function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
    let xmlStr = "";
    let isPreviousElementTag = false;

    if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
    }

    if (!Array.isArray(arr)) {
        // Non-array values (e.g. string tag values) should be treated as text content
        if (arr !== undefined && arr !== null) {
            let text = valToStr(arr);
            text = replaceEntitiesValue(text, options);
            return text;
        }
        return "";
    }

    for (let i = 0; i < arr.length; i++) {
        const tagObj = arr[i];
        const rawTagName = propName(tagObj);
        if (rawTagName === undefined) continue;

        // Special names are exempt from sanitizeName: internal conventions and PI tags
        // are not user-supplied XML element names.
        const isSpecialName = rawTagName === options.textNodeName
            || rawTagName === options.cdataPropName
            || rawTagName === options.commentPropName;
        //|| rawTagName[0] === '?';

        // Resolve tag name (may transform it; may throw for invalid names)
        const tagName = isSpecialName
            ? rawTagName
            : resolveName(rawTagName, false, options, matcher, qNameValidator);

        // Extract attributes from ":@" property
        const attrValues = extractAttributeValues(tagObj[":@"], options);

        // Push resolved tag to matcher WITH attributes
        matcher.push(tagName, attrValues);

        // Check if this is a stop node using Expression matching
        const isStopNode = checkStopNode(matcher, stopNodeExpressions);

        if (tagName === options.textNodeName) {
            let tagText = tagObj[rawTagName];
            if (!isStopNode) {
                tagText = options.tagValueProcessor(tagName, tagText);
                tagText = replaceEntitiesValue(tagText, options);
            }
            tagText = valToStr(tagText);
            if (isPreviousElementTag) {
                xmlStr += indentation;
            }
            xmlStr += tagText;
            isPreviousElementTag = false;
            matcher.pop();
            continue;
        } else if (tagName === options.cdataPropName) {
            if (isPreviousElementTag) {
                xmlStr += indentation;
            }
            const val = tagObj[rawTagName][0][options.textNodeName];
            const safeVal = safeCdata(val);
            xmlStr += `<![CDATA[${safeVal}]]>`;
            isPreviousElementTag = false;
            matcher.pop();
            continue;
        } else if (tagName === options.commentPropName) {
            const val = tagObj[rawTagName][0][options.textNodeName];
            const safeVal = safeComment(val);
            xmlStr += indentation + `<!--${safeVal}-->`;
            isPreviousElementTag = true;
            matcher.pop();
            continue;
        } else if (tagName[0] === "?") {
            const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
            const tempInd = tagName === "?xml" ? "" : indentation;
            // Text node content on PI/XML declaration tags is intentionally ignored.
            // Only attributes are valid on these tags per the XML spec.
            xmlStr += tempInd + `<${tagName}${attStr}?>`;
            isPreviousElementTag = true;
            matcher.pop();
            continue;
        }

        let newIdentation = indentation;
        if (newIdentation !== "") {
            newIdentation += options.indentBy;
        }

        // Pass isStopNode to attr_to_str so attributes are also not processed for stopNodes
        const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
        const tagStart = indentation + `<${tagName}${attStr}`;

        // If this is a stopNode, get raw content without processing
        let tagValue;
        if (isStopNode) {
            tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
        } else {
            tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
        }

        if (options.unpairedTags.indexOf(tagName) !== -1) {
            if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
            else xmlStr += tagStart + "/>";
        } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
            xmlStr += tagStart + "/>";
        } else if (tagValue && tagValue.endsWith(">")) {
            xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
        } else {
            xmlStr += tagStart + ">";
            if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
                xmlStr += indentation + options.indentBy + tagValue + indentation;
            } else {
                xmlStr += tagValue;
            }
            xmlStr += `</${tagName}>`;
        }
        isPreviousElementTag = true;

        // Pop tag from matcher
        matcher.pop();
    }

    return xmlStr;
}

/**
 * Extract attribute values from the ":@" object and return as plain object
 * for passing to matcher.push()
 */
function extractAttributeValues(attrMap, options) {
    if (!attrMap || options.ignoreAttributes) return null;

    const attrValues = {};
    let hasAttrs = false;

    for (let attr in attrMap) {
        if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
        // Remove the attribute prefix to get clean attribute name
        const cleanAttrName = attr.startsWith(options.attributeNamePrefix)
            ? attr.substr(options.attributeNamePrefix.length)
            : attr;
        attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
        hasAttrs = true;
    }

    return hasAttrs ? attrValues : null;
}

/**
 * Extract raw content from a stopNode without any processing
 * This preserves the content exactly as-is, including special characters
 */
function getRawContent(arr, options, depth = 0) {
    if (options.maxNestedTags && depth > options.maxNestedTags) {
        throw new Error("Maximum nested tags exceeded");
    }
    if (!Array.isArray(arr)) {
        // Non-array values return as-is
        if (arr !== undefined && arr !== null) {
            return valToStr(arr);
        }
        return "";
    }

    let content = "";
    for (let i = 0; i < arr.length; i++) {
        const item = arr[i];
        const tagName = propName(item);

        if (tagName === options.textNodeName) {
            // Raw text content - NO processing, NO entity replacement
            content += valToStr(item[tagName]);
        } else if (tagName === options.cdataPropName) {
            // CDATA content
            content += item[tagName][0][options.textNodeName];
        } else if (tagName === options.commentPropName) {
            // Comment content
            content += item[tagName][0][options.textNodeName];
        } else if (tagName && tagName[0] === "?") {
            // Processing instruction - skip for stopNodes
            continue;
        } else if (tagName) {
            // Nested tags within stopNode — no sanitizeName, content is raw
            const attStr = attr_to_str_raw(item[":@"], options);
            const nestedContent = getRawContent(item[tagName], options, depth + 1);

            if (!nestedContent || nestedContent.length === 0) {
                content += `<${tagName}${attStr}/>`;
            } else {
                content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
            }
        }
    }
    return content;
}

/**
 * Build attribute string for stopNodes - NO entity replacement
 */
function attr_to_str_raw(attrMap, options) {
    let attrStr = "";
    if (attrMap && !options.ignoreAttributes) {
        for (let attr in attrMap) {
            if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
            // For stopNodes, use raw value without processing
            let attrVal = attrMap[attr];
            if (attrVal === true && options.suppressBooleanAttributes) {
                attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
            } else {
                attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
            }
        }
    }
    return attrStr;
}

function propName(obj) {
    const keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        const key = keys[i];
        if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
        if (key !== ":@") return key;
    }
}

/**
 * Build attribute string, resolving attribute names through sanitizeName when configured.
 * Accepts matcher so the callback has path context.
 */
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
    let attrStr = "";
    if (attrMap && !options.ignoreAttributes) {
        for (let attr in attrMap) {
            if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;

            // Strip prefix to get the clean XML attribute name, then optionally sanitize it
            const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
            const resolvedAttrName = isStopNode
                ? cleanAttrName  // stopNodes are raw — skip sanitizeName for attr names too
                : resolveName(cleanAttrName, true, options, matcher, qNameValidator);

            let attrVal;
            if (isStopNode) {
                // For stopNodes, use raw value without any processing
                attrVal = attrMap[attr];
            } else {
                // Normal processing: apply attributeValueProcessor and entity replacement
                attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
                attrVal = replaceEntitiesValue(attrVal, options);
            }

            if (attrVal === true && options.suppressBooleanAttributes) {
                attrStr += ` ${resolvedAttrName}`;
            } else {
                attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
            }
        }
    }
    return attrStr;
}

function checkStopNode(matcher, stopNodeExpressions) {
    if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;

    for (let i = 0; i < stopNodeExpressions.length; i++) {
        if (matcher.matches(stopNodeExpressions[i])) {
            return true;
        }
    }
    return false;
}

function replaceEntitiesValue(textValue, options) {
    if (textValue && textValue.length > 0 && options.processEntities) {
        for (let i = 0; i < options.entities.length; i++) {
            const entity = options.entities[i];
            textValue = textValue.replace(entity.regex, entity.val);
        }
    }
    return textValue;
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
    if (typeof ignoreAttributes === 'function') {
        return ignoreAttributes
    }
    if (Array.isArray(ignoreAttributes)) {
        return (attrName) => {
            for (const pattern of ignoreAttributes) {
                if (typeof pattern === 'string' && attrName === pattern) {
                    return true
                }
                if (pattern instanceof RegExp && pattern.test(attrName)) {
                    return true
                }
            }
        }
    }
    return () => false
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-builder/src/fxb.js

//parse Empty Node as self closing node






const fxb_defaultOptions = {
  attributeNamePrefix: '@_',
  attributesGroupName: false,
  textNodeName: '#text',
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: '  ',
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function (key, a) {
    return a;
  },
  attributeValueProcessor: function (attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },//it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("\'", "g"), val: "&apos;" },
    { regex: new RegExp("\"", "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};

function fxb_Builder(options) {
  this.options = Object.assign({}, fxb_defaultOptions, options);

  // Convert old-style stopNodes for backward compatibility
  // Old syntax: "*.tag" meant "tag anywhere in tree"
  // New syntax: "..tag" means "tag anywhere in tree"
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map(node => {
      if (typeof node === 'string' && node.startsWith('*.')) {
        // Convert old wildcard syntax to deep wildcard
        return '..' + node.substring(2);
      }
      return node;
    });
  }

  // Pre-compile stopNode expressions for pattern matching
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === 'string') {
        this.stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }

  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function (/*a*/) {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes)
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }

  this.processTextOrObjNode = processTextOrObjNode

  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = '>\n';
    this.newLine = '\n';
  } else {
    this.indentate = function () {
      return '';
    };
    this.tagEndChar = '>';
    this.newLine = '';
  }
}

/**
 * Detect XML version from the ?xml declaration at the root of a plain-object input.
 * Checks both attributesGroupName and flat attribute forms.
 * Returns '1.0' if no declaration is found.
 */
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj['?xml'];
  if (decl && typeof decl === 'object') {
    // attributesGroupName path e.g. { '$$': { '@_version': '1.1' } }
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v = decl[options.attributesGroupName][options.attributeNamePrefix + 'version'];
      if (v) return v;
    }
    // flat attribute path e.g. { '@_version': '1.1' }
    const v = decl[options.attributeNamePrefix + 'version'];
    if (v) return v;
  }
  return '1.0';
}

fxb_Builder.prototype.build = function (jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      }
    }
    // Initialize matcher for path tracking
    const matcher = new Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = createValidator('qName', { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};

fxb_Builder.prototype.j2x = function (jObj, level, matcher, qNameValidator) {
  let attrStr = '';
  let val = '';
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  // Get jPath based on option: string for backward compatibility, or Matcher for new features
  const jPath = this.options.jPath ? matcher.toString() : matcher;

  // Check if current node is a stopNode (will be used for attribute encoding)
  const isCurrentStopNode = this.checkStopNode(matcher);

  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;

    // Resolve the key through sanitizeName before any use.
    // Special keys (textNodeName, cdataPropName, commentPropName, attributeNamePrefix,
    // attributesGroupName, "?" PI tags) are exempt — they are builder-internal conventions,
    // not user-supplied XML names.
    const isSpecialKey = key === this.options.textNodeName
      || key === this.options.cdataPropName
      || key === this.options.commentPropName
      || (this.options.attributesGroupName && key === this.options.attributesGroupName)
      || this.isAttribute(key);
    //|| key[0] === '?';

    const resolvedKey = isSpecialKey
      ? key
      : resolveName(key, false, this.options, matcher, qNameValidator);

    if (typeof jObj[key] === 'undefined') {
      // supress undefined node only if it is not an attribute
      if (this.isAttribute(key)) {
        val += '';
      }
    } else if (jObj[key] === null) {
      // null attribute should be ignored by the attribute list, but should not cause the tag closing
      if (this.isAttribute(key)) {
        val += '';
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += '';
      } else if (resolvedKey[0] === '?') {
        val += this.indentate(level) + '<' + resolvedKey + '?' + this.tagEndChar;
      } else {
        val += this.indentate(level) + '<' + resolvedKey + '/' + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, '', level, matcher);
    } else if (typeof jObj[key] !== 'object') {
      //premitive type
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        // Resolve the attribute name through sanitizeName
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        //tag value
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          // Check if this is a stopNode before building
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();

          if (isStopNode) {
            // Build as raw content without encoding
            const textValue = valToStr(jObj[key]);
            if (textValue === '') {
              val += this.indentate(level) + '<' + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level) + '<' + resolvedKey + '>' + textValue + '</' + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, '', level, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      //repeated nodes
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item = jObj[key][j];
        if (typeof item === 'undefined') {
          // supress undefined node
        } else if (item === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level) + '<' + resolvedKey + '?' + this.tagEndChar;
          else val += this.indentate(level) + '<' + resolvedKey + '/' + this.tagEndChar;
        } else if (typeof item === 'object') {
          if (this.options.oneListGroup) {
            // Push tag to matcher before recursive call
            matcher.push(resolvedKey);
            const result = this.j2x(item, level + 1, matcher, qNameValidator);
            // Pop tag from matcher after recursive call
            matcher.pop();

            listTagVal += result.val;
            if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr
            }
          } else {
            listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator)
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            // Check if this is a stopNode before building
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();

            if (isStopNode) {
              // Build as raw content without encoding
              const textValue = valToStr(item);
              if (textValue === '') {
                listTagVal += this.indentate(level) + '<' + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level) + '<' + resolvedKey + '>' + textValue + '</' + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item, resolvedKey, '', level, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
      }
      val += listTagVal;
    } else {
      //nested node
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          // Resolve attribute names inside attributesGroupName
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator)
      }
    }
  }
  return { attrStr: attrStr, val: val };
};

fxb_Builder.prototype.buildAttrPairStr = function (attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return ' ' + attrName;
  } else return ' ' + attrName + '="' + escapeAttribute(val) + '"';
}

function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  // Extract attributes to pass to matcher
  const attrValues = this.extractAttributes(object);

  // Push tag to matcher before recursion WITH attributes
  matcher.push(key, attrValues);

  // Check if this entire node is a stopNode
  const isStopNode = this.checkStopNode(matcher);

  if (isStopNode) {
    // For stopNodes, build raw content without entity encoding
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }

  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  // Pop tag from matcher after recursion
  matcher.pop();

  // PI/XML-declaration tags must never emit text content — route through
  // buildTextValNode which correctly ignores the text node for "?" tags.
  if (key[0] === '?') {
    return this.buildTextValNode('', key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== undefined && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}

// Helper method to extract attributes from an object
fxb_Builder.prototype.extractAttributes = function (obj) {
  if (!obj || typeof obj !== 'object') return null;

  const attrValues = {};
  let hasAttrs = false;

  // Check for attributesGroupName (when attributes are grouped)
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      // Remove attribute prefix if present
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix)
        ? attrKey.substring(this.options.attributeNamePrefix.length)
        : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    // Look for individual attributes (prefixed with attributeNamePrefix)
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }

  return hasAttrs ? attrValues : null;
};

// Build raw content for stopNode without entity encoding
fxb_Builder.prototype.buildRawContent = function (obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === 'string') {
    return obj; // Already a string, return as-is
  }

  if (typeof obj !== 'object' || obj === null) {
    return String(obj);
  }

  // Check if this is a stopNode data from parser: { "#text": "raw xml", "@_attr": "val" }
  if (obj[this.options.textNodeName] !== undefined) {
    return obj[this.options.textNodeName]; // Return raw text without encoding
  }

  // Build raw XML from nested structure
  let content = '';

  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;

    // Skip attributes
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;

    const value = obj[key];

    if (key === this.options.textNodeName) {
      content += value; // Raw text
    } else if (Array.isArray(value)) {
      // Array of same tag
      for (let item of value) {
        if (typeof item === 'string' || typeof item === 'number') {
          content += `<${key}>${item}</${key}>`;
        } else if (typeof item === 'object' && item !== null) {
          const nestedContent = this.buildRawContent(item, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item);
          if (nestedContent === '') {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === 'object' && value !== null) {
      // Nested object
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === '') {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      // Primitive value
      content += `<${key}>${value}</${key}>`;
    }
  }

  return content;
};

// Build attribute string for stopNode (no entity encoding)
fxb_Builder.prototype.buildAttributesForStopNode = function (obj) {
  if (!obj || typeof obj !== 'object') return '';

  let attrStr = '';

  // Check for attributesGroupName (when attributes are grouped)
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix)
        ? attrKey.substring(this.options.attributeNamePrefix.length)
        : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += ' ' + cleanKey;
      } else {
        // stopNode content is raw, but the quote delimiter is always escaped
        // so a quote in the value cannot break out of the attribute (see orderedJs2Xml attr_to_str)
        attrStr += ' ' + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    // Look for individual attributes
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += ' ' + attr;
        } else {
          // stopNode content is raw, but the quote delimiter is always escaped
          // so a quote in the value cannot break out of the attribute (see orderedJs2Xml attr_to_str)
          attrStr += ' ' + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }

  return attrStr;
};

fxb_Builder.prototype.buildObjectNode = function (val, key, attrStr, level) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
    else {
      return this.indentate(level) + '<' + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    // PI/XML-declaration tags never have body content — treat them like empty.
    return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
  } else {
    let tagEndExp = '</' + key + this.tagEndChar;
    let piClosingChar = "";

    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }

    // attrStr is an empty string in case the attribute came as undefined or null
    if ((attrStr || attrStr === '') && val.indexOf('<') === -1) {
      return (this.indentate(level) + '<' + key + attrStr + piClosingChar + '>' + val + tagEndExp);
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return (
        this.indentate(level) + '<' + key + attrStr + piClosingChar + this.tagEndChar +
        val +
        this.indentate(level) + tagEndExp);
    }
  }
}

fxb_Builder.prototype.closeTag = function (key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) { //unpaired
    if (!this.options.suppressUnpairedNode) closeTag = "/"
  } else if (this.options.suppressEmptyNode) { //empty
    closeTag = "/";
  } else {
    closeTag = `></${key}`
  }
  return closeTag;
}

fxb_Builder.prototype.checkStopNode = function (matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;

  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}

function buildEmptyObjNode(val, key, attrStr, level) {
  if (val !== '') {
    return this.buildObjectNode(val, key, attrStr, level);
  } else {
    if (key[0] === "?") return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
    else {
      return this.indentate(level) + '<' + key + attrStr + '/' + this.tagEndChar;
    }
  }
}

fxb_Builder.prototype.buildTextValNode = function (val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {//PI tag
    return this.indentate(level) + '<' + key + attrStr + '?' + this.tagEndChar;
  } else {
    // Normal processing: apply tagValueProcessor and entity replacement
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    // tagValueProcessor may return the raw value unchanged (default is identity), and
    // replaceEntitiesValue no-ops on non-strings, so a plain number can still reach here;
    // stringify it now, sign-preserving, before it's implicitly ToString'd below.
    textValue = valToStr(textValue);

    if (textValue === '') {
      return this.indentate(level) + '<' + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level) + '<' + key + attrStr + '>' +
        textValue +
        '</' + key + this.tagEndChar;
    }
  }
}

fxb_Builder.prototype.replaceEntitiesValue = function (textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}

function indentate(level) {
  return this.options.indentBy.repeat(level);
}

function isAttribute(name /*, options*/) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}
;// CONCATENATED MODULE: ./node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
// Re-export from fast-xml-builder for backward compatibility

/* harmony default export */ const json2xml = (fxb_Builder);

// If there are any named exports you also want to re-export:

;// CONCATENATED MODULE: ./packages/core/src/writers/junit-testcase.ts

function seconds(ms) {
    return (ms / 1000).toFixed(3);
}
function problemNode(attempt) {
    const node = {};
    if (attempt.failure?.message !== undefined)
        node['@_message'] = attempt.failure.message;
    if (attempt.failure?.type !== undefined)
        node['@_type'] = attempt.failure.type;
    if (attempt.failure?.body)
        node['#text'] = attempt.failure.body;
    return node;
}
/** Surefire's rerun children: the failure in a stackTrace element, with the attempt's own output. */
function rerunNode(attempt) {
    const node = {};
    if (attempt.failure?.message !== undefined)
        node['@_message'] = attempt.failure.message;
    if (attempt.failure?.type !== undefined)
        node['@_type'] = attempt.failure.type;
    if (attempt.failure?.body)
        node.stackTrace = attempt.failure.body;
    if (attempt.stdout)
        node['system-out'] = attempt.stdout;
    if (attempt.stderr)
        node['system-err'] = attempt.stderr;
    return node;
}
/**
 * A merged test as one <testcase>. The main <failure>/<error> is the final attempt, so a reader
 * that only counts those elements agrees with our counts; earlier failing attempts follow the
 * Surefire convention: rerunFailure/rerunError when the test failed in the end,
 * flakyFailure/flakyError when it finally passed.
 */
function testcaseNode(test) {
    const node = {
        '@_name': test.name,
        '@_classname': test.classname ?? test.suite,
        '@_time': seconds(test.durationMs),
    };
    if (test.file !== undefined)
        node['@_file'] = test.file;
    if (test.line !== undefined)
        node['@_line'] = String(test.line);
    const final = decisiveAttempt(test.attempts);
    const earlierFailures = test.attempts.filter((attempt) => attempt !== final && isFailing(attempt.status));
    if (test.status === 'failed' || test.status === 'errored') {
        node[test.status === 'failed' ? 'failure' : 'error'] = final ? problemNode(final) : {};
        const rerunFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
        const rerunError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
        if (rerunFailure.length)
            node.rerunFailure = rerunFailure;
        if (rerunError.length)
            node.rerunError = rerunError;
    }
    else if (test.status === 'skipped') {
        node.skipped = final?.failure?.message !== undefined ? { '@_message': final.failure.message } : {};
    }
    else if (test.status === 'flaky') {
        const flakyFailure = earlierFailures.filter((a) => a.status === 'failed').map(rerunNode);
        const flakyError = earlierFailures.filter((a) => a.status === 'errored').map(rerunNode);
        if (flakyFailure.length)
            node.flakyFailure = flakyFailure;
        if (flakyError.length)
            node.flakyError = flakyError;
    }
    if (final?.stdout)
        node['system-out'] = final.stdout;
    if (final?.stderr)
        node['system-err'] = final.stderr;
    return node;
}

;// CONCATENATED MODULE: ./packages/core/src/writers/xml-text.ts
// ANSI escape sequences (colours from test runners) carry no meaning in a report.
// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[ -/]*[@-~]/g;
// Characters XML 1.0 forbids: C0 controls other than tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates.
const XML_FORBIDDEN = 
// eslint-disable-next-line no-control-regex
/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Drops ANSI colour codes and replaces every character XML 1.0 cannot hold with U+FFFD. */
function toXmlSafe(text) {
    return text.replace(ANSI_SEQUENCE, '').replace(XML_FORBIDDEN, '\uFFFD');
}
function escapeXmlText(text) {
    return toXmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/** Attribute values also keep their line breaks and tabs, which parsers otherwise turn into spaces. */
function escapeXmlAttribute(text) {
    return escapeXmlText(text)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\r/g, '&#13;')
        .replace(/\t/g, '&#9;');
}

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
        await (0,external_node_events_namespaceObject.once)(stream, 'drain');
}
/**
 * Writes the whole merged run as one JUnit XML document, suite by suite and in batches of
 * testcases, so a run of 500k tests is never one string in memory. Ends the stream only when
 * it opened it (a path was given).
 */
async function writeMergedJUnit(run, target, options = {}) {
    const stream = typeof target === 'string' ? (0,external_node_fs_namespaceObject.createWriteStream)(target, { encoding: 'utf8' }) : target;
    const batchSize = options.batchSize ?? 500;
    const builder = new json2xml({
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
            await (0,external_node_stream_promises_namespaceObject.finished)(stream);
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/writers/index.ts




;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./packages/core/src/render/html/client-script.ts
/**
 * The page's only script: the all-tests table (search, status filter, sort, virtual scrolling)
 * and the detail view. Plain ES2017 in a string, so the report needs no bundler and no fetch.
 * Test data reaches the DOM only through textContent and createElement, never innerHTML.
 */
const CLIENT_SCRIPT = String.raw `(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var total = data.name.length;
  var STATUS_NAMES = { p: 'passed', f: 'failed', e: 'errored', s: 'skipped', k: 'flaky' };
  var STATUS_RANK = { f: 0, e: 1, k: 2, s: 3, p: 4 };
  var ROW_HEIGHT = 30;
  var OVERSCAN = 8;
  var SEARCH_DELAY_MS = 150;

  var viewport = document.getElementById('viewport');
  var spacer = document.getElementById('spacer');
  var rowsBox = document.getElementById('rows');
  var countLabel = document.getElementById('result-count');
  var searchBox = document.getElementById('search');
  var detailBox = document.getElementById('detail');
  var sortButtons = document.querySelectorAll('[data-sort]');
  var statusBoxes = document.querySelectorAll('#status-filter input[type=checkbox]');

  var state = { query: '', statuses: {}, sortKey: 'status', sortDir: 1, selected: -1 };
  var sorted = null;
  var view = new Int32Array(total);
  var viewLength = 0;
  var haystack = null;
  var lastRange = '';

  statusBoxes.forEach(function (box) { state.statuses[box.value] = box.checked; });

  function suiteOf(i) { return data.suites[data.suite[i]]; }
  function fileOf(i) { return data.file[i] < 0 ? '' : data.files[data.file[i]]; }

  function formatDuration(ms) {
    if (ms < 1000) return (ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)) + ' ms';
    var s = ms / 1000;
    if (s < 60) return s.toFixed(s < 10 ? 2 : 1) + ' s';
    var m = Math.floor(s / 60);
    if (m < 60) return m + ' min ' + Math.round(s - m * 60) + ' s';
    var h = Math.floor(m / 60);
    return h + ' h ' + (m - h * 60) + ' min';
  }

  function compareText(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  var COMPARATORS = {
    name: function (a, b) { return compareText(data.name[a], data.name[b]); },
    suite: function (a, b) { return compareText(suiteOf(a), suiteOf(b)) || compareText(data.name[a], data.name[b]); },
    duration: function (a, b) { return data.durationMs[a] - data.durationMs[b]; },
    status: function (a, b) { return STATUS_RANK[data.status[a]] - STATUS_RANK[data.status[b]]; }
  };

  function sortAll() {
    var compare = COMPARATORS[state.sortKey];
    var dir = state.sortDir;
    var indices = new Array(total);
    for (var i = 0; i < total; i++) indices[i] = i;
    indices.sort(function (a, b) { return dir * compare(a, b) || a - b; });
    sorted = indices;
  }

  function buildHaystack() {
    haystack = new Array(total);
    for (var i = 0; i < total; i++) {
      haystack[i] = (data.name[i] + '\u0000' + suiteOf(i) + '\u0000' + fileOf(i)).toLowerCase();
    }
  }

  function applyFilter() {
    var query = state.query;
    if (query && !haystack) buildHaystack();
    var n = 0;
    for (var k = 0; k < total; k++) {
      var i = sorted[k];
      if (!state.statuses[data.status[i]]) continue;
      if (query && haystack[i].indexOf(query) === -1) continue;
      view[n++] = i;
    }
    viewLength = n;
    countLabel.textContent = 'Showing ' + n.toLocaleString('en-US') + ' of ' + total.toLocaleString('en-US') + ' tests';
    countLabel.setAttribute('data-query', query);
    spacer.style.height = Math.max(n * ROW_HEIGHT, ROW_HEIGHT) + 'px';
    lastRange = '';
    renderRows();
  }

  function cell(text, className) {
    var el = document.createElement('div');
    el.setAttribute('role', 'cell');
    el.className = className;
    el.textContent = text;
    el.title = text;
    return el;
  }

  function renderRows() {
    var first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    var last = Math.min(viewLength, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    var range = first + ':' + last + ':' + state.selected;
    if (range === lastRange) return;
    lastRange = range;
    var fragment = document.createDocumentFragment();
    if (viewLength === 0) {
      var empty = document.createElement('div');
      empty.className = 'row empty';
      empty.textContent = 'No test matches the search and status filter.';
      fragment.appendChild(empty);
    }
    for (var k = first; k < last; k++) {
      var i = view[k];
      var status = STATUS_NAMES[data.status[i]];
      var row = document.createElement('div');
      row.className = 'row' + (i === state.selected ? ' selected' : '');
      row.setAttribute('role', 'row');
      row.setAttribute('tabindex', '0');
      row.setAttribute('data-index', String(i));
      row.appendChild(cell(data.name[i], 'c-name'));
      row.appendChild(cell(suiteOf(i), 'c-suite'));
      var statusCell = cell('', 'c-status');
      var badge = document.createElement('span');
      badge.className = 'badge badge-' + status;
      badge.textContent = status;
      statusCell.appendChild(badge);
      row.appendChild(statusCell);
      row.appendChild(cell(formatDuration(data.durationMs[i]), 'c-duration num'));
      fragment.appendChild(row);
    }
    rowsBox.style.transform = 'translateY(' + first * ROW_HEIGHT + 'px)';
    rowsBox.replaceChildren(fragment);
  }

  function addText(parent, tag, text, className) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    el.textContent = text;
    parent.appendChild(el);
    return el;
  }

  function fileLink(file, line) {
    var text = line !== undefined ? file + ':' + line : file;
    var base = data.fileLinkBase;
    if (!base || !/^https?:\/\//.test(base)) return addText(document.createDocumentFragment(), 'code', text);
    var a = document.createElement('a');
    var path = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '').split('/').map(encodeURIComponent).join('/');
    a.href = base + path + (line !== undefined ? '#L' + line : '');
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    addText(a, 'code', text);
    return a;
  }

  function addField(list, label, value) {
    if (value === undefined || value === '') return;
    addText(list, 'dt', label);
    var dd = document.createElement('dd');
    if (typeof value === 'string') dd.textContent = value;
    else dd.appendChild(value);
    list.appendChild(dd);
  }

  function addBlock(parent, label, text, open) {
    if (!text) return;
    var box = document.createElement('details');
    box.open = open;
    addText(box, 'summary', label);
    addText(box, 'pre', text);
    parent.appendChild(box);
  }

  function showDetail(i) {
    state.selected = i;
    lastRange = '';
    renderRows();
    var detail = data.details[i];
    var status = STATUS_NAMES[data.status[i]];
    var content = document.createDocumentFragment();
    var head = document.createElement('div');
    head.className = 'detail-head';
    addText(head, 'h3', data.name[i], 'detail-name');
    var close = addText(head, 'button', 'Close', 'close');
    close.type = 'button';
    close.addEventListener('click', function () { detailBox.hidden = true; state.selected = -1; lastRange = ''; renderRows(); });
    content.appendChild(head);
    var fields = document.createElement('dl');
    addField(fields, 'Suite', suiteOf(i));
    if (detail) addField(fields, 'Class', detail.classname);
    if (fileOf(i)) addField(fields, 'File', fileLink(fileOf(i), detail ? detail.line : undefined));
    addField(fields, 'Status', status);
    addField(fields, 'Duration', formatDuration(data.durationMs[i]));
    if (detail) {
      addField(fields, 'Category', detail.category);
      addField(fields, 'Marker', detail.marker);
      addField(fields, 'Attempts', String(detail.attempts.length));
    }
    content.appendChild(fields);
    if (!detail) {
      addText(content, 'p', status === 'passed' ? 'Passed; the report keeps no output for passing tests.' : 'Skipped.', 'muted');
    } else {
      if (detail.trimmed) addText(content, 'p', 'Stack traces or output were left out of this page to keep it small; see the raw report files.', 'muted');
      if (detail.truncated) addText(content, 'p', 'Shortened when read: ' + detail.truncated.join(', '), 'muted');
      detail.attempts.forEach(function (attempt, n) {
        var box = document.createElement('section');
        box.className = 'attempt attempt-' + attempt.status;
        var where = [attempt.shard ? 'shard ' + attempt.shard : '', attempt.source || '', attempt.startedAt || ''].filter(Boolean).join(' · ');
        addText(box, 'h4', 'Attempt ' + (n + 1) + ' of ' + detail.attempts.length + ': ' + attempt.status + ', ' + formatDuration(attempt.durationMs) + (where ? ' (' + where + ')' : ''));
        if (attempt.type || attempt.message) {
          addText(box, 'pre', (attempt.type ? attempt.type + (attempt.message ? ': ' : '') : '') + (attempt.message || ''), 'message');
        }
        addBlock(box, 'Stack trace', attempt.body, true);
        addBlock(box, 'stdout', attempt.stdout, false);
        addBlock(box, 'stderr', attempt.stderr, false);
        content.appendChild(box);
      });
    }
    detailBox.replaceChildren(content);
    detailBox.hidden = false;
    detailBox.scrollIntoView({ block: 'nearest' });
  }

  function setSort(key) {
    if (state.sortKey === key) state.sortDir = -state.sortDir;
    else { state.sortKey = key; state.sortDir = key === 'duration' ? -1 : 1; }
    sortButtons.forEach(function (button) {
      var active = button.getAttribute('data-sort') === state.sortKey;
      button.parentNode.setAttribute('aria-sort', active ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none');
    });
    sortAll();
    viewport.scrollTop = 0;
    applyFilter();
  }

  var searchTimer = 0;
  searchBox.addEventListener('input', function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () {
      state.query = searchBox.value.trim().toLowerCase();
      viewport.scrollTop = 0;
      applyFilter();
    }, SEARCH_DELAY_MS);
  });
  statusBoxes.forEach(function (box) {
    box.addEventListener('change', function () {
      state.statuses[box.value] = box.checked;
      viewport.scrollTop = 0;
      applyFilter();
    });
  });
  sortButtons.forEach(function (button) {
    button.addEventListener('click', function () { setSort(button.getAttribute('data-sort')); });
  });
  viewport.addEventListener('scroll', renderRows, { passive: true });
  window.addEventListener('resize', function () { lastRange = ''; renderRows(); });
  rowsBox.addEventListener('click', function (event) {
    var row = event.target.closest('.row[data-index]');
    if (row) showDetail(Number(row.getAttribute('data-index')));
  });
  rowsBox.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    var row = event.target.closest('.row[data-index]');
    if (row) { event.preventDefault(); showDetail(Number(row.getAttribute('data-index'))); }
  });

  sortAll();
  applyFilter();
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;

;// CONCATENATED MODULE: ./packages/core/src/render/html/escape.ts
/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (ch) => HTML_ENTITIES[ch] ?? ch);
}
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Serialises data for a `<script type="application/json">` block. Every `<` becomes \u003c, so
 * neither `</script>` nor `<!--` in a test name can end or re-mode the block; JSON.parse restores it.
 */
function jsonForScriptBlock(value) {
    return JSON.stringify(value)
        .replace(/</g, '\\u003c')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}
/** Only http(s) repository URLs become links; anything else (javascript:, data:) is dropped. */
function safeHttpUrl(url) {
    if (!url)
        return undefined;
    try {
        const parsed = new URL(url);
        if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
            return undefined;
        return parsed.href.replace(/\/+$/, '');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/links.ts

/** `<repo>/blob/<sha>/` when both are known and the URL is http(s); else no file links at all. */
function fileLinkBase(repositoryUrl, commitSha) {
    const repo = safeHttpUrl(repositoryUrl);
    if (!repo || !commitSha || !/^[0-9a-f]{7,64}$/i.test(commitSha))
        return undefined;
    return `${repo}/blob/${commitSha}/`;
}
function fileHref(base, file, line) {
    const path = file
        .replace(/\\/g, '/')
        .replace(/^(?:\.\/)+/, '')
        .split('/')
        .map(encodeURIComponent)
        .join('/');
    return `${base}${path}${line !== undefined ? `#L${line}` : ''}`;
}
/** A file path as a plain link into the repository (a navigation, never a load), or as code. */
function fileReference(base, file, line) {
    if (!file)
        return '';
    const text = escapeHtml(line !== undefined ? `${file}:${line}` : file);
    if (!base)
        return `<code>${text}</code>`;
    return `<a href="${escapeHtml(fileHref(base, file, line))}" rel="noopener noreferrer" target="_blank"><code>${text}</code></a>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/report-data.ts
/** One character per final status in the payload's status string. */
const STATUS_CODES = {
    passed: 'p',
    failed: 'f',
    errored: 'e',
    skipped: 's',
    flaky: 'k',
};
const DEFAULT_PAYLOAD_LIMITS = {
    messageChars: 4_000,
    stackChars: 8_000,
    outputChars: 8_000,
    totalDetailChars: 24_000_000,
};
function head(text, max) {
    if (text === undefined || text === '')
        return undefined;
    return text.length <= max
        ? text
        : `${text.slice(0, max)}\n… [${text.length - max} more characters in the raw report]`;
}
// Output is trimmed from the front: the lines just before a failure are the useful ones.
function tail(text, max) {
    if (text === undefined || text === '')
        return undefined;
    return text.length <= max
        ? text
        : `[${text.length - max} earlier characters in the raw report] …\n${text.slice(-max)}`;
}
function roundDuration(ms) {
    return Number.isFinite(ms) ? Math.round(ms * 10) / 10 : 0;
}
function carriesDetail(test) {
    if (test.status === 'failed' || test.status === 'errored' || test.status === 'flaky')
        return true;
    return test.status === 'skipped' && test.attempts.some((a) => a.failure?.message);
}
class DetailBudget {
    limit;
    used = 0;
    constructor(limit) {
        this.limit = limit;
    }
    /** Returns the text if it still fits in the budget, else undefined. */
    take(text) {
        if (text === undefined || this.used + text.length > this.limit)
            return undefined;
        this.used += text.length;
        return text;
    }
}
function attemptDetail(attempt, limits, budget) {
    const detail = { status: attempt.status, durationMs: roundDuration(attempt.durationMs) };
    if (attempt.shard)
        detail.shard = attempt.shard;
    if (attempt.source)
        detail.source = attempt.source;
    if (attempt.startedAt)
        detail.startedAt = attempt.startedAt;
    const type = head(attempt.failure?.type, 300);
    if (type)
        detail.type = type;
    const message = head(attempt.failure?.message, limits.messageChars);
    if (message)
        detail.message = message;
    let trimmed = false;
    const bulky = [
        ['body', head(attempt.failure?.body, limits.stackChars)],
        ['stdout', tail(attempt.stdout, limits.outputChars)],
        ['stderr', tail(attempt.stderr, limits.outputChars)],
    ];
    for (const [field, text] of bulky) {
        if (text === undefined)
            continue;
        const kept = budget.take(text);
        if (kept === undefined)
            trimmed = true;
        else
            detail[field] = kept;
    }
    return [detail, trimmed];
}
function testDetail(test, limits, budget) {
    const detail = { attempts: [] };
    if (test.classname)
        detail.classname = test.classname;
    if (test.line !== undefined)
        detail.line = test.line;
    if (test.category)
        detail.category = test.category;
    if (test.marker)
        detail.marker = test.marker;
    if (test.truncated?.length)
        detail.truncated = test.truncated;
    for (const attempt of test.attempts) {
        const [attemptInfo, trimmed] = attemptDetail(attempt, limits, budget);
        detail.attempts.push(attemptInfo);
        if (trimmed)
            detail.trimmed = true;
    }
    return detail;
}
function failingFirst(tests) {
    const rank = { failed: 0, errored: 0, flaky: 1, skipped: 2, passed: 3 };
    return tests
        .map((test, index) => ({ index, rank: rank[test.status] }))
        .filter(({ index }) => carriesDetail(tests[index]))
        .sort((a, b) => a.rank - b.rank || a.index - b.index)
        .map(({ index }) => index);
}
/** Builds the table payload from a run; `fileLinkBase` is passed through for the page's links. */
function buildReportPayload(tests, fileLinkBase, limits = DEFAULT_PAYLOAD_LIMITS) {
    const suiteIndex = new Map();
    const fileIndex = new Map();
    const payload = {
        suites: [],
        files: [],
        name: [],
        suite: [],
        file: [],
        durationMs: [],
        status: '',
        details: {},
    };
    const indexOf = (table, index, value) => {
        let i = index.get(value);
        if (i === undefined) {
            i = table.push(value) - 1;
            index.set(value, i);
        }
        return i;
    };
    const statusChars = [];
    for (const test of tests) {
        payload.name.push(test.name);
        payload.suite.push(indexOf(payload.suites, suiteIndex, test.suite));
        payload.file.push(test.file ? indexOf(payload.files, fileIndex, test.file) : -1);
        payload.durationMs.push(roundDuration(test.durationMs));
        statusChars.push(STATUS_CODES[test.status]);
    }
    payload.status = statusChars.join('');
    // Failures claim the size budget before flaky and skipped tests do.
    const budget = new DetailBudget(limits.totalDetailChars);
    for (const index of failingFirst(tests))
        payload.details[index] = testDetail(tests[index], limits, budget);
    if (fileLinkBase)
        payload.fileLinkBase = fileLinkBase;
    return payload;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/format.ts
/** Human duration: 850 ms, 1.25 s, 3 min 20 s, 1 h 2 min. */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
    const hours = Math.floor(minutes / 60);
    return `${hours} h ${minutes - hours * 60} min`;
}
function formatPercent(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)} %`;
}
function formatSigned(value, unit) {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${Math.abs(value).toFixed(2)}${unit}`;
}
function format_formatCount(n) {
    return n.toLocaleString('en-US');
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/status-style.ts
/** Display order and colours of statuses, shared by charts, badges and the table script. */
const STATUS_ORDER = ['failed', 'errored', 'flaky', 'skipped', 'passed'];
const STATUS_COLOURS = {
    passed: '#2da44e',
    failed: '#cf222e',
    errored: '#bc4c00',
    flaky: '#9a6700',
    skipped: '#6e7781',
};

;// CONCATENATED MODULE: ./packages/core/src/render/html/svg-charts.ts



/** One stacked horizontal bar of final statuses; the legend beside it is plain HTML. */
function statusBarSvg(counts) {
    const total = STATUS_ORDER.reduce((sum, status) => sum + counts[status], 0);
    const width = 1000;
    const height = 36;
    let x = 0;
    const rects = [];
    for (const status of STATUS_ORDER) {
        const count = counts[status];
        if (count === 0 || total === 0)
            continue;
        const w = (count / total) * width;
        const label = `${status}: ${format_formatCount(count)} (${((count / total) * 100).toFixed(1)} %)`;
        rects.push(`<rect x="${x.toFixed(2)}" y="0" width="${Math.max(w, 2).toFixed(2)}" height="${height}" fill="${STATUS_COLOURS[status]}"><title>${escapeHtml(label)}</title></rect>`);
        x += w;
    }
    if (rects.length === 0)
        rects.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#d0d7de"/>`);
    return `<svg class="status-bar" viewBox="0 0 ${width} ${height}" preserveAspectRatio="none" role="img" aria-label="Tests by status">${rects.join('')}</svg>`;
}
/** Decade buckets: a suite's durations span microseconds to minutes, so linear bins hide most tests. */
const BUCKET_LIMITS_MS = [
    [1, '< 1 ms'],
    [10, '1–10 ms'],
    [100, '10–100 ms'],
    [1_000, '0.1–1 s'],
    [10_000, '1–10 s'],
    [60_000, '10–60 s'],
    [600_000, '1–10 min'],
    [Infinity, '≥ 10 min'],
];
function durationBuckets(durationsMs) {
    const counts = BUCKET_LIMITS_MS.map(() => 0);
    for (const ms of durationsMs) {
        const index = BUCKET_LIMITS_MS.findIndex(([limit]) => ms < limit);
        counts[index === -1 ? counts.length - 1 : index] += 1;
    }
    return BUCKET_LIMITS_MS.map(([, label], i) => ({ label, count: counts[i] }));
}
function histogramSvg(buckets) {
    const width = 640;
    const height = 200;
    const top = 20;
    const bottom = 30;
    const slot = width / buckets.length;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const bars = buckets.map((bucket, i) => {
        const h = bucket.count === 0 ? 0 : Math.max(2, (bucket.count / max) * (height - top - bottom));
        const x = i * slot + slot * 0.12;
        const y = height - bottom - h;
        const label = `${bucket.label}: ${format_formatCount(bucket.count)} tests`;
        return (`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="#0969da"><title>${escapeHtml(label)}</title></rect>` +
            `<text x="${(x + slot * 0.38).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="chart-value">${format_formatCount(bucket.count)}</text>` +
            `<text x="${(x + slot * 0.38).toFixed(1)}" y="${height - 10}" text-anchor="middle" class="chart-axis">${escapeHtml(bucket.label)}</text>`);
    });
    const axis = `<line x1="0" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#8c959f"/>`;
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Test durations">${axis}${bars.join('')}</svg>`;
}
/** A line over the history's runs, left to right in the order given; null values break the line. */
function trendSvg(history, series) {
    const width = 640;
    const height = 180;
    const left = 64;
    const right = 12;
    const top = 14;
    const bottom = 28;
    const present = series.values.filter((v) => v !== null && Number.isFinite(v));
    const high = series.ceiling ?? Math.max(1, ...present);
    const low = series.ceiling !== undefined && present.length > 0
        ? Math.max(0, Math.floor(Math.min(...present) / 10) * 10 - 10)
        : 0;
    const span = Math.max(high - low, 1e-9);
    const step = history.length > 1 ? (width - left - right) / (history.length - 1) : 0;
    const xOf = (i) => (history.length > 1 ? left + i * step : (left + width - right) / 2);
    const yOf = (v) => top + (1 - (v - low) / span) * (height - top - bottom);
    let path = '';
    let penDown = false;
    const dots = [];
    series.values.forEach((value, i) => {
        if (value === null || !Number.isFinite(value)) {
            penDown = false;
            return;
        }
        const x = xOf(i).toFixed(1);
        const y = yOf(value).toFixed(1);
        path += `${penDown ? 'L' : 'M'}${x} ${y} `;
        penDown = true;
        const point = history[i];
        const tip = `${point.runId} (${point.at}): ${series.format(value)}`;
        dots.push(`<circle cx="${x}" cy="${y}" r="3.5" fill="${series.colour}"><title>${escapeHtml(tip)}</title></circle>`);
    });
    const grid = [low, (low + high) / 2, high]
        .map((v) => {
        const y = yOf(v).toFixed(1);
        return `<line x1="${left}" y1="${y}" x2="${width - right}" y2="${y}" stroke="#d0d7de"/><text x="${left - 6}" y="${y}" dy="4" text-anchor="end" class="chart-axis">${escapeHtml(series.format(v))}</text>`;
    })
        .join('');
    const first = history[0];
    const last = history[history.length - 1];
    const xLabels = first && last
        ? `<text x="${left}" y="${height - 8}" class="chart-axis">${escapeHtml(first.at.slice(0, 10))}</text>` +
            `<text x="${width - right}" y="${height - 8}" text-anchor="end" class="chart-axis">${escapeHtml(last.at.slice(0, 10))}</text>`
        : '';
    const line = path ? `<path d="${path.trim()}" fill="none" stroke="${series.colour}" stroke-width="2"/>` : '';
    return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(series.label)}">${grid}${xLabels}${line}${dots.join('')}</svg>`;
}
function passRateTrendSvg(history) {
    return trendSvg(history, {
        label: 'Pass rate over recent runs',
        values: history.map((h) => h.passRate),
        format: (v) => `${Math.round(v * 10) / 10} %`,
        colour: '#2da44e',
        ceiling: 100,
    });
}
function durationTrendSvg(history) {
    return trendSvg(history, {
        label: 'Duration over recent runs',
        values: history.map((h) => h.durationMs),
        format: formatDuration,
        colour: '#0969da',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-history.ts



function trendSection(history) {
    if (!history || history.length === 0)
        return '';
    return `<section class="charts" id="trend">
<div class="card"><h2>Pass rate, last ${format_formatCount(history.length)} runs</h2>${passRateTrendSvg(history)}</div>
<div class="card"><h2>Duration, last ${format_formatCount(history.length)} runs</h2>${durationTrendSvg(history)}</div>
</section>`;
}
function idList(title, key, ids, testsById, limit) {
    if (ids.length === 0)
        return '';
    const items = ids
        .slice(0, limit)
        .map((id) => {
        const test = testsById.get(id);
        // Removed tests are not in this run: the id is all there is.
        return test
            ? `<li><span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span></li>`
            : `<li><code>${escapeHtml(id)}</code></li>`;
    })
        .join('');
    const more = ids.length - limit;
    return `<div class="comparison-list" data-list="${key}"><h3>${title} (${format_formatCount(ids.length)})</h3><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${format_formatCount(more)} more.</p>` : ''}</div>`;
}
function comparisonSection(comparison, testsById, limit = 100) {
    if (!comparison)
        return '';
    const rate = comparison.passRateDelta === null
        ? 'pass rate not comparable'
        : `pass rate ${formatSigned(comparison.passRateDelta, ' pp')}`;
    const delta = comparison.durationDeltaMs;
    const duration = delta === null ? 'duration not comparable' : `duration ${delta >= 0 ? '+' : '−'}${formatDuration(Math.abs(delta))}`;
    const lists = [
        idList('New failures', 'new-failures', comparison.newFailures, testsById, limit),
        idList('Fixed', 'fixed', comparison.fixed, testsById, limit),
        idList('New tests', 'new-tests', comparison.newTests, testsById, limit),
        idList('Removed tests', 'removed-tests', comparison.removedTests, testsById, limit),
    ].join('');
    return `<section class="card" id="comparison"><h2>Compared with ${escapeHtml(comparison.baseLabel)}</h2>
<p class="comparison-summary">${escapeHtml(rate)} · ${escapeHtml(duration)}</p>${lists || '<p class="muted">Same tests, same outcomes.</p>'}</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-summary.ts




function verdictOf(metrics) {
    if (metrics.total === 0)
        return 'no-tests';
    return metrics.failed + metrics.errored > 0 ? 'failed' : 'passed';
}
const VERDICT_TEXT = { passed: 'Passed', failed: 'Failed', 'no-tests': 'No tests' };
function commitLine(repositoryUrl, commitSha) {
    if (!commitSha)
        return '';
    const repo = safeHttpUrl(repositoryUrl);
    const short = escapeHtml(commitSha.slice(0, 12));
    if (!repo || !/^[0-9a-f]{7,64}$/i.test(commitSha))
        return ` · commit <code>${short}</code>`;
    return ` · commit <a href="${escapeHtml(`${repo}/commit/${commitSha}`)}" rel="noopener noreferrer" target="_blank"><code>${short}</code></a>`;
}
/** The header: verdict, pass rate, counts, durations. */
function verdictHeader(title, metrics, generatedAt, repositoryUrl, commitSha) {
    const verdict = verdictOf(metrics);
    const failing = metrics.failed + metrics.errored;
    const stats = [
        ['total', 'Total', format_formatCount(metrics.total)],
        ['passed', 'Passed', format_formatCount(metrics.passed)],
        ['failed', 'Failed', format_formatCount(metrics.failed)],
        ['errored', 'Errored', format_formatCount(metrics.errored)],
        ['flaky', 'Flaky', format_formatCount(metrics.flaky)],
        ['skipped', 'Skipped', format_formatCount(metrics.skipped)],
    ];
    const statHtml = stats
        .map(([key, label, value]) => `<div class="stat stat-${key}" data-stat="${key}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`)
        .join('');
    const reason = verdict === 'failed'
        ? `${format_formatCount(failing)} of ${format_formatCount(metrics.total)} tests failed`
        : verdict === 'passed'
            ? metrics.flaky > 0
                ? `all tests passed, ${format_formatCount(metrics.flaky)} only on retry`
                : 'all tests passed'
            : 'no test results were found';
    return `<header class="verdict verdict-${verdict}">
<h1>${escapeHtml(title)}</h1>
<p class="verdict-line"><span class="verdict-badge" id="verdict">${VERDICT_TEXT[verdict]}</span> <span class="pass-rate">Pass rate <strong id="pass-rate">${formatPercent(metrics.passRate)}</strong></span> <span class="verdict-reason">${reason}</span></p>
<div class="stats" id="totals">${statHtml}</div>
<p class="meta">Duration ${formatDuration(metrics.durationMs.wall)} (longest shard) · ${formatDuration(metrics.durationMs.cpu)} summed over tests · generated ${escapeHtml(generatedAt)}${commitLine(repositoryUrl, commitSha)}</p>
</header>`;
}
/** Status chart and duration histogram, side by side. */
function chartsSection(metrics, tests) {
    const legend = STATUS_ORDER.map((status) => `<li><span class="swatch" data-colour="${status}"></span>${status} <strong>${format_formatCount(metrics[status])}</strong></li>`).join('');
    const ran = tests.filter((t) => t.status !== 'skipped').map((t) => t.durationMs);
    return `<section class="charts">
<div class="card"><h2>Results</h2>${statusBarSvg(metrics)}<ul class="legend">${legend}</ul></div>
<div class="card"><h2>Duration of tests</h2>${histogramSvg(durationBuckets(ran))}</div>
</section>`;
}
/** CSS rules for the status swatches, so the page needs no inline style attributes. */
function statusSwatchCss() {
    return STATUS_ORDER.map((s) => `.swatch[data-colour="${s}"],.badge-${s}{background:${STATUS_COLOURS[s]}}`).join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-tests.ts



const CATEGORY_ORDER = ['environment', 'data', 'timeout', 'test-logic', 'unknown'];
const CATEGORY_TITLES = {
    environment: 'Environment',
    data: 'Test data',
    timeout: 'Timeout',
    'test-logic': 'Test logic',
    unknown: 'Unknown',
};
function section_tests_firstLine(text, max = 300) {
    const line = (text ?? '').split('\n', 1)[0].trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
function failureMessage(test) {
    for (let i = test.attempts.length - 1; i >= 0; i--) {
        const failure = test.attempts[i].failure;
        if (failure?.message || failure?.type)
            return section_tests_firstLine(failure.message || failure.type);
    }
    return '';
}
function statusBadge(status) {
    return `<span class="badge badge-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}
/** Failing tests grouped by failure category, each group with what to do about it. */
function failuresSection(metrics, testsById, linkBase) {
    const groups = CATEGORY_ORDER.filter((c) => metrics.categories[c].count > 0).map((category) => {
        const entry = metrics.categories[category];
        const items = entry.tests.map((id) => {
            const test = testsById.get(id);
            if (!test)
                return `<li><code>${escapeHtml(id)}</code></li>`;
            const message = failureMessage(test);
            return `<li>${statusBadge(test.status)} <span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span> ${fileReference(linkBase, test.file, test.line)}${message ? `<div class="failure-message">${escapeHtml(message)}</div>` : ''}</li>`;
        });
        const more = entry.count - entry.tests.length;
        const flaky = entry.flaky > 0 ? ` (+${format_formatCount(entry.flaky)} flaky)` : '';
        return `<div class="category category-${category}" data-category="${category}">
<h3>${CATEGORY_TITLES[category]} <span class="count">${format_formatCount(entry.count)} failing${flaky}</span></h3>
<p class="recommendation">${escapeHtml(entry.recommendation)}</p>
<ul class="failure-list">${items.join('')}</ul>${more > 0 ? `<p class="muted">…and ${format_formatCount(more)} more: filter the table below by status.</p>` : ''}
</div>`;
    });
    if (groups.length === 0)
        return '';
    return `<section class="card" id="failures"><h2>Failures by category</h2>${groups.join('\n')}</section>`;
}
function flakySection(metrics, limit = 50) {
    if (metrics.flakyTests.length === 0)
        return '';
    const rows = metrics.flakyTests
        .slice(0, limit)
        .map((t) => `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td class="num">${t.failedAttempts} of ${t.attempts}</td><td>${escapeHtml(t.category ?? '')}</td></tr>`)
        .join('');
    const more = metrics.flakyTests.length - limit;
    return `<section class="card" id="flaky"><h2>Flaky tests (${format_formatCount(metrics.flakyTests.length)})</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>Failed attempts</th><th>Category</th></tr></thead><tbody>${rows}</tbody></table>${more > 0 ? `<p class="muted">…and ${format_formatCount(more)} more.</p>` : ''}</section>`;
}
function slowestSection(slowest, linkBase) {
    if (slowest.length === 0)
        return '';
    const rows = slowest
        .map((t) => `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td>${fileReference(linkBase, t.file)}</td><td>${statusBadge(t.status)}</td><td class="num">${formatDuration(t.durationMs)}</td></tr>`)
        .join('');
    return `<section class="card" id="slowest"><h2>Slowest tests</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>File</th><th>Status</th><th class="num">Duration</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}
/** Report files that could not be read fully, and duplicate tests: results may be missing. */
function ingestProblemsSection(metrics, limit = 100) {
    const problems = [...metrics.files.flatMap((f) => f.errors), ...metrics.duplicates];
    if (problems.length === 0)
        return '';
    const items = problems
        .slice(0, limit)
        .map((e) => {
        const where = e.line !== undefined ? `${e.path}:${e.line}${e.column !== undefined ? `:${e.column}` : ''}` : e.path;
        return `<li><code>${escapeHtml(where)}</code> <span class="badge badge-errored">${escapeHtml(e.kind)}</span> ${escapeHtml(e.message)}</li>`;
    })
        .join('');
    const more = problems.length - limit;
    return `<section class="card warning" id="ingest-problems"><h2>Report files with problems (${format_formatCount(problems.length)})</h2>
<p>Some results may be missing or counted once where a report listed them twice.</p><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${format_formatCount(more)} more.</p>` : ''}</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/styles.ts

const BASE_CSS = `
:root{color-scheme:light;--fg:#1f2328;--muted:#59636e;--line:#d0d7de;--bg:#f6f8fa;--card:#fff;--accent:#0969da}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:1280px;margin:0 auto;padding:16px}
h1{font-size:22px;margin:0 0 6px}h2{font-size:16px;margin:0 0 10px}h3{font-size:14px;margin:12px 0 4px}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
pre{white-space:pre-wrap;word-break:break-word;background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;max-height:360px;overflow:auto;margin:4px 0}
a{color:var(--accent)}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:12px 0}
.verdict{background:var(--card);border:1px solid var(--line);border-left:8px solid #6e7781;border-radius:8px;padding:14px 16px}
.verdict-passed{border-left-color:#2da44e}.verdict-failed{border-left-color:#cf222e}
.verdict-badge{display:inline-block;font-weight:700;color:#fff;background:#6e7781;border-radius:12px;padding:2px 12px}
.verdict-passed .verdict-badge{background:#2da44e}.verdict-failed .verdict-badge{background:#cf222e}
.verdict-line span{margin-right:10px}.verdict-reason,.meta,.muted{color:var(--muted)}
.stats{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
.stat{min-width:100px;border:1px solid var(--line);border-radius:6px;padding:6px 10px;display:flex;flex-direction:column}
.stat-value{font-size:20px;font-weight:700}.stat-label{color:var(--muted);font-size:12px}
.stat-failed .stat-value{color:#cf222e}.stat-errored .stat-value{color:#bc4c00}.stat-flaky .stat-value{color:#9a6700}.stat-passed .stat-value{color:#1a7f37}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:12px}
.charts .card{margin:0}.charts{margin:12px 0}
svg.status-bar{width:100%;height:36px;display:block;border-radius:4px}
svg.chart{width:100%;height:auto;display:block}
.chart-axis{font-size:11px;fill:#59636e}.chart-value{font-size:11px;fill:#1f2328}
.legend{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:4px}
.badge{display:inline-block;color:#fff;border-radius:10px;padding:0 8px;font-size:11px;line-height:18px}
table.static{width:100%;border-collapse:collapse}
table.static th,table.static td{text-align:left;border-bottom:1px solid var(--line);padding:4px 6px;vertical-align:top}
.num{text-align:right;font-variant-numeric:tabular-nums}
.test-name{font-weight:600;word-break:break-word}
.recommendation{background:#ddf4ff;border-radius:6px;padding:6px 10px;margin:4px 0 8px}
.failure-list{padding-left:18px}.failure-list li{margin:4px 0}
.failure-message{font-family:ui-monospace,monospace;font-size:12px;color:#cf222e;word-break:break-word}
.warning{border-color:#d4a72c;background:#fff8c5}
.comparison-list ul{margin:2px 0 8px}
.controls{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin-bottom:8px}
.controls input[type=search]{flex:1 1 260px;padding:6px 10px;border:1px solid var(--line);border-radius:6px;font:inherit}
#status-filter{border:0;padding:0;margin:0;display:flex;gap:10px;flex-wrap:wrap}
#status-filter legend{float:left;margin-right:6px;color:var(--muted)}
.grid{border:1px solid var(--line);border-radius:6px;overflow:hidden}
.grid-head,.row{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr) 90px 110px;gap:8px;padding:0 10px;align-items:center}
.grid-head{background:var(--bg);border-bottom:1px solid var(--line);height:34px}
.grid-head button{all:unset;cursor:pointer;font-weight:600}
.grid-head [aria-sort=ascending] button::after{content:" ▲"}.grid-head [aria-sort=descending] button::after{content:" ▼"}
.grid-head .num{text-align:right}
.viewport{max-height:480px;overflow-y:auto;position:relative}
#rows{position:absolute;top:0;left:0;right:0}
.row{height:30px;border-bottom:1px solid #eaeef2;cursor:pointer}
.row:hover{background:#f6f8fa}.row.selected{background:#ddf4ff}.row:focus{outline:2px solid var(--accent);outline-offset:-2px}
.row.empty{display:block;line-height:30px;color:var(--muted);cursor:default}
.row>div{overflow:hidden;white-space:nowrap;text-overflow:ellipsis}
.c-name{font-weight:500}.c-suite{color:var(--muted)}
#detail{margin-top:12px;border-top:2px solid var(--accent);padding-top:8px}
.detail-head{display:flex;justify-content:space-between;gap:12px;align-items:start}
.detail-name{word-break:break-word;margin:4px 0}
#detail dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
#detail dt{color:var(--muted)}#detail dd{margin:0;word-break:break-word}
.attempt{border:1px solid var(--line);border-radius:6px;padding:6px 10px;margin:8px 0}
.attempt h4{margin:2px 0 4px;font-size:13px}
pre.message{color:#82071e;background:#ffebe9;border-color:#ffcecb}
button.close{font:inherit;padding:2px 10px;border:1px solid var(--line);border-radius:6px;background:var(--bg);cursor:pointer}
`;
/** The page's whole stylesheet; it goes into one `<style>` element, hashed into the CSP. */
function reportCss() {
    return `${BASE_CSS}${statusSwatchCss()}\n`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/table-section.ts



/** The shell of the all-tests table; the client script fills the rows from the JSON payload. */
function allTestsSection(metrics) {
    const boxes = STATUS_ORDER.map((status) => `<label><input type="checkbox" value="${STATUS_CODES[status]}" data-status="${status}" checked> ${status} (${format_formatCount(metrics[status])})</label>`).join('');
    const header = (key, label, extra = '') => `<div role="columnheader" aria-sort="${key === 'status' ? 'ascending' : 'none'}"${extra}><button type="button" data-sort="${key}">${label}</button></div>`;
    return `<section class="card" id="all-tests"><h2>All tests</h2>
<div class="controls">
<input type="search" id="search" placeholder="Search by test name, suite or file" aria-label="Search tests" autocomplete="off">
<fieldset id="status-filter"><legend>Status</legend>${boxes}</fieldset>
<span id="result-count" aria-live="polite"></span>
</div>
<div class="grid" role="table" aria-label="All tests">
<div class="grid-head" role="row">${header('name', 'Name')}${header('suite', 'Suite')}${header('status', 'Status')}${header('duration', 'Duration', ' class="num"')}</div>
<div class="viewport" id="viewport"><div id="spacer"></div><div id="rows" role="rowgroup"></div></div>
</div>
<noscript><p>The test table needs JavaScript; the sections above list the failures and the slowest tests.</p></noscript>
<section id="detail" aria-live="polite" hidden></section>
</section>`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/render-report.ts










function sha256Source(text) {
    return `'sha256-${(0,external_node_crypto_namespaceObject.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
}
/**
 * Nothing may load: no connect, font, image (bar data: URIs), frame or form target. The one
 * style and one script element are allowed by hash, so an injected element could not run.
 */
function contentSecurityPolicy(css, script) {
    return [
        "default-src 'none'",
        `style-src ${sha256Source(css)}`,
        `script-src ${sha256Source(script)}`,
        'img-src data:',
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}
/** Renders the whole report as one self-contained HTML page that makes no network request. */
function renderHtmlReport(input, limits = DEFAULT_PAYLOAD_LIMITS) {
    const { run, metrics } = input;
    const linkBase = fileLinkBase(input.repositoryUrl, input.commitSha);
    const testsById = new Map(run.tests.map((test) => [test.id, test]));
    const css = reportCss();
    const payload = jsonForScriptBlock(buildReportPayload(run.tests, linkBase, limits));
    const body = [
        verdictHeader(input.title, metrics, input.generatedAt, input.repositoryUrl, input.commitSha),
        chartsSection(metrics, run.tests),
        ingestProblemsSection(metrics),
        comparisonSection(input.baseComparison, testsById),
        trendSection(input.history),
        failuresSection(metrics, testsById, linkBase),
        flakySection(metrics),
        slowestSection(metrics.slowest, linkBase),
        allTestsSection(metrics),
    ]
        .filter(Boolean)
        .join('\n');
    return `<!DOCTYPE html>
<html lang="en" data-verdict="${verdictOf(metrics)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(css, CLIENT_SCRIPT))}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(input.title)}</title>
<style>${css}</style>
</head>
<body>
<main>
${body}
</main>
<script type="application/json" id="report-data">${payload}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/index.ts




;// CONCATENATED MODULE: ./packages/core/src/timings/types.ts
// The content of timings.json (DESIGN "Data contracts"): written by aggregate-report, read by the run-matrix planner.
const TIMINGS_SCHEMA_VERSION = 1;
/** Weight of the newest run in the moving average. */
const DEFAULT_TIMINGS_ALPHA = 0.3;
/** Tests and files not timed in this many consecutive runs are dropped. */
const DEFAULT_KEEP_UNSEEN_RUNS = 10;

;// CONCATENATED MODULE: ./packages/core/src/timings/build-timings.ts

/** new = alpha × this run + (1 − alpha) × previous, so one noisy run does not swing the plan. */
function movingAverage(previous, current, alpha) {
    if (previous === undefined)
        return roundMs(current);
    return roundMs(alpha * current + (1 - alpha) * previous);
}
function roundMs(value) {
    return Math.round(value * 1000) / 1000;
}
function finalAttemptDuration(test) {
    return test.attempts.at(-1)?.durationMs ?? test.durationMs;
}
function isTimed(test) {
    return test.status !== 'skipped';
}
function sumFileDurations(tests) {
    const files = new Map();
    for (const test of tests) {
        if (!test.file)
            continue;
        const entry = files.get(test.file) ?? { durationMs: 0, tests: 0 };
        entry.durationMs += finalAttemptDuration(test);
        entry.tests += 1;
        files.set(test.file, entry);
    }
    return files;
}
/** Keeps previous entries that were seen recently enough, in key order for stable diffs. */
function keepRecent(entries, runs, keepUnseenRuns) {
    const kept = {};
    for (const key of Object.keys(entries).sort()) {
        const entry = entries[key];
        if (runs - entry.lastSeen < keepUnseenRuns)
            kept[key] = entry;
    }
    return kept;
}
function validateOptions(alpha, keepUnseenRuns) {
    if (!(alpha > 0 && alpha <= 1))
        throw new RangeError(`Timings alpha must be in (0, 1], got ${alpha}.`);
    if (!Number.isInteger(keepUnseenRuns) || keepUnseenRuns < 1) {
        throw new RangeError(`Timings keepUnseenRuns must be a positive integer, got ${keepUnseenRuns}.`);
    }
}
/** Turns this run's durations into timings.json, merged with the previous file by moving average. */
function buildTimings(run, previous, options) {
    const alpha = options.alpha ?? DEFAULT_TIMINGS_ALPHA;
    const keepUnseenRuns = options.keepUnseenRuns ?? DEFAULT_KEEP_UNSEEN_RUNS;
    validateOptions(alpha, keepUnseenRuns);
    const runs = (previous?.runs ?? 0) + 1;
    const timed = run.tests.filter(isTimed);
    const tests = { ...previous?.tests };
    for (const test of timed) {
        const before = tests[test.id];
        tests[test.id] = {
            ...(test.file ? { file: test.file } : {}),
            suite: test.suite,
            durationMs: movingAverage(before?.durationMs, finalAttemptDuration(test), alpha),
            samples: (before?.samples ?? 0) + 1,
            lastSeen: runs,
        };
    }
    const files = { ...previous?.files };
    for (const [file, current] of sumFileDurations(timed)) {
        const before = files[file];
        files[file] = {
            durationMs: movingAverage(before?.durationMs, roundMs(current.durationMs), alpha),
            tests: current.tests,
            samples: (before?.samples ?? 0) + 1,
            lastSeen: runs,
        };
    }
    const shardOverheadMs = options.shardOverheadMs === undefined
        ? previous?.shardOverheadMs
        : movingAverage(previous?.shardOverheadMs, options.shardOverheadMs, alpha);
    return {
        schemaVersion: 1,
        updatedAt: options.now.toISOString(),
        runs,
        tests: keepRecent(tests, runs, keepUnseenRuns),
        files: keepRecent(files, runs, keepUnseenRuns),
        ...(shardOverheadMs === undefined ? {} : { shardOverheadMs }),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/timings/timings-format-error.ts
/** A timings file that cannot be read; the message names the file and the bad key. */
class TimingsFormatError extends Error {
    source;
    key;
    constructor(source, key, problem) {
        super(`Timings file ${source}: ${key ? `"${key}" ` : ''}${problem}`);
        this.source = source;
        this.key = key;
        this.name = 'TimingsFormatError';
    }
}

;// CONCATENATED MODULE: ./packages/core/src/timings/pytest-split.ts

/** pytest-split's `.test_durations`: `{ "<node id>": seconds }`. */
function isPytestSplitDurations(json) {
    const values = Object.values(json);
    return values.length > 0 && !('schemaVersion' in json) && values.every((value) => typeof value === 'number');
}
/**
 * Converts pytest-split durations so a project can start from the timings it already has.
 * Keys stay pytest node ids; the file is the part before the first "::".
 */
function fromPytestSplitDurations(json, source) {
    const tests = {};
    const files = {};
    for (const nodeId of Object.keys(json).sort()) {
        const seconds = json[nodeId];
        if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
            throw new TimingsFormatError(source, nodeId, 'must be a non-negative number of seconds');
        }
        const separator = nodeId.indexOf('::');
        const file = separator > 0 ? nodeId.slice(0, separator) : nodeId;
        const durationMs = Math.round(seconds * 1_000_000) / 1000;
        tests[nodeId] = { file, suite: file, durationMs, samples: 1, lastSeen: 1 };
        const entry = (files[file] ??= { durationMs: 0, tests: 0, samples: 1, lastSeen: 1 });
        entry.durationMs = Math.round((entry.durationMs + durationMs) * 1000) / 1000;
        entry.tests += 1;
    }
    return {
        schemaVersion: 1,
        // pytest-split records no time; the epoch says "unknown" without inventing one.
        updatedAt: new Date(0).toISOString(),
        runs: 1,
        tests,
        files,
        importedFrom: 'pytest-split',
    };
}

;// CONCATENATED MODULE: ./packages/core/src/timings/parse-timings.ts



function parse_timings_isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(key, problem) {
        throw new TimingsFormatError(this.source, key, problem);
    }
    object(value, key) {
        if (!parse_timings_isObject(value))
            this.fail(key, 'must be an object');
        return value;
    }
    count(value, key) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
            this.fail(key, 'must be a non-negative integer');
        }
        return value;
    }
    duration(value, key) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
            this.fail(key, 'must be a non-negative number of milliseconds');
        }
        return value;
    }
    string(value, key) {
        if (typeof value !== 'string')
            this.fail(key, 'must be a string');
        return value;
    }
}
function readTest(reader, value, key, runs) {
    const entry = reader.object(value, key);
    return {
        ...(entry.file === undefined ? {} : { file: reader.string(entry.file, `${key}.file`) }),
        suite: reader.string(entry.suite, `${key}.suite`),
        durationMs: reader.duration(entry.durationMs, `${key}.durationMs`),
        samples: reader.count(entry.samples, `${key}.samples`),
        // Files written without lastSeen count every entry as seen in the latest run.
        lastSeen: entry.lastSeen === undefined ? runs : reader.count(entry.lastSeen, `${key}.lastSeen`),
    };
}
function readFile(reader, value, key, runs) {
    const entry = reader.object(value, key);
    return {
        durationMs: reader.duration(entry.durationMs, `${key}.durationMs`),
        tests: reader.count(entry.tests, `${key}.tests`),
        samples: reader.count(entry.samples, `${key}.samples`),
        lastSeen: entry.lastSeen === undefined ? runs : reader.count(entry.lastSeen, `${key}.lastSeen`),
    };
}
function readEntries(reader, value, key, readEntry) {
    const entries = reader.object(value, key);
    const result = {};
    for (const [name, entry] of Object.entries(entries))
        result[name] = readEntry(entry, `${key}["${name}"]`);
    return result;
}
function readTestpipeTimings(reader, json) {
    if (json.schemaVersion !== TIMINGS_SCHEMA_VERSION) {
        reader.fail('schemaVersion', `is ${JSON.stringify(json.schemaVersion)}; this version reads ${TIMINGS_SCHEMA_VERSION}`);
    }
    const updatedAt = reader.string(json.updatedAt, 'updatedAt');
    if (Number.isNaN(Date.parse(updatedAt)))
        reader.fail('updatedAt', 'must be an ISO 8601 time');
    const runs = reader.count(json.runs, 'runs');
    const timings = {
        schemaVersion: 1,
        updatedAt,
        runs,
        tests: readEntries(reader, json.tests, 'tests', (value, key) => readTest(reader, value, key, runs)),
        files: readEntries(reader, json.files, 'files', (value, key) => readFile(reader, value, key, runs)),
    };
    if (json.shardOverheadMs !== undefined) {
        timings.shardOverheadMs = reader.duration(json.shardOverheadMs, 'shardOverheadMs');
    }
    if (json.importedFrom === 'pytest-split')
        timings.importedFrom = 'pytest-split';
    return timings;
}
/**
 * Validates a timings.json read from disk or an artifact; also accepts pytest-split's
 * `.test_durations`. Throws TimingsFormatError naming `source` and the bad key.
 */
function parseTimings(json, source) {
    const reader = new FieldReader(source);
    const root = reader.object(json, '');
    if (isPytestSplitDurations(root))
        return fromPytestSplitDurations(root, source);
    return readTestpipeTimings(reader, root);
}

;// CONCATENATED MODULE: ./packages/core/src/timings/index.ts






;// CONCATENATED MODULE: ./packages/core/src/render/markdown/format.ts
function markdown_format_formatCount(n) {
    return n.toLocaleString('en-US');
}
/** Human duration: 850 ms, 1.25 s, 3 min 20 s, 1 h 2 min. */
function format_formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    const seconds = ms / 1000;
    if (seconds < 60)
        return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60)
        return `${minutes} min ${Math.round(seconds - minutes * 60)} s`;
    const hours = Math.floor(minutes / 60);
    return `${hours} h ${minutes - hours * 60} min`;
}
function format_formatPercent(value) {
    return value === null || value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)} %`;
}
function sign(value) {
    return value > 0 ? '+' : value < 0 ? '−' : '±';
}
/** Pass-rate change in percentage points: +0.50 pp. */
function formatPointsDelta(value) {
    return value === null ? '–' : `${sign(value)}${Math.abs(value).toFixed(2)} pp`;
}
function formatDurationDelta(ms) {
    return ms === null ? '–' : `${sign(ms)}${format_formatDuration(Math.abs(ms))}`;
}
function plural(n, one, many) {
    return `${markdown_format_formatCount(n)} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/text.ts
/**
 * Size of text in the target's unit. Characters are counted as UTF-16 code units, which is never
 * fewer than the code points GitHub counts, so the measure errs on the safe side.
 */
function sizeOf(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** Shortens text to at most `max` code units without splitting a surrogate pair, marking the cut with `…`. */
function text_truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** Shortens text to at most `maxBytes` UTF-8 bytes, on a code point boundary, marking the cut with `…`. */
function text_truncateUtf8(text, maxBytes) {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = Math.max(0, maxBytes - 3); // `…` is 3 bytes
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const charBytes = Buffer.byteLength(char, 'utf8');
        if (bytes + charBytes > budget)
            break;
        bytes += charBytes;
        end += char.length;
    }
    return `${text.slice(0, end)}…`;
}
/** The first line that has something on it, trimmed. */
function text_firstLine(text) {
    if (!text)
        return '';
    for (const line of text.split(/\r\n|[\r\n]/)) {
        const trimmed = line.trim();
        if (trimmed)
            return trimmed;
    }
    return '';
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/failures.ts

/** Failed and errored tests in run order (the run is sorted by id, so the order is stable). */
function failingTests(run) {
    return run.tests.filter((test) => test.status === 'failed' || test.status === 'errored');
}
/** The failure of the last failing attempt: what made the test fail, or for a flaky test what failed before the pass. */
function failures_lastFailure(test) {
    return test.attempts.findLast((a) => (a.status === 'failed' || a.status === 'errored') && a.failure)?.failure;
}
function hasFailureText(test) {
    const failure = failures_lastFailure(test);
    return Boolean(failure?.message?.trim() || failure?.type || failure?.body?.trim());
}
/** One line saying why the test failed: the message's first line, else the type, else the body's first line. */
function failureHeadline(test, max) {
    const failure = failures_lastFailure(test);
    const line = text_firstLine(failure?.message) || failure?.type || text_firstLine(failure?.body);
    return text_truncate(line ?? '', max);
}
/** Type, full message and stack/body of the failure, shortened to `max` characters. */
function failures_failureText(test, max) {
    const failure = failures_lastFailure(test);
    if (!failure)
        return '';
    const message = failure.message?.trim() ?? '';
    const type = failure.type?.trim() ?? '';
    const head = type && !message.startsWith(type) ? (message ? `${type}: ${message}` : type) : message;
    const body = failure.body?.trim() ?? '';
    const text = [head, body && body !== message ? body : ''].filter(Boolean).join('\n\n');
    return text.length > max ? `${text_truncate(text, max)}\n(shortened)` : text;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/escape.ts
// Escaping for GitHub-flavoured Markdown. Every string that came from a test report (names,
// suites, messages, paths) reaches the job summary or PR comment only through these functions.
//
// Decisions:
// - `<`, `>`, `&` become HTML entities everywhere except in code spans, so raw HTML in a test
//   name (`<img onerror=…>`, `<details>`) renders as text.
// - Outside code, `@name` and `#123` / `GH-123` get a zero-width space (U+200B) after the sign,
//   so GitHub neither notifies people nor links issues. Code spans and `<pre>` are not linked by
//   GitHub, and a code span shows entities literally, so code spans are left as they are.
// - URLs in test names may still be autolinked by GitHub; that is a navigation, never a load.
const ZERO_WIDTH_SPACE = '\u200B';
const escape_HTML_ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// Markdown punctuation with an inline meaning, `|` for tables and `$` for GitHub's math.
const MARKDOWN_SPECIALS = /[\\`*_[\]~|$]/g;
// C0 controls except tab and newlines, and DEL: they have no business in a rendered report.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\f\v\u2028\u2029]/g;
function escape_escapeHtml(text) {
    return text.replace(/[&<>"]/g, (ch) => escape_HTML_ENTITIES[ch] ?? ch);
}
/** Stops GitHub from turning `@user`, `#123` and `GH-123` into mentions and issue links. */
function neutraliseReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_SPACE}`)
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        .replace(/\bGH-(?=\d)/gi, (match) => `${match}${ZERO_WIDTH_SPACE}`);
}
function singleLine(text) {
    return text.replace(CONTROL_CHARS, '').replace(LINE_BREAKS, ' ');
}
/**
 * Inline Markdown text (a heading, a list item, a paragraph, a table cell) on one line. A leading
 * `#`, `-`, `+`, `=` or `1.` is escaped too: at the start of a list item it would open a block.
 */
function escapeInline(text) {
    return neutraliseReferences(escape_escapeHtml(singleLine(text).trim()))
        .replace(MARKDOWN_SPECIALS, '\\$&')
        .replace(/^[#+\-=]/, '\\$&')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
/** Text inside a raw HTML block (`<summary>`), where Markdown is not processed. */
function escapeHtmlLine(text) {
    return neutraliseReferences(escape_escapeHtml(singleLine(text)));
}
/**
 * Content for `<pre>` inside a raw HTML block. A blank line would end the HTML block and let
 * the rest be parsed as Markdown, so whitespace-only lines become a space entity.
 */
function escapePreBlock(text) {
    return neutraliseReferences(escape_escapeHtml(text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')))
        .split('\n')
        .map((line) => (line.trim() === '' ? '&#32;' : line.trimEnd()))
        .join('\n');
}
/**
 * A code span whose fence is longer than any run of backticks inside. In a table cell `|` must
 * still be escaped: GFM splits cells before it parses code spans.
 */
function codeSpan(text, inTable = false) {
    let content = singleLine(text);
    if (content === '')
        return '';
    const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    // CommonMark strips one space from each end when both have one, and a backtick at an end would join the fence.
    const needsPadding = content.startsWith('`') || content.endsWith('`') || /^ .*[^ ].* $/.test(content);
    if (needsPadding)
        content = ` ${content} `;
    if (inTable)
        content = content.replace(/\|/g, '\\|');
    return `${fence}${content}${fence}`;
}
/** A table row; cells are already escaped. */
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
/** An http(s) URL safe to put in `[text](url)`, or undefined. */
function safeLinkUrl(url) {
    if (!url)
        return undefined;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
        return undefined;
    return encodeLinkSpecials(parsed.href);
}
/** Percent-encodes what would end or split a Markdown link destination or a table cell. */
function encodeLinkSpecials(url) {
    return url.replace(/[()|<>"'`\\[\] ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function markdownLink(textMarkdown, url) {
    const safe = safeLinkUrl(url);
    return safe ? `[${textMarkdown}](${safe})` : textMarkdown;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/paths.ts

function normaliseSlashes(path) {
    return path.replace(/\\/g, '/');
}
function isWindowsAbsolute(path) {
    return /^[A-Za-z]:\//.test(path);
}
/**
 * A report's test path relative to the repository: `\` becomes `/`, the first root that prefixes
 * it is stripped (case-insensitively for Windows drive paths), and leading `./` is dropped.
 */
function paths_repoRelativePath(file, roots = []) {
    let path = normaliseSlashes(file);
    for (const root of roots) {
        if (!root)
            continue;
        const prefix = `${normaliseSlashes(root).replace(/\/+$/, '')}/`;
        const matches = isWindowsAbsolute(prefix)
            ? path.toLowerCase().startsWith(prefix.toLowerCase())
            : path.startsWith(prefix);
        if (matches) {
            path = path.slice(prefix.length);
            break;
        }
    }
    return path.replace(/^(?:\.\/)+/, '');
}
/** True when the path can name a file in the repository: not absolute, no `..` segment. */
function isInsideRepository(path) {
    return path !== '' && !path.startsWith('/') && !isWindowsAbsolute(path) && !path.split('/').includes('..');
}
/** `<blob base><path>#L<line>` for a repository-relative path, or undefined when no link can be made. */
function blobUrl(blobBaseUrl, path, line) {
    const base = safeLinkUrl(blobBaseUrl);
    if (!base || !isInsideRepository(path))
        return undefined;
    const encoded = path.split('/').map(encodeURIComponent).join('/');
    const anchor = line !== undefined && Number.isInteger(line) && line > 0 ? `#L${line}` : '';
    return `${base.endsWith('/') ? base : `${base}/`}${encodeLinkSpecials(encoded)}${anchor}`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/section-parts.ts




// Caps on any one field from a report, so that a single row or heading stays small.
const MAX_NAME = 300;
const MAX_SUITE = 200;
const MAX_PATH = 300;
const MAX_HEADLINE = 200;
const MAX_DETAILS = 4000;
const MAX_REASON = 1000;
const MAX_LABEL = 200;
const MAX_ID = 400;
const MAX_READ_ERROR = 300;
function section_parts_text(value, max) {
    return escapeInline(text_truncate(value, max));
}
function cell(value, max) {
    return section_parts_text(value, max) || ' ';
}
/** After a table or list: a blank line ends it, then how many entries were left out. */
function moreLines(shown, total, what) {
    return shown < total ? ['', `_…and ${markdown_format_formatCount(total - shown)} more ${what}, not shown._`] : [];
}
function section_parts_location(ctx, file, line) {
    if (!file)
        return ' ';
    const path = text_truncate(paths_repoRelativePath(file, [ctx.input.links?.workspace]), MAX_PATH);
    const label = codeSpan(line !== undefined ? `${path}:${line}` : path, true);
    return markdownLink(label, blobUrl(ctx.input.links?.blobBaseUrl, path, line));
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/sections-overview.ts




function headlineSection(ctx) {
    const { reportName, status, metrics, gate } = ctx.input;
    const name = section_parts_text(reportName, MAX_LABEL) || 'Test report';
    const lines = [];
    const failing = metrics.failed + metrics.errored;
    const reason = gate.reason ? section_parts_text(gate.reason, MAX_REASON) : '';
    if (status === 'failed') {
        lines.push(`## ❌ ${name}: failed`);
        lines.push(`**Failed:** ${reason || `${markdown_format_formatCount(failing)} of ${plural(metrics.total, 'test', 'tests')} failed.`}`);
    }
    else if (status === 'passed') {
        lines.push(`## ${name}: passed`);
        const ran = metrics.total - metrics.skipped;
        const notes = [
            metrics.flaky ? `${markdown_format_formatCount(metrics.flaky)} flaky` : '',
            metrics.skipped ? `${markdown_format_formatCount(metrics.skipped)} skipped` : '',
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`**Passed:** ${markdown_format_formatCount(metrics.passed + metrics.flaky)} of ${plural(ran, 'test', 'tests')} passed${notes ? ` (${notes})` : ''}.${reason ? ` ${reason}` : ''}`);
    }
    else {
        lines.push(`## ${name}: no tests ran`);
        lines.push(`**No tests ran.**${reason ? ` ${reason}` : ' No test results were found in the reports.'}`);
    }
    lines.push(`Pass rate ${format_formatPercent(metrics.passRate)}; the gate requires at least ${format_formatPercent(gate.minPassRate)} and fails on ${codeSpan(text_truncate(gate.failOn, MAX_LABEL)) || 'nothing'}.`);
    return lines.join('\n\n');
}
function totalsSection(metrics) {
    const head = [
        'Total',
        'Passed',
        'Failed',
        'Errored',
        'Skipped',
        'Flaky',
        'Pass rate',
        'Duration (wall)',
        'Duration (CPU)',
    ];
    const values = [metrics.total, metrics.passed, metrics.failed, metrics.errored, metrics.skipped, metrics.flaky].map(markdown_format_formatCount);
    return [
        tableRow(head),
        tableRow(head.map(() => '---:')),
        tableRow([
            ...values,
            format_formatPercent(metrics.passRate),
            format_formatDuration(metrics.durationMs.wall),
            format_formatDuration(metrics.durationMs.cpu),
        ]),
    ].join('\n');
}
/** `scope › name` for a test id, from the run when the test is in it, else read from the id itself. */
function describeTestId(id, tests) {
    const test = tests.get(id);
    if (test)
        return `${test.file ?? test.suite} › ${test.name}`;
    const [scope, , ...name] = id.split('::');
    return name.length ? `${scope} › ${name.join('::')}` : id;
}
function sections_overview_idList(title, ids, cap, tests) {
    if (ids.length === 0)
        return [];
    const shown = ids.slice(0, cap);
    return [
        `**${title}**`,
        '',
        ...shown.map((id) => `- ${section_parts_text(describeTestId(id, tests), MAX_ID)}`),
        ...moreLines(shown.length, ids.length, 'tests'),
    ];
}
/** The delta against the base run, or one line saying why there is none. `listCap` 0 gives counts only. */
function sections_overview_comparisonSection(ctx, listCap) {
    const comparison = ctx.input.comparison;
    if (!comparison)
        return '_No base run to compare with: none was given._';
    if ('unavailable' in comparison)
        return `_No base run to compare with: ${section_parts_text(comparison.unavailable, MAX_REASON)}_`;
    const c = comparison;
    const head = ['Pass rate', 'Duration (wall)', 'New failures', 'Fixed', 'New tests', 'Removed tests'];
    const parts = [
        `### Compared with ${section_parts_text(c.baseLabel, MAX_LABEL) || 'base'}`,
        [
            tableRow(head),
            tableRow(head.map(() => '---:')),
            tableRow([
                formatPointsDelta(c.passRateDelta),
                formatDurationDelta(c.durationDeltaMs),
                ...[c.newFailures, c.fixed, c.newTests, c.removedTests].map((list) => markdown_format_formatCount(list.length)),
            ]),
        ].join('\n'),
    ];
    if (listCap > 0) {
        const tests = new Map(ctx.input.run.tests.map((test) => [test.id, test]));
        for (const [title, ids] of [
            ['New failures', c.newFailures],
            ['Fixed', c.fixed],
            ['New tests', c.newTests],
            ['Removed tests', c.removedTests],
        ]) {
            const list = sections_overview_idList(title, ids, listCap, tests);
            if (list.length)
                parts.push(list.join('\n'));
        }
    }
    return parts.join('\n\n');
}
const CATEGORY_LABELS = {
    environment: 'Environment',
    data: 'Test data',
    timeout: 'Timeout',
    'test-logic': 'Test logic',
    unknown: 'Unknown',
};
function categoriesSection(metrics, withRecommendations) {
    const entries = Object.entries(metrics.categories).filter(([, entry]) => entry.count > 0 || entry.flaky > 0);
    if (entries.length === 0)
        return '';
    const head = ['Category', 'Failed', 'Flaky', ...(withRecommendations ? ['What to do'] : [])];
    return [
        '### Failure categories',
        '',
        tableRow(head),
        tableRow(['---', '---:', '---:', ...(withRecommendations ? ['---'] : [])]),
        ...entries.map(([category, entry]) => tableRow([
            CATEGORY_LABELS[category] ?? escapeInline(category),
            markdown_format_formatCount(entry.count),
            markdown_format_formatCount(entry.flaky),
            ...(withRecommendations ? [cell(entry.recommendation, MAX_REASON)] : []),
        ])),
    ].join('\n');
}
function linksLine(ctx) {
    const links = ctx.input.links ?? {};
    const candidates = [
        [links.reportUrl, 'Full report'],
        [links.runUrl, 'Workflow run'],
        [links.checkUrl, 'Check run'],
    ];
    return candidates
        .filter(([url]) => safeLinkUrl(url) !== undefined)
        .map(([url, label]) => markdownLink(label, url))
        .join(' · ');
}
/** Says in the report itself what was left out to fit, and where the rest is. */
function shortenedNotice(ctx, limitLabel, dropped) {
    if (dropped.length === 0)
        return '';
    const reportUrl = ctx.input.links?.reportUrl;
    const where = safeLinkUrl(reportUrl)
        ? markdownLink('the full report', reportUrl)
        : 'the full report in the artifacts of this workflow run';
    return `> **Details were shortened to fit GitHub's limit** (${limitLabel}): ${dropped.map((item) => escapeInline(item)).join('; ')}. See ${where}.`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/sections-tests.ts






/** One row of the failed-tests table. */
function failedRow(ctx, test) {
    return tableRow([
        cell(test.name, MAX_NAME),
        cell(test.suite, MAX_SUITE),
        test.status,
        section_parts_location(ctx, test.file, test.line),
        cell(failureHeadline(test, MAX_HEADLINE), MAX_HEADLINE),
    ]);
}
function failedSection(ctx, rows) {
    const total = ctx.failing.length;
    if (total === 0)
        return '';
    return [
        `### Failed tests (${markdown_format_formatCount(total)})`,
        '',
        tableRow(['Test', 'Suite', 'Status', 'Location', 'Message']),
        tableRow(['---', '---', '---', '---', '---']),
        ...rows,
        ...moreLines(rows.length, total, 'failed tests'),
    ].join('\n');
}
/** A collapsed block with the failure's message and stack; HTML-escaped, never a blank line inside. */
function detailBlock(test) {
    const summary = escapeHtmlLine(`${text_truncate(test.suite, MAX_SUITE)} › ${text_truncate(test.name, MAX_NAME)} (${test.status})`);
    return [
        `<details><summary>${summary}</summary>`,
        `<pre>${escapePreBlock(failures_failureText(test, MAX_DETAILS))}</pre>`,
        '</details>',
    ].join('\n');
}
function detailsSection(blocks) {
    return blocks.length ? ['### Failure details', ...blocks].join('\n\n') : '';
}
function sections_tests_flakySection(ctx, cap) {
    const flaky = ctx.input.metrics.flakyTests;
    if (flaky.length === 0)
        return '';
    const shown = flaky.slice(0, cap);
    return [
        `### Flaky tests (${markdown_format_formatCount(flaky.length)})`,
        '',
        'Failed at least once, then passed on retry.',
        '',
        tableRow(['Test', 'Suite', 'Failed attempts', 'Location']),
        tableRow(['---', '---', '---:', '---']),
        ...shown.map((test) => tableRow([
            cell(test.name, MAX_NAME),
            cell(test.suite, MAX_SUITE),
            `${markdown_format_formatCount(test.failedAttempts)} of ${markdown_format_formatCount(test.attempts)}`,
            section_parts_location(ctx, test.file, undefined),
        ])),
        ...moreLines(shown.length, flaky.length, 'flaky tests'),
    ].join('\n');
}
function sections_tests_slowestSection(ctx, cap) {
    const slowest = ctx.input.metrics.slowest;
    if (slowest.length === 0)
        return '';
    const shown = slowest.slice(0, cap);
    return [
        '### Slowest tests',
        '',
        tableRow(['Test', 'Suite', 'Status', 'Duration']),
        tableRow(['---', '---', '---', '---:']),
        ...shown.map((test) => tableRow([cell(test.name, MAX_NAME), cell(test.suite, MAX_SUITE), test.status, format_formatDuration(test.durationMs)])),
        ...moreLines(shown.length, slowest.length, 'slow tests'),
    ].join('\n');
}
/** Report files that could not be read fully, one row per problem; duplicates as a count. */
function fileProblemsSection(ctx, cap) {
    const { metrics } = ctx.input;
    const problems = metrics.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
    const parts = [];
    if (problems.length > 0 && cap === 0) {
        parts.push(`**Report files with problems:** ${markdown_format_formatCount(problems.length)}; see the full report.`);
    }
    else if (problems.length > 0) {
        const shown = problems.slice(0, cap);
        parts.push([
            `### Report files with problems (${markdown_format_formatCount(problems.length)})`,
            '',
            tableRow(['File', 'Format', 'Problem']),
            tableRow(['---', '---', '---']),
            ...shown.map(({ file, error }) => tableRow([
                codeSpan(text_truncate(paths_repoRelativePath(error.path || file.path, [ctx.input.links?.workspace]), MAX_PATH), true) || ' ',
                cell(file.format, MAX_LABEL),
                cell(`${error.kind}${error.line !== undefined ? ` (line ${error.line})` : ''}: ${error.message}`, MAX_READ_ERROR),
            ])),
            ...moreLines(shown.length, problems.length, 'problems'),
        ].join('\n'));
    }
    if (metrics.duplicates.length > 0) {
        parts.push(`${plural(metrics.duplicates.length, 'test was', 'tests were')} reported more than once in the same file and counted once; see the full report.`);
    }
    return parts.join('\n\n');
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/fitting-renderer.ts





/** Comparison lists are capped by design: a list of 10,000 new tests helps nobody. */
const COMPARISON_LIST_CAP = 50;
/** Cap on flaky, slowest, comparison and file-problem lists once the failed list alone no longer fits. */
const SHORT_LIST_CAP = 10;
/** Below this many failed rows, the other lists are shortened before the failed list shrinks further. */
const MIN_FAILED_ROWS = 20;
const fitting_renderer_TOP_FAILURES_IN_CHECK_RUN = 10;
/** Renders plans of one report and finds the fullest one within the limit. */
class fitting_renderer_FittingRenderer {
    limit;
    ctx;
    rows = [];
    blocks = [];
    memo = new Map();
    constructor(input, limit) {
        this.limit = limit;
        const failing = failingTests(input.run);
        this.ctx = { input, failing, withDetails: failing.filter(hasFailureText) };
    }
    get failedCount() {
        return this.ctx.failing.length;
    }
    get detailCount() {
        return this.ctx.withDetails.length;
    }
    fits(plan) {
        return sizeOf(this.render(plan).markdown, this.limit.unit) <= this.limit.max;
    }
    /** The largest n in [0, upper] with `fits(with(n))`, given that `with(0)` fits; the size estimate bounds the search. */
    largest(upper, itemSize, baseSize, planWith) {
        let bound = 0;
        let used = baseSize;
        const slack = 1024; // the notice and "and K more" lines shrink as more items are shown
        while (bound < upper && used + itemSize(bound) <= this.limit.max + slack)
            used += itemSize(bound++);
        let lo = 0;
        let hi = bound;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (this.fits(planWith(mid)))
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** False when the first `count` items alone are already over the limit, so that plan need not be rendered. */
    fitsEstimate(count, itemSize) {
        let used = 0;
        for (let i = 0; i < count; i++)
            if ((used += itemSize(i)) > this.limit.max)
                return false;
        return true;
    }
    size(plan) {
        return sizeOf(this.render(plan).markdown, this.limit.unit);
    }
    rowSize(i) {
        return sizeOf(this.row(i), this.limit.unit) + 1;
    }
    blockSize(i) {
        return sizeOf(this.block(i), this.limit.unit) + 2;
    }
    render(plan) {
        const dropped = this.dropped(plan);
        const { ctx } = this;
        const top = [headlineSection(ctx), shortenedNotice(ctx, this.limit.label, dropped)];
        const sections = plan.minimal
            ? top
            : plan.layout === 'check-run'
                ? [...top, totalsSection(ctx.input.metrics), failedSection(ctx, this.rowsUpTo(plan.failedRows)), linksLine(ctx)]
                : [...top, ...this.reportSections(plan), linksLine(ctx)];
        return { markdown: `${sections.filter(Boolean).join('\n\n')}\n`, dropped };
    }
    reportSections(plan) {
        const { ctx } = this;
        const listCap = plan.countsOnly ? 0 : plan.listCap;
        const comparison = this.cached(`comparison:${listCap}`, () => sections_overview_comparisonSection(ctx, Math.min(listCap, COMPARISON_LIST_CAP)));
        const categories = this.cached(`categories:${plan.countsOnly}`, () => categoriesSection(ctx.input.metrics, !plan.countsOnly));
        const fileProblems = this.cached(`files:${listCap}`, () => fileProblemsSection(ctx, listCap));
        if (plan.countsOnly)
            return [totalsSection(ctx.input.metrics), comparison, categories, fileProblems];
        return [
            totalsSection(ctx.input.metrics),
            comparison,
            failedSection(ctx, this.rowsUpTo(plan.failedRows)),
            categories,
            detailsSection(this.blocksUpTo(plan.details)),
            this.cached(`flaky:${listCap}`, () => sections_tests_flakySection(ctx, listCap)),
            this.cached(`slowest:${listCap}`, () => sections_tests_slowestSection(ctx, listCap)),
            fileProblems,
        ];
    }
    dropped(plan) {
        const { metrics, comparison } = this.ctx.input;
        const dropped = [];
        const left = (what, shown, total) => {
            if (shown < total)
                dropped.push(`${markdown_format_formatCount(total - shown)} of ${markdown_format_formatCount(total)} ${what}`);
        };
        if (plan.minimal)
            return ['everything but the verdict'];
        if (plan.layout === 'check-run') {
            left('failed tests from the list', plan.failedRows, Math.min(this.failedCount, fitting_renderer_TOP_FAILURES_IN_CHECK_RUN));
            return dropped;
        }
        left('failure messages and stack traces', plan.details, this.detailCount);
        left('failed tests from the list', plan.failedRows, this.failedCount);
        if (plan.countsOnly) {
            dropped.push('the flaky, slowest and comparison lists, report-file problems and recommendations (counts only)');
            return dropped;
        }
        left('flaky tests', plan.listCap, metrics.flakyTests.length);
        left('slowest tests', plan.listCap, metrics.slowest.length);
        const problems = metrics.files.reduce((sum, file) => sum + file.errors.length, 0);
        left('report-file problems', plan.listCap, problems);
        if (comparison && !('unavailable' in comparison) && plan.listCap < COMPARISON_LIST_CAP) {
            const lists = [comparison.newFailures, comparison.fixed, comparison.newTests, comparison.removedTests];
            if (lists.some((list) => list.length > plan.listCap))
                dropped.push(`comparison lists beyond ${plan.listCap} entries each`);
        }
        return dropped;
    }
    cached(key, make) {
        let value = this.memo.get(key);
        if (value === undefined)
            this.memo.set(key, (value = make()));
        return value;
    }
    row(i) {
        return (this.rows[i] ??= failedRow(this.ctx, this.ctx.failing[i]));
    }
    block(i) {
        return (this.blocks[i] ??= detailBlock(this.ctx.withDetails[i]));
    }
    rowsUpTo(n) {
        const rows = [];
        for (let i = 0; i < n; i++)
            rows.push(this.row(i));
        return rows;
    }
    blocksUpTo(n) {
        const blocks = [];
        for (let i = 0; i < n; i++)
            blocks.push(this.block(i));
        return blocks;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/report.ts



/** GitHub drops a job summary over 1 MiB entirely. */
const SUMMARY_LIMIT_BYTES = 1_048_576;
/** GitHub rejects a comment body, and a check run's summary, over 65,535 characters. */
const COMMENT_LIMIT_CHARS = 65_535;
function limitFor(options) {
    if (options.target === 'summary') {
        const max = Math.min(options.maxChars ?? SUMMARY_LIMIT_BYTES, SUMMARY_LIMIT_BYTES);
        return {
            max,
            unit: 'bytes',
            label: max === SUMMARY_LIMIT_BYTES ? '1 MiB for a job summary' : `${markdown_format_formatCount(max)} bytes for a job summary`,
        };
    }
    const max = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
    return { max, unit: 'chars', label: `${markdown_format_formatCount(max)} characters for a comment` };
}
/** Whole lines of the minimal report that fit: the answer when even the verdict alone is too long. */
function linesThatFit(renderer, plan, limit) {
    const { markdown, dropped } = renderer.render(plan);
    let out = '';
    for (const line of markdown.split('\n')) {
        const next = `${out}${line}\n`;
        if (sizeOf(next, limit.unit) > limit.max)
            break;
        out = next;
    }
    return { markdown: out, dropped };
}
function fitReport(renderer, limit) {
    const all = renderer.failedCount;
    const base = {
        layout: 'report',
        details: 0,
        failedRows: all,
        listCap: Infinity,
        countsOnly: false,
        minimal: false,
    };
    // 1. Everything listed; as many failure details as fit.
    if (renderer.fitsEstimate(all, (i) => renderer.rowSize(i)) && renderer.fits(base)) {
        const details = renderer.largest(renderer.detailCount, (i) => renderer.blockSize(i), renderer.size(base), (n) => ({ ...base, details: n }));
        return renderer.render({ ...base, details });
    }
    // 2. No details; the failed list shortened, the other lists whole; 3. the other lists shortened too.
    for (const [listCap, minRows] of [
        [Infinity, Math.min(all, MIN_FAILED_ROWS)],
        [SHORT_LIST_CAP, Math.min(all, 1)],
    ]) {
        const plan = { ...base, failedRows: 0, listCap };
        if (!renderer.fits(plan))
            continue;
        const rows = renderer.largest(all, (i) => renderer.rowSize(i), renderer.size(plan), (n) => ({ ...plan, failedRows: n }));
        if (rows >= minRows)
            return renderer.render({ ...plan, failedRows: rows });
    }
    // 4. Counts only; 5. the verdict alone; 6. as many of its lines as fit.
    const countsOnly = { ...base, failedRows: 0, listCap: 0, countsOnly: true };
    if (renderer.fits(countsOnly))
        return renderer.render(countsOnly);
    const minimal = { ...countsOnly, minimal: true };
    if (renderer.fits(minimal))
        return renderer.render(minimal);
    return linesThatFit(renderer, minimal, limit);
}
/**
 * The aggregate report as Markdown for the job summary or the sticky PR comment, shortened in a
 * fixed order (failure details, the failed list, the other lists, then counts only) so that it
 * never exceeds GitHub's limit, which would lose it entirely.
 */
function renderMarkdownReport(input, options) {
    const limit = limitFor(options);
    return fitReport(new fitting_renderer_FittingRenderer(input, limit), limit);
}
/** The check run's summary: verdict, totals and the first failures, within 65,535 characters. */
function renderCheckRunSummary(input) {
    const limit = {
        max: COMMENT_LIMIT_CHARS,
        unit: 'chars',
        label: `${formatCount(COMMENT_LIMIT_CHARS)} characters for a check run`,
    };
    const renderer = new FittingRenderer(input, limit);
    const top = Math.min(renderer.failedCount, TOP_FAILURES_IN_CHECK_RUN);
    const plan = {
        layout: 'check-run',
        details: 0,
        failedRows: top,
        listCap: 0,
        countsOnly: false,
        minimal: false,
    };
    if (renderer.fits(plan))
        return renderer.render(plan).markdown;
    const none = { ...plan, failedRows: 0 };
    if (renderer.fits(none)) {
        const rows = renderer.largest(top, (i) => renderer.rowSize(i), renderer.size(none), (n) => ({ ...plan, failedRows: n }));
        return renderer.render({ ...plan, failedRows: rows }).markdown;
    }
    return linesThatFit(renderer, { ...none, minimal: true }, limit).markdown;
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/compare.ts

function compare_isFailing(status) {
    return status === 'failed' || status === 'errored';
}
function isPassing(status) {
    return status === 'passed' || status === 'flaky';
}
function compare_byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function statusById(tests) {
    return new Map(tests.map((test) => [test.id, test.status]));
}
function compareWithBase(current, base, baseLabel) {
    const baseStatus = statusById(base.tests);
    const currentStatus = statusById(current.tests);
    const newFailures = [];
    const fixed = [];
    const newTests = [];
    for (const [id, status] of currentStatus) {
        const before = baseStatus.get(id);
        if (before === undefined)
            newTests.push(id);
        if (compare_isFailing(status) && (before === undefined || !compare_isFailing(before)))
            newFailures.push(id);
        if (isPassing(status) && before !== undefined && compare_isFailing(before))
            fixed.push(id);
    }
    const removedTests = [...baseStatus.keys()].filter((id) => !currentStatus.has(id));
    const now = computeMetrics(current, { slowest: 0, maxTestsPerCategory: 0 });
    const then = computeMetrics(base, { slowest: 0, maxTestsPerCategory: 0 });
    const passRateDelta = now.passRate === null || then.passRate === null ? null : Math.round((now.passRate - then.passRate) * 100) / 100;
    const durationDeltaMs = now.total === 0 || then.total === 0 ? null : now.durationMs.wall - then.durationMs.wall;
    return {
        baseLabel,
        newFailures: newFailures.sort(compare_byCodeUnits),
        fixed: fixed.sort(compare_byCodeUnits),
        newTests: newTests.sort(compare_byCodeUnits),
        removedTests: removedTests.sort(compare_byCodeUnits),
        passRateDelta,
        durationDeltaMs,
    };
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/annotations.ts



const DEFAULT_MAX = 50;
// GitHub: title ≤ 255 characters, message and raw_details ≤ 64 KB each.
const MAX_TITLE_CHARS = 255;
const MAX_MESSAGE_BYTES = 4096;
const MAX_DETAILS_BYTES = 32_768;
function annotations_isFailing(test) {
    return test.status === 'failed' || test.status === 'errored';
}
function failingAttempts(test) {
    return test.attempts.filter((attempt) => attempt.status === 'failed' || attempt.status === 'errored').length;
}
function annotationFor(test, roots) {
    const line = test.line !== undefined && Number.isInteger(test.line) && test.line > 0 ? test.line : 1;
    const failure = lastFailure(test);
    const headline = failure?.message?.trim() || failure?.type || firstLine(failure?.body);
    const title = truncate(`${test.suite} › ${test.name}`.replace(/\s+/g, ' '), MAX_TITLE_CHARS);
    let annotation;
    if (annotations_isFailing(test)) {
        annotation = {
            path: repoRelativePath(test.file, roots),
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            message: truncateUtf8(headline || `Test ${test.status}.`, MAX_MESSAGE_BYTES),
            title,
        };
    }
    else {
        const attempts = `Flaky: failed ${failingAttempts(test)} of ${test.attempts.length} attempts, then passed.`;
        annotation = {
            path: repoRelativePath(test.file, roots),
            start_line: line,
            end_line: line,
            annotation_level: 'warning',
            message: truncateUtf8(headline ? `${attempts}\n${headline}` : attempts, MAX_MESSAGE_BYTES),
            title,
        };
    }
    const details = failureText(test, MAX_DETAILS_BYTES);
    if (details && details !== annotation.message)
        annotation.raw_details = truncateUtf8(details, MAX_DETAILS_BYTES);
    return annotation;
}
function compareAnnotations(a, b) {
    const order = (x) => (x.annotation_level === 'failure' ? 0 : 1);
    return (order(a) - order(b) ||
        (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.start_line - b.start_line ||
        (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
}
/**
 * Check-run annotations: a failure per failed or errored test, a warning per flaky test, for
 * tests whose file is known; failures first, then by path and line, capped at `max`.
 */
function failureAnnotations(run, options = {}) {
    const roots = [options.repoRoot, options.workspace];
    const max = Math.max(0, options.max ?? DEFAULT_MAX);
    return run.tests
        .filter((test) => Boolean(test.file) && (annotations_isFailing(test) || test.status === 'flaky'))
        .map((test) => annotationFor(test, roots))
        .sort(compareAnnotations)
        .slice(0, max);
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/index.ts




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
function format_table_formatDuration(ms) {
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
            format_table_formatDuration(metrics.durationMs.wall),
            format_table_formatDuration(metrics.durationMs.cpu),
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
                format_table_formatDuration(s.durationMs),
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
            formatTable(['test', 'status', 'duration'], metrics.slowest.map((t) => [t.id, t.status, format_table_formatDuration(t.durationMs)])));
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

;// CONCATENATED MODULE: ./actions/aggregate-report/src/gate.ts
/**
 * The report's status is the pass-rate gate: failed when passRate < minPassRate. `fail-on` then decides
 * whether that fails the step (failures), only errored tests do (errors), or nothing does.
 */
function evaluateGate(metrics, minPassRate, failOn) {
    if (metrics.passRate === null) {
        return { status: 'no-tests', failStep: false, reason: 'No test ran, so there is no pass rate to gate on.' };
    }
    const below = metrics.passRate < minPassRate;
    const status = below ? 'failed' : 'passed';
    const rate = `${metrics.passRate.toFixed(2)} %`;
    let reason = below
        ? `Pass rate ${rate} is below the required ${minPassRate} % (${metrics.failed} failed, ${metrics.errored} errored).`
        : `Pass rate ${rate} meets the required ${minPassRate} %.`;
    let failStep = false;
    if (failOn === 'failures')
        failStep = below;
    if (failOn === 'errors') {
        failStep = metrics.errored > 0;
        if (failStep)
            reason += ` ${metrics.errored} test(s) errored and fail-on is "errors".`;
    }
    if (failOn === 'nothing' && below)
        reason += ' fail-on is "nothing", so the step does not fail.';
    return { status, failStep, reason };
}

;// CONCATENATED MODULE: ./actions/aggregate-report/src/report-stage.ts




async function loadPreviousTimings(file, log) {
    try {
        return parseTimings(JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8')), file);
    }
    catch (error) {
        log.warning(`Previous timings ${file} were not used: ${error.message}`);
        return undefined;
    }
}
/** Reads every report, merges them, and writes metrics.json, ctrf-report.json, junit.xml, report.html, timings.json. */
async function buildReport(input) {
    const run = await ingestReports(input.reportPaths);
    for (const file of run.files) {
        for (const problem of file.errors)
            input.log.warning(problem.message);
    }
    for (const duplicate of run.duplicates)
        input.log.warning(duplicate.message);
    const metrics = computeMetrics(run);
    const gate = evaluateGate(metrics, input.minPassRate, input.failOn);
    await (0,promises_namespaceObject.mkdir)(input.outputDir, { recursive: true });
    const files = {
        metrics: external_node_path_default().join(input.outputDir, 'metrics.json'),
        ctrf: external_node_path_default().join(input.outputDir, 'ctrf-report.json'),
        junit: external_node_path_default().join(input.outputDir, 'junit.xml'),
        html: external_node_path_default().join(input.outputDir, 'report.html'),
        timings: external_node_path_default().join(input.outputDir, 'timings.json'),
    };
    const generatedAt = input.now.toISOString();
    const comparison = input.base ? compareWithBase(run, input.base.run, input.base.label) : undefined;
    const history = input.history && [
        ...input.history,
        {
            runId: input.runId ?? 'this run',
            at: generatedAt,
            passRate: metrics.passRate,
            durationMs: metrics.durationMs.wall,
        },
    ];
    await (0,promises_namespaceObject.writeFile)(files.metrics, `${JSON.stringify(metrics, null, 2)}\n`);
    const ctrf = toCtrfReport(run, metrics, {
        toolName: 'testpipe',
        timestamp: generatedAt,
        runId: input.runId,
    });
    await (0,promises_namespaceObject.writeFile)(files.ctrf, `${JSON.stringify(ctrf)}\n`);
    await writeMergedJUnit(run, files.junit);
    const previous = input.previousTimings ? await loadPreviousTimings(input.previousTimings, input.log) : undefined;
    const timings = buildTimings(run, previous, { now: input.now });
    await (0,promises_namespaceObject.writeFile)(files.timings, `${JSON.stringify(timings, null, 2)}\n`);
    await (0,promises_namespaceObject.writeFile)(files.html, renderHtmlReport({
        title: input.reportName,
        run,
        metrics,
        generatedAt,
        history,
        baseComparison: comparison,
        repositoryUrl: input.repositoryUrl,
        commitSha: input.commitSha,
    }));
    return { run, metrics, gate, files, comparison };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/report.ts






const FAIL_ON = ['failures', 'errors', 'nothing'];
const report_USAGE = `Usage: testpipe report [options] <report paths, directories or globs...>

Merges every report into one verdict and writes, into --out: metrics.json, ctrf-report.json, junit.xml,
report.html, timings.json and summary.md (the job-summary Markdown). Same files as the aggregate-report action.

Options:
  --out DIR              output directory (default: testpipe-report)
  --name NAME            report name (default: Test report)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --previous-timings F   an earlier timings.json to merge with
  --allow-no-tests       exit 0 when no test ran

Exit codes: 0 the gate passed, 1 the gate failed (or no tests), 2 unusable arguments.`;
function report_parseArgs(args) {
    const parsed = {
        out: 'testpipe-report',
        name: 'Test report',
        minPassRate: 100,
        failOn: 'failures',
        allowNoTests: false,
        paths: [],
    };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            const v = inline ?? args[++i];
            if (v === undefined || v === '')
                throw new UsageError(`${flag} needs a value.`);
            return v;
        };
        if (flag === '-h' || flag === '--help')
            return 'help';
        else if (flag === '--out')
            parsed.out = value();
        else if (flag === '--name')
            parsed.name = value();
        else if (flag === '--previous-timings')
            parsed.previousTimings = value();
        else if (flag === '--allow-no-tests')
            parsed.allowNoTests = true;
        else if (flag === '--min-pass-rate') {
            const raw = value();
            const n = Number(raw);
            if (!Number.isFinite(n) || n < 0 || n > 100)
                throw new UsageError(`--min-pass-rate must be 0..100, got "${raw}".`);
            parsed.minPassRate = n;
        }
        else if (flag === '--fail-on') {
            const raw = value();
            if (!FAIL_ON.includes(raw)) {
                throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${raw}".`);
            }
            parsed.failOn = raw;
        }
        else if (flag.startsWith('-') && flag !== '-')
            throw new UsageError(`unknown option "${flag}".`);
        else
            parsed.paths.push(arg);
    }
    if (parsed.paths.length === 0)
        throw new UsageError('give at least one report path, directory or glob.');
    return parsed;
}
const reportCommand = {
    name: 'report',
    summary: 'merge reports into one verdict and write metrics, CTRF, JUnit, HTML and timings (the aggregate-report stage)',
    async run(args) {
        let parsed;
        try {
            parsed = report_parseArgs(args);
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
            process.stderr.write(`testpipe report: ${error.message}\n\n${report_USAGE}\n`);
            return 2;
        }
        if (parsed === 'help') {
            process.stdout.write(`${report_USAGE}\n`);
            return 0;
        }
        const log = {
            info: (m) => process.stderr.write(`${m}\n`),
            warning: (m) => process.stderr.write(`warning: ${m}\n`),
        };
        const outputDir = external_node_path_default().resolve(parsed.out);
        const report = await buildReport({
            reportPaths: parsed.paths,
            outputDir,
            reportName: parsed.name,
            minPassRate: parsed.minPassRate,
            failOn: parsed.failOn,
            previousTimings: parsed.previousTimings,
            now: new Date(),
            log,
        });
        const { markdown } = renderMarkdownReport({
            reportName: parsed.name,
            run: report.run,
            metrics: report.metrics,
            status: report.gate.status,
            gate: { minPassRate: parsed.minPassRate, failOn: parsed.failOn, reason: report.gate.reason },
        }, { target: 'summary' });
        await (0,promises_namespaceObject.writeFile)(external_node_path_default().join(outputDir, 'summary.md'), markdown);
        process.stdout.write(`${formatMetrics(report.metrics)}\n\n${report.gate.reason}\n`);
        process.stdout.write(`Report: ${report.files.html}\n`);
        if (report.gate.status === 'no-tests')
            return parsed.allowNoTests ? 0 : 1;
        return report.gate.failStep ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts


const commands = [metricsCommand, reportCommand];

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
