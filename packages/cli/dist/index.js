import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

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

/***/ 5595:
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

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

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

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
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

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
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
} = __nccwpck_require__(5595);

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

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

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


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
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
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ main)
});

;// CONCATENATED MODULE: ./packages/core/src/model.ts
// The results model shared by every stage. Counting rules: DESIGN.md, "Counting tests".
/** Every failure category, in the order reports show them. */
const model_FAILURE_CATEGORIES = [
    'environment',
    'data',
    'timeout',
    'test-logic',
    'unknown',
];
/** What counts as failing, everywhere: a failed assertion or an error. A flaky test passed in the end. */
function isFailing(status) {
    return status === 'failed' || status === 'errored';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
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
/**
 * Backs `end` off so the kept bytes do not end inside a UTF-8 sequence, looking no further back
 * than `from`.
 */
function utf8Boundary(buf, end, from = 0) {
    let i = end - 1;
    while (i >= from && end - i < 4 && (buf[i] & 0xc0) === 0x80)
        i--;
    if (i < from || buf[i] < 0x80)
        return end;
    const lead = buf[i];
    const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
    return end - i < length ? i : end;
}
/**
 * Keeps at most `cap` bytes of an element's content and counts all of it, so a 500 MB
 * system-out costs `cap` bytes of memory. Each piece is decoded from UTF-8 as it arrives (no copy
 * of its bytes: only a sequence cut by the end of a piece keeps its ≤3 bytes until the next one);
 * entity references are decoded once per run of text pieces, when the content is read, so a
 * reference split across pieces still decodes.
 */
class CappedText {
    cap;
    totalBytes = 0;
    kept = 0;
    /** Finished runs, decoded. */
    done = '';
    /** The current run of text (or CDATA) pieces, UTF-8 decoded, entities not yet. */
    run = '';
    runCdata = false;
    hasRun = false;
    /** Bytes at the end of the current run that may begin a sequence the next piece completes. */
    tail;
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
        this.kept += take;
        if (this.hasRun && this.runCdata !== cdata) {
            this.done += this.finishRun(false);
            this.run = '';
            this.tail = undefined;
        }
        this.hasRun = true;
        this.runCdata = cdata;
        let bytes = buf;
        let from = start;
        let to = start + take;
        if (this.tail !== undefined) {
            // Rare: the last piece ended inside a sequence; join its few bytes to this piece.
            bytes = Buffer.concat([this.tail, buf.subarray(from, to)]);
            from = 0;
            to = bytes.length;
            this.tail = undefined;
        }
        const cut = utf8Boundary(bytes, to, from);
        if (cut > from)
            this.run += bytes.toString('utf8', from, cut);
        if (cut < to)
            this.tail = Buffer.from(bytes.subarray(cut, to));
    }
    /** The current run, decoded; a cut sequence at its end is dropped when `drop`, else decoded as is. */
    finishRun(drop) {
        const text = this.tail === undefined || drop ? this.run : this.run + this.tail.toString('utf8');
        return this.runCdata ? text : decodeEntities(text);
    }
    /** The decoded content; when capped, cut at a character boundary. */
    toString() {
        return this.hasRun ? this.done + this.finishRun(this.truncated) : this.done;
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
// What every format's reader shares: the limits, an attempt being read, and turning it into the model.


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
    /** Makes this draft a fresh passed attempt again, so a reader can reuse one draft for every test. */
    reset() {
        this.status = 'passed';
        this.durationMs = 0;
        this.startedAt = undefined;
        this.type = undefined;
        this.messageAttribute = undefined;
        this.message = undefined;
        this.body = undefined;
        this.stdout = undefined;
        this.stderr = undefined;
    }
    /** Records a failure/error/skip; the first failing one wins, and a failure overrides a skip. */
    mark(status, type, message) {
        if (isFailing(this.status))
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
        const keepOutput = limits.keepPassedOutput || isFailing(this.status);
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
    if (truncated.length !== 0)
        truncated.length = 0;
    const attempts = [];
    for (let i = 0; i < drafts.length; i++)
        attempts.push(drafts[i].toAttempt(truncated));
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

;// CONCATENATED MODULE: ./packages/core/src/errors/user-error.ts
class UserError extends Error {
    name = 'UserError';
    kind;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.kind = options.kind ?? 'config';
    }
}
/** A mistake in the workflow's inputs or a config file; the message names the input and what to do. */
class ConfigurationError extends UserError {
    name = 'ConfigurationError';
    constructor(message, options = {}) {
        super(message, { ...options, kind: 'config' });
    }
}
function isUserError(error) {
    return error instanceof UserError;
}
/**
 * A file-system failure a user can act on (ENOTDIR, EACCES, ENOSPC...) as an environment UserError naming
 * what was being done and the path; anything else is returned as it was.
 */
function describeFileSystemError(error, doing) {
    const code = error?.code;
    const said = code === undefined ? undefined : FILE_SYSTEM_PROBLEMS[code];
    if (said === undefined)
        return error;
    const where = error.path ?? 'the path';
    return new UserError(`${doing} failed: ${where} ${said}. Choose another path, or fix this one, and run again.`, {
        kind: 'environment',
        cause: error,
    });
}
const FILE_SYSTEM_PROBLEMS = {
    ENOENT: 'does not exist',
    ENOTDIR: 'has a part that is a file, not a directory',
    EISDIR: 'is a directory',
    EACCES: 'is not accessible (permission denied)',
    EPERM: 'is not accessible (operation not permitted)',
    EROFS: 'is on a read-only file system',
    ENOSPC: 'could not be written: the disk is full',
    EEXIST: 'already exists',
};

;// CONCATENATED MODULE: ./packages/core/src/contracts/errors.ts

/**
 * A contract file (plan, env.json, metrics.json...) that cannot be used as it is. The message names the
 * file and the field path, e.g. `testpipe-plan.json: suites[0].shards[2].units must be an array of strings`.
 */
class ContractError extends UserError {
    file;
    field;
    name = 'ContractError';
    constructor(
    /** The path the file was read from, or the contract's file name. */
    file, 
    /** Path of the bad field (`suites[0].planHash`); empty for the document as a whole. */
    field, problem, options = {}) {
        // A whole sentence (the version messages) is the message as it is.
        const message = options.sentence ? problem : field ? `${file}: ${field} ${problem}` : `${file} ${problem}`;
        super(message, { kind: 'config', cause: options.cause });
        this.file = file;
        this.field = field;
    }
}
/** A contract file written with a schemaVersion this testpipe cannot read (newer, or no longer supported). */
class ContractVersionError extends ContractError {
    found;
    name = 'ContractVersionError';
    constructor(file, field, found, message) {
        super(file, field, message, { sentence: true });
        this.found = found;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/fields.ts
// Field checks shared by the contract readers: each names the file and the field path on failure.

function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** The JSON type of a value for messages: "null", "array", "number"... */
function jsonType(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** `suites[0].shards`, `outputs["db-url"]`: the path of a field below `parent`. */
function fields_fieldPath(parent, key) {
    if (typeof key === 'number')
        return `${parent}[${key}]`;
    if (!IDENTIFIER.test(key))
        return `${parent}[${JSON.stringify(key)}]`;
    return parent ? `${parent}.${key}` : key;
}
// Date.parse accepts far more than ISO 8601 ("March 7", "2024"); contracts hold full ISO times.
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** Reads the fields of one contract file, throwing a ContractError naming `source` and the field path. */
class fields_FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(path, problem) {
        throw new ContractError(this.source, path, problem);
    }
    mustBe(value, path, what) {
        this.fail(path, value === undefined ? `is missing (must be ${what})` : `must be ${what} (found ${jsonType(value)})`);
    }
    object(value, path) {
        if (!isJsonObject(value))
            this.mustBe(value, path, path ? 'an object' : 'a JSON object');
        return value;
    }
    array(value, path) {
        if (!Array.isArray(value))
            this.mustBe(value, path, 'an array');
        return value;
    }
    string(value, path) {
        if (typeof value !== 'string')
            this.mustBe(value, path, 'a string');
        return value;
    }
    nonEmptyString(value, path) {
        if (typeof value !== 'string' || value.trim() === '')
            this.mustBe(value, path, 'a non-empty string');
        return value;
    }
    stringArray(value, path) {
        if (!Array.isArray(value))
            this.mustBe(value, path, 'an array of strings');
        value.forEach((item, index) => this.string(item, fields_fieldPath(path, index)));
        return value;
    }
    boolean(value, path) {
        if (typeof value !== 'boolean')
            this.mustBe(value, path, 'true or false');
        return value;
    }
    /** An integer >= 0: a count. */
    count(value, path) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            this.mustBe(value, path, 'an integer >= 0');
        }
        return value;
    }
    /** A finite number >= 0: a duration in milliseconds, a sum. */
    amount(value, path) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
            this.mustBe(value, path, 'a number >= 0');
        return value;
    }
    /** A finite number between min and max. */
    numberIn(value, path, min, max) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
            this.mustBe(value, path, `a number from ${min} to ${max}`);
        }
        return value;
    }
    oneOf(value, path, allowed) {
        if (typeof value !== 'string' || !allowed.includes(value)) {
            const what = `${allowed.length === 1 ? '' : 'one of '}${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
            if (value === undefined)
                this.fail(path, `is missing (must be ${what})`);
            this.fail(path, `must be ${what} (found ${typeof value === 'string' ? JSON.stringify(value) : jsonType(value)})`);
        }
        return value;
    }
    /** An ISO 8601 date and time with a time zone, e.g. 2026-03-07T09:15:00Z. */
    isoTime(value, path) {
        const text = this.string(value, path);
        if (!ISO_TIME.test(text) || Number.isNaN(Date.parse(text))) {
            this.fail(path, `must be an ISO 8601 time such as 2026-03-07T09:15:00Z (found ${JSON.stringify(text)})`);
        }
        return text;
    }
    /** Every entry of an object read by `read`, keyed as in the file. */
    record(value, path, read) {
        const entries = {};
        for (const [key, entry] of Object.entries(this.object(value, path)))
            entries[key] = read(entry, fields_fieldPath(path, key));
        return entries;
    }
    /** `read` over an array's items, each with its index in the path. */
    list(value, path, read) {
        return this.array(value, path).map((item, index) => read(item, fields_fieldPath(path, index)));
    }
    /** The optional field `key` of `object`, read by `read` when present (undefined counts as absent). */
    optional(object, key, path, read) {
        const value = object[key];
        return value === undefined ? undefined : read.call(this, value, fields_fieldPath(path, key));
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/contracts/json-file.ts
// Reading and writing contract files as JSON; the parse step (schema and version) is each contract's own.




function lineAndColumn(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/** Where JSON.parse stopped, when its message says ("at position 12"; the end for "Unexpected end"). */
function whereParsingStopped(text, message) {
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : /end of JSON input/.test(message) ? text.length : undefined;
    if (offset === undefined)
        return '';
    const { line, column } = lineAndColumn(text, offset);
    return ` at line ${line}, column ${column}`;
}
/** JSON.parse, with a ContractError naming `source` and the place instead of a bare SyntaxError. */
function parseJsonText(text, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (body.trim() === '')
            throw new ContractError(source, '', 'is empty, not JSON', { cause: error });
        throw new ContractError(source, '', `is not valid JSON${whereParsingStopped(body, message)}: ${message}`, {
            cause: error,
        });
    }
}
/** Reads a contract file and validates it with `parse`; every failure is a UserError naming the file. */
async function json_file_readJsonContract(file, parse) {
    let text;
    try {
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        throw describeFileSystemError(error, `The file ${external_node_path_default().basename(file)}`);
    }
    return parse(parseJsonText(text, file), file);
}
/** Writes a contract file as the stages always have: JSON, 2-space indent, a final newline; creates the directory. */
async function writeJsonContract(file, value, options = {}) {
    const text = options.compact ? JSON.stringify(value) : JSON.stringify(value, null, 2);
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        await (0,promises_.writeFile)(file, `${text}\n`);
    }
    catch (error) {
        throw describeFileSystemError(error, `The file ${external_node_path_default().basename(file)}`);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/types.ts
const SHARD_PLAN_SCHEMA_VERSION = 1;
const DEFAULT_MAX_PARALLEL = 16;
/** Duration assumed for a unit when nothing at all is known. */
const DEFAULT_UNIT_DURATION_MS = 1000;
/** 'auto' takes the smallest shard count within this fraction of the best predicted wall time. */
const AUTO_SHARDS_TOLERANCE = 0.05;
/** GitHub Actions runs at most 256 jobs per matrix. */
const MAX_MATRIX_JOBS = 256;

;// CONCATENATED MODULE: ./packages/core/src/timings/types.ts
// The content of timings.json (DESIGN "Data contracts"): written by aggregate-report, read by the run-matrix planner.
const TIMINGS_SCHEMA_VERSION = 1;
/** Weight of the newest run in the moving average. */
const DEFAULT_TIMINGS_ALPHA = 0.3;
/** Tests and files not timed in this many consecutive runs are dropped. */
const DEFAULT_KEEP_UNSEEN_RUNS = 10;

;// CONCATENATED MODULE: ./packages/core/src/contracts/file-names.ts
// The names of the files that pass between stages (DESIGN "Data contracts"). Code imports these
// instead of writing the names as string literals, so a rename is one change.
/** Per-test and per-file durations: written by aggregate-report, read by the run-matrix plan. */
const TIMINGS_FILE = 'timings.json';
/** The plan artifact: written by the run-matrix plan job, read by each shard job. */
const PLAN_FILE = 'testpipe-plan.json';
/** Written by provision, read by seed, run-matrix and teardown. */
const ENV_FILE = 'env.json';
/** What provision created and teardown kept or destroyed, for people to read. */
const AUDIT_FILE = 'audit.json';
// aggregate-report's output directory.
const MERGED_JUNIT_FILE = 'junit.xml';
const CTRF_REPORT_FILE = 'ctrf-report.json';
const METRICS_FILE = 'metrics.json';
const HTML_REPORT_FILE = 'report.html';
const SUMMARY_FILE = 'summary.md';
// One shard's results: results/<shard>/...
const SHARD_CTRF_FILE = 'ctrf.json';
const SHARD_JUNIT_FILE = 'junit.xml';
const SHARD_OUTPUT_LOG = 'output.log';
/** Directory of the raw reports of each attempt, kept as the runner wrote them. */
const SHARD_ATTEMPTS_DIR = 'attempts';

;// CONCATENATED MODULE: ./packages/core/src/contracts/versions.ts
// The one table of contract versions: every reader's version check and message come from it.




/** The testpipe release these readers belong to; equal to packages/core/package.json's version (a test checks). */
const TESTPIPE_VERSION = '1.0.0';
/**
 * Contract → version. Adding a field is not a new version (readers ignore fields they do not know);
 * renaming, removing or changing the meaning of one is.
 */
const versions_CONTRACT_VERSIONS = {
    timings: { file: TIMINGS_FILE, current: TIMINGS_SCHEMA_VERSION, oldestReadable: 1 },
    plan: { file: PLAN_FILE, current: 1, oldestReadable: 1 },
    /** Each suite's plan inside testpipe-plan.json (`suites[i].schemaVersion`), as planShards writes it. */
    shardPlan: { file: PLAN_FILE, current: SHARD_PLAN_SCHEMA_VERSION, oldestReadable: 1 },
    environment: { file: ENV_FILE, current: 1, oldestReadable: 1 },
    audit: { file: AUDIT_FILE, current: 1, oldestReadable: 1 },
    metrics: { file: METRICS_FILE, current: 1, oldestReadable: 1 },
    /** testpipe's own contract inside the CTRF documents it writes (ctrf-report.json and each shard's ctrf.json). */
    ctrf: { file: CTRF_REPORT_FILE, current: 1, oldestReadable: 1 },
};
function readable(contract) {
    return contract.oldestReadable === contract.current
        ? `version ${contract.current}`
        : `versions ${contract.oldestReadable} to ${contract.current}`;
}
/**
 * The schemaVersion of a contract file when this testpipe can read it; otherwise a ContractError naming
 * `source`, and for a newer (or retired) major the testpipe version to use instead.
 */
function versions_checkSchemaVersion(value, source, contract, field = 'schemaVersion') {
    if (value === undefined) {
        throw new ContractError(source, field, `is missing; a ${contract.file} written by testpipe always has one`);
    }
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
        throw new ContractError(source, field, `must be a positive integer (found ${JSON.stringify(value)})`);
    }
    if (value > contract.current) {
        throw new ContractVersionError(source, field, value, `${source} has ${field} ${value}; this testpipe (${TESTPIPE_VERSION}) reads ${readable(contract)}. ` +
            `Update the testpipe actions/CLI to a version that writes ${field} ${value}.`);
    }
    if (value < contract.oldestReadable) {
        throw new ContractVersionError(source, field, value, `${source} has ${field} ${value}, written by an older testpipe; this testpipe (${TESTPIPE_VERSION}) reads ` +
            `${readable(contract)}. Re-run the stage that writes ${contract.file} with this testpipe version.`);
    }
    return value;
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/ctrf.ts
// ctrf-report.json (aggregate-report) and each shard's ctrf.json (run-matrix) follow the open CTRF
// format (ctrf.io). testpipe's own contract version is kept where CTRF allows extensions: the top-level
// `extra.testpipeSchemaVersion`. A CTRF document written by another tool has none and is read as CTRF.




const CTRF_STATUSES = (/* unused pure expression or super */ null && (['passed', 'failed', 'skipped', 'pending', 'other']));
/** The field of a CTRF document that holds testpipe's contract version. */
const CTRF_TESTPIPE_VERSION_FIELD = 'extra.testpipeSchemaVersion';
const SUMMARY_COUNTS = (/* unused pure expression or super */ null && (['tests', 'passed', 'failed', 'skipped', 'pending', 'other']));
/**
 * The testpipe contract version of a CTRF document, or undefined when another tool wrote it. Throws a
 * ContractVersionError when testpipe's version is newer than this code reads, so a newer document is
 * refused rather than half-read.
 */
function checkCtrfTestpipeVersion(document, source) {
    if (!isJsonObject(document) || document.extra === undefined)
        return undefined;
    if (!isJsonObject(document.extra)) {
        throw new ContractError(source, 'extra', 'must be an object (CTRF: "Extension point for arbitrary metadata")');
    }
    const version = document.extra.testpipeSchemaVersion;
    if (version === undefined)
        return undefined;
    return versions_checkSchemaVersion(version, source, versions_CONTRACT_VERSIONS.ctrf, CTRF_TESTPIPE_VERSION_FIELD);
}
function readTest(r, value, path) {
    const test = r.object(value, path);
    r.string(test.name, fieldPath(path, 'name'));
    r.oneOf(test.status, fieldPath(path, 'status'), CTRF_STATUSES);
    r.amount(test.duration, fieldPath(path, 'duration'));
    return test;
}
/**
 * Validates the CTRF envelope (what the CTRF schema requires: reportFormat, specVersion, results.tool.name,
 * results.summary counts, each test's name, status and duration) and testpipe's version when present.
 * Lenient reading of other tools' reports (no reportFormat, odd entries) is ingestFile's job.
 */
function parseCtrfDocument(value, source) {
    const r = new FieldReader(source);
    const document = r.object(value, '');
    checkCtrfTestpipeVersion(document, source);
    r.oneOf(document.reportFormat, 'reportFormat', ['CTRF']);
    const specVersion = r.string(document.specVersion, 'specVersion');
    if (!/^\d+\.\d+\.\d+$/.test(specVersion)) {
        r.fail('specVersion', `must be MAJOR.MINOR.PATCH (found ${JSON.stringify(specVersion)})`);
    }
    const results = r.object(document.results, 'results');
    const tool = r.object(results.tool, 'results.tool');
    r.string(tool.name, 'results.tool.name');
    r.optional(tool, 'version', 'results.tool', r.string);
    const summary = r.object(results.summary, 'results.summary');
    for (const key of SUMMARY_COUNTS)
        r.count(summary[key], fieldPath('results.summary', key));
    for (const key of ['start', 'stop'])
        r.amount(summary[key], fieldPath('results.summary', key));
    r.list(results.tests, 'results.tests', (test, path) => readTest(r, test, path));
    return document;
}
/** Reads ctrf-report.json or a shard's ctrf.json. */
function readCtrfFile(file) {
    return readJsonContract(file, parseCtrfDocument);
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
    // testpipe writes an errored test as failed with rawStatus "errored" (CTRF has no errored status).
    if (status === 'failed')
        return rawStatus === 'errored' ? 'errored' : 'failed';
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
/** The JSON type of a value, for messages: "null", "array", "number"... */
function typeOf(value) {
    return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
/** Largest epoch milliseconds a Date can hold. */
const MAX_DATE_MS = 8.64e15;
function attemptFrom(entry, limits, where, note) {
    const attempt = new AttemptDraft(limits);
    const status = ctrfStatus(entry.status, entry.rawStatus);
    if (status !== 'passed')
        attempt.mark(status, undefined, ctrf_reader_text(entry.message));
    else
        attempt.messageAttribute = ctrf_reader_text(entry.message);
    attempt.body = capped(ctrf_reader_text(entry.trace), limits.body);
    attempt.stdout = capped(ctrf_reader_text(entry.stdout), limits.output);
    attempt.stderr = capped(ctrf_reader_text(entry.stderr), limits.output);
    const duration = entry.duration;
    if (typeof duration === 'number' && Number.isFinite(duration) && duration >= 0)
        attempt.durationMs = duration;
    else if (duration !== undefined && duration !== null) {
        const shown = typeof duration === 'number' ? String(duration) : JSON.stringify(duration).slice(0, 40);
        note(`${where}: duration ${shown} is not a finite number of milliseconds >= 0; read as 0`);
    }
    const start = entry.start;
    if (typeof start === 'number' && start > 0 && start <= MAX_DATE_MS)
        attempt.startedAt = new Date(start).toISOString();
    return attempt;
}
/** The record for `results.tests[index]`, or undefined (with a note) when the entry is unusable. */
function ctrfRecord(entry, index, tool, limits, note) {
    const where = `results.tests[${index}]`;
    if (!isObject(entry)) {
        note(`${where} is ${typeOf(entry)}, not a test object; skipped`);
        return undefined;
    }
    if (typeof entry.name !== 'string' || isUnusableName(entry.name)) {
        const what = entry.name === undefined ? 'no name' : `name ${JSON.stringify(entry.name).slice(0, 40)}`;
        note(`${where} has ${what}, expected a non-empty string; skipped`);
        return undefined;
    }
    const final = attemptFrom(entry, limits, where, note);
    let earlier = [];
    if (Array.isArray(entry.retryAttempts) && entry.retryAttempts.length > 0) {
        entry.retryAttempts.forEach((retry, i) => {
            const retryWhere = `${where}.retryAttempts[${i}]`;
            if (isObject(retry))
                earlier.push(attemptFrom(retry, limits, retryWhere, note));
            else
                note(`${retryWhere} is ${typeOf(retry)}, not an attempt object; ignored`);
        });
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
    const line = Number.isSafeInteger(entry.line) && entry.line > 0 ? entry.line : undefined;
    // testpipe's own ctrf-report.json keeps the JUnit classname in `extra`: it is part of the test's
    // identity, so without it a report read back (a base run) would match none of the same tests.
    const classname = isObject(entry.extra) && typeof entry.extra.classname === 'string' ? entry.extra.classname : undefined;
    return buildRecord({ suite: suite || file || tool || '', classname, name: entry.name, file, line }, [
        ...earlier,
        final,
    ]);
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


/** The testcase being read. One is reused for every testcase of a file (records are built fresh). */
class CaseDraft {
    name = '';
    /** No usable name: read to its end (nested elements included) but not delivered. */
    skip = false;
    /** The message of a <skipped> seen in this testcase ('' without one), else undefined. */
    skippedToo = undefined;
    classname = undefined;
    file = undefined;
    line = undefined;
    statusAttribute = undefined;
    own;
    before = undefined;
    after = undefined;
    properties = undefined;
    /** Element names open inside <testcase>, outermost first: path[0..depth). */
    path = [];
    depth = 0;
    /** The rerun/flaky child being read, if any. */
    rerun = undefined;
    propertyName = undefined;
    propertyText = undefined;
    constructor(limits) {
        this.own = new AttemptDraft(limits);
    }
    reset() {
        this.skippedToo = undefined;
        this.own.reset();
        this.before = undefined;
        this.after = undefined;
        this.properties = undefined;
        this.depth = 0;
        this.rerun = undefined;
        this.propertyName = undefined;
        this.propertyText = undefined;
    }
}
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
    /** Set while a <testcase> is open. */
    current;
    draft;
    /** The record just delivered when its outcome was errored, for jest-junit's empty failure twin. */
    lastErrored;
    /** fileFromClassname per classname: classnames repeat for every test of a class. */
    classnameFiles = new Map();
    constructor(limits, emit, note = ignoreProblem) {
        this.limits = limits;
        this.emit = emit;
        this.note = note;
        this.draft = new CaseDraft(limits);
    }
    open(name, attributes) {
        const draft = this.current;
        if (draft !== undefined) {
            this.openInCase(draft, name, attributes);
            draft.path[draft.depth++] = name;
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
        if (draft.depth === 0) {
            this.current = undefined;
            if (!draft.skip)
                this.deliver(draft);
            return;
        }
        draft.depth--;
        this.sink = undefined;
        if (draft.rerun !== undefined && draft.depth === 0)
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
        const draft = this.draft;
        draft.reset();
        const own = draft.own;
        own.durationMs = secondsToMs(attributes.number('time'));
        own.startedAt = attributes.get('timestamp');
        const classname = attributes.getShared('classname') || attributes.getShared('class') || undefined;
        const isPytest = this.suites[0]?.name === 'pytest';
        const lineAttribute = attributes.number('line');
        // pytest writes its 0-based line numbers.
        const line = isPytest && lineAttribute !== undefined ? Number(lineAttribute) + 1 : positiveInt(lineAttribute);
        const name = attributes.get('name');
        draft.skip = isUnusableName(name);
        if (draft.skip) {
            const at = attributes.location();
            this.note(namelessMessage('testcase', 'name', at), at);
        }
        draft.name = name ?? '';
        draft.classname = classname;
        draft.file =
            normaliseFile(attributes.getShared('file') ?? attributes.getShared('filepath')) ??
                suite?.file ??
                this.fileOfClassname(classname, isPytest);
        draft.line = line !== undefined && Number.isFinite(line) ? line : undefined;
        draft.statusAttribute = (attributes.getShared('status') ?? attributes.getShared('result'))?.toLowerCase();
        return draft;
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
        const depth = draft.depth;
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
/** Whether chunk[start..end) holds the same bytes as `known` (whose length the caller checked). */
function sameBytes(known, chunk, start, length) {
    // A JS loop beats Buffer.compare, whose native call costs more than comparing a few dozen bytes.
    for (let i = length - 1; i >= 0; i--)
        if (known[i] !== chunk[start + i])
            return false;
    return true;
}
/** Strings by their bytes: a hit costs a byte comparison instead of a new string. */
class StringTable {
    strings = new Array(TABLE_SIZE);
    bytes = new Array(TABLE_SIZE);
    /** The string for chunk[start..end), made by `make` on a miss (same bytes, same string). */
    get(chunk, start, end, make) {
        const slot = sampleHash(chunk, start, end) & (TABLE_SIZE - 1);
        const known = this.bytes[slot];
        const length = end - start;
        if (known !== undefined && known.length === length && sameBytes(known, chunk, start, length)) {
            return this.strings[slot];
        }
        const made = make(chunk, start, end);
        this.strings[slot] = made;
        this.bytes[slot] = Buffer.from(chunk.subarray(start, end));
        return made;
    }
    /** The Latin-1 (for names: ASCII) string for chunk[start..end). */
    ascii(chunk, start, end) {
        return this.get(chunk, start, end, latin1);
    }
}
/**
 * An attribute value as text: UTF-8 (Latin-1 when every byte is ASCII, the cheaper decoder), literal
 * tabs and newlines normalised to spaces, then references decoded.
 */
function decodeValue(chunk, start, end) {
    let flags = 0;
    for (let i = start; i < end; i++) {
        const c = chunk[i];
        if (c >= 0x80)
            flags |= 1;
        else if (c === 0x26)
            flags |= 2;
        else if (c < 0x20)
            flags |= 4;
    }
    let value = (flags & 1) === 0 ? latin1(chunk, start, end) : utf8(chunk, start, end);
    if ((flags & 4) !== 0 && /[\t\n\r]/.test(value))
        value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    return (flags & 2) !== 0 ? decodeEntities(value) : value;
}
/**
 * Attributes of the tag being reported; reused between tags, so read them inside `open` only.
 * Only byte ranges are recorded while the tag is scanned: no string is made for an attribute name,
 * and a value is decoded only when a handler asks for it.
 */
class XmlAttributes {
    shared;
    locate;
    count = 0;
    /** Per attribute i: name start, name end, value start, value end at [4i .. 4i+3], offsets in `chunk`. */
    ranges = new Int32Array(64);
    chunk = Buffer.alloc(0);
    /** Absolute byte offset of the tag's '<'. */
    offset = 0;
    constructor(shared, locate = () => ({ line: 0, column: 0 })) {
        this.shared = shared;
        this.locate = locate;
    }
    /** Records one attribute; called by the tokenizer. */
    add(nameStart, nameEnd, valueStart, valueEnd) {
        const at = this.count++ << 2;
        let ranges = this.ranges;
        if (at + 4 > ranges.length) {
            ranges = new Int32Array(ranges.length * 2);
            ranges.set(this.ranges);
            this.ranges = ranges;
        }
        ranges[at] = nameStart;
        ranges[at + 1] = nameEnd;
        ranges[at + 2] = valueStart;
        ranges[at + 3] = valueEnd;
    }
    /** Line and column (1-based) of the tag's '<', for problems found in its attributes. */
    location() {
        return this.locate(this.offset);
    }
    /** The name of attribute i (for messages; lookups compare bytes). */
    nameAt(i) {
        return latin1(this.chunk, this.ranges[i << 2], this.ranges[(i << 2) + 1]);
    }
    /** Index of the first attribute called `name` (ASCII), or -1. */
    find(name) {
        const ranges = this.ranges;
        const chunk = this.chunk;
        const length = name.length;
        const first = name.charCodeAt(0);
        for (let i = 0, at = 0; i < this.count; i++, at += 4) {
            const start = ranges[at];
            if (ranges[at + 1] - start !== length || chunk[start] !== first)
                continue;
            let j = 1;
            while (j < length && chunk[start + j] === name.charCodeAt(j))
                j++;
            if (j === length)
                return i;
        }
        return -1;
    }
    has(name) {
        return this.find(name) !== -1;
    }
    get(name) {
        const i = this.find(name) << 2;
        return i < 0 ? undefined : decodeValue(this.chunk, this.ranges[i + 2], this.ranges[i + 3]);
    }
    /** Like get, for values that repeat across tags (classname, suite name, type): served from a table. */
    getShared(name) {
        const i = this.find(name) << 2;
        if (i < 0)
            return undefined;
        const start = this.ranges[i + 2];
        const end = this.ranges[i + 3];
        if (end - start > MAX_SHARED_LENGTH)
            return decodeValue(this.chunk, start, end);
        return this.shared.get(this.chunk, start, end, decodeValue);
    }
    /** A plain decimal number ("0.012", "12") read from the bytes; anything else falls back to the string. */
    number(name) {
        const i = this.find(name) << 2;
        if (i < 0)
            return undefined;
        const chunk = this.chunk;
        const start = this.ranges[i + 2];
        const end = this.ranges[i + 3];
        let value = 0;
        let scale = 0;
        let digits = 0;
        for (let j = start; j < end; j++) {
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
                return decodeValue(chunk, start, end);
        }
        if (digits === 0 || digits > 15)
            return decodeValue(chunk, start, end);
        return scale > 1 ? value / scale : value;
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
// Byte classes, looked up in one table by the scanning loops.
const SPACE = 1;
const NAME_END = 2;
const NAME_START = 4;
const CLASSES = new Uint8Array(256);
for (const c of [0x20, 0x0a, 0x09, 0x0d])
    CLASSES[c] = SPACE | NAME_END;
for (const c of [GT, SLASH, EQUALS, LT])
    CLASSES[c] = NAME_END;
for (let c = 0; c < 256; c++) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80) {
        CLASSES[c] = NAME_START;
    }
}
function isSpace(c) {
    return (CLASSES[c] & SPACE) !== 0;
}
function isNameStart(c) {
    return (CLASSES[c] & NAME_START) !== 0;
}
function isNameEnd(c) {
    return (CLASSES[c] & NAME_END) !== 0;
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
        if (this.depth === 0) {
            this.fail(`unexpected </${latin1(chunk, lt + 2, nameEnd)}>: no element is open`, this.base + lt);
            return INCOMPLETE;
        }
        const top = this.stack[this.depth - 1];
        // Compared as bytes with the open element's name: no string is made for a matching close tag.
        const name = top.name;
        const length = name.length;
        let same = nameEnd - (lt + 2) === length;
        for (let i = 0; same && i < length; i++)
            same = chunk[lt + 2 + i] === name.charCodeAt(i);
        if (!same) {
            this.fail(`expected </${name}> to close <${name}> opened at line ${this.lineOf(top)}, found </${latin1(chunk, lt + 2, nameEnd)}>`, this.base + lt);
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
        while (i < end && (CLASSES[chunk[i]] & NAME_END) === 0)
            i++;
        if (i === end)
            return INCOMPLETE;
        const name = names.ascii(chunk, lt + 1, i);
        const attributes = this.attributes;
        attributes.count = 0;
        attributes.chunk = chunk;
        attributes.offset = this.base + lt;
        for (;;) {
            while (i < end && (CLASSES[chunk[i]] & SPACE) !== 0)
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
            while (i < end && (CLASSES[chunk[i]] & NAME_END) === 0)
                i++;
            const attributeEnd = i;
            while (i < end && (CLASSES[chunk[i]] & SPACE) !== 0)
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
            attributes.add(attributeStart, attributeEnd, i + 1, valueEnd);
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
/** Test entries skipped or amended (no name, bad duration...) are reported one by one up to this, then counted. */
const MAX_ENTRY_PROBLEMS = 100;
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
        file = await (0,promises_.open)(path, 'r');
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
        let entryProblems = 0;
        const note = (message, at) => {
            if (++entryProblems <= MAX_ENTRY_PROBLEMS)
                problem('malformed', message, at);
        };
        try {
            if (format === 'ctrf')
                await readCtrf(file, stat.size, limits, deliver, note, problem);
            else
                await readXml(file, stat.size, format, encoding.transcoder, limits, deliver, note, problem);
        }
        finally {
            if (entryProblems > MAX_ENTRY_PROBLEMS) {
                problem('malformed', `${entryProblems - MAX_ENTRY_PROBLEMS} more problems with test entries (not listed)`);
            }
        }
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
async function readXml(file, fileBytes, format, transcoder, limits, deliver, note, problem) {
    const reader = new XML_READERS[format](limits, deliver, note);
    const tokenizer = new XmlTokenizer(reader);
    await streamXmlFile(file, tokenizer, transcoder, fileBytes);
    reader.end();
    const error = tokenizer.error;
    if (error !== undefined)
        problem('malformed', `line ${error.line}, column ${error.column}: ${error.message}`, error);
}
async function readCtrf(file, size, limits, deliver, note, problem) {
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
        const location = ingest_file_lineAndColumn(text, offset);
        problem('malformed', `line ${location.line}, column ${location.column}: invalid JSON: ${message}`, location);
        return;
    }
    const ctrf = ctrfTests(document);
    if (ctrf === undefined) {
        problem('not-a-report', `${limits.source} is not a test report: JSON without results.tests`);
        return;
    }
    // A document from a newer testpipe is refused (thrown, a UserError), not half-read; another tool's has no version.
    checkCtrfTestpipeVersion(document, limits.source);
    ctrf.tests.forEach((entry, index) => {
        const record = ctrfRecord(entry, index, ctrf.tool, limits, note);
        if (record !== undefined)
            deliver(record);
    });
}
function ingest_file_lineAndColumn(text, offset) {
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

;// CONCATENATED MODULE: ./packages/core/src/categories/recommendations.ts
/** What to do about failures of each category, shown next to the counts. */
const CATEGORY_RECOMMENDATIONS = {
    environment: 'A dependency was unreachable or unhealthy (connection refused/reset, DNS, TLS, 5xx). Check the provisioned services and their health checks before looking at the code; a rerun may pass.',
    data: 'The test data did not match what the test expects (constraint violation, missing row or fixture). Check the seed step, fixture setup and isolation between tests sharing a database.',
    timeout: "The test exceeded its own time limit. Look for a hung await or slow dependency, or raise that test's timeout if the work is legitimately long.",
    'test-logic': 'An assertion failed: the code under test did not produce what the test expects. Read the diff in the failure message; this is usually a real regression or an outdated expectation.',
    unknown: 'The failure did not match a known pattern. Read the message and stack trace; if it recurs, add a rule for it to the category table.',
};

;// CONCATENATED MODULE: ./packages/core/src/metrics/exact-sum.ts
/**
 * A sum of doubles that does not depend on the order of its terms: Shewchuk's exact partials
 * (the algorithm behind Python's math.fsum), rounded once at the end. Metrics are computed both
 * from a sorted TestRun and from RunBuilder's columns in arrival order, and must agree to the
 * last bit; a plain `+=` would not (durations like 1.317 ms are not exact in binary).
 * Sums of integers below 2^53 equal the plain sum.
 */
class ExactSum {
    partials = [];
    count = 0;
    /** Infinities and NaN bypass the partials; their plain sum decides the result. */
    nonFinite = 0;
    hasNonFinite = false;
    add(value) {
        if (!Number.isFinite(value)) {
            this.nonFinite += value;
            this.hasNonFinite = true;
            return;
        }
        const partials = this.partials;
        const count = this.count;
        let x = value;
        let kept = 0;
        for (let j = 0; j < count; j++) {
            let y = partials[j];
            if (Math.abs(x) < Math.abs(y)) {
                const swap = x;
                x = y;
                y = swap;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0)
                partials[kept++] = lo;
            x = hi;
        }
        partials[kept] = x;
        this.count = kept + 1;
    }
    /** Back to an empty sum (so one instance can round many small sums). */
    reset() {
        this.partials.length = 0;
        this.count = 0;
        this.nonFinite = 0;
        this.hasNonFinite = false;
    }
    addSum(other) {
        for (let j = 0; j < other.count; j++)
            this.add(other.partials[j]);
        if (other.hasNonFinite)
            this.add(other.nonFinite);
    }
    /** The exact sum of every term, correctly rounded (half to even). */
    value() {
        if (this.hasNonFinite)
            return this.nonFinite;
        const partials = this.partials;
        let n = this.count;
        if (n === 0)
            return 0;
        let hi = partials[--n];
        let lo = 0;
        while (n > 0) {
            const x = hi;
            const y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo !== 0)
                break;
        }
        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
            const y = lo * 2;
            const x = hi + y;
            if (y === x - hi)
                hi = x;
        }
        return hi;
    }
}

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

;// CONCATENATED MODULE: ./packages/core/src/metrics/accumulator.ts




const UNSHARDED = '(unsharded)';
const INITIAL_TALLIES = 64;
/** Per-tally Uint32 counts, in this order, `FIELDS` per tally. */
const COUNT_FIELDS = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky'];
const FIELDS = COUNT_FIELDS.length;
const FIELD_OF = { passed: 1, failed: 2, errored: 3, skipped: 4, flaky: 5 };
/**
 * Counts and exact duration sums of the suites (or the files), one index per name, held in
 * typed-array columns instead of an object per name (~240,000 of them in a 120,000-class run).
 * A duration sum is the same exact sum as ExactSum (Shewchuk partials), kept inline as up to two
 * partials in two Float64 columns; the rare sum that needs more (or meets a non-finite value)
 * moves to an ExactSum of its own.
 */
class Tallies {
    indexes = new Map();
    names = [];
    counts = new Uint32Array(INITIAL_TALLIES * FIELDS);
    /** The inline partials, increasing magnitude: p0 then p1; `used` says how many. */
    p0 = new Float64Array(INITIAL_TALLIES);
    p1 = new Float64Array(INITIAL_TALLIES);
    used = new Uint8Array(INITIAL_TALLIES);
    overflow = new Map();
    get size() {
        return this.names.length;
    }
    /** The index of `name`, made if new. */
    index(name) {
        let index = this.indexes.get(name);
        if (index === undefined) {
            index = this.names.length;
            if (index === this.used.length)
                this.grow(index * 2);
            this.indexes.set(name, index);
            this.names.push(name);
        }
        return index;
    }
    count(index, status, durationMs) {
        const at = index * FIELDS;
        this.counts[at]++;
        this.counts[at + FIELD_OF[status]]++;
        this.addDuration(index, durationMs);
    }
    /** Adds the exact duration sum of tally `index` to `sum`. */
    addTo(index, sum) {
        const big = this.overflow.get(index);
        if (big !== undefined) {
            sum.addSum(big);
            return;
        }
        const used = this.used[index];
        if (used > 0)
            sum.add(this.p0[index]);
        if (used > 1)
            sum.add(this.p1[index]);
    }
    /** Name → GroupMetrics in code-unit order of the names, made one at a time; ends lookups by name. */
    record(scratch) {
        // No more lookups by name (finish() is the end): free the index while the output is built.
        this.indexes.clear();
        const names = this.names;
        const order = new Uint32Array(names.length);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        order.sort((a, b) => byCodeUnits(names[a], names[b]));
        // Object.fromEntries defines each key as an own data property ("__proto__" included), as before.
        return Object.fromEntries(this.entries(order, scratch));
    }
    *entries(order, scratch) {
        const counts = this.counts;
        for (const index of order) {
            const at = index * FIELDS;
            scratch.reset();
            this.addTo(index, scratch);
            const metrics = {
                total: counts[at],
                passed: counts[at + 1],
                failed: counts[at + 2],
                errored: counts[at + 3],
                skipped: counts[at + 4],
                flaky: counts[at + 5],
                passRate: null,
                durationMs: scratch.value(),
            };
            metrics.passRate = pass_rate_passRate(metrics.passed + metrics.flaky, metrics.total - metrics.skipped);
            yield [this.names[index], metrics];
        }
    }
    addDuration(index, value) {
        const big = this.overflow.get(index);
        if (big !== undefined) {
            big.add(value);
            return;
        }
        const used = this.used[index];
        if (!Number.isFinite(value)) {
            this.spill(index, used).add(value);
            return;
        }
        // ExactSum.add over the (at most two) inline partials.
        let x = value;
        let kept = 0;
        let out0 = 0;
        let out1 = 0;
        for (let j = 0; j < used; j++) {
            let y = j === 0 ? this.p0[index] : this.p1[index];
            if (Math.abs(x) < Math.abs(y)) {
                const swap = x;
                x = y;
                y = swap;
            }
            const hi = x + y;
            const lo = y - (hi - x);
            if (lo !== 0) {
                if (kept === 0)
                    out0 = lo;
                else
                    out1 = lo;
                kept++;
            }
            x = hi;
        }
        if (kept === 2) {
            // Three partials: keep the exact sum in an ExactSum of its own.
            const big = this.spill(index, 0);
            big.add(out0);
            big.add(out1);
            big.add(x);
            return;
        }
        if (kept === 0)
            this.p0[index] = x;
        else {
            this.p0[index] = out0;
            this.p1[index] = x;
        }
        this.used[index] = kept + 1;
    }
    /** Moves tally `index`'s first `used` inline partials to an ExactSum. */
    spill(index, used) {
        const big = new ExactSum();
        if (used > 0)
            big.add(this.p0[index]);
        if (used > 1)
            big.add(this.p1[index]);
        this.overflow.set(index, big);
        this.used[index] = 0;
        return big;
    }
    grow(capacity) {
        const counts = new Uint32Array(capacity * FIELDS);
        counts.set(this.counts);
        this.counts = counts;
        const p0 = new Float64Array(capacity);
        p0.set(this.p0);
        this.p0 = p0;
        const p1 = new Float64Array(capacity);
        p1.set(this.p1);
        this.p1 = p1;
        const used = new Uint8Array(capacity);
        used.set(this.used);
        this.used = used;
    }
}
function byCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The slowest list's order: longer first, then by id. Negative when (aMs, aId) comes first. */
function slownessOrder(aMs, aId, bMs, bId) {
    return bMs - aMs || byCodeUnits(aId, bId);
}
function bySlowness(a, b) {
    return slownessOrder(a.durationMs, a.summary.id, b.durationMs, b.summary.id);
}
function sortedRecord(entries) {
    return Object.fromEntries([...entries].sort(([a], [b]) => byCodeUnits(a, b)));
}
/**
 * Computes Metrics from tests fed one at a time. Apart from the flaky list, memory is bounded
 * by the number of suites, files and shards: the slowest list and the per-category id lists
 * keep a bounded set of candidates. Shared by computeMetrics (a TestRun) and
 * RunBuilder.metrics() (its columns), so both give the same Metrics.
 */
class MetricsAccumulator {
    order;
    counts = { total: 0, passed: 0, failed: 0, errored: 0, skipped: 0, flaky: 0 };
    suites = new Tallies();
    fileTallies = new Tallies();
    shards = new Map();
    slowestLimit;
    /** Whole-number limit that candidates can be pruned to; undefined = keep all (odd limits). */
    slowestBound;
    slowThreshold = -Infinity;
    slow = [];
    flaky = [];
    categoryLimit;
    /** How many ids per category the `tests.length < limit` rule lets through. */
    categoryKeep;
    categories;
    constructor(options = {}, order = 'input') {
        this.order = order;
        this.slowestLimit = options.slowest ?? 20;
        this.slowestBound = Number.isInteger(this.slowestLimit) && this.slowestLimit >= 0 ? this.slowestLimit : undefined;
        this.categoryLimit = options.maxTestsPerCategory ?? 50;
        this.categoryKeep = this.categoryLimit > 0 ? Math.ceil(this.categoryLimit) : 0;
        this.categories = Object.fromEntries(model_FAILURE_CATEGORIES.map((category) => [
            category,
            { count: 0, flaky: 0, recommendation: CATEGORY_RECOMMENDATIONS[category], tests: [] },
        ]));
    }
    /** The tally index of a suite; pass it with every test in the suite. */
    suite(name) {
        return this.suites.index(name);
    }
    /** The tally index of a file; pass it with every test in the file. */
    file(name) {
        return this.fileTallies.index(name);
    }
    /** Sum of the attempt durations of one shard (undefined = unsharded); add every attempt to it. */
    shard(name) {
        const key = name ?? UNSHARDED;
        let sum = this.shards.get(key);
        if (!sum)
            this.shards.set(key, (sum = new ExactSum()));
        return sum;
    }
    /** `suite` and `file` are indexes from suite() and file(); file -1 = the test has no file. */
    addTest(test, suite, file) {
        const status = test.status;
        const durationMs = test.durationMs;
        this.counts.total++;
        this.counts[status]++;
        this.suites.count(suite, status, durationMs);
        if (file >= 0)
            this.fileTallies.count(file, status, durationMs);
        if (status !== 'skipped')
            this.considerSlow(test);
        if (status === 'flaky') {
            const summary = {
                ...test.summary(),
                attempts: test.attemptCount,
                failedAttempts: test.failedAttempts,
            };
            if (test.category)
                summary.category = test.category;
            this.flaky.push(summary);
        }
        if (!test.category)
            return;
        const entry = this.categories[test.category];
        if (status === 'flaky')
            entry.flaky++;
        else if (isFailing(status)) {
            entry.count++;
            if (test.hasName === false)
                return;
            if (this.order === 'input') {
                if (entry.tests.length < this.categoryLimit)
                    entry.tests.push(test.id());
            }
            else if (this.categoryKeep > 0) {
                // Arrival order is not id order: keep ids until well over the limit, then the smallest.
                entry.tests.push(test.id());
                if (entry.tests.length >= 2 * this.categoryKeep + 64)
                    entry.tests.sort(byCodeUnits).length = this.categoryKeep;
            }
        }
    }
    finish(files, duplicates) {
        // Every test is in exactly one suite, so cpu is the exact sum of the suites' sums.
        const cpu = new ExactSum();
        for (let index = 0; index < this.suites.size; index++)
            this.suites.addTo(index, cpu);
        const allAttempts = new ExactSum();
        const perShard = new Map();
        for (const [shard, sum] of this.shards) {
            allAttempts.addSum(sum);
            perShard.set(shard, sum.value());
        }
        const slowest = this.slow
            .sort(bySlowness)
            .slice(0, this.slowestLimit)
            .map((candidate) => candidate.summary);
        if (this.order === 'id') {
            this.flaky.sort((a, b) => byCodeUnits(a.id, b.id));
            for (const category of model_FAILURE_CATEGORIES) {
                const entry = this.categories[category];
                entry.tests = entry.tests.sort(byCodeUnits).slice(0, this.categoryKeep);
            }
        }
        const counts = this.counts;
        const scratch = new ExactSum();
        return {
            schemaVersion: 1,
            ...counts,
            passRate: pass_rate_passRate(counts.passed + counts.flaky, counts.total - counts.skipped),
            durationMs: {
                wall: Math.max(0, ...perShard.values()),
                perShard: sortedRecord(perShard),
                cpu: cpu.value(),
                allAttempts: allAttempts.value(),
            },
            perSuite: this.suites.record(scratch),
            perFile: this.fileTallies.record(scratch),
            slowest,
            flakyTests: this.flaky,
            categories: this.categories,
            files: files.map(({ path, format, tests, bytes, errors }) => ({ path, format, tests, bytes, errors })),
            duplicates,
        };
    }
    considerSlow(test) {
        const bound = this.slowestBound;
        if (bound === 0 || test.hasName === false)
            return;
        const durationMs = test.durationMs;
        if (durationMs < this.slowThreshold)
            return;
        this.slow.push({ durationMs, summary: test.summary() });
        if (bound !== undefined && this.slow.length >= 2 * bound + 64) {
            this.slow.sort(bySlowness).length = bound;
            this.slowThreshold = this.slow[bound - 1].durationMs;
        }
    }
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

;// CONCATENATED MODULE: ./packages/core/src/merge/final-status.ts

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
/** Orders ids by UTF-16 code units (as `<` does): the same order on every machine and locale. */
function compareIds(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/paged-columns.ts
const PAGE_BITS = 15;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;
/**
 * One number per test slot, in fixed-size typed-array pages allocated on first write: no
 * doubling (which would hold old + new arrays at once) and no page at all for a column that is
 * never written (start times, lines). Unwritten entries read as `empty`.
 */
class Column {
    Page;
    empty;
    pages = [];
    constructor(Page, empty = 0) {
        this.Page = Page;
        this.empty = empty;
    }
    get(slot) {
        const page = this.pages[slot >>> PAGE_BITS];
        return page === undefined ? this.empty : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        let page = this.pages[slot >>> PAGE_BITS];
        if (page === undefined) {
            page = new this.Page(PAGE_SIZE);
            if (this.empty !== 0)
                page.fill(this.empty);
            this.pages[slot >>> PAGE_BITS] = page;
        }
        page[slot & PAGE_MASK] = value;
    }
}
/**
 * A Column of whole numbers >= 0 that are usually small (origin ids: one per (file, shard), most
 * runs have a few): a page is a Uint8Array until it gets a value over 255, then an Int32Array.
 * 1 byte per test instead of 4 in the usual case. Unwritten entries read as 0.
 */
class SmallColumn {
    pages = [];
    get(slot) {
        const page = this.pages[slot >>> PAGE_BITS];
        return page === undefined ? 0 : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        const index = slot >>> PAGE_BITS;
        let page = this.pages[index];
        if (page === undefined)
            page = this.pages[index] = value > 0xff ? new Int32Array(PAGE_SIZE) : new Uint8Array(PAGE_SIZE);
        else if (value > 0xff && page instanceof Uint8Array)
            page = this.pages[index] = Int32Array.from(page);
        page[slot & PAGE_MASK] = value;
    }
}
/**
 * A Column of whole numbers >= 0 written mostly in increasing runs (meta ids: tests arrive group by
 * group): a page is a Uint16Array of offsets from the first value written to it until a value is
 * out of that range, then an Int32Array. ~2 bytes per test instead of 4. Every entry read must
 * have been written.
 */
class OffsetColumn {
    pages = [];
    bases = [];
    get(slot) {
        const index = slot >>> PAGE_BITS;
        const page = this.pages[index];
        return page instanceof Uint16Array ? this.bases[index] + page[slot & PAGE_MASK] : page[slot & PAGE_MASK];
    }
    set(slot, value) {
        const index = slot >>> PAGE_BITS;
        let page = this.pages[index];
        if (page === undefined) {
            page = this.pages[index] = new Uint16Array(PAGE_SIZE);
            this.bases[index] = value;
        }
        if (page instanceof Uint16Array) {
            const base = this.bases[index];
            const offset = value - base;
            if (offset >= 0 && offset <= 0xffff) {
                page[slot & PAGE_MASK] = offset;
                return;
            }
            const wide = new Int32Array(PAGE_SIZE);
            for (let i = 0; i < PAGE_SIZE; i++)
                wide[i] = base + page[i];
            page = this.pages[index] = wide;
        }
        page[slot & PAGE_MASK] = value;
    }
}
/** Durations of 2^32 - 1 µs and more (~71.6 minutes) or not whole µs: held exactly in `DurationColumn.exact`. */
const EXACT_DURATION = 0xffffffff;
/**
 * Durations in ms as whole microseconds in a Uint32 column: 4 bytes per test instead of 8. Ingest
 * gives durations as (whole µs) / 1000, which this reads back to the same double; any other value
 * (negative, -0, NaN, longer, finer) is kept as it is in a map, so get() always returns exactly
 * what set() was given.
 */
class DurationColumn {
    micros = new Column(Uint32Array);
    exact = new Map();
    get(slot) {
        const micros = this.micros.get(slot);
        return micros === EXACT_DURATION ? this.exact.get(slot) : micros / 1e3;
    }
    set(slot, durationMs) {
        const micros = Math.round(durationMs * 1e3);
        if (micros >= 0 && micros < EXACT_DURATION && micros / 1e3 === durationMs && !Object.is(durationMs, -0)) {
            this.micros.set(slot, micros);
            this.exact.delete(slot);
        }
        else {
            this.micros.set(slot, EXACT_DURATION);
            this.exact.set(slot, durationMs);
        }
    }
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

;// CONCATENATED MODULE: ./packages/core/src/merge/test-store.ts




const STATUSES = ['passed', 'failed', 'errored', 'skipped'];
const STATUS_CODE = { passed: 0, failed: 1, errored: 2, skipped: 3 };
/**
 * A test's flags byte: bits 0-1 the status of its one attempt, bits 2-4 that attempt's failure
 * category (0 = none, else index in FAILURE_CATEGORIES + 1), bit 7 = held as a Detail (other bits 0).
 */
const STATUS_MASK = 0x03;
const CATEGORY_SHIFT = 2;
const CATEGORY_MASK = 0x07;
const HAS_DETAIL = 0x80;
const NO_LINE = -1;
function isDetailed(flags) {
    return (flags & HAS_DETAIL) !== 0;
}
function statusIn(flags) {
    return STATUSES[flags & STATUS_MASK];
}
/** 0 = none (or a test held as a Detail), else index in FAILURE_CATEGORIES + 1. */
function categoryCodeIn(flags) {
    return (flags >> CATEGORY_SHIFT) & CATEGORY_MASK;
}
function categoryIn(flags) {
    const code = categoryCodeIn(flags);
    return code ? model_FAILURE_CATEGORIES[code - 1] : undefined;
}
function fitsLineColumn(line) {
    return Number.isInteger(line) && line >= 0 && line <= 0x7fffffff;
}
/** A record whose one attempt a column describes exactly: no output, failure, start time or extras. */
function isPlain(record, attempt) {
    return (attempt.failure === undefined &&
        attempt.stdout === undefined &&
        attempt.stderr === undefined &&
        attempt.startedAt === undefined &&
        record.properties === undefined &&
        !record.truncated?.length &&
        record.marker === undefined &&
        (record.line === undefined || fitsLineColumn(record.line)));
}
/** `value`, or the equal string that `meta` already holds. */
function sameString(value, meta) {
    if (value === undefined)
        return value;
    if (value === meta.suite)
        return meta.suite;
    if (value === meta.classname)
        return meta.classname;
    if (value === meta.file)
        return meta.file;
    return value;
}
/**
 * The merged tests, held compactly by slot (0, 1, 2... in order of first record). A test whose
 * single attempt has no failure, output or start time (in retain: 'metrics', any single attempt,
 * reduced to status, category and start time) is held as columns (flags, duration, origin, line or
 * start time), not as objects; any other test as a Detail. Every test refers by id to its meta and
 * each column-held attempt to its origin, each held once.
 */
class TestStore {
    lean;
    pool = new StringPool();
    count = 0;
    flags = new Column(Uint8Array);
    durations = new DurationColumn();
    metaIds = new OffsetColumn();
    originIds = new SmallColumn();
    /** 'run' mode: the record's line. */
    lines = new Column(Int32Array, NO_LINE);
    /** 'metrics' mode: Date.parse(startedAt), NaN = none (all that attempt ordering needs). */
    started = new Column(Float64Array, NaN);
    details = new Map();
    metaList = [];
    originList = [];
    originIndex = new Map();
    lastOriginSource;
    lastOriginShard;
    lastOrigin = -1;
    /** `lean`: retain: 'metrics' (attempts without output or failure text, no line or other record extras). */
    constructor(lean) {
        this.lean = lean;
    }
    get size() {
        return this.count;
    }
    get metas() {
        return this.metaList;
    }
    get origins() {
        return this.originList;
    }
    /** Holds a new test from its first record; returns its slot. */
    add(group, file, record, source) {
        const slot = this.count++;
        this.metaIds.set(slot, this.metaId(group, record.suite, record.classname, file));
        const attempts = record.attempts;
        const first = attempts[0];
        if (attempts.length === 1 && first && (this.lean || isPlain(record, first))) {
            let flags = STATUS_CODE[first.status];
            if (isFailing(first.status)) {
                flags |= (model_FAILURE_CATEGORIES.indexOf(classifyFailure(first.failure)) + 1) << CATEGORY_SHIFT;
            }
            this.flags.set(slot, flags);
            this.durations.set(slot, first.durationMs);
            this.originIds.set(slot, this.originOf(first, source));
            // Unwritten entries read as "none", and a column never written allocates no page.
            if (this.lean) {
                if (first.startedAt)
                    this.started.set(slot, Date.parse(first.startedAt));
            }
            else if (record.line !== undefined)
                this.lines.set(slot, record.line);
            return slot;
        }
        this.flags.set(slot, HAS_DETAIL);
        const detail = { attempts: attempts.map((attempt) => this.locateAttempt(attempt, source)) };
        if (!this.lean) {
            this.setLine(slot, detail, record.line);
            if (record.properties)
                detail.properties = record.properties;
            if (record.truncated?.length)
                detail.truncated = new Set(record.truncated);
            if (record.marker)
                detail.marker = record.marker;
        }
        this.details.set(slot, detail);
        return slot;
    }
    /** Appends the attempts of a later record of the test, moving a column-held test to a Detail; returns it. */
    addAttempts(slot, attempts, source) {
        let detail = this.details.get(slot);
        if (!detail) {
            detail = { attempts: [this.columnAttempt(slot)] };
            this.details.set(slot, detail);
            this.flags.set(slot, HAS_DETAIL);
        }
        for (const attempt of attempts)
            detail.attempts.push(this.locateAttempt(attempt, source));
        return detail;
    }
    flagsOf(slot) {
        return this.flags.get(slot);
    }
    /** A column-held test's duration (a Detail holds its attempts' own). */
    durationOf(slot) {
        return this.durations.get(slot);
    }
    /** A column-held test's origin, as an index into `origins`. */
    originIdOf(slot) {
        return this.originIds.get(slot);
    }
    detailOf(slot) {
        return this.details.get(slot);
    }
    /** The test's meta, as an index into `metas`. */
    metaIdOf(slot) {
        return this.metaIds.get(slot);
    }
    metaOf(slot) {
        return this.metaList[this.metaIds.get(slot)];
    }
    /** Moves the test to the meta (suite, classname, file) among its group's, made if new. */
    setMeta(slot, group, suite, classname, file) {
        this.metaIds.set(slot, this.metaId(group, suite, classname, file));
    }
    setLine(slot, detail, line) {
        if (line !== undefined && fitsLineColumn(line)) {
            this.lines.set(slot, line);
        }
        else if (line !== undefined) {
            detail.line = line;
        }
    }
    lineOf(slot, detail) {
        if (detail?.line !== undefined)
            return detail.line;
        const line = this.lines.get(slot);
        return line === NO_LINE ? undefined : line;
    }
    /** The one attempt a column-held test had, as the object 'run' mode would have kept. */
    columnAttempt(slot) {
        const flags = this.flags.get(slot);
        const origin = this.originList[this.originIds.get(slot)];
        const attempt = {
            status: statusIn(flags),
            durationMs: this.durations.get(slot),
            source: origin.source,
        };
        if (origin.shard !== undefined)
            attempt.shard = origin.shard;
        // Only 'metrics' mode holds failing attempts with a failure in columns; keep its category.
        if (this.lean) {
            const category = categoryIn(flags);
            if (category)
                attempt.category = category;
            const started = this.started.get(slot);
            // Date.parse gives whole milliseconds, which toISOString writes back exactly.
            if (!Number.isNaN(started))
                attempt.startedAt = new Date(started).toISOString();
        }
        return attempt;
    }
    /** The meta (suite, classname, file) among the group's, made if new; absent ≠ empty string. */
    metaId(group, suite, classname, file) {
        const ids = group.moreMetas;
        if (ids !== undefined) {
            for (let i = ids.length - 1; i >= 0; i--) {
                const meta = this.metaList[ids[i]];
                if (meta.suite === suite && meta.classname === classname && meta.file === file)
                    return ids[i];
            }
        }
        if (group.meta >= 0) {
            const meta = this.metaList[group.meta];
            if (meta.suite === suite && meta.classname === classname && meta.file === file)
                return group.meta;
        }
        const id = this.metaList.length;
        // Strings equal to the previous meta's share its instances (records arrive suite by suite and
        // file by file), without a pool entry per distinct string (~120,000 classes, each a suite and a file).
        const last = this.metaList[id - 1];
        const sharedSuite = last === undefined ? suite : sameString(suite, last);
        const meta = {
            suite: sharedSuite,
            // A classname equal to the suite (usual for class-level suites) shares its string.
            classname: classname === suite ? sharedSuite : last === undefined ? classname : sameString(classname, last),
            file: last === undefined ? file : sameString(file, last),
        };
        this.metaList.push(meta);
        if (group.meta < 0)
            group.meta = id;
        else if (ids === undefined)
            group.moreMetas = [id];
        else
            ids.push(id);
        return id;
    }
    originOf(attempt, source) {
        const path = attempt.source ?? source.path;
        const shard = attempt.shard ?? source.shard;
        if (path === this.lastOriginSource && shard === this.lastOriginShard && this.lastOrigin >= 0)
            return this.lastOrigin;
        let byShard = this.originIndex.get(path);
        if (!byShard)
            this.originIndex.set(path, (byShard = new Map()));
        let id = byShard.get(shard);
        if (id === undefined) {
            id = this.originList.length;
            const origin = { source: this.pool.intern(path) };
            if (shard !== undefined)
                origin.shard = this.pool.intern(shard);
            this.originList.push(origin);
            byShard.set(shard, id);
        }
        this.lastOriginSource = path;
        this.lastOriginShard = shard;
        this.lastOrigin = id;
        return id;
    }
    locateAttempt(attempt, source) {
        const origin = this.originList[this.originOf(attempt, source)];
        if (this.lean) {
            const lean = { status: attempt.status, durationMs: attempt.durationMs, source: origin.source };
            if (origin.shard !== undefined)
                lean.shard = origin.shard;
            if (attempt.startedAt !== undefined)
                lean.startedAt = attempt.startedAt;
            if (isFailing(attempt.status))
                lean.category = classifyFailure(attempt.failure);
            return lean;
        }
        const located = { ...attempt, source: origin.source };
        if (origin.shard !== undefined)
            located.shard = origin.shard;
        return located;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/kept-names.ts




/**
 * retain: 'metrics': the names kept of tests that metrics() may list (tests are found by hash key,
 * see TestKeys, and most hold no name): those with several attempts (flaky, duplicates), failing
 * single-attempt ones among the `categoryCandidates` smallest ids per category, and single-attempt
 * ones among the `slowestCandidates` slowest. checkSlowest() and checkCategories() tell whether
 * metrics() could list exactly from them.
 */
class KeptNames {
    store;
    slowestCandidates;
    categoryCandidates;
    /** Names of the tests with several attempts (or none). */
    named = new Map();
    /**
     * Names of the single-attempt, not failing, not skipped tests that may be among the slowest: all
     * whose duration reaches `slowThreshold`. Pruned (as MetricsAccumulator prunes its candidates) to
     * the `slowestCandidates` slowest once twice that many are held.
     */
    slowNames = new Map();
    slowThreshold = -Infinity;
    /** The slowest (in the list's order) of the tests whose name was not kept: what metrics() checks against. */
    slowestDropped;
    /**
     * Per category code - 1, names of failing single-attempt tests that may be listed under their
     * category: those with the smallest ids, pruned to `categoryCandidates` once twice that many are
     * held (a pruned one is then offered to the slowest candidates).
     */
    categoryNames = model_FAILURE_CATEGORIES.map(() => new Map());
    /** Per category: ids above this are not kept (undefined = no limit yet). */
    categoryThreshold = model_FAILURE_CATEGORIES.map(() => undefined);
    /** Per category: the smallest id of a test whose name was not kept there. */
    categoryDropped = model_FAILURE_CATEGORIES.map(() => undefined);
    constructor(store, slowestCandidates, categoryCandidates) {
        this.store = store;
        this.slowestCandidates = slowestCandidates;
        this.categoryCandidates = categoryCandidates;
    }
    /** A test that `record` just added to the store at `slot`. */
    addNew(slot, group, record) {
        const flags = this.store.flagsOf(slot);
        if (isDetailed(flags)) {
            this.named.set(slot, { group, name: record.name });
            return;
        }
        const first = record.attempts[0];
        // Failing tests may be listed per category (or among the slowest); others only if among the slowest.
        if (isFailing(first.status))
            this.considerCategory(slot, categoryCodeIn(flags), group, record.name, first.durationMs);
        else if (first.status !== 'skipped')
            this.considerSlow(slot, group, record.name, first.durationMs);
    }
    /** A test that got more attempts: it may be flaky or have duplicates (listed by id); its duration may change. */
    addAgain(slot, group, name) {
        if (this.named.has(slot))
            return;
        this.named.set(slot, { group, name });
        this.slowNames.delete(slot);
        const category = categoryCodeIn(this.store.flagsOf(slot));
        if (category)
            this.categoryNames[category - 1].delete(slot);
    }
    /** The test's name if kept. */
    nameOf(slot) {
        const named = this.named.get(slot) ?? this.slowNames.get(slot);
        if (named !== undefined)
            return named;
        const category = categoryCodeIn(this.store.flagsOf(slot));
        return category ? this.categoryNames[category - 1].get(slot) : undefined;
    }
    /**
     * Each category's list was made from the tests whose names were kept; it is exact when every
     * failing test whose name was dropped there comes after its last entry.
     */
    checkCategories(metrics, limit) {
        const wanted = limit > 0 ? Math.ceil(limit) : 0;
        if (wanted === 0)
            return;
        model_FAILURE_CATEGORIES.forEach((category, code) => {
            const dropped = this.categoryDropped[code];
            if (dropped === undefined)
                return;
            const last = metrics.categories[category].tests[wanted - 1];
            if (last !== undefined && last < dropped)
                return;
            throw new Error(`RunBuilder (retain: 'metrics'): cannot list the first ${wanted} ${category} tests exactly: only the ` +
                `categoryCandidates (now ${this.categoryCandidates}) smallest ids of failing single-attempt tests per ` +
                `category keep their names. Raise categoryCandidates or use retain: 'run'.`);
        });
    }
    /**
     * The slowest list was made from the tests whose names were kept; it is exact when every test
     * whose name was dropped comes after its last entry.
     */
    checkSlowest(metrics, wanted) {
        const dropped = this.slowestDropped;
        if (wanted === 0 || dropped === undefined)
            return;
        const last = metrics.slowest[wanted - 1];
        if (last && slownessOrder(last.durationMs, last.id, dropped.durationMs, dropped.id) < 0)
            return;
        throw new Error(`RunBuilder (retain: 'metrics'): cannot list the ${wanted} slowest tests exactly: only the ` +
            `slowestCandidates (now ${this.slowestCandidates}) slowest single-attempt tests keep their names, ` +
            `and fewer than ${wanted} named tests are slower than every other test (more wanted than kept, or ` +
            `retries made kept ones faster). Raise slowestCandidates or use retain: 'run'.`);
    }
    /** Keeps the name of a single-attempt test while it may be among the slowest. */
    considerSlow(slot, group, name, durationMs) {
        const keep = this.slowestCandidates;
        if (keep === 0 || durationMs < this.slowThreshold) {
            this.noteDropped(durationMs, group.prefix, name);
            return;
        }
        this.slowNames.set(slot, { group, name });
        if (this.slowNames.size < 2 * keep + 64)
            return;
        const candidates = [...this.slowNames].map(([candidate, test]) => ({
            slot: candidate,
            test,
            durationMs: this.store.durationOf(candidate),
            id: test.group.prefix + test.name,
        }));
        candidates.sort((a, b) => slownessOrder(a.durationMs, a.id, b.durationMs, b.id));
        const firstDropped = candidates[keep];
        this.noteDropped(firstDropped.durationMs, '', firstDropped.id);
        this.slowNames.clear();
        for (const candidate of candidates.slice(0, keep))
            this.slowNames.set(candidate.slot, candidate.test);
        this.slowThreshold = candidates[keep - 1].durationMs;
    }
    /**
     * Keeps the name of a failing single-attempt test while its id may be among the first of its
     * category; a test not kept there is offered to the slowest candidates.
     */
    considerCategory(slot, categoryCode, group, name, durationMs) {
        const code = categoryCode - 1;
        const keep = this.categoryCandidates;
        const threshold = this.categoryThreshold[code];
        if (keep === 0 || (threshold !== undefined && group.prefix + name > threshold)) {
            this.noteCategoryDropped(code, group.prefix + name);
            this.considerSlow(slot, group, name, durationMs);
            return;
        }
        const names = this.categoryNames[code];
        names.set(slot, { group, name });
        if (names.size < 2 * keep + 64)
            return;
        const candidates = [...names].map(([candidate, test]) => ({
            slot: candidate,
            test,
            id: test.group.prefix + test.name,
        }));
        candidates.sort((a, b) => compareIds(a.id, b.id));
        names.clear();
        for (let i = 0; i < keep; i++)
            names.set(candidates[i].slot, candidates[i].test);
        this.categoryThreshold[code] = candidates[keep - 1].id;
        this.noteCategoryDropped(code, candidates[keep].id);
        for (let i = keep; i < candidates.length; i++) {
            const { slot: dropped, test } = candidates[i];
            this.considerSlow(dropped, test.group, test.name, this.store.durationOf(dropped));
        }
    }
    noteCategoryDropped(code, id) {
        const dropped = this.categoryDropped[code];
        if (dropped === undefined || id < dropped)
            this.categoryDropped[code] = id;
    }
    noteDropped(durationMs, prefix, name) {
        const dropped = this.slowestDropped;
        if (dropped !== undefined && durationMs < dropped.durationMs)
            return;
        const id = prefix + name;
        if (dropped === undefined || slownessOrder(durationMs, id, dropped.durationMs, dropped.id) < 0) {
            this.slowestDropped = { durationMs, id };
        }
    }
}

;// CONCATENATED MODULE: ./packages/core/src/merge/test-keys.ts

/**
 * retain: 'metrics': finds a test by a 64-bit key of (group index, name) instead of by its name,
 * so that a passing single-attempt test holds no string at all (the name strings and Map entries
 * of 'run' mode are ~140 bytes per test: ~380 MB at 2.7 M tests).
 *
 * The key is two independent 32-bit hashes over the name's UTF-16 code units, each seeded with
 * the group index: FNV-1a (a) and MurmurHash3's per-unit mixing (b), both finished with
 * MurmurHash3's fmix32 (a bijection, so it spreads the bits without adding collisions). Keys are
 * held per test in two paged Int32 columns (8 bytes per test, no doubling); the table itself is an
 * open-addressing (linear probing) Int32Array of test slots indexed by key a, at most 3/4 full,
 * doubled by rehashing from the key columns (which costs only the old and new slot arrays: 4 bytes
 * per entry each). ~13 bytes per test at 2.7 M tests (table at 2^22 entries).
 *
 * Two different tests with the same 64-bit key would be merged as one: for n tests the chance of
 * any such pair is about n² / 2^65, ~2e-7 for n = 2.7 M (and ~3e-10 for 100,000). That is the only
 * way this mode can differ from 'run' mode, whose exact lookup by name (and build()) is unchanged.
 */
class TestKeys {
    keyA = new Column(Int32Array);
    keyB = new Column(Int32Array);
    table = new Int32Array(1024).fill(-1);
    size = 0;
    /** The key of the last find(), which insert() files. */
    a = 0;
    b = 0;
    /**
     * Frees the table (4 bytes per entry: ~16 MB at 2.7 M tests) while it is not needed, as during
     * metrics(); the next find() rebuilds it from the key columns.
     */
    release() {
        this.table = undefined;
    }
    /** The slot of the test (group, name), or -1; remembers the key for insert(). */
    find(group, name) {
        let a = 0x811c9dc5;
        a = Math.imul(a ^ (group & 0xffff), 0x01000193);
        a = Math.imul(a ^ (group >>> 16), 0x01000193);
        let b = group;
        for (let i = 0; i < name.length; i++) {
            const unit = name.charCodeAt(i);
            a = Math.imul(a ^ unit, 0x01000193);
            let k = Math.imul(unit, 0xcc9e2d51);
            k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
            b ^= k;
            b = (Math.imul((b << 13) | (b >>> 19), 5) + 0xe6546b64) | 0;
        }
        a = fmix32(a);
        b = fmix32(b ^ name.length);
        this.a = a;
        this.b = b;
        let table = this.table;
        if (table === undefined) {
            let capacity = 1024;
            while (this.size * 4 > capacity * 3)
                capacity *= 2;
            table = this.rehash(capacity);
        }
        const mask = table.length - 1;
        for (let at = a & mask;; at = (at + 1) & mask) {
            const slot = table[at];
            if (slot < 0)
                return -1;
            if (this.keyA.get(slot) === a && this.keyB.get(slot) === b)
                return slot;
        }
    }
    /** Files `slot` (the next one: slots are 0, 1, 2...) under the key of the last find(), which missed. */
    insert(slot) {
        this.keyA.set(slot, this.a);
        this.keyB.set(slot, this.b);
        this.size++;
        const table = this.table;
        if (this.size * 4 > table.length * 3)
            this.rehash(table.length * 2);
        else
            this.place(table, slot, this.a);
    }
    place(table, slot, a) {
        const mask = table.length - 1;
        let at = a & mask;
        while (table[at] >= 0)
            at = (at + 1) & mask;
        table[at] = slot;
    }
    rehash(capacity) {
        const table = new Int32Array(capacity).fill(-1);
        for (let slot = 0; slot < this.size; slot++)
            this.place(table, slot, this.keyA.get(slot));
        return (this.table = table);
    }
}
/** MurmurHash3's 32-bit finaliser. */
function fmix32(h) {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) | 0;
}

;// CONCATENATED MODULE: ./packages/core/src/merge/run-builder.ts










const DEFAULT_SLOWEST_CANDIDATES = 1000;
const DEFAULT_CATEGORY_CANDIDATES = 1000;
/** The category of a test's last failing attempt. */
function categoryOf(attempts) {
    const lastFailing = attempts.findLast((attempt) => isFailing(attempt.status));
    if (!lastFailing)
        return undefined;
    return lastFailing.category ?? classifyFailure(lastFailing.failure);
}
/**
 * Merges test records from many files, shards and retries into one run, one test per id: a record
 * whose (file or suite, classname, name) was seen before adds its attempts to that test. Records
 * can be added as they are parsed; only the merged tests are held, compactly (see TestStore).
 * TestResult objects are made by build(); metrics() computes Metrics from the held tests without
 * making them.
 */
class RunBuilder {
    files = [];
    lean;
    store;
    /** Groups by id prefix: two (scope, classname) pairs with the same prefix share a group, as their ids do. */
    groups = new Map();
    /** The group of the last record: records mostly arrive group by group, so most skip the lookup. */
    lastScope;
    lastClassname;
    lastGroup;
    /** The last file normalised and its result: records arrive file by file, so most skip the work. */
    lastRawFile;
    lastNormalisedFile = '';
    /** retain: 'metrics': tests by hash key (see TestKeys). */
    keys;
    /** retain: 'metrics': the names of the tests metrics() may list. */
    kept;
    constructor(options = {}) {
        this.lean = options.retain === 'metrics';
        this.store = new TestStore(this.lean);
        const candidates = options.slowestCandidates ?? DEFAULT_SLOWEST_CANDIDATES;
        if (!Number.isInteger(candidates) || candidates < 0) {
            throw new Error(`RunBuilder: slowestCandidates must be a whole number >= 0, got ${candidates}`);
        }
        const perCategory = options.categoryCandidates ?? DEFAULT_CATEGORY_CANDIDATES;
        if (!Number.isInteger(perCategory) || perCategory < 0) {
            throw new Error(`RunBuilder: categoryCandidates must be a whole number >= 0, got ${perCategory}`);
        }
        if (this.lean) {
            this.keys = new TestKeys();
            this.kept = new KeptNames(this.store, candidates, perCategory);
        }
    }
    /** Number of distinct tests so far. */
    get testCount() {
        return this.store.size;
    }
    add(record, source) {
        const file = record.file ? this.normalisedFile(record.file) : undefined;
        const group = this.groupOf(file ?? record.suite, record.classname ?? '');
        const keys = this.keys;
        const known = keys ? keys.find(group.index, record.name) : (group.names.get(record.name) ?? -1);
        if (known >= 0) {
            this.addAgain(known, group, record, source);
            return;
        }
        const slot = this.store.add(group, file, record, source);
        if (keys)
            keys.insert(slot);
        else
            group.names.set(record.name, slot);
        this.kept?.addNew(slot, group, record);
    }
    addFile(file) {
        this.files.push(file);
    }
    build() {
        if (this.lean) {
            throw new Error("RunBuilder: build() needs the full records; this builder was made with retain: 'metrics'.");
        }
        const count = this.store.size;
        const ids = new Array(count);
        const names = new Array(count);
        for (const group of this.groups.values()) {
            for (const [name, slot] of group.names) {
                ids[slot] = group.prefix + name;
                names[slot] = name;
            }
        }
        const order = new Uint32Array(count);
        for (let slot = 0; slot < order.length; slot++)
            order[slot] = slot;
        order.sort((a, b) => compareIds(ids[a], ids[b]));
        const tests = [];
        const duplicates = [];
        for (const slot of order) {
            const id = ids[slot];
            const detail = this.store.detailOf(slot);
            const attempts = detail ? orderAttempts(detail.attempts) : [this.store.columnAttempt(slot)];
            if (attempts.length > 1)
                duplicates.push(...findDuplicateRuns(id, attempts));
            tests.push(this.resultOf(slot, id, names[slot], detail, attempts));
        }
        return { tests, files: [...this.files], duplicates };
    }
    /**
     * The Metrics that computeMetrics(this.build(), options) gives, computed from the held tests
     * without making a TestResult per test (works with either `retain`).
     */
    metrics(options = {}) {
        const slowest = options.slowest ?? 20;
        if (this.lean && !(Number.isFinite(slowest) && slowest >= 0)) {
            throw new Error(`RunBuilder (retain: 'metrics'): metrics() needs a finite slowest >= 0, got ${slowest}`);
        }
        // Tests are not looked up by key until the next add(), which rebuilds the table.
        this.keys?.release();
        const store = this.store;
        const metas = store.metas;
        const accumulator = new MetricsAccumulator(options, 'id');
        /** Per meta: its suite's and file's tally indexes (-1 = no file), -2 = not looked up yet. */
        const suiteTallies = new Int32Array(metas.length).fill(-2);
        const fileTallies = new Int32Array(metas.length);
        const originSums = store.origins.map((origin) => accumulator.shard(origin.shard));
        const view = new SlotView(metas);
        const duplicates = [];
        /** Feeds one held test; group and name are undefined for a test whose name retain: 'metrics' did not keep. */
        const feed = (slot, group, name) => {
            const metaId = store.metaIdOf(slot);
            let suiteTally = suiteTallies[metaId];
            if (suiteTally === -2) {
                const { suite, file } = metas[metaId];
                suiteTally = suiteTallies[metaId] = accumulator.suite(suite);
                fileTallies[metaId] = file === undefined ? -1 : accumulator.file(file);
            }
            view.group = group;
            view.name = name;
            view.hasName = name !== undefined;
            view.meta = metaId;
            const flags = store.flagsOf(slot);
            if (isDetailed(flags)) {
                // Tests with a detail always have a name (in retain: 'metrics', KeptNames keeps theirs).
                const id = group.prefix + name;
                const attempts = orderAttempts(store.detailOf(slot).attempts);
                for (const attempt of attempts)
                    accumulator.shard(attempt.shard).add(attempt.durationMs);
                if (attempts.length > 1) {
                    const errors = findDuplicateRuns(id, attempts);
                    if (errors.length)
                        duplicates.push({ id, errors });
                }
                view.status = finalStatus(attempts);
                view.durationMs = decisiveAttempt(attempts)?.durationMs ?? 0;
                view.category = categoryOf(attempts);
                view.attemptCount = attempts.length;
                view.failedAttempts = attempts.filter((attempt) => isFailing(attempt.status)).length;
            }
            else {
                const durationMs = store.durationOf(slot);
                originSums[store.originIdOf(slot)].add(durationMs);
                const status = statusIn(flags);
                view.status = status;
                view.durationMs = durationMs;
                view.category = categoryIn(flags);
                view.attemptCount = 1;
                view.failedAttempts = isFailing(status) ? 1 : 0;
            }
            accumulator.addTest(view, suiteTally, fileTallies[metaId]);
        };
        const kept = this.kept;
        if (kept) {
            for (let slot = 0; slot < store.size; slot++) {
                const named = kept.nameOf(slot);
                feed(slot, named?.group, named?.name);
            }
        }
        else {
            for (const group of this.groups.values())
                for (const [name, slot] of group.names)
                    feed(slot, group, name);
        }
        duplicates.sort((a, b) => compareIds(a.id, b.id));
        const metrics = accumulator.finish([...this.files], duplicates.flatMap((entry) => entry.errors));
        if (kept) {
            kept.checkSlowest(metrics, Math.floor(slowest));
            kept.checkCategories(metrics, options.maxTestsPerCategory ?? 50);
        }
        return metrics;
    }
    /** A later record of a known test: its attempts are added and its extras merged. */
    addAgain(slot, group, record, source) {
        this.kept?.addAgain(slot, group, record.name);
        const meta = this.store.metaOf(slot);
        if (meta.file === undefined && record.file !== undefined) {
            // As `known.file ??= record.file && normaliseTestFile(record.file)` would.
            const file = record.file ? this.normalisedFile(record.file) : record.file;
            this.store.setMeta(slot, group, meta.suite, meta.classname, file);
        }
        const detail = this.store.addAttempts(slot, record.attempts, source);
        if (this.lean)
            return;
        if (this.store.lineOf(slot, detail) === undefined)
            this.store.setLine(slot, detail, record.line);
        if (record.properties)
            detail.properties = { ...detail.properties, ...record.properties };
        for (const field of record.truncated ?? [])
            (detail.truncated ??= new Set()).add(field);
        if (record.marker)
            detail.marker = record.marker;
    }
    normalisedFile(file) {
        if (file === this.lastRawFile)
            return this.lastNormalisedFile;
        const normalised = normaliseTestFile(file);
        this.lastRawFile = file;
        this.lastNormalisedFile = normalised;
        return normalised;
    }
    groupOf(scope, classname) {
        if (this.lastGroup !== undefined && scope === this.lastScope && classname === this.lastClassname) {
            return this.lastGroup;
        }
        const prefix = `${scope}::${classname}::`;
        let group = this.groups.get(prefix);
        if (!group) {
            group = {
                prefix,
                index: this.groups.size,
                names: this.lean ? undefined : new Map(),
                meta: -1,
                moreMetas: undefined,
            };
            this.groups.set(prefix, group);
        }
        this.lastScope = scope;
        this.lastClassname = classname;
        this.lastGroup = group;
        return group;
    }
    resultOf(slot, id, name, detail, attempts) {
        const meta = this.store.metaOf(slot);
        const status = finalStatus(attempts);
        const result = {
            id,
            suite: meta.suite,
            name,
            attempts,
            status,
            flaky: status === 'flaky',
            durationMs: decisiveAttempt(attempts)?.durationMs ?? 0,
        };
        if (meta.classname !== undefined)
            result.classname = meta.classname;
        if (meta.file !== undefined)
            result.file = meta.file;
        const line = this.store.lineOf(slot, detail);
        if (line !== undefined)
            result.line = line;
        if (detail?.properties)
            result.properties = detail.properties;
        if (detail?.truncated)
            result.truncated = [...detail.truncated].sort();
        if (detail?.marker)
            result.marker = detail.marker;
        const category = categoryOf(attempts);
        if (category)
            result.category = category;
        return result;
    }
}
/** TestView over one held test at a time, for metrics(). */
class SlotView {
    metas;
    group;
    name;
    hasName = true;
    meta = 0;
    status = 'passed';
    durationMs = 0;
    category;
    attemptCount = 0;
    failedAttempts = 0;
    constructor(metas) {
        this.metas = metas;
    }
    id() {
        if (this.group === undefined || this.name === undefined)
            throw new Error('RunBuilder: a listed test has no name');
        return this.group.prefix + this.name;
    }
    summary() {
        const meta = this.metas[this.meta];
        const summary = {
            id: this.id(),
            name: this.name,
            suite: meta.suite,
            status: this.status,
            durationMs: this.durationMs,
        };
        if (meta.file !== undefined)
            summary.file = meta.file;
        return summary;
    }
}

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
var picomatch = __nccwpck_require__(4006);
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
        return (await (0,promises_.stat)(target)).isDirectory() ? 'directory' : 'file';
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







;// CONCATENATED MODULE: ./packages/core/src/metrics/metrics.ts


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
/** TestView over one TestResult at a time. */
class ResultView {
    test;
    get status() {
        return this.test.status;
    }
    get durationMs() {
        return this.test.durationMs;
    }
    get category() {
        return this.test.category;
    }
    get attemptCount() {
        return this.test.attempts.length;
    }
    get failedAttempts() {
        return this.test.attempts.filter((a) => a.status === 'failed' || a.status === 'errored').length;
    }
    id() {
        return this.test.id;
    }
    summary() {
        return summarise(this.test);
    }
}
/**
 * Counts and summaries of a merged run, following DESIGN "Counting tests"; written as metrics.json.
 * Lists follow run.tests order (ties in `slowest` by id). Duration sums are exact sums rounded
 * once, so they do not depend on the order of the tests. For a run too large to hold as
 * TestResult objects, RunBuilder.metrics() gives the same Metrics without building the run.
 */
function computeMetrics(run, options = {}) {
    const accumulator = new MetricsAccumulator(options, 'input');
    const view = new ResultView();
    for (const test of run.tests) {
        for (const attempt of test.attempts)
            accumulator.shard(attempt.shard).add(attempt.durationMs);
        view.test = test;
        accumulator.addTest(view, accumulator.suite(test.suite), test.file === undefined ? -1 : accumulator.file(test.file));
    }
    return accumulator.finish(run.files, run.duplicates);
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




;// CONCATENATED MODULE: ./packages/core/src/ports/clock.ts
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
    if (attempt.status === 'errored')
        entry.rawStatus = 'errored';
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
    // retryAttempts are the attempts before the final one, which the entry itself describes.
    if (test.attempts.length > 1)
        entry.retryAttempts = test.attempts.slice(0, -1).map(retryAttempt);
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
        extra: { testpipeSchemaVersion: versions_CONTRACT_VERSIONS.ctrf.current },
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
                        pass_rate_passRate(counts.passed + counts.flaky, counts.passed + counts.flaky + counts.failed + counts.errored),
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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
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
    if (isFailing(test.status)) {
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
    const stream = typeof target === 'string' ? (0,external_node_fs_.createWriteStream)(target, { encoding: 'utf8' }) : target;
    const batchSize = options.batchSize ?? 500;
    const builder = new json2xml({
        ignoreAttributes: false,
        attributeNamePrefix: '@_',
        textNodeName: '#text',
        processEntities: false,
        // Otherwise an attribute whose value is "true" (a test named "true", node's skipped message) loses its value.
        suppressBooleanAttributes: false,
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




// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    if (isFailing(test.status) || test.status === 'flaky')
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

;// CONCATENATED MODULE: ./packages/core/src/render/format.ts
// Number and duration formatting shared by the Markdown and HTML reports.
function formatCount(n) {
    return n.toLocaleString('en-US');
}
/** Human duration: 850 ms, 1.25 s, 3 min 20 s, 1 h 2 min; `fine` keeps a decimal below 10 ms (4.2 ms). */
function formatDuration(ms, fine = false) {
    if (!Number.isFinite(ms) || ms < 0)
        return '–';
    if (ms < 1000)
        return `${fine && ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
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
function sign(value) {
    return value > 0 ? '+' : value < 0 ? '−' : '±';
}
/** Pass-rate change in percentage points: +0.50 pp. */
function formatPointsDelta(value) {
    return value === null ? '–' : `${sign(value)}${Math.abs(value).toFixed(2)} pp`;
}
function formatDurationDelta(ms) {
    return ms === null ? '–' : `${sign(ms)}${formatDuration(Math.abs(ms))}`;
}
function plural(n, one, many) {
    return `${formatCount(n)} ${n === 1 ? one : many}`;
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/format.ts


/** Human duration with a decimal below 10 ms: the HTML report shows fast tests precisely. */
function format_formatDuration(ms) {
    return formatDuration(ms, true);
}
function formatSigned(value, unit) {
    const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
    return `${sign}${Math.abs(value).toFixed(2)}${unit}`;
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
        const label = `${status}: ${formatCount(count)} (${((count / total) * 100).toFixed(1)} %)`;
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
        const label = `${bucket.label}: ${formatCount(bucket.count)} tests`;
        return (`<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(slot * 0.76).toFixed(1)}" height="${h.toFixed(1)}" fill="#0969da"><title>${escapeHtml(label)}</title></rect>` +
            `<text x="${(x + slot * 0.38).toFixed(1)}" y="${(y - 5).toFixed(1)}" text-anchor="middle" class="chart-value">${formatCount(bucket.count)}</text>` +
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
        format: format_formatDuration,
        colour: '#0969da',
    });
}

;// CONCATENATED MODULE: ./packages/core/src/render/html/section-history.ts



function trendSection(history) {
    if (!history || history.length === 0)
        return '';
    return `<section class="charts" id="trend">
<div class="card"><h2>Pass rate, last ${formatCount(history.length)} runs</h2>${passRateTrendSvg(history)}</div>
<div class="card"><h2>Duration, last ${formatCount(history.length)} runs</h2>${durationTrendSvg(history)}</div>
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
    return `<div class="comparison-list" data-list="${key}"><h3>${title} (${formatCount(ids.length)})</h3><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</div>`;
}
function comparisonSection(comparison, testsById, limit = 100) {
    if (!comparison)
        return '';
    const rate = comparison.passRateDelta === null
        ? 'pass rate not comparable'
        : `pass rate ${formatSigned(comparison.passRateDelta, ' pp')}`;
    const delta = comparison.durationDeltaMs;
    const duration = delta === null ? 'duration not comparable' : `duration ${delta >= 0 ? '+' : '−'}${format_formatDuration(Math.abs(delta))}`;
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
        ['total', 'Total', formatCount(metrics.total)],
        ['passed', 'Passed', formatCount(metrics.passed)],
        ['failed', 'Failed', formatCount(metrics.failed)],
        ['errored', 'Errored', formatCount(metrics.errored)],
        ['flaky', 'Flaky', formatCount(metrics.flaky)],
        ['skipped', 'Skipped', formatCount(metrics.skipped)],
    ];
    const statHtml = stats
        .map(([key, label, value]) => `<div class="stat stat-${key}" data-stat="${key}"><span class="stat-value">${value}</span><span class="stat-label">${label}</span></div>`)
        .join('');
    const reason = verdict === 'failed'
        ? `${formatCount(failing)} of ${formatCount(metrics.total)} tests failed`
        : verdict === 'passed'
            ? metrics.flaky > 0
                ? `all tests passed, ${formatCount(metrics.flaky)} only on retry`
                : 'all tests passed'
            : 'no test results were found';
    return `<header class="verdict verdict-${verdict}">
<h1>${escapeHtml(title)}</h1>
<p class="verdict-line"><span class="verdict-badge" id="verdict">${VERDICT_TEXT[verdict]}</span> <span class="pass-rate">Pass rate <strong id="pass-rate">${formatPercent(metrics.passRate)}</strong></span> <span class="verdict-reason">${reason}</span></p>
<div class="stats" id="totals">${statHtml}</div>
<p class="meta">Duration ${format_formatDuration(metrics.durationMs.wall)} (longest shard) · ${format_formatDuration(metrics.durationMs.cpu)} summed over tests · generated ${escapeHtml(generatedAt)}${commitLine(repositoryUrl, commitSha)}</p>
</header>`;
}
/** Status chart and duration histogram, side by side. */
function chartsSection(metrics, tests) {
    const legend = STATUS_ORDER.map((status) => `<li><span class="swatch" data-colour="${status}"></span>${status} <strong>${formatCount(metrics[status])}</strong></li>`).join('');
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




const CATEGORY_TITLES = {
    environment: 'Environment',
    data: 'Test data',
    timeout: 'Timeout',
    'test-logic': 'Test logic',
    unknown: 'Unknown',
};
function firstLine(text, max = 300) {
    const line = (text ?? '').split('\n', 1)[0].trim();
    return line.length > max ? `${line.slice(0, max)}…` : line;
}
function failureMessage(test) {
    for (let i = test.attempts.length - 1; i >= 0; i--) {
        const failure = test.attempts[i].failure;
        if (failure?.message || failure?.type)
            return firstLine(failure.message || failure.type);
    }
    return '';
}
function statusBadge(status) {
    return `<span class="badge badge-${escapeHtml(status)}">${escapeHtml(status)}</span>`;
}
/** Failing tests grouped by failure category, each group with what to do about it. */
function failuresSection(metrics, testsById, linkBase) {
    const groups = model_FAILURE_CATEGORIES.filter((c) => metrics.categories[c].count > 0).map((category) => {
        const entry = metrics.categories[category];
        const items = entry.tests.map((id) => {
            const test = testsById.get(id);
            if (!test)
                return `<li><code>${escapeHtml(id)}</code></li>`;
            const message = failureMessage(test);
            return `<li>${statusBadge(test.status)} <span class="test-name">${escapeHtml(test.name)}</span> <span class="muted">${escapeHtml(test.suite)}</span> ${fileReference(linkBase, test.file, test.line)}${message ? `<div class="failure-message">${escapeHtml(message)}</div>` : ''}</li>`;
        });
        const more = entry.count - entry.tests.length;
        const flaky = entry.flaky > 0 ? ` (+${formatCount(entry.flaky)} flaky)` : '';
        return `<div class="category category-${category}" data-category="${category}">
<h3>${CATEGORY_TITLES[category]} <span class="count">${formatCount(entry.count)} failing${flaky}</span></h3>
<p class="recommendation">${escapeHtml(entry.recommendation)}</p>
<ul class="failure-list">${items.join('')}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more: filter the table below by status.</p>` : ''}
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
    return `<section class="card" id="flaky"><h2>Flaky tests (${formatCount(metrics.flakyTests.length)})</h2>
<table class="static"><thead><tr><th>Test</th><th>Suite</th><th>Failed attempts</th><th>Category</th></tr></thead><tbody>${rows}</tbody></table>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</section>`;
}
function slowestSection(slowest, linkBase) {
    if (slowest.length === 0)
        return '';
    const rows = slowest
        .map((t) => `<tr><td class="test-name">${escapeHtml(t.name)}</td><td>${escapeHtml(t.suite)}</td><td>${fileReference(linkBase, t.file)}</td><td>${statusBadge(t.status)}</td><td class="num">${format_formatDuration(t.durationMs)}</td></tr>`)
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
    return `<section class="card warning" id="ingest-problems"><h2>Report files with problems (${formatCount(problems.length)})</h2>
<p>Some results may be missing or counted once where a report listed them twice.</p><ul>${items}</ul>${more > 0 ? `<p class="muted">…and ${formatCount(more)} more.</p>` : ''}</section>`;
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
    const boxes = STATUS_ORDER.map((status) => `<label><input type="checkbox" value="${STATUS_CODES[status]}" data-status="${status}" checked> ${status} (${formatCount(metrics[status])})</label>`).join('');
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
    return `'sha256-${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('base64')}'`;
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
class TimingsFormatError extends UserError {
    source;
    key;
    name = 'TimingsFormatError';
    constructor(source, key, problem) {
        super(`Timings file ${source}: ${key ? `"${key}" ` : ''}${problem}`, { kind: 'config' });
        this.source = source;
        this.key = key;
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
class parse_timings_FieldReader {
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
function parse_timings_readTest(reader, value, key, runs) {
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
        tests: readEntries(reader, json.tests, 'tests', (value, key) => parse_timings_readTest(reader, value, key, runs)),
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
    const reader = new parse_timings_FieldReader(source);
    const root = reader.object(json, '');
    if (isPytestSplitDurations(root))
        return fromPytestSplitDurations(root, source);
    return readTestpipeTimings(reader, root);
}

;// CONCATENATED MODULE: ./packages/core/src/timings/index.ts






;// CONCATENATED MODULE: ./packages/core/src/render/markdown/text.ts
/**
 * Size of text in the target's unit. Characters are counted as UTF-16 code units, which is never
 * fewer than the code points GitHub counts, so the measure errs on the safe side.
 */
function sizeOf(text, unit) {
    return unit === 'bytes' ? Buffer.byteLength(text, 'utf8') : text.length;
}
/** Shortens text to at most `max` code units without splitting a surrogate pair, marking the cut with `…`. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    const code = text.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff)
        end--;
    return `${text.slice(0, end)}…`;
}
/** Shortens text to at most `maxBytes` UTF-8 bytes, on a code point boundary, marking the cut with `…`. */
function truncateUtf8(text, maxBytes) {
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
    return run.tests.filter((test) => isFailing(test.status));
}
/** The failure of the last failing attempt: what made the test fail, or for a flaky test what failed before the pass. */
function lastFailure(test) {
    return test.attempts.findLast((a) => isFailing(a.status) && a.failure)?.failure;
}
function hasFailureText(test) {
    const failure = lastFailure(test);
    return Boolean(failure?.message?.trim() || failure?.type || failure?.body?.trim());
}
/** One line saying why the test failed: the message's first line, else the type, else the body's first line. */
function failureHeadline(test, max) {
    const failure = lastFailure(test);
    const line = text_firstLine(failure?.message) || failure?.type || text_firstLine(failure?.body);
    return truncate(line ?? '', max);
}
/** Type, full message and stack/body of the failure, shortened to `max` characters. */
function failureText(test, max) {
    const failure = lastFailure(test);
    if (!failure)
        return '';
    const message = failure.message?.trim() ?? '';
    const type = failure.type?.trim() ?? '';
    const head = type && !message.startsWith(type) ? (message ? `${type}: ${message}` : type) : message;
    const body = failure.body?.trim() ?? '';
    const text = [head, body && body !== message ? body : ''].filter(Boolean).join('\n\n');
    return text.length > max ? `${truncate(text, max)}\n(shortened)` : text;
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
function repoRelativePath(file, roots = []) {
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
    return escapeInline(truncate(value, max));
}
function cell(value, max) {
    return section_parts_text(value, max) || ' ';
}
/** After a table or list: a blank line ends it, then how many entries were left out. */
function moreLines(shown, total, what) {
    return shown < total ? ['', `_…and ${formatCount(total - shown)} more ${what}, not shown._`] : [];
}
function section_parts_location(ctx, file, line) {
    if (!file)
        return ' ';
    const path = truncate(repoRelativePath(file, [ctx.input.links?.workspace]), MAX_PATH);
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
        lines.push(`**Failed:** ${reason || `${formatCount(failing)} of ${plural(metrics.total, 'test', 'tests')} failed.`}`);
    }
    else if (status === 'passed') {
        lines.push(`## ${name}: passed`);
        const ran = metrics.total - metrics.skipped;
        const notes = [
            metrics.flaky ? `${formatCount(metrics.flaky)} flaky` : '',
            metrics.skipped ? `${formatCount(metrics.skipped)} skipped` : '',
        ]
            .filter(Boolean)
            .join(', ');
        lines.push(`**Passed:** ${formatCount(metrics.passed + metrics.flaky)} of ${plural(ran, 'test', 'tests')} passed${notes ? ` (${notes})` : ''}.${reason ? ` ${reason}` : ''}`);
    }
    else {
        lines.push(`## ${name}: no tests ran`);
        lines.push(`**No tests ran.**${reason ? ` ${reason}` : ' No test results were found in the reports.'}`);
    }
    lines.push(`Pass rate ${formatPercent(metrics.passRate)}; the gate requires at least ${formatPercent(gate.minPassRate)} and fails on ${codeSpan(truncate(gate.failOn, MAX_LABEL)) || 'nothing'}.`);
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
    const values = [metrics.total, metrics.passed, metrics.failed, metrics.errored, metrics.skipped, metrics.flaky].map(formatCount);
    return [
        tableRow(head),
        tableRow(head.map(() => '---:')),
        tableRow([
            ...values,
            formatPercent(metrics.passRate),
            formatDuration(metrics.durationMs.wall),
            formatDuration(metrics.durationMs.cpu),
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
                ...[c.newFailures, c.fixed, c.newTests, c.removedTests].map((list) => formatCount(list.length)),
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
            formatCount(entry.count),
            formatCount(entry.flaky),
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
        `### Failed tests (${formatCount(total)})`,
        '',
        tableRow(['Test', 'Suite', 'Status', 'Location', 'Message']),
        tableRow(['---', '---', '---', '---', '---']),
        ...rows,
        ...moreLines(rows.length, total, 'failed tests'),
    ].join('\n');
}
/** A collapsed block with the failure's message and stack; HTML-escaped, never a blank line inside. */
function detailBlock(test) {
    const summary = escapeHtmlLine(`${truncate(test.suite, MAX_SUITE)} › ${truncate(test.name, MAX_NAME)} (${test.status})`);
    return [
        `<details><summary>${summary}</summary>`,
        `<pre>${escapePreBlock(failureText(test, MAX_DETAILS))}</pre>`,
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
        `### Flaky tests (${formatCount(flaky.length)})`,
        '',
        'Failed at least once, then passed on retry.',
        '',
        tableRow(['Test', 'Suite', 'Failed attempts', 'Location']),
        tableRow(['---', '---', '---:', '---']),
        ...shown.map((test) => tableRow([
            cell(test.name, MAX_NAME),
            cell(test.suite, MAX_SUITE),
            `${formatCount(test.failedAttempts)} of ${formatCount(test.attempts)}`,
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
        ...shown.map((test) => tableRow([cell(test.name, MAX_NAME), cell(test.suite, MAX_SUITE), test.status, formatDuration(test.durationMs)])),
        ...moreLines(shown.length, slowest.length, 'slow tests'),
    ].join('\n');
}
/** Report files that could not be read fully, one row per problem; duplicates as a count. */
function fileProblemsSection(ctx, cap) {
    const { metrics } = ctx.input;
    const problems = metrics.files.flatMap((file) => file.errors.map((error) => ({ file, error })));
    const parts = [];
    if (problems.length > 0 && cap === 0) {
        parts.push(`**Report files with problems:** ${formatCount(problems.length)}; see the full report.`);
    }
    else if (problems.length > 0) {
        const shown = problems.slice(0, cap);
        parts.push([
            `### Report files with problems (${formatCount(problems.length)})`,
            '',
            tableRow(['File', 'Format', 'Problem']),
            tableRow(['---', '---', '---']),
            ...shown.map(({ file, error }) => tableRow([
                codeSpan(truncate(repoRelativePath(error.path || file.path, [ctx.input.links?.workspace]), MAX_PATH), true) || ' ',
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
const TOP_FAILURES_IN_CHECK_RUN = 10;
/** Renders plans of one report and finds the fullest one within the limit. */
class FittingRenderer {
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
                dropped.push(`${formatCount(total - shown)} of ${formatCount(total)} ${what}`);
        };
        if (plan.minimal)
            return ['everything but the verdict'];
        if (plan.layout === 'check-run') {
            left('failed tests from the list', plan.failedRows, Math.min(this.failedCount, TOP_FAILURES_IN_CHECK_RUN));
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
            label: max === SUMMARY_LIMIT_BYTES ? '1 MiB for a job summary' : `${formatCount(max)} bytes for a job summary`,
        };
    }
    const max = Math.min(options.maxChars ?? COMMENT_LIMIT_CHARS, COMMENT_LIMIT_CHARS);
    return { max, unit: 'chars', label: `${formatCount(max)} characters for a comment` };
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
    return fitReport(new FittingRenderer(input, limit), limit);
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
        if (isFailing(status) && (before === undefined || !isFailing(before)))
            newFailures.push(id);
        if (isPassing(status) && before !== undefined && isFailing(before))
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
function failingAttempts(test) {
    return test.attempts.filter((attempt) => isFailing(attempt.status)).length;
}
function annotationFor(test, roots) {
    const line = test.line !== undefined && Number.isInteger(test.line) && test.line > 0 ? test.line : 1;
    const failure = lastFailure(test);
    const headline = failure?.message?.trim() || failure?.type || text_firstLine(failure?.body);
    const title = truncate(`${test.suite} › ${test.name}`.replace(/\s+/g, ' '), MAX_TITLE_CHARS);
    let annotation;
    if (isFailing(test.status)) {
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
        ((a.title ?? '') < (b.title ?? '') ? -1 : (a.title ?? '') > (b.title ?? '') ? 1 : 0));
}
/**
 * Check-run annotations: a failure per failed or errored test, a warning per flaky test, for
 * tests whose file is known; failures first, then by path and line, capped at `max`.
 */
function failureAnnotations(run, options = {}) {
    const roots = [options.repoRoot, options.workspace];
    const max = Math.max(0, options.max ?? DEFAULT_MAX);
    return run.tests
        .filter((test) => Boolean(test.file) && (isFailing(test.status) || test.status === 'flaky'))
        .map((test) => annotationFor(test, roots))
        .sort(compareAnnotations)
        .slice(0, max);
}

;// CONCATENATED MODULE: ./packages/core/src/render/markdown/index.ts




;// CONCATENATED MODULE: ./packages/core/src/planning/errors.ts

/** An input to the shard planner that cannot be planned; the message names the input. */
class ShardPlanInputError extends UserError {
    input;
    name = 'ShardPlanInputError';
    constructor(input, problem) {
        super(`Shard planning input "${input}" ${problem}`);
        this.input = input;
    }
}
/** The plans need more matrix jobs than GitHub Actions starts from one matrix. */
class MatrixTooLargeError extends UserError {
    jobs;
    limit;
    name = 'MatrixTooLargeError';
    constructor(jobs, limit) {
        super(`The shard plans need ${jobs} matrix jobs but a GitHub Actions matrix runs at most ${limit}. ` +
            `Lower "shards" (or "max-parallel" with shards: auto), or split the suites over several jobs.`);
        this.jobs = jobs;
        this.limit = limit;
    }
}
/** A shard job was started with a name that no plan contains. */
class ShardNotFoundError extends UserError {
    shardName;
    name = 'ShardNotFoundError';
    constructor(shardName, known) {
        const listed = known.slice(0, 10).join(', ') + (known.length > 10 ? `, … (${known.length} in all)` : '');
        super(`No shard named "${shardName}" in the plan (shards: ${listed || 'none'}). ` +
            'Pass the matrix value produced by the same plan, and re-run the plan job if the plan changed.');
        this.shardName = shardName;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/micros.ts
// The planner counts in whole microseconds: sums are then exact, so a plan never depends on the
// order floating-point additions happened in, and the same input gives byte-identical output.
function toMicros(ms) {
    return Math.round(ms * 1000);
}
function toMillis(micros) {
    return micros / 1000;
}
/** Median of whole microseconds, rounded; undefined for no values. Sorts `values` in place. */
function medianMicros(values) {
    if (values.length === 0)
        return undefined;
    values.sort((a, b) => a - b);
    const middle = values.length >> 1;
    if (values.length % 2 === 1)
        return values[middle];
    return Math.round((values[middle - 1] + values[middle]) / 2);
}

;// CONCATENATED MODULE: ./packages/core/src/planning/choose-shard-count.ts
// shards: 'auto'. Plans every count from 1 to the cap, keeps those within the runner-minutes budget,
// and takes the smallest count whose wall time is within AUTO_SHARDS_TOLERANCE (5 %) of the best:
// a shard more must buy at least that much time, or it only costs runner minutes.


const MICROS_PER_MINUTE = 60_000_000;
function round(value, digits) {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}
function chooseShardCount(partitioner, overheadMicros, maxCount, runnerMinutesBudget) {
    const budgetMicros = runnerMinutesBudget === undefined ? Infinity : runnerMinutesBudget * MICROS_PER_MINUTE;
    const partitions = [];
    const tradeoffs = [];
    for (let count = 1; count <= maxCount; count++) {
        const partition = partitioner.partition(count, overheadMicros);
        const runnerMicros = partition.totalMicros + count * overheadMicros;
        const singleShard = partitions[0]?.makespanMicros ?? partition.makespanMicros;
        partitions.push(partition);
        tradeoffs.push({
            shards: count,
            makespanMs: toMillis(partition.makespanMicros),
            runnerMinutes: round(runnerMicros / MICROS_PER_MINUTE, 2),
            efficiency: partition.makespanMicros === 0 ? 1 : round(singleShard / (count * partition.makespanMicros), 4),
            withinBudget: runnerMicros <= budgetMicros,
        });
    }
    const feasible = tradeoffs.filter((row) => row.withinBudget);
    if (feasible.length === 0) {
        return {
            partition: partitions[0],
            tradeoffs,
            reason: `The runner-minutes budget (${runnerMinutesBudget} min) is below the ${tradeoffs[0].runnerMinutes} min ` +
                'that even one shard needs; planned 1 shard. Raise the budget or run fewer tests.',
        };
    }
    const best = Math.min(...feasible.map((row) => partitions[row.shards - 1].makespanMicros));
    const chosen = feasible.find((row) => partitions[row.shards - 1].makespanMicros <= best * (1 + AUTO_SHARDS_TOLERANCE));
    return { partition: partitions[chosen.shards - 1], tradeoffs };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/test-key.ts
// Reads test keys of both spellings so a pytest node id finds the timing recorded under a core test id:
//   pytest node id  tests/test_x.py::TestA::test_b[p]
//   core test id    tests/test_x.py::tests.test_x.TestA::test_b[p]   (file::classname::name)

/**
 * Splits `file::a::b::name[params]`; "::" inside the parameters (pytest ids may hold any text
 * there) is not a separator. Returns undefined for a key without "::" (a bare file or name).
 */
function parseTestKey(key) {
    const separator = key.indexOf('::');
    if (separator <= 0)
        return undefined;
    const rest = key.slice(separator + 2);
    const bracket = rest.indexOf('[');
    const head = bracket < 0 ? rest : rest.slice(0, bracket);
    const params = bracket < 0 ? '' : rest.slice(bracket);
    const parts = head.split('::');
    const last = parts.pop() ?? '';
    if (last === '' && params === '')
        return undefined;
    return {
        file: normaliseTestFile(key.slice(0, separator)),
        classSegments: parts.flatMap((part) => part.split('.')).filter((segment) => segment !== ''),
        name: last + params,
    };
}
/** `tests/unit/test_x.py` → ['tests', 'unit', 'test_x']: the module path a JUnit classname starts with. */
function moduleSegments(file) {
    const segments = file.split('/').filter((segment) => segment !== '');
    const base = segments.pop() ?? '';
    const dot = base.lastIndexOf('.');
    segments.push(dot > 0 ? base.slice(0, dot) : base);
    return segments;
}
function endsWith(whole, tail) {
    if (tail.length > whole.length)
        return false;
    const offset = whole.length - tail.length;
    return tail.every((segment, index) => whole[offset + index] === segment);
}
/**
 * Same file and name, and one class path is the other with a module prefix: pytest writes
 * `TestA`, JUnit writes `tests.test_x.TestA` (or `test_x.TestA` with another rootdir).
 */
function isSameTest(a, b) {
    if (a.file !== b.file || a.name !== b.name)
        return false;
    const [shorter, longer] = a.classSegments.length <= b.classSegments.length
        ? [a.classSegments, b.classSegments]
        : [b.classSegments, a.classSegments];
    if (!endsWith(longer, shorter))
        return false;
    const prefix = longer.slice(0, longer.length - shorter.length);
    return endsWith(moduleSegments(a.file), prefix);
}
/** Parent directories, nearest first: `a/b/c.py` → ['a/b', 'a']; a top-level file has none. */
function ancestorDirectories(file) {
    const directories = [];
    let path = file;
    for (let slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/')) {
        path = path.slice(0, slash);
        directories.push(path);
    }
    return directories;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/timing-index.ts
// Built once per plan from timings.json. Exact keys are indexed up front; the rest (a (file, name)
// index for pytest node ids timed under core test ids, and the per-file and per-directory samples
// the estimates fall back on) only when some unit misses, so a fully timed suite pays for none of it.



function pushTo(map, key, value) {
    const values = map.get(key);
    if (values)
        values.push(value);
    else
        map.set(key, [value]);
}
function medians(samples) {
    const result = new Map();
    for (const [key, values] of samples)
        result.set(key, medianMicros(values));
    return result;
}
const slotOf = (test) => `${test.file}\0${test.name}`;
function buildFallbacks(timings, granularity) {
    const byFileAndName = new Map();
    const testSumByFile = new Map();
    const fileSamples = new Map();
    const directorySamples = new Map();
    const all = [];
    const addSample = (file, micros) => {
        if (granularity === 'test')
            pushTo(fileSamples, file, micros);
        for (const directory of ancestorDirectories(file))
            pushTo(directorySamples, directory, micros);
        all.push(micros);
    };
    for (const [key, entry] of Object.entries(timings?.tests ?? {})) {
        const micros = toMicros(entry.durationMs);
        const test = parseTestKey(key);
        const file = entry.file === undefined ? test?.file : normaliseTestFile(entry.file);
        if (granularity === 'file') {
            if (file !== undefined)
                testSumByFile.set(file, (testSumByFile.get(file) ?? 0) + micros);
            continue;
        }
        if (test)
            pushTo(byFileAndName, slotOf(test), { key, test, micros });
        if (file !== undefined)
            addSample(file, micros);
    }
    if (granularity === 'file') {
        const files = new Map(testSumByFile);
        for (const [file, entry] of Object.entries(timings?.files ?? {}))
            files.set(normaliseTestFile(file), toMicros(entry.durationMs));
        for (const [file, micros] of files)
            addSample(file, micros);
    }
    for (const candidates of byFileAndName.values()) {
        candidates.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    }
    return {
        byFileAndName,
        testSumByFile,
        fileMedians: medians(fileSamples),
        directoryMedians: medians(directorySamples),
        overallMedian: medianMicros(all),
    };
}
/** Durations in microseconds looked up by unit; every answer is independent of the timings' key order. */
class TimingIndex {
    timings;
    granularity;
    exact = new Map();
    built;
    constructor(timings, granularity) {
        this.timings = timings;
        this.granularity = granularity;
        if (granularity === 'test') {
            for (const [key, entry] of Object.entries(timings?.tests ?? {}))
                this.exact.set(key, toMicros(entry.durationMs));
        }
        else {
            for (const [file, entry] of Object.entries(timings?.files ?? {})) {
                this.exact.set(normaliseTestFile(file), toMicros(entry.durationMs));
            }
        }
    }
    get fallbacks() {
        return (this.built ??= buildFallbacks(this.timings, this.granularity));
    }
    /** The unit's own timing: exact key, else (by test) the same test under the other spelling. */
    known(key) {
        const exact = this.exact.get(this.granularity === 'file' ? normaliseTestFile(key) : key);
        if (exact !== undefined || this.granularity === 'file')
            return exact;
        const test = parseTestKey(key);
        if (!test)
            return undefined;
        const candidates = this.fallbacks.byFileAndName.get(slotOf(test)) ?? [];
        return candidates.find((candidate) => isSameTest(test, candidate.test))?.micros;
    }
    /** By test: median of the file's timed tests. By file: the sum of its timed tests. */
    fromFile(file) {
        const { testSumByFile, fileMedians } = this.fallbacks;
        return this.granularity === 'file' ? testSumByFile.get(file) : fileMedians.get(file);
    }
    /** Median over the nearest parent directory that has timed entries. */
    fromDirectory(file) {
        for (const directory of ancestorDirectories(file)) {
            const median = this.fallbacks.directoryMedians.get(directory);
            if (median !== undefined)
                return median;
        }
        return undefined;
    }
    get overallMedian() {
        return this.fallbacks.overallMedian;
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/estimate-durations.ts
// Expected duration of every unit: its own timing when known, else the fallback chain
// file → directory → suite → default, recording which source each estimate came from.





/** The file a unit belongs to: given, or the part of a test id before "::", or the id itself by file. */
function unitFile(unit, granularity) {
    if (unit.file !== undefined)
        return normaliseTestFile(unit.file);
    if (granularity === 'file')
        return normaliseTestFile(unit.id);
    return parseTestKey(unit.id)?.file;
}
function fallbackEstimate(file, index, suiteMedian) {
    if (file !== undefined) {
        const fromFile = index.fromFile(file);
        if (fromFile !== undefined)
            return [fromFile, 'file'];
        const fromDirectory = index.fromDirectory(file);
        if (fromDirectory !== undefined)
            return [fromDirectory, 'directory'];
    }
    if (suiteMedian !== undefined)
        return [suiteMedian, 'suite'];
    return [toMicros(DEFAULT_UNIT_DURATION_MS), 'default'];
}
/** Keeps the order of `units`. */
function estimateDurations(units, granularity, timings) {
    const index = new TimingIndex(timings, granularity);
    // By file the unit's file is its key (a given `file` wins over the id, as for the fallbacks).
    const known = units.map((unit) => index.known(granularity === 'file' ? (unitFile(unit, granularity) ?? unit.id) : unit.id));
    const knownValues = known.filter((micros) => micros !== undefined);
    // "The suite" is the units being planned; with none of them known, everything timings.json holds.
    const suiteMedian = medianMicros(knownValues) ?? index.overallMedian;
    const counts = { known: 0, file: 0, directory: 0, suite: 0, default: 0 };
    const estimated = units.map((unit, position) => {
        const own = known[position];
        const [micros, source] = own === undefined ? fallbackEstimate(unitFile(unit, granularity), index, suiteMedian) : [own, 'known'];
        counts[source] += 1;
        return { id: unit.id, micros, source };
    });
    return { units: estimated, counts };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/assign-lpt.ts
// Longest-processing-time-first: each unit, longest first, goes to the least-loaded shard.
// Ties are broken by unit id and by shard index, so the result never depends on input order.
/** Unit positions sorted by duration descending, then id ascending; `ids` are unique. */
function longestFirstOrder(micros, ids) {
    return micros
        .map((_, position) => position)
        .sort((a, b) => micros[b] - micros[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
}
function leastLoaded(shards) {
    let best = shards[0];
    for (const shard of shards)
        if (shard.load < best.load)
            best = shard;
    return best;
}
function assignLongestFirst(order, micros, shardCount) {
    const shards = Array.from({ length: shardCount }, () => ({ load: 0, members: [] }));
    for (const position of order) {
        const shard = leastLoaded(shards);
        shard.members.push(position);
        shard.load += micros[position];
    }
    return shards;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/improve-assignment.ts
const MAX_IMPROVEMENT_STEPS = 2000;
/** Members sorted by duration ascending; `rank` is each unit's position in longest-first order. */
function ascending(shard, rank) {
    return [...shard.members].sort((a, b) => rank[b] - rank[a]);
}
/** Index of the first value ≥ target in ascending `values`. */
function lowerBound(values, target) {
    let low = 0;
    let high = values.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        if (values[middle] < target)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}
/** Moving `delta` from a shard `gap` heavier helps when 0 < delta < gap; best near gap / 2. */
function scoreOf(delta, gap) {
    return delta > 0 && delta < gap ? Math.abs(2 * delta - gap) : undefined;
}
function bestStep(heavy, light, micros, gap) {
    const heavyValues = heavy.map((position) => micros[position]);
    const lightValues = light.map((position) => micros[position]);
    let best;
    const consider = (delta, give, take) => {
        const score = scoreOf(delta, gap);
        if (score !== undefined && (best === undefined || score < best.score))
            best = { score, give, take };
    };
    const half = gap / 2;
    const moveAt = lowerBound(heavyValues, half);
    for (const index of [moveAt - 1, moveAt]) {
        if (index >= 0 && index < heavy.length)
            consider(heavyValues[index], heavy[index]);
    }
    for (let index = 0; index < heavy.length && best?.score !== 0; index++) {
        const given = heavyValues[index];
        if (given === 0)
            continue;
        const swapAt = lowerBound(lightValues, given - half);
        for (const other of [swapAt - 1, swapAt]) {
            if (other >= 0 && other < light.length)
                consider(given - lightValues[other], heavy[index], light[other]);
        }
    }
    return best;
}
function apply(step, heavy, light, micros) {
    heavy.members.splice(heavy.members.indexOf(step.give), 1);
    light.members.push(step.give);
    heavy.load -= micros[step.give];
    light.load += micros[step.give];
    if (step.take === undefined)
        return;
    light.members.splice(light.members.indexOf(step.take), 1);
    heavy.members.push(step.take);
    light.load -= micros[step.take];
    heavy.load += micros[step.take];
}
function heaviest(shards) {
    let best = shards[0];
    for (const shard of shards)
        if (shard.load > best.load)
            best = shard;
    return best;
}
/** Improves `shards` in place; returns the number of steps taken. */
function improveAssignment(shards, micros, rank, maxSteps = MAX_IMPROVEMENT_STEPS) {
    let steps = 0;
    while (steps < maxSteps) {
        const heavy = heaviest(shards);
        const lighter = shards
            .map((shard, index) => ({ shard, index }))
            .filter(({ shard }) => shard !== heavy)
            .sort((a, b) => a.shard.load - b.shard.load || a.index - b.index);
        const heavySorted = ascending(heavy, rank);
        let improved = false;
        for (const { shard: light } of lighter) {
            const gap = heavy.load - light.load;
            if (gap <= 1)
                break;
            const step = bestStep(heavySorted, ascending(light, rank), micros, gap);
            if (step === undefined)
                continue;
            apply(step, heavy, light, micros);
            improved = true;
            break;
        }
        if (!improved)
            break;
        steps += 1;
    }
    return steps;
}

;// CONCATENATED MODULE: ./packages/core/src/planning/partition.ts
// Splits estimated units over N shards (LPT, then local improvement) and measures the result
// against the lower bound no N-shard plan can beat.


/** Holds the longest-first order of one set of units, so several shard counts can be tried cheaply. */
class Partitioner {
    micros;
    order;
    rank;
    totalMicros;
    longestMicros;
    constructor(micros, ids) {
        this.micros = micros;
        this.order = longestFirstOrder(micros, ids);
        this.rank = new Array(micros.length);
        this.order.forEach((position, rank) => (this.rank[position] = rank));
        this.totalMicros = micros.reduce((sum, value) => sum + value, 0);
        this.longestMicros = micros.length === 0 ? 0 : micros[this.order[0]];
    }
    partition(shardCount, overheadMicros) {
        const shards = assignLongestFirst(this.order, this.micros, shardCount);
        improveAssignment(shards, this.micros, this.rank);
        const heaviest = shards.reduce((max, shard) => Math.max(max, shard.load), 0);
        return {
            shards,
            totalMicros: this.totalMicros,
            makespanMicros: heaviest + overheadMicros,
            lowerBoundMicros: Math.max(Math.ceil(this.totalMicros / shardCount), this.longestMicros) + overheadMicros,
        };
    }
}

;// CONCATENATED MODULE: ./packages/core/src/planning/plan-hash.ts
// A fingerprint of a plan: shard jobs and reruns can check they read the plan the matrix was built from.

/** JSON with object keys sorted at every level, so equal values always give equal text. */
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    if (value !== null && typeof value === 'object') {
        const entries = Object.entries(value)
            .filter(([, entry]) => entry !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonicalJson(entry)}`).join(',')}}`;
    }
    return JSON.stringify(value) ?? 'null';
}
function sha256Hex(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}

;// CONCATENATED MODULE: ./packages/core/src/planning/validate-input.ts
// Checks the planner's input once, at the edge, with a message naming the bad input.


function isPositiveInteger(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
function validateUnits(input) {
    if (!Array.isArray(input.units))
        throw new ShardPlanInputError('units', 'must be an array of { id, file? }.');
    const seen = new Set();
    for (const unit of input.units) {
        if (typeof unit?.id !== 'string' || unit.id === '') {
            throw new ShardPlanInputError('units', 'has a unit without an id; every unit needs the id the runner accepts.');
        }
        if (unit.file !== undefined && typeof unit.file !== 'string') {
            throw new ShardPlanInputError('units', `has a non-string file for unit "${unit.id}".`);
        }
        if (seen.has(unit.id)) {
            throw new ShardPlanInputError('units', `lists "${unit.id}" twice; each test or file may be planned once.`);
        }
        seen.add(unit.id);
    }
}
/** Returns the shard-count cap that applies to 'auto'. */
function validatePlanInput(input) {
    if (typeof input.suite !== 'string' || input.suite.trim() === '') {
        throw new ShardPlanInputError('suite', 'must be a non-empty name; shards are named "<suite>-<k>".');
    }
    if (input.granularity !== 'test' && input.granularity !== 'file') {
        throw new ShardPlanInputError('granularity', `must be "test" or "file", got ${JSON.stringify(input.granularity)}.`);
    }
    if (input.shards !== 'auto' && !isPositiveInteger(input.shards)) {
        throw new ShardPlanInputError('shards', `must be a positive integer or "auto", got ${JSON.stringify(input.shards)}.`);
    }
    const maxParallel = input.maxParallel ?? DEFAULT_MAX_PARALLEL;
    if (!isPositiveInteger(maxParallel) || maxParallel > MAX_MATRIX_JOBS) {
        throw new ShardPlanInputError('maxParallel', `must be an integer from 1 to ${MAX_MATRIX_JOBS}, got ${maxParallel}.`);
    }
    const budget = input.runnerMinutesBudget;
    if (budget !== undefined && !(typeof budget === 'number' && Number.isFinite(budget) && budget > 0)) {
        throw new ShardPlanInputError('runnerMinutesBudget', `must be a positive number of minutes, got ${budget}.`);
    }
    const overhead = input.shardOverheadMs;
    if (overhead !== undefined && !(typeof overhead === 'number' && Number.isFinite(overhead) && overhead >= 0)) {
        throw new ShardPlanInputError('shardOverheadMs', `must be a non-negative number of milliseconds, got ${overhead}.`);
    }
    validateUnits(input);
    return { maxParallel };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/plan-shards.ts
// The timing-balanced shard planner behind run-matrix: pure and deterministic, so the same units
// and timings give a byte-identical plan whatever order the units were listed in.







const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const round4 = (value) => Math.round(value * 10_000) / 10_000;
function chooseCount(input, partitioner, overhead, maxParallel) {
    const unitCount = input.units.length;
    if (input.shards === 'auto') {
        return chooseShardCount(partitioner, overhead, Math.min(maxParallel, unitCount), input.runnerMinutesBudget);
    }
    if (input.shards <= unitCount)
        return { partition: partitioner.partition(input.shards, overhead) };
    return {
        partition: partitioner.partition(unitCount, overhead),
        reason: `${input.shards} shards were asked for but there are only ${unitCount} units; planned ${unitCount} shards.`,
    };
}
function plannedShards(suite, partition, units, overhead) {
    return partition.shards.map((shard, position) => ({
        index: position + 1,
        name: `${suite}-${position + 1}`,
        units: shard.members.map((member) => units[member].id).sort(),
        predictedMs: toMillis(shard.load + overhead),
    }));
}
/** Hashes what shaped the plan (options, every unit's estimate) and the assignment itself. */
function planHash(input, overhead, estimates, shards) {
    return sha256Hex(canonicalJson({
        suite: input.suite,
        granularity: input.granularity,
        shards: input.shards,
        maxParallel: input.shards === 'auto' ? (input.maxParallel ?? null) : null,
        runnerMinutesBudget: input.runnerMinutesBudget ?? null,
        shardOverheadMicros: overhead,
        units: estimates.units.map((unit) => [unit.id, unit.micros, unit.source]),
        assignment: shards.map((shard) => shard.units),
    }));
}
/** Splits a suite's units over shards so the slowest shard finishes as early as the timings allow. */
function planShards(input) {
    const { maxParallel } = validatePlanInput(input);
    const overhead = toMicros(input.shardOverheadMs ?? input.timings?.shardOverheadMs ?? 0);
    const units = [...input.units].sort(byId);
    const estimates = estimateDurations(units, input.granularity, input.timings);
    if (units.length === 0) {
        return {
            schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
            suite: input.suite,
            granularity: input.granularity,
            shards: [],
            totalMs: 0,
            shardOverheadMs: toMillis(overhead),
            lowerBoundMs: 0,
            makespanMs: 0,
            ratio: 1,
            knownShare: 0,
            estimates: estimates.counts,
            planHash: planHash(input, overhead, estimates, []),
            ...(input.shards === 'auto' ? { tradeoffs: [] } : {}),
            reason: `Suite "${input.suite}" has no ${input.granularity === 'file' ? 'test files' : 'tests'} to plan; no shards.`,
        };
    }
    const micros = estimates.units.map((unit) => unit.micros);
    const partitioner = new Partitioner(micros, units.map((unit) => unit.id));
    const chosen = chooseCount(input, partitioner, overhead, maxParallel);
    const { partition } = chosen;
    const shards = plannedShards(input.suite, partition, units, overhead);
    return {
        schemaVersion: SHARD_PLAN_SCHEMA_VERSION,
        suite: input.suite,
        granularity: input.granularity,
        shards,
        totalMs: toMillis(partition.totalMicros),
        shardOverheadMs: toMillis(overhead),
        lowerBoundMs: toMillis(partition.lowerBoundMicros),
        makespanMs: toMillis(partition.makespanMicros),
        ratio: partition.lowerBoundMicros === 0 ? 1 : round4(partition.makespanMicros / partition.lowerBoundMicros),
        knownShare: round4(estimates.counts.known / units.length),
        estimates: estimates.counts,
        planHash: planHash(input, overhead, estimates, shards),
        ...(chosen.tradeoffs ? { tradeoffs: chosen.tradeoffs } : {}),
        ...(chosen.reason ? { reason: chosen.reason } : {}),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/planning/matrix.ts
// Turns plans into the `strategy.matrix` of the shard job, and lets each shard job find its units.


/**
 * Only names go into the matrix (job outputs are capped at 1 MB; unit lists can be far larger):
 * each shard job reads its units back from the plan with findShard. Zero shards give an empty
 * `include`, which the workflow must skip rather than start.
 */
function matrixFromPlans(plans) {
    const include = plans.flatMap((plan) => plan.shards.map((shard) => ({ shard: shard.name, suite: plan.suite, index: shard.index })));
    if (include.length > MAX_MATRIX_JOBS)
        throw new MatrixTooLargeError(include.length, MAX_MATRIX_JOBS);
    const seen = new Set();
    for (const entry of include) {
        if (seen.has(entry.shard)) {
            throw new ShardPlanInputError('suite', `"${entry.suite}" is planned twice; give every suite a distinct name.`);
        }
        seen.add(entry.shard);
    }
    return { include };
}
/** The shard a matrix job was started for, with the plan it belongs to. */
function findShard(plans, shardName) {
    for (const plan of plans) {
        const shard = plan.shards.find((candidate) => candidate.name === shardName);
        if (shard)
            return { plan, shard };
    }
    throw new ShardNotFoundError(shardName, plans.flatMap((plan) => plan.shards.map((shard) => shard.name)));
}

;// CONCATENATED MODULE: ./packages/core/src/planning/index.ts






;// CONCATENATED MODULE: ./packages/core/src/errors/index.ts


;// CONCATENATED MODULE: ./packages/core/src/ports/logger.ts
/** A logger that drops everything: for stages run where nobody reads the log. */
const nullLogger = {
    debug: () => undefined,
    info: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    group: (_name, body) => body(),
};
/** Every message also goes to `write` (a shard's output.log), warnings and errors with their level. */
function teeLogger(logger, write) {
    return {
        debug: (message) => logger.debug(message),
        info: (message) => (logger.info(message), write(message)),
        warning: (message) => (logger.warning(message), write(`warning: ${message}`)),
        error: (message) => (logger.error(message), write(`error: ${message}`)),
        group: (name, body) => logger.group(name, body),
    };
}
/** A logger that keeps each message with its level: for tests and for stages that report later. */
function memoryLogger() {
    const lines = [];
    const keep = (level) => (message) => void lines.push({ level, message });
    return {
        lines,
        debug: keep('debug'),
        info: keep('info'),
        warning: keep('warning'),
        error: keep('error'),
        group: (name, body) => (keep('group')(name), body()),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/ports/code-host.ts
/** The host's answer when a token may not write (a fork PR's read-only GITHUB_TOKEN). */
function isForbidden(error) {
    return error?.status === 403;
}

;// CONCATENATED MODULE: ./packages/core/src/ports/index.ts




;// CONCATENATED MODULE: ./packages/core/src/gate/evaluate-gate.ts
/** What fails the step: a pass rate below the minimum (failures), only errored tests (errors), or nothing. */
const FAIL_ON = ['failures', 'errors', 'nothing'];
/** What a run in which no test ran does: fail, warn, or pass quietly. */
const IF_NO_RESULTS = (/* unused pure expression or super */ null && (['error', 'warn', 'ignore']));
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
/** The one reading of `if-no-results`: whether a run without tests fails, and the line to show either way. */
function noResultsVerdict(policy, message) {
    if (policy === 'error')
        return { failStep: true, failure: message };
    if (policy === 'warn')
        return { failStep: false, warning: message };
    return { failStep: false };
}

;// CONCATENATED MODULE: ./packages/core/src/gate/index.ts


;// CONCATENATED MODULE: ./packages/core/src/duration-setting.ts
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(?:\d+(?:\.\d+)?(?:ms|s|m|h))+$/;
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g;
// The notation of duration settings (testpipe.yml timeouts, action inputs): "10m", "1h30m", "500ms" or seconds.
/**
 * "10m", "90s", "1h30m", "500ms" or a number of seconds → milliseconds; undefined when the
 * value is not a positive duration.
 */
function parseDurationMs(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) && value > 0 ? Math.round(value * 1000) : undefined;
    if (typeof value !== 'string')
        return undefined;
    const text = value.trim().replace(/\s+/g, '');
    if (/^\d+(?:\.\d+)?$/.test(text))
        return parseDurationMs(Number(text));
    if (!DURATION.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(PART))
        total += Number(amount) * (UNIT_MS[unit ?? 's'] ?? 0);
    return total > 0 ? Math.round(total) : undefined;
}
/**
 * Milliseconds in the notation of settings (the inverse of parseDurationMs): 600000 → "10m", 90000 → "1m30s",
 * 3000 → "3s". Messages about a setting echo it this way; everything else uses formatDuration.
 */
function formatDurationSetting(ms) {
    if (ms < 1000)
        return `${ms}ms`;
    const parts = [];
    let rest = Math.round(ms / 1000);
    const hours = Math.floor(rest / 3600);
    rest -= hours * 3600;
    const minutes = Math.floor(rest / 60);
    rest -= minutes * 60;
    if (hours)
        parts.push(`${hours}h`);
    if (minutes)
        parts.push(`${minutes}m`);
    if (rest || parts.length === 0)
        parts.push(`${rest}s`);
    return parts.join('');
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/plan.ts



// Raising the version in the table without changing the type (or the reverse) fails to compile.
const _planVersion = versions_CONTRACT_VERSIONS.plan.current;
const _shardPlanVersion = versions_CONTRACT_VERSIONS.shardPlan.current;
const ESTIMATE_SOURCES = ['known', 'file', 'directory', 'suite', 'default'];
function readShard(r, value, path) {
    const shard = r.object(value, path);
    const index = r.count(shard.index, fields_fieldPath(path, 'index'));
    if (index < 1)
        r.fail(fields_fieldPath(path, 'index'), `must be 1 or more (found ${index})`);
    r.nonEmptyString(shard.name, fields_fieldPath(path, 'name'));
    r.stringArray(shard.units, fields_fieldPath(path, 'units'));
    r.amount(shard.predictedMs, fields_fieldPath(path, 'predictedMs'));
    return shard;
}
function readTradeoff(r, value, path) {
    const row = r.object(value, path);
    r.count(row.shards, fields_fieldPath(path, 'shards'));
    r.amount(row.makespanMs, fields_fieldPath(path, 'makespanMs'));
    r.amount(row.runnerMinutes, fields_fieldPath(path, 'runnerMinutes'));
    r.amount(row.efficiency, fields_fieldPath(path, 'efficiency'));
    r.boolean(row.withinBudget, fields_fieldPath(path, 'withinBudget'));
    return row;
}
function readSuitePlan(r, value, path) {
    const plan = r.object(value, path);
    versions_checkSchemaVersion(plan.schemaVersion, r.source, versions_CONTRACT_VERSIONS.shardPlan, fields_fieldPath(path, 'schemaVersion'));
    r.nonEmptyString(plan.suite, fields_fieldPath(path, 'suite'));
    r.oneOf(plan.granularity, fields_fieldPath(path, 'granularity'), ['test', 'file']);
    r.list(plan.shards, fields_fieldPath(path, 'shards'), (shard, shardPath) => readShard(r, shard, shardPath));
    for (const key of ['totalMs', 'shardOverheadMs', 'lowerBoundMs', 'makespanMs', 'ratio']) {
        r.amount(plan[key], fields_fieldPath(path, key));
    }
    r.numberIn(plan.knownShare, fields_fieldPath(path, 'knownShare'), 0, 1);
    const estimates = r.object(plan.estimates, fields_fieldPath(path, 'estimates'));
    for (const source of ESTIMATE_SOURCES)
        r.count(estimates[source], fields_fieldPath(fields_fieldPath(path, 'estimates'), source));
    r.nonEmptyString(plan.planHash, fields_fieldPath(path, 'planHash'));
    r.optional(plan, 'tradeoffs', path, (rows, rowsPath) => r.list(rows, rowsPath, (row, rowPath) => readTradeoff(r, row, rowPath)));
    r.optional(plan, 'reason', path, r.string);
    return plan;
}
/** A shard found by name must be the only one of that name, or a job could run another shard's units. */
function checkShardNamesUnique(r, suites) {
    const seen = new Map();
    suites.forEach((suite, s) => suite.shards.forEach((shard, i) => {
        const path = `suites[${s}].shards[${i}].name`;
        const first = seen.get(shard.name);
        if (first !== undefined)
            r.fail(path, `${JSON.stringify(shard.name)} is also ${first}; shard names must be unique`);
        seen.set(shard.name, path);
    }));
}
/** Validates a parsed testpipe-plan.json; throws a ContractError naming `source` and the field path. */
function parsePipelinePlan(value, source) {
    const r = new fields_FieldReader(source);
    const plan = r.object(value, '');
    versions_checkSchemaVersion(plan.schemaVersion, source, versions_CONTRACT_VERSIONS.plan);
    r.string(plan.configFile, 'configFile');
    const suites = r.list(plan.suites, 'suites', (suite, path) => readSuitePlan(r, suite, path));
    checkShardNamesUnique(r, suites);
    r.nonEmptyString(plan.planHash, 'planHash');
    return plan;
}
function readPlanFile(file) {
    return json_file_readJsonContract(file, parsePipelinePlan);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/environment.ts
// env.json: written by provision, read by seed, run-matrix and teardown.



const _environmentVersion = versions_CONTRACT_VERSIONS.environment.current;
function readOutput(r, value, path) {
    if (value === null || ['string', 'boolean', 'object'].includes(typeof value))
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    return r.fail(path, 'must be a string, number, boolean, null, list or map');
}
/** Validates a parsed env.json; throws a ContractError naming `source` and the field path. */
function parseEnvironmentFile(value, source) {
    const r = new FieldReader(source);
    const env = r.object(value, '');
    checkSchemaVersion(env.schemaVersion, source, CONTRACT_VERSIONS.environment);
    r.nonEmptyString(env.pipelineId, 'pipelineId');
    r.nonEmptyString(env.stateKey, 'stateKey');
    r.isoTime(env.provisionedAt, 'provisionedAt');
    r.record(env.outputs, 'outputs', (output, path) => readOutput(r, output, path));
    r.optional(env, 'workingDirectory', '', r.string);
    r.optional(env, 'expiresAt', '', r.isoTime);
    return env;
}
function readEnvFile(file) {
    return readJsonContract(file, parseEnvironmentFile);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/audit.ts
// audit.json: what provision created and teardown kept or destroyed, when and by which run; read by people.



const AUDIT_ACTIONS = (/* unused pure expression or super */ null && (['created', 'kept', 'destroyed', 'destroy-failed', 'expired']));
const _auditVersion = versions_CONTRACT_VERSIONS.audit.current;
function readEntry(r, value, path) {
    const entry = r.object(value, path);
    r.isoTime(entry.at, fieldPath(path, 'at'));
    r.oneOf(entry.action, fieldPath(path, 'action'), AUDIT_ACTIONS);
    const byPath = fieldPath(path, 'by');
    const by = r.object(entry.by, byPath);
    for (const key of ['runId', 'runAttempt', 'actor'])
        r.optional(by, key, byPath, r.string);
    r.oneOf(by.tool, fieldPath(byPath, 'tool'), ['action', 'cli']);
    r.optional(entry, 'reason', path, r.string);
    r.optional(entry, 'resources', path, r.stringArray);
    return entry;
}
/** Validates a parsed audit.json; throws a ContractError naming `source` and the field path. */
function parseAuditLog(value, source) {
    const r = new FieldReader(source);
    const log = r.object(value, '');
    checkSchemaVersion(log.schemaVersion, source, CONTRACT_VERSIONS.audit);
    r.nonEmptyString(log.pipelineId, 'pipelineId');
    r.list(log.entries, 'entries', (entry, path) => readEntry(r, entry, path));
    return log;
}
function readAuditFile(file) {
    return readJsonContract(file, parseAuditLog);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/metrics.ts





const _metricsVersion = versions_CONTRACT_VERSIONS.metrics.current;
const TEST_STATUSES = (/* unused pure expression or super */ null && (['passed', 'failed', 'errored', 'skipped', 'flaky']));
const COUNTS = (/* unused pure expression or super */ null && (['total', 'passed', 'failed', 'errored', 'skipped', 'flaky']));
/** Counts and pass rate of the run or of one suite or file, consistent with DESIGN "Counting tests". */
function readCounts(r, group, path) {
    const c = Object.fromEntries(COUNTS.map((key) => [key, r.count(group[key], fieldPath(path, key))]));
    const sum = c.passed + c.failed + c.errored + c.skipped + c.flaky;
    if (c.total !== sum) {
        r.fail(fieldPath(path, 'total'), `is ${c.total}, but passed + failed + errored + skipped + flaky = ${sum}`);
    }
    const ratePath = fieldPath(path, 'passRate');
    if (group.passRate !== null)
        r.numberIn(group.passRate, ratePath, 0, 100);
    // The gate compares passRate with its threshold: a value the counts do not give is refused, not trusted.
    const expected = passRate(c.passed + c.flaky, c.total - c.skipped);
    if (group.passRate !== expected) {
        r.fail(ratePath, `is ${JSON.stringify(group.passRate)}, but the counts give ${JSON.stringify(expected)}`);
    }
}
function readGroup(r, value, path) {
    const group = r.object(value, path);
    readCounts(r, group, path);
    r.amount(group.durationMs, fieldPath(path, 'durationMs'));
}
function readTestSummary(r, value, path) {
    const test = r.object(value, path);
    for (const key of ['id', 'name', 'suite'])
        r.string(test[key], fieldPath(path, key));
    r.optional(test, 'file', path, r.string);
    r.oneOf(test.status, fieldPath(path, 'status'), TEST_STATUSES);
    r.amount(test.durationMs, fieldPath(path, 'durationMs'));
    return test;
}
function readFlakyTest(r, value, path) {
    const test = readTestSummary(r, value, path);
    r.count(test.attempts, fieldPath(path, 'attempts'));
    r.count(test.failedAttempts, fieldPath(path, 'failedAttempts'));
    r.optional(test, 'category', path, (category, categoryPath) => r.oneOf(category, categoryPath, FAILURE_CATEGORIES));
}
function readCategories(r, value) {
    const categories = r.object(value, 'categories');
    // A newer minor version may add a category; every known one must be there.
    for (const name of new Set([...FAILURE_CATEGORIES, ...Object.keys(categories)])) {
        const path = fieldPath('categories', name);
        const category = r.object(categories[name], path);
        r.count(category.count, fieldPath(path, 'count'));
        r.count(category.flaky, fieldPath(path, 'flaky'));
        r.string(category.recommendation, fieldPath(path, 'recommendation'));
        r.stringArray(category.tests, fieldPath(path, 'tests'));
    }
}
function readIngestError(r, value, path) {
    const error = r.object(value, path);
    r.string(error.path, fieldPath(path, 'path'));
    r.string(error.message, fieldPath(path, 'message'));
    r.string(error.kind, fieldPath(path, 'kind'));
}
function readFileSummary(r, value, path) {
    const file = r.object(value, path);
    r.string(file.path, fieldPath(path, 'path'));
    r.string(file.format, fieldPath(path, 'format'));
    r.count(file.tests, fieldPath(path, 'tests'));
    r.count(file.bytes, fieldPath(path, 'bytes'));
    r.list(file.errors, fieldPath(path, 'errors'), (error, errorPath) => readIngestError(r, error, errorPath));
}
/** Validates a parsed metrics.json; throws a ContractError naming `source` and the field path. */
function parseMetrics(value, source) {
    const r = new FieldReader(source);
    const metrics = r.object(value, '');
    checkSchemaVersion(metrics.schemaVersion, source, CONTRACT_VERSIONS.metrics);
    readCounts(r, metrics, '');
    const durations = r.object(metrics.durationMs, 'durationMs');
    for (const key of ['wall', 'cpu', 'allAttempts'])
        r.amount(durations[key], fieldPath('durationMs', key));
    r.record(durations.perShard, 'durationMs.perShard', (sum, path) => r.amount(sum, path));
    r.record(metrics.perSuite, 'perSuite', (group, path) => readGroup(r, group, path));
    r.record(metrics.perFile, 'perFile', (group, path) => readGroup(r, group, path));
    r.list(metrics.slowest, 'slowest', (test, path) => readTestSummary(r, test, path));
    r.list(metrics.flakyTests, 'flakyTests', (test, path) => readFlakyTest(r, test, path));
    readCategories(r, metrics.categories);
    r.list(metrics.files, 'files', (file, path) => readFileSummary(r, file, path));
    r.list(metrics.duplicates, 'duplicates', (error, path) => readIngestError(r, error, path));
    return metrics;
}
function readMetricsFile(file) {
    return readJsonContract(file, parseMetrics);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/timings.ts
// timings.json: written by aggregate-report, read by the run-matrix plan. The schema is parseTimings';
// this adds the contract's version rule, so a file from a newer testpipe says which version to use.




const _timingsVersion = versions_CONTRACT_VERSIONS.timings.current;
/**
 * parseTimings with the version rule of every contract. A file without schemaVersion goes to parseTimings
 * as it is: pytest-split's `.test_durations` has none.
 */
function parseTimingsContract(value, source) {
    if (isJsonObject(value) && value.schemaVersion !== undefined) {
        versions_checkSchemaVersion(value.schemaVersion, source, versions_CONTRACT_VERSIONS.timings);
    }
    return parseTimings(value, source);
}
function readTimingsFile(file) {
    return json_file_readJsonContract(file, parseTimingsContract);
}

;// CONCATENATED MODULE: ./packages/core/src/contracts/index.ts
// The data contracts (DESIGN "Data contracts"): for every file that passes between stages, its name,
// its type and a validating reader. Readers throw ContractError (a UserError, kind 'config').











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

;// CONCATENATED MODULE: ./packages/cli/src/usage-error.ts

/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
class UsageError extends UserError {
    name = 'UsageError';
    constructor(message) {
        super(message, { kind: 'usage' });
    }
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
    usage: USAGE,
    async run(args) {
        const parsed = parseArgs(args);
        const run = await ingestReports(parsed.paths);
        const metrics = computeMetrics(run, { slowest: parsed.slowest });
        process.stdout.write(parsed.json ? `${JSON.stringify(metrics, null, 2)}\n` : `${formatMetrics(metrics)}\n`);
        return 0;
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/config-error.ts

/** One mistake in testpipe.yml, located, with what to do about it. */
class TestpipeConfigError extends UserError {
    file;
    line;
    column;
    key;
    problem;
    name = 'TestpipeConfigError';
    constructor(file, line, column, 
    /** Dotted path of the key, e.g. "suites[2].timeout". */
    key, 
    /** What is wrong and what to do, without the location (the message adds it). */
    problem) {
        super(`${file}${line !== undefined ? `:${line}:${column ?? 1}` : ''}: ${key ? `${key}: ` : ''}${problem}`);
        this.file = file;
        this.line = line;
        this.column = column;
        this.key = key;
        this.problem = problem;
    }
}
/** Thrown when testpipe.yml has mistakes; lists all of them, not only the first. */
class PipelineConfigInvalidError extends UserError {
    file;
    errors;
    name = 'PipelineConfigInvalidError';
    constructor(file, errors) {
        const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
        super(`${file} has ${count}; fix them and re-run:\n${errors.map((error) => `  - ${error.message}`).join('\n')}`);
        this.file = file;
        this.errors = errors;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/yaml-problems.ts


class YamlProblems {
    file;
    lines;
    errors = [];
    seen = new Set();
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    /** Records a problem at `node` (or at the start of the file). Identical problems are kept once. */
    add(node, key, problem) {
        const offset = node?.range?.[0];
        const position = offset === undefined ? undefined : this.lines.linePos(offset);
        this.addAt(position?.line, position?.col, key, problem);
    }
    /** 1-based line of a source offset. */
    lineOf(offset) {
        return this.lines.linePos(offset).line;
    }
    addAt(line, column, key, problem) {
        const error = new TestpipeConfigError(this.file, line, column, key, problem);
        if (this.seen.has(error.message))
            return;
        this.seen.add(error.message);
        this.errors.push(error);
    }
}
/** How a YAML value reads to a person: "a list", "a map", "the number 3", "nothing". */
function describeNode(node) {
    if (node === null || node === undefined)
        return 'nothing';
    if ((0,dist/* isMap */.jh)(node))
        return 'a map';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null)
            return 'nothing';
        if (typeof value === 'number')
            return `the number ${value}`;
        if (typeof value === 'boolean')
            return `${value}`;
        return `the text "${String(value)}"`;
    }
    return 'an alias or tag';
}
/** Edit distance, for "did you mean" on misspelled keys and runner names. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The closest known word when it is close enough to be a typo. */
function closest(word, known) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of known) {
        const d = distance(word.toLowerCase(), candidate);
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/field-readers.ts
// Readers for the value types testpipe.yml uses; each reports a located, actionable problem.



function scalar(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
}
const readString = (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'string' && value.trim() !== '')
        return value;
    problems.add(node, key, `expected a non-empty text, got ${describeNode(node)}`);
    return undefined;
};
/** A string or a list of strings (globs, paths). */
const readStringList = (node, key, problems) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' && node.value.trim() !== '')
        return [node.value];
    if ((0,dist/* isSeq */.oP)(node) && node.items.length > 0) {
        const items = node.items.map((item, i) => readString(item, `${key}[${i}]`, problems));
        return items.every((item) => item !== undefined) ? items : undefined;
    }
    problems.add(node, key, `expected a text or a list of texts, got ${describeNode(node)}`);
    return undefined;
};
/** A program and its arguments. A single string is refused: testpipe never runs shell strings. */
const readArgv = (node, key, problems) => {
    if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string') {
        const example = JSON.stringify(node.value.trim().split(/\s+/));
        problems.add(node, key, `write the command as a list of arguments, e.g. ${example}; testpipe runs programs directly, never through a shell`);
        return undefined;
    }
    if (!(0,dist/* isSeq */.oP)(node) || node.items.length === 0) {
        problems.add(node, key, `expected a list of arguments such as [k6, run, load.js], got ${describeNode(node)}`);
        return undefined;
    }
    const args = [];
    node.items.forEach((item, i) => {
        const value = scalar(item);
        if (typeof value === 'string' || typeof value === 'number')
            args.push(String(value));
        else
            problems.add(item, `${key}[${i}]`, `expected a text argument, got ${describeNode(item)}`);
    });
    return args.length === node.items.length ? args : undefined;
};
function integerReader(min, max, hint) {
    return (node, key, problems) => {
        const value = scalar(node);
        if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max)
            return value;
        problems.add(node, key, `expected a whole number from ${min} to ${max} (${hint}), got ${describeNode(node)}`);
        return undefined;
    };
}
const readRatio = (node, key, problems) => {
    const value = scalar(node);
    if (typeof value === 'number' && value >= 0 && value <= 1)
        return value;
    problems.add(node, key, `expected a fraction from 0 to 1 (0.3 = 30 % of tests), got ${describeNode(node)}`);
    return undefined;
};
const readDuration = (node, key, problems) => {
    const ms = parseDurationMs(scalar(node));
    if (ms !== undefined)
        return ms;
    problems.add(node, key, `expected a duration such as 90s, 10m or 1h30m (a bare number is seconds), got ${describeNode(node)}`);
    return undefined;
};
function oneOfReader(allowed) {
    return (node, key, problems) => {
        const value = scalar(node);
        if (typeof value === 'string' && allowed.includes(value))
            return value;
        problems.add(node, key, `expected one of ${allowed.join(', ')}, got ${describeNode(node)}`);
        return undefined;
    };
}
const readShards = (node, key, problems) => {
    const value = scalar(node);
    if (value === 'auto')
        return 'auto';
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 256)
        return value;
    problems.add(node, key, `expected auto or a whole number of shards from 1 to 256, got ${describeNode(node)}`);
    return undefined;
};
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const readEnv = (node, key, problems) => {
    if (!(0,dist/* isMap */.jh)(node)) {
        problems.add(node, key, `expected a map of variable names to values, got ${describeNode(node)}`);
        return undefined;
    }
    const env = {};
    let valid = true;
    for (const pair of node.items) {
        const name = scalar(pair.key);
        const value = scalar(pair.value);
        if (typeof name !== 'string' || !ENV_NAME.test(name)) {
            problems.add(pair.key, key, `"${String(name)}" is not a valid environment variable name (letters, digits, _)`);
            valid = false;
        }
        else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            env[name] = String(value);
        }
        else {
            problems.add(pair.value, `${key}.${name}`, `expected a text value, got ${describeNode(pair.value)}`);
            valid = false;
        }
    }
    return valid ? env : undefined;
};

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/pipeline-config.ts
// The validated form of testpipe.yml: every default applied, durations in milliseconds.
const RUNNER_NAMES = ['pytest', 'jest', 'vitest', 'go', 'node', 'mocha', 'playwright', 'command'];
const DEFAULT_GRANULARITY = {
    pytest: 'test',
    go: 'test',
    jest: 'file',
    vitest: 'file',
    node: 'file',
    mocha: 'file',
    playwright: 'file',
    command: 'file',
};
const SUITE_DEFAULTS = {
    workingDirectory: '.',
    timeoutMs: 30 * 60_000,
    killGraceMs: 10_000,
    retries: 0,
    retryMaxFailureRatio: 0.3,
    shards: 'auto',
    maxParallel: 4,
};

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/parse-config.ts
// testpipe.yml → PipelineConfig. Every problem is collected with its line, then thrown together.








const TOP_KEYS = ['version', 'defaults', 'suites'];
const SUITE_KEYS = [
    'name',
    'runner',
    'working-directory',
    'discover',
    'command',
    'env',
    'timeout',
    'kill-grace-period',
    'retries',
    'retry-max-failure-ratio',
    'shards',
    'max-parallel',
    'granularity',
    'artifacts',
    'junit',
];
const DEFAULTS_KEYS = SUITE_KEYS.filter((key) => key !== 'name');
const DISCOVER_KEYS = ['glob', 'command'];
const SUITE_NAME = /^[a-z0-9-]{1,63}$/;
const readRetries = integerReader(0, 5, 'retries of failed tests');
const readMaxParallel = integerReader(1, 256, 'shards running at once');
const readRunner = oneOfReader(RUNNER_NAMES);
const readGranularity = oneOfReader(['test', 'file']);
/** The pairs of a map, keyed by name; unknown and non-text keys are reported. */
function fieldsOf(map, path, known, problems) {
    const fields = new Map();
    for (const pair of map.items) {
        const keyNode = pair.key;
        const name = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
        if (typeof name !== 'string') {
            problems.add(keyNode, path || undefined, `keys must be text, got ${describeNode(keyNode)}`);
            continue;
        }
        const fieldPath = path ? `${path}.${name}` : name;
        if (!known.includes(name)) {
            const guess = closest(name, known);
            const hint = guess ? `did you mean "${guess}"?` : `known keys: ${known.join(', ')}`;
            problems.add(keyNode, fieldPath, `unknown key; ${hint}`);
            continue;
        }
        fields.set(name, { keyNode, value: pair.value ?? null, path: fieldPath });
    }
    return fields;
}
function readDiscover(field, problems) {
    if (!(0,dist/* isMap */.jh)(field.value)) {
        problems.add(field.value ?? field.keyNode, field.path, `expected a map with glob and/or command, got ${describeNode(field.value)}`);
        return undefined;
    }
    const fields = fieldsOf(field.value, field.path, DISCOVER_KEYS, problems);
    const discover = {};
    const glob = fields.get('glob');
    const command = fields.get('command');
    if (glob)
        discover.glob = readStringList(glob.value, glob.path, problems);
    if (command)
        discover.command = readArgv(command.value, command.path, problems);
    if (!glob && !command)
        problems.add(field.value, field.path, 'give glob (test files) or command (lists the tests), or remove discover');
    return discover;
}
/** Reads one field with `reader`, reporting a missing value at the key. */
function read(fields, name, reader, problems) {
    const field = fields.get(name);
    if (!field)
        return undefined;
    if (field.value === null || ((0,dist/* isScalar */.jn)(field.value) && field.value.value === null)) {
        problems.add(field.keyNode, field.path, 'has no value; give one or remove the key');
        return undefined;
    }
    return reader(field.value, field.path, problems);
}
function readSuite(own, defaults, node, path, problems) {
    const fields = new Map([...defaults, ...own]);
    const before = problems.errors.length;
    const name = read(own, 'name', readString, problems);
    if (!own.has('name'))
        problems.add(node, `${path}.name`, 'every suite needs a name, e.g. name: api-integration');
    else if (name !== undefined && !SUITE_NAME.test(name)) {
        problems.add(own.get('name').value, `${path}.name`, `"${name}" is not a valid suite name: use lowercase letters, digits and -, e.g. api-integration`);
    }
    const runnerField = fields.get('runner');
    const runner = runnerField ? read(fields, 'runner', readRunnerWithHint, problems) : undefined;
    if (!runnerField)
        problems.add(node, `${path}.runner`, `every suite needs a runner: one of ${RUNNER_NAMES.join(', ')}`);
    const workingDirectory = read(fields, 'working-directory', readString, problems) ?? SUITE_DEFAULTS.workingDirectory;
    if ((0,external_node_path_.isAbsolute)(workingDirectory)) {
        problems.add(fields.get('working-directory').value, fields.get('working-directory').path, 'must be relative to the repository root');
    }
    const discoverField = fields.get('discover');
    const discover = discoverField && readDiscover(discoverField, problems);
    const command = read(fields, 'command', readArgv, problems);
    if (runner === 'command' && !fields.has('command')) {
        problems.add(node, `${path}.command`, 'the command runner needs command: the program and its arguments, e.g. [k6, run, load.js]');
    }
    const junitField = fields.get('junit');
    const junit = read(fields, 'junit', readStringList, problems);
    if (junitField && runner !== undefined && runner !== 'command') {
        problems.add(junitField.keyNode, junitField.path, `only the command runner reads junit; the ${runner} adapter writes its own JUnit XML, remove the key`);
    }
    const env = { ...read(defaults, 'env', readEnv, problems), ...read(own, 'env', readEnv, problems) };
    const suite = {
        name,
        runner,
        workingDirectory,
        env,
        timeoutMs: read(fields, 'timeout', readDuration, problems) ?? SUITE_DEFAULTS.timeoutMs,
        killGraceMs: read(fields, 'kill-grace-period', readDuration, problems) ?? SUITE_DEFAULTS.killGraceMs,
        retries: read(fields, 'retries', readRetries, problems) ?? SUITE_DEFAULTS.retries,
        retryMaxFailureRatio: read(fields, 'retry-max-failure-ratio', readRatio, problems) ?? SUITE_DEFAULTS.retryMaxFailureRatio,
        shards: read(fields, 'shards', readShards, problems) ?? SUITE_DEFAULTS.shards,
        maxParallel: read(fields, 'max-parallel', readMaxParallel, problems) ?? SUITE_DEFAULTS.maxParallel,
        granularity: read(fields, 'granularity', readGranularity, problems) ?? (runner && DEFAULT_GRANULARITY[runner]),
        artifacts: read(fields, 'artifacts', readStringList, problems) ?? [],
    };
    if (problems.errors.length > before || suite.name === undefined || suite.runner === undefined)
        return undefined;
    const result = { ...suite, name: suite.name, runner: suite.runner, granularity: suite.granularity };
    if (discover)
        result.discover = discover;
    if (command)
        result.command = command;
    if (junit)
        result.junit = junit;
    return result;
}
const readRunnerWithHint = (node, key, problems) => {
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === 'string' && !RUNNER_NAMES.includes(value)) {
        const guess = closest(value, RUNNER_NAMES);
        problems.add(node, key, `unknown runner "${value}"${guess ? ` (did you mean ${guess}?)` : ''}; use one of ${RUNNER_NAMES.join(', ')}`);
        return undefined;
    }
    return readRunner(node, key, problems);
};
function readSuites(field, defaults, problems, root) {
    if (!field) {
        problems.add(root, 'suites', 'missing: list the test suites to run, e.g. suites: [{ name: unit, runner: pytest }]');
        return [];
    }
    if (!(0,dist/* isSeq */.oP)(field.value) || field.value.items.length === 0) {
        problems.add(field.value ?? field.keyNode, 'suites', `expected a non-empty list of suites, got ${describeNode(field.value)}`);
        return [];
    }
    const suites = [];
    const firstLineOf = new Map();
    field.value.items.forEach((item, index) => {
        const path = `suites[${index}]`;
        const node = item;
        if (!(0,dist/* isMap */.jh)(node)) {
            problems.add(node, path, `expected a map with name and runner, got ${describeNode(node)}`);
            return;
        }
        const own = fieldsOf(node, path, SUITE_KEYS, problems);
        const nameNode = own.get('name')?.value;
        const name = (0,dist/* isScalar */.jn)(nameNode) ? String(nameNode.value) : undefined;
        if (name !== undefined) {
            const line = nameNode?.range ? problems.lineOf(nameNode.range[0]) : undefined;
            if (firstLineOf.has(name)) {
                const first = firstLineOf.get(name);
                problems.add(nameNode, `${path}.name`, `duplicate suite name "${name}" (first used${first ? ` on line ${first}` : ''}); suite names must be unique`);
            }
            else
                firstLineOf.set(name, line);
        }
        const suite = readSuite(own, defaults, node, path, problems);
        if (suite)
            suites.push(suite);
    });
    return suites;
}
/** Parses and validates testpipe.yml text; `errors` lists every problem, in file order. */
function parsePipelineConfig(text, file = 'testpipe.yml') {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems = new YamlProblems(file, lineCounter);
    for (const error of document.errors) {
        const at = lineCounter.linePos(error.pos[0]);
        problems.addAt(at.line, at.col, undefined, `YAML syntax error: ${error.message.split('\n')[0]}`);
    }
    if (document.errors.length > 0)
        return { config: undefined, errors: problems.errors };
    const root = document.contents;
    if (!(0,dist/* isMap */.jh)(root)) {
        problems.add(root, undefined, `expected a map with version and suites at the top, got ${describeNode(root)}`);
        return { config: undefined, errors: problems.errors };
    }
    const top = fieldsOf(root, '', TOP_KEYS, problems);
    const version = top.get('version');
    if (!version)
        problems.add(root, 'version', 'missing: add version: 1 at the top');
    else if (!(0,dist/* isScalar */.jn)(version.value) || version.value.value !== 1) {
        problems.add(version.value ?? version.keyNode, 'version', `only version 1 exists, got ${describeNode(version.value)}; write version: 1`);
    }
    let defaults = new Map();
    const defaultsField = top.get('defaults');
    if (defaultsField && !(0,dist/* isMap */.jh)(defaultsField.value)) {
        problems.add(defaultsField.value ?? defaultsField.keyNode, 'defaults', `expected a map of suite keys, got ${describeNode(defaultsField.value)}`);
    }
    else if (defaultsField && (0,dist/* isMap */.jh)(defaultsField.value)) {
        defaults = fieldsOf(defaultsField.value, 'defaults', DEFAULTS_KEYS, problems);
    }
    const suites = readSuites(top.get('suites'), defaults, problems, root);
    const errors = problems.errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    if (errors.length > 0)
        return { config: undefined, errors };
    return { config: { version: 1, file, suites }, errors: [] };
}
/** Reads testpipe.yml; throws PipelineConfigInvalidError listing every problem. */
async function loadPipelineConfig(path) {
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        const what = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : undefined;
        if (what === undefined)
            throw error;
        throw new ConfigurationError(`${path} ${what}; point the "config" input (testpipe --config) at your testpipe.yml.`);
    }
    const result = parsePipelineConfig(text, path);
    if (result.config === undefined)
        throw new PipelineConfigInvalidError(path, result.errors);
    return result.config;
}
/** The config with only the named suites (all when none are named); an unknown name is a ConfigurationError. */
function selectSuites(config, names) {
    if (names.length === 0)
        return config;
    const known = config.suites.map((suite) => suite.name);
    const unknown = names.filter((name) => !known.includes(name));
    if (unknown.length > 0) {
        throw new ConfigurationError(`${config.file} has no suite ${unknown.map((n) => `"${n}"`).join(', ')}; its suites are: ${known.join(', ')}.`);
    }
    return { ...config, suites: config.suites.filter((suite) => names.includes(suite.name)) };
}

;// CONCATENATED MODULE: ./packages/stages/src/pipeline-config/index.ts




;// CONCATENATED MODULE: ./packages/stages/src/plan/matrix-output.ts

/** The matrix entry an empty plan yields: GitHub rejects an empty matrix, so one job runs and does nothing. */
const EMPTY_SHARD = 'none';
/** The `matrix` output: one entry per shard, or the one do-nothing entry of an empty plan. */
function matrixOutput(plan) {
    const matrix = matrixFromPlans(plan.suites);
    if (matrix.include.length > 0)
        return { matrix, shardCount: matrix.include.length };
    const reasons = plan.suites.map((s) => `${s.suite}: ${s.reason ?? 'no tests discovered'}`);
    return {
        matrix: { include: [{ shard: EMPTY_SHARD, suite: '', index: 0 }] },
        shardCount: 0,
        reason: reasons.length > 0 ? reasons.join('; ') : 'the config has no suites',
    };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
;// CONCATENATED MODULE: ./packages/stages/src/runners/list-output.ts
// Runs a runner's list command (argument array, no shell) and returns its output for discovery.


/** Discovery failed: the message says which command, how it ended and what it printed. */
class DiscoveryError extends UserError {
    name = 'DiscoveryError';
}
function list_output_tail(text, lines = 20) {
    return text.trimEnd().split('\n').slice(-lines).join('\n');
}
/** stdout of `file args`; throws DiscoveryError when it cannot run or fails. */
function listOutput(file, args, options) {
    const shown = [file, ...args].map((arg) => JSON.stringify(arg)).join(' ');
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, args, {
            cwd: options.cwd,
            env: { ...process.env, ...options.env },
            stdio: ['ignore', 'pipe', 'pipe'],
            timeout: options.timeoutMs ?? 10 * 60_000,
            killSignal: 'SIGKILL',
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.on('error', (error) => {
            const hint = error.code === 'ENOENT' ? `; is ${file} installed and on PATH?` : '';
            reject(new DiscoveryError(`cannot run ${shown} in ${options.cwd}: ${error.message}${hint}`));
        });
        child.on('close', (code, signal) => {
            if (code !== null && (code === 0 || options.okExitCodes?.includes(code)))
                return resolve(stdout);
            const ended = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            const output = list_output_tail(`${stdout}\n${stderr}`);
            reject(new DiscoveryError(`listing tests with ${shown} in ${options.cwd} ${ended}; fix the error below and re-run:\n${output}`));
        });
    });
}
function nonEmptyLines(text) {
    return text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/glob-units.ts


/** Test files matching `patterns` under cwd, sorted, as file units. */
async function filesByGlob(patterns, cwd) {
    const files = await glob([...patterns], { cwd, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
    return files.sort().map((file) => ({ id: file, file }));
}
/**
 * The user's own discovery (discover.command: one unit per output line, or discover.glob),
 * or undefined when the suite leaves discovery to the runner's default.
 */
async function configuredUnits(suite, cwd) {
    if (suite.discover?.command) {
        const [file, ...args] = suite.discover.command;
        const output = await listOutput(file, args, { cwd, env: suite.env });
        return nonEmptyLines(output).map((id) => ({ id, file: id.split('::')[0] }));
    }
    if (suite.discover?.glob)
        return filesByGlob(suite.discover.glob, cwd);
    return undefined;
}
/** Distinct files of the units, in order: what file-based runners are given. */
function unitFiles(units) {
    return [...new Set(units.map((unit) => unit.file ?? unit.id))];
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/command-runner.ts
// command: any program (k6, a script). It may write JUnit (config key junit, or $TESTPIPE_JUNIT_PATH);
// otherwise its exit code is the result of one test named after the suite.

function run(context) {
    const [file, ...args] = context.suite.command ?? [];
    if (file === undefined)
        throw new Error(`suite ${context.suite.name}: the command runner needs command in testpipe.yml`);
    const files = context.units.filter((unit) => unit.file !== undefined).map((unit) => unit.file);
    return {
        file,
        args: [...args, ...files],
        env: {
            ...context.suite.env,
            TESTPIPE_JUNIT_PATH: context.junitPath,
            TESTPIPE_ATTEMPT: String(context.attempt),
        },
        report: context.suite.junit
            ? { kind: 'junit-glob', patterns: context.suite.junit }
            : { kind: 'junit-or-exit-code' },
    };
}
const commandRunner = {
    name: 'command',
    /** discover.glob or discover.command give file units, passed after the command; else one unit, the suite. */
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? [{ id: suite.name }];
    },
    command: run,
    /** A command cannot be asked to run only some tests: it runs again whole. */
    retryCommand: run,
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/find-program.ts


function isExecutable(path) {
    try {
        (0,external_node_fs_.accessSync)(path, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/** A program on PATH, or undefined; lets an adapter prefer a tool (gotestsum) when it is installed. */
function findOnPath(name, path = process.env.PATH ?? '') {
    for (const dir of path.split(external_node_path_.delimiter)) {
        if (dir && isExecutable((0,external_node_path_.join)(dir, name)))
            return (0,external_node_path_.join)(dir, name);
    }
    return undefined;
}
/**
 * The project's own copy of a Node tool (node_modules/.bin/<name>, looking upwards from cwd, as
 * npm workspaces hoist it), else the name itself to be found on PATH.
 */
function localBin(cwd, name) {
    for (let dir = cwd;; dir = (0,external_node_path_.dirname)(dir)) {
        const candidate = (0,external_node_path_.join)(dir, 'node_modules', '.bin', name);
        if (isExecutable(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return name;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/regex-escape.ts
/** Escapes a literal for JavaScript and RE2 (Go) regular expressions alike. */
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
/** A pattern matching exactly one of `names`, e.g. ^(?:a|b\.c)$; Go's RE2 accepts (?:) too. */
function exactNamesPattern(names) {
    const unique = [...new Set(names)];
    return `^(?:${unique.map(escapeRegex).join('|')})$`;
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/go-runner.ts
// go: units are "package::TestName" (granularity test) or packages (granularity file).
// JUnit via gotestsum when it is installed, else `go test -json` converted by us.





const PACKAGE_RESULT = /^(?:ok|FAIL|\?)\s+(\S+)/;
/** Tests per package from `go test -list . ./...`: names come before their package's "ok" line. */
function parseGoTestList(output) {
    const units = [];
    let pending = [];
    for (const raw of output.split(/\r?\n/)) {
        const line = raw.trim();
        if (!line)
            continue;
        const result = PACKAGE_RESULT.exec(line);
        if (result) {
            const pkg = result[1];
            units.push(...pending.map((name) => ({ id: `${pkg}::${name}`, file: pkg })));
            pending = [];
        }
        else if (/^(?:Test|Example|Fuzz|Benchmark)\w*$/.test(line))
            pending.push(line);
    }
    return units;
}
function splitUnit(unit) {
    const at = unit.id.indexOf('::');
    return at === -1 ? { pkg: unit.id } : { pkg: unit.id.slice(0, at), name: unit.id.slice(at + 2) };
}
/**
 * One `go test` over the packages; with test names, a -run of exactly those top-level tests.
 * A name shared by two packages of one shard runs in both: -run applies to every package.
 */
function go_runner_run(context, packages, names) {
    const goArgs = [
        ...(names.length > 0 ? ['-run', exactNamesPattern(names)] : []),
        ...(context.suite.command ?? []),
        ...packages,
    ];
    const gotestsum = findOnPath('gotestsum');
    if (gotestsum) {
        return {
            file: gotestsum,
            args: ['--format', 'standard-verbose', '--junitfile', context.junitPath, '--', ...goArgs],
            env: { ...context.suite.env },
            report: { kind: 'junit' },
        };
    }
    const jsonPath = (0,external_node_path_.join)((0,external_node_path_.dirname)(context.junitPath), `${context.junitPath.split(/[/\\]/).pop()}.go-test.json`);
    return {
        file: 'go',
        args: ['test', '-json', ...goArgs],
        env: { ...context.suite.env },
        report: { kind: 'go-test-json', path: jsonPath },
        stdoutFile: jsonPath,
    };
}
const goRunner = {
    name: 'go',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const output = await listOutput('go', ['test', '-list', '.', './...'], { cwd, env: suite.env });
        const tests = parseGoTestList(output);
        if (suite.granularity === 'test')
            return tests;
        return [...new Set(tests.map((unit) => unit.file))].map((pkg) => ({ id: pkg, file: pkg }));
    },
    command(context) {
        const parts = context.units.map(splitUnit);
        const names = parts.every((part) => part.name !== undefined) ? parts.map((part) => part.name) : [];
        return go_runner_run(context, [...new Set(parts.map((part) => part.pkg))], names);
    },
    /** Failed subtests ("TestX/case") rerun their top-level test: -run's first level is the parent. */
    retryCommand(context) {
        const packages = [...new Set(context.failed.map((test) => test.classname ?? test.suite))];
        const names = context.failed.map((test) => test.name.split('/')[0]);
        return go_runner_run(context, packages, names);
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/jest-runner.ts
// jest: units are test files; results come from --json (converted), retries use -t with exact full names.






function jsonPathFor(junitPath) {
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(junitPath), `${junitPath
        .split(/[/\\]/)
        .pop()
        .replace(/\.xml$/, '')}.jest.json`);
}
function jest_runner_run(context, files, namePattern) {
    const json = jsonPathFor(context.junitPath);
    return {
        file: localBin(context.cwd, 'jest'),
        args: [
            '--ci',
            '--json',
            `--outputFile=${json}`,
            ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
            ...(context.suite.command ?? []),
            '--runTestsByPath',
            ...files,
        ],
        env: { ...context.suite.env },
        report: { kind: 'jest-json', path: json },
    };
}
const jestRunner = {
    name: 'jest',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const output = await listOutput(localBin(cwd, 'jest'), ['--listTests', ...(suite.command ?? [])], {
            cwd,
            env: suite.env,
        });
        return nonEmptyLines(output)
            .map((path) => (0,external_node_path_.relative)(cwd, path).replace(/\\/g, '/'))
            .sort()
            .map((file) => ({ id: file, file }));
    },
    command(context) {
        return jest_runner_run(context, unitFiles(context.units));
    },
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return jest_runner_run(context, files, exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/mocha-runner.ts
// mocha: units are test files; mocha-junit-reporter (a project dependency) writes the report via MOCHA_FILE.



const MOCHA_DEFAULT_GLOB = ['test/**/*.{js,cjs,mjs}'];
function mocha_runner_run(context, files, grep) {
    return {
        file: localBin(context.cwd, 'mocha'),
        args: [
            '--reporter',
            'mocha-junit-reporter',
            ...(grep === undefined ? [] : ['--grep', grep]),
            ...(context.suite.command ?? []),
            '--',
            ...files,
        ],
        env: { ...context.suite.env, MOCHA_FILE: context.junitPath },
        report: { kind: 'junit' },
    };
}
const mochaRunner = {
    name: 'mocha',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(MOCHA_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return mocha_runner_run(context, unitFiles(context.units));
    },
    /** mocha-junit-reporter names a testcase by its full title, which is what --grep matches. */
    retryCommand(context) {
        return mocha_runner_run(context, unitFiles(context.units), exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/node-test-runner.ts
// node:test: units are test files; node's junit reporter writes the report, the spec reporter the log.


const NODE_TEST_DEFAULT_GLOB = [
    '**/*.test.{js,mjs,cjs}',
    '**/*-test.{js,mjs,cjs}',
    '**/*_test.{js,mjs,cjs}',
    '**/test-*.{js,mjs,cjs}',
    '**/test/**/*.{js,mjs,cjs}',
];
function node_test_runner_run(context, namePattern) {
    return {
        file: process.execPath,
        args: [
            '--test',
            '--test-reporter=spec',
            '--test-reporter-destination=stdout',
            '--test-reporter=junit',
            `--test-reporter-destination=${context.junitPath}`,
            ...(namePattern === undefined ? [] : [`--test-name-pattern=${namePattern}`]),
            ...(context.suite.command ?? []),
            ...unitFiles(context.units),
        ],
        env: { ...context.suite.env },
        report: { kind: 'junit' },
    };
}
const nodeTestRunner = {
    name: 'node',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(NODE_TEST_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return node_test_runner_run(context);
    },
    /** node's junit reporter does not name the file of a test, so the shard's files run, filtered by name. */
    retryCommand(context) {
        return node_test_runner_run(context, exactNamesPattern(context.failed.map((test) => test.name)));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/playwright-runner.ts
// Playwright: units are spec files; the junit reporter writes to PLAYWRIGHT_JUNIT_OUTPUT_NAME.



const PLAYWRIGHT_DEFAULT_GLOB = ['**/*.@(spec|test).?(c|m)[jt]s?(x)'];
function playwright_runner_run(context, files, lastFailed) {
    return {
        file: localBin(context.cwd, 'playwright'),
        args: [
            'test',
            '--reporter=list,junit',
            ...(lastFailed ? ['--last-failed'] : []),
            ...(context.suite.command ?? []),
            '--',
            // Playwright reads each filter as a regular expression over the file path: escape to keep it literal.
            ...files.map((file) => escapeRegex(file)),
        ],
        env: { ...context.suite.env, PLAYWRIGHT_JUNIT_OUTPUT_NAME: context.junitPath },
        report: { kind: 'junit' },
    };
}
const playwrightRunner = {
    name: 'playwright',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(PLAYWRIGHT_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return playwright_runner_run(context, unitFiles(context.units), false);
    },
    /** --last-failed reads Playwright's own record of the previous attempt; the failed files narrow it further. */
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return playwright_runner_run(context, files, true);
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/pytest-runner.ts


const PYTHON = 'python3';
/** pytest's exit code when nothing was collected. */
const NO_TESTS_COLLECTED = 5;
/** Node ids from `pytest --collect-only -q`: lines up to the blank line before the summary. */
function parsePytestCollection(output) {
    return nonEmptyLines(output).filter((line) => line.includes('::') && !/^(?:=|ERROR|FAILED)\b/.test(line));
}
/** rootdir pinned to the working directory, so node ids and JUnit file attributes agree. */
function baseArgs(cwd) {
    return ['-m', 'pytest', `--rootdir=${cwd}`];
}
/** The classname pytest's xunit1 JUnit gives a node id: path dotted, .py dropped, classes appended. */
function pytestClassname(nodeId) {
    const parts = nodeId.split('::');
    const name = parts.pop() ?? '';
    const module = (parts[0] ?? '').replace(/\.py$/, '').replace(/[/\\]/g, '.');
    return { classname: [module, ...parts.slice(1)].filter(Boolean).join('.'), name };
}
/** The node id of a failed test: by matching the known node ids, else rebuilt from file and classname. */
function pytestNodeId(test, known) {
    for (const unit of known) {
        if (!unit.id.includes('::'))
            continue;
        const { classname, name } = pytestClassname(unit.id);
        if (name === test.name && classname === (test.classname ?? ''))
            return unit.id;
    }
    const file = test.file ?? `${(test.classname ?? '').split('.').join('/')}.py`;
    const module = file.replace(/\.py$/, '').replace(/[/\\]/g, '.');
    const classname = test.classname ?? module;
    const classes = classname.startsWith(`${module}.`) ? classname.slice(module.length + 1).split('.') : [];
    return [file, ...classes, test.name].join('::');
}
function pytest_runner_run(context, selectors) {
    const { suite, cwd, junitPath } = context;
    return {
        file: PYTHON,
        args: [
            ...baseArgs(cwd),
            '-v',
            '-o',
            'junit_family=xunit1',
            `--junitxml=${junitPath}`,
            ...(suite.command ?? []),
            '--',
            ...selectors,
        ],
        env: { ...suite.env },
        report: { kind: 'junit' },
    };
}
const pytestRunner = {
    name: 'pytest',
    async discover(suite, cwd) {
        const configured = await configuredUnits(suite, cwd);
        if (configured)
            return configured;
        const output = await listOutput(PYTHON, [...baseArgs(cwd), '--collect-only', '-q', ...(suite.command ?? [])], {
            cwd,
            env: suite.env,
            okExitCodes: [NO_TESTS_COLLECTED],
        });
        const units = parsePytestCollection(output).map((id) => ({ id, file: id.split('::')[0] }));
        if (suite.granularity === 'test')
            return units;
        return unitFiles(units).map((file) => ({ id: file, file }));
    },
    command(context) {
        return pytest_runner_run(context, context.units.map((unit) => unit.id));
    },
    retryCommand(context) {
        return pytest_runner_run(context, [...new Set(context.failed.map((test) => pytestNodeId(test, context.units)))]);
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/vitest-runner.ts
// vitest: units are test files found by glob; JUnit from its built-in reporter; retries by -t full name.



const VITEST_DEFAULT_GLOB = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
function vitest_runner_run(context, files, namePattern) {
    return {
        file: localBin(context.cwd, 'vitest'),
        args: [
            'run',
            '--reporter=default',
            '--reporter=junit',
            `--outputFile.junit=${context.junitPath}`,
            ...(namePattern === undefined ? [] : ['--testNamePattern', namePattern]),
            ...(context.suite.command ?? []),
            '--',
            ...files,
        ],
        env: { ...context.suite.env },
        report: { kind: 'junit' },
    };
}
/** vitest's JUnit names join describe blocks with " > "; -t matches them joined with spaces. */
function vitestFullName(junitName) {
    return junitName.split(' > ').join(' ');
}
const vitestRunner = {
    name: 'vitest',
    async discover(suite, cwd) {
        return (await configuredUnits(suite, cwd)) ?? filesByGlob(VITEST_DEFAULT_GLOB, cwd);
    },
    command(context) {
        return vitest_runner_run(context, unitFiles(context.units));
    },
    retryCommand(context) {
        const files = [...new Set(context.failed.map((test) => test.file ?? test.classname ?? test.suite))];
        return vitest_runner_run(context, files, exactNamesPattern(context.failed.map((test) => vitestFullName(test.name))));
    },
};

;// CONCATENATED MODULE: ./packages/stages/src/runners/jest-json.ts
// jest --json output → test records, so jest needs no reporter package installed in the project.


const jest_json_STATUS = { passed: 'passed', failed: 'failed' };
function failureOf(messages) {
    const body = messages.join('\n\n');
    return { message: body.split('\n')[0] ?? '', body };
}
/** jest's full name of a test: describe titles and the test title, space-joined (what -t matches). */
function jestFullName(assertion) {
    return assertion.fullName ?? [...(assertion.ancestorTitles ?? []), assertion.title].join(' ');
}
/** Records of one `jest --json` result; a file that failed to run is one errored test case. */
function jestJsonRecords(document, rootDir) {
    const records = [];
    for (const file of document.testResults ?? []) {
        const path = (0,external_node_path_.relative)(rootDir, file.name).replace(/\\/g, '/');
        const assertions = file.assertionResults ?? [];
        if (assertions.length === 0 && file.status === 'failed') {
            records.push({
                suite: path,
                classname: path,
                name: 'Test suite failed to run',
                file: path,
                attempts: [
                    { status: 'errored', durationMs: 0, failure: failureOf([file.message ?? 'jest could not run this file']) },
                ],
            });
            continue;
        }
        for (const assertion of assertions) {
            const status = jest_json_STATUS[assertion.status] ?? 'skipped';
            const record = {
                suite: path,
                classname: path,
                name: jestFullName(assertion),
                file: path,
                attempts: [{ status, durationMs: assertion.duration ?? 0 }],
            };
            if (status === 'failed')
                record.attempts[0].failure = failureOf(assertion.failureMessages ?? []);
            records.push(record);
        }
    }
    return records;
}
async function readJestJsonRecords(path, rootDir) {
    return jestJsonRecords(JSON.parse(await (0,promises_.readFile)(path, 'utf8')), rootDir);
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/go-test-json.ts
// `go test -json` events → test records, for machines without gotestsum.

const FINAL = { pass: 'passed', fail: 'failed', skip: 'skipped' };
/** One record per test (subtests included); a package that failed without a failing test is one errored case. */
function goTestJsonRecords(text) {
    const output = new Map();
    const records = [];
    const failedTestIn = new Set();
    for (const line of text.split('\n')) {
        if (!line.startsWith('{'))
            continue;
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            continue;
        }
        const pkg = event.Package ?? '';
        const key = `${pkg}\u0000${event.Test ?? ''}`;
        if (event.Action === 'output')
            output.set(key, (output.get(key) ?? '') + (event.Output ?? ''));
        const status = FINAL[event.Action];
        if (status === undefined)
            continue;
        if (event.Test === undefined) {
            if (status === 'failed' && !failedTestIn.has(pkg)) {
                const body = output.get(key) ?? '';
                records.push({
                    suite: pkg,
                    classname: pkg,
                    name: 'TestMain',
                    attempts: [
                        {
                            status: 'errored',
                            durationMs: (event.Elapsed ?? 0) * 1000,
                            failure: { message: `package ${pkg} failed`, body },
                        },
                    ],
                });
            }
            continue;
        }
        if (status === 'failed')
            failedTestIn.add(pkg);
        const record = {
            suite: pkg,
            classname: pkg,
            name: event.Test,
            attempts: [{ status, durationMs: (event.Elapsed ?? 0) * 1000 }],
        };
        if (status === 'failed') {
            const body = output.get(key) ?? '';
            record.attempts[0].failure = { message: `${event.Test} failed`, body };
        }
        records.push(record);
    }
    return records;
}
async function readGoTestJsonRecords(path) {
    return goTestJsonRecords(await (0,promises_.readFile)(path, 'utf8'));
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/records-to-junit.ts

/** Writes converted records (jest JSON, go test -json, an exit code) as JUnit XML via core's writer. */
async function writeRecordsAsJUnit(records, path, name) {
    const builder = new RunBuilder();
    for (const record of records)
        builder.add(record, { path });
    await writeMergedJUnit(builder.build(), path, { name });
}

;// CONCATENATED MODULE: ./packages/stages/src/runners/index.ts








const RUNNERS = {
    pytest: pytestRunner,
    jest: jestRunner,
    vitest: vitestRunner,
    go: goRunner,
    node: nodeTestRunner,
    mocha: mochaRunner,
    playwright: playwrightRunner,
    command: commandRunner,
};
function runnerFor(name) {
    return RUNNERS[name];
}








;// CONCATENATED MODULE: ./packages/stages/src/plan/plan-pipeline.ts




/** Discovers each suite's tests and plans its shards; deterministic for the same tests and timings. */
async function planPipeline(input) {
    const suites = [];
    for (const suite of input.config.suites) {
        const cwd = external_node_path_default().resolve(input.rootDir, suite.workingDirectory);
        const units = await runnerFor(suite.runner).discover(suite, cwd);
        input.log.info(`${suite.name}: discovered ${units.length} ${suite.granularity === 'test' ? 'tests' : 'test files'}`);
        const plan = planShards({
            suite: suite.name,
            units,
            granularity: suite.granularity,
            timings: input.timings,
            shards: input.shards ?? suite.shards,
            maxParallel: input.maxParallel ?? suite.maxParallel,
            runnerMinutesBudget: input.runnerMinutesBudget,
        });
        if (plan.reason)
            input.log.info(`${suite.name}: ${plan.reason}`);
        if (units.length > 0 && plan.knownShare < 0.9) {
            input.log.warning(`${suite.name}: only ${Math.round(plan.knownShare * 100)} % of the tests have known timings; the plan is ` +
                `estimated. ${input.timingsAdvice}`);
        }
        suites.push(plan);
    }
    const planHash = (0,external_node_crypto_.createHash)('sha256')
        .update(suites.map((s) => s.planHash).join('\n'))
        .digest('hex');
    return { schemaVersion: 1, configFile: input.config.file, suites, planHash };
}
/** The suite and units of one shard of a plan, checked against the config it must still match. */
function shardAssignment(plan, config, shardName) {
    const { plan: suitePlan, shard } = findShard(plan.suites, shardName);
    const suite = config.suites.find((s) => s.name === suitePlan.suite);
    if (!suite) {
        throw new ConfigurationError(`Shard "${shardName}" belongs to suite "${suitePlan.suite}", which ${config.file} no longer has; re-run the plan job.`);
    }
    return { suite, shard, units: shard.units.map((id) => unitFromId(id, suite)) };
}
/**
 * A planned unit as discovery made it: the plan keeps ids only, and every discovery derives `file` from
 * the id ("file::test", or the file itself), except a command suite without discover, whose one unit is
 * the suite and names no file. Without `file`, a command suite's shards would run none of their files.
 */
function unitFromId(id, suite) {
    if (suite.runner === 'command' && !suite.discover)
        return { id };
    return { id, file: id.split('::')[0] };
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/plan-summary.ts

function escapeCell(text) {
    return text.replace(/[|\\`*_[\]<>&]/g, (c) => `\\${c}`);
}
function suiteSection(plan) {
    const lines = [`### ${escapeCell(plan.suite)}`, ''];
    if (plan.shards.length === 0) {
        lines.push(`Nothing to run: ${escapeCell(plan.reason ?? 'no tests were discovered')}.`);
        return lines.join('\n');
    }
    lines.push(`${plan.shards.length} shard(s) by ${plan.granularity}; predicted wall time ${formatDuration(plan.makespanMs)}, ` +
        `lower bound max(total/N, longest) ${formatDuration(plan.lowerBoundMs)}, ratio ${plan.ratio.toFixed(3)}; ` +
        `${Math.round(plan.knownShare * 100)} % of ${plan.granularity === 'test' ? 'tests' : 'files'} with known timings.`);
    if (plan.knownShare < 0.9)
        lines.push('', '> Fewer than 90 % of the timings are known: the plan is partly estimated.');
    if (plan.reason)
        lines.push('', escapeCell(plan.reason));
    lines.push('', '| Shard | Units | Predicted |', '| --- | ---: | ---: |');
    for (const shard of plan.shards)
        lines.push(`| ${shard.name} | ${shard.units.length} | ${formatDuration(shard.predictedMs)} |`);
    if (plan.tradeoffs?.length) {
        lines.push('', '<details><summary>shards: auto trade-off</summary>', '');
        lines.push('| N | Wall time | Runner minutes | Efficiency |', '| ---: | ---: | ---: | ---: |');
        for (const row of plan.tradeoffs) {
            lines.push(`| ${row.shards} | ${formatDuration(row.makespanMs)} | ${row.runnerMinutes.toFixed(1)}${row.withinBudget ? '' : ' (over budget)'} | ${(row.efficiency * 100).toFixed(0)} % |`);
        }
        lines.push('', '</details>');
    }
    return lines.join('\n');
}
/** The plan job's summary: shards per suite with predicted times and how good the balance is. */
function planSummaryMarkdown(plan) {
    return [`## Test plan`, '', `Plan \`${plan.planHash.slice(0, 12)}\``, '', ...plan.suites.map(suiteSection)].join('\n\n');
}
/** The plan's trade-off and shard lines for a terminal. */
function planSummaryText(plan) {
    return plan.suites
        .map((s) => s.shards.length === 0
        ? `${s.suite}: nothing to run (${s.reason ?? 'no tests'})`
        : `${s.suite}: ${s.shards.length} shard(s), predicted ${formatDuration(s.makespanMs)} (lower bound ${formatDuration(s.lowerBoundMs)}, ratio ${s.ratio.toFixed(3)})`)
        .join('\n');
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/run-plan.ts
// The plan stage: discover every suite's tests, plan timing-balanced shards, keep the plan for the shards.







/** The run-matrix action's defaults for planning, as in run-matrix/action.yml. */
const PLAN_DEFAULTS = {
    config: 'testpipe.yml',
    'plan-artifact': 'testpipe-plan',
};
async function loadTimings(input, ports) {
    const { logger, artifacts } = ports;
    try {
        if (input.timingsFile) {
            const file = external_node_path_default().resolve(input.rootDir, input.timingsFile);
            const timings = await readTimingsFile(file);
            logger.info(`Timings from ${file}.`);
            return timings;
        }
        if (input.timingsArtifact && artifacts) {
            const found = await artifacts.downloadLatest(input.timingsArtifact, external_node_path_default().join(input.workDir, 'timings'));
            if (!found) {
                logger.warning(`No artifact "${input.timingsArtifact}" found in earlier runs: planning without timings.`);
                return undefined;
            }
            logger.info(`Timings from run ${found.runId} (artifact ${input.timingsArtifact}).`);
            return await readTimingsFile(external_node_path_default().join(found.path, TIMINGS_FILE));
        }
    }
    catch (error) {
        logger.warning(`Timings were not used, the plan is estimated: ${error.message}`);
    }
    return undefined;
}
/** Plans every suite (or reuses this run's plan on a re-run, so shards stay the same) and keeps the plan. */
async function runPlan(input, ports) {
    const config = selectSuites(await loadPipelineConfig(external_node_path_default().resolve(input.rootDir, input.configFile)), input.suites ?? []);
    const planDir = external_node_path_default().join(input.workDir, 'plan');
    const planFile = external_node_path_default().join(planDir, PLAN_FILE);
    const earlier = input.planArtifact && ports.artifacts
        ? await ports.artifacts.downloadFromThisRun(input.planArtifact, planDir).catch(() => undefined)
        : undefined;
    let plan;
    if (earlier) {
        plan = await readPlanFile(external_node_path_default().join(earlier, PLAN_FILE));
        ports.logger.info(`Reusing the plan ${plan.planHash.slice(0, 12)} already uploaded by this run.`);
    }
    else {
        plan = await planPipeline({
            config,
            rootDir: input.rootDir,
            timings: await loadTimings(input, ports),
            shards: input.shards,
            maxParallel: input.maxParallel,
            runnerMinutesBudget: input.runnerMinutesBudget,
            timingsAdvice: input.timingsAdvice,
            log: ports.logger,
        });
        await (0,promises_.mkdir)(planDir, { recursive: true });
        await writeJsonContract(planFile, plan);
        if (input.planArtifact && ports.artifacts)
            await ports.artifacts.uploadDirectory(input.planArtifact, planDir);
    }
    return {
        ...matrixOutput(plan),
        plan,
        planFile: earlier ? external_node_path_default().join(earlier, PLAN_FILE) : planFile,
        config,
        reused: Boolean(earlier),
        summaryMarkdown: planSummaryMarkdown(plan),
    };
}

;// CONCATENATED MODULE: ./packages/stages/src/plan/index.ts





;// CONCATENATED MODULE: ./packages/stages/src/shard/attempt-report.ts
// Turns what a runner left behind (its JUnit, jest JSON, go test -json, the user's files, an exit
// code) into the attempt's JUnit XML file.






async function exists(path) {
    return (0,promises_.stat)(path).then((info) => info.isFile() && info.size > 0, () => false);
}
/** Files matching the globs that this attempt wrote (older ones are from an earlier attempt or run). */
async function freshFiles(patterns, cwd, sinceMs) {
    const files = await glob([...patterns], { cwd, absolute: true, onlyFiles: true });
    const fresh = [];
    for (const file of files.sort()) {
        if ((await (0,promises_.stat)(file)).mtimeMs >= sinceMs - 50)
            fresh.push(file);
    }
    return fresh;
}
async function mergeInto(files, junitPath, name) {
    if (files.length === 1)
        return (0,promises_.copyFile)(files[0], junitPath);
    const builder = new RunBuilder();
    for (const file of files)
        builder.addFile(await ingestFile(file, (record) => builder.add(record, { path: file })));
    await writeMergedJUnit(builder.build(), junitPath, { name });
}
function exitCodeSummary(execution) {
    return execution.exitSignal ? `was killed by ${execution.exitSignal}` : `exited with code ${execution.exitCode}`;
}
/** Writes the attempt's JUnit XML at junitPath; false when the runner left no results at all. */
async function writeAttemptReport(context) {
    const { command, junitPath, cwd, suiteName, execution } = context;
    const report = command.report;
    switch (report.kind) {
        case 'junit':
            return exists(junitPath);
        case 'jest-json': {
            if (!(await exists(report.path)))
                return false;
            await writeRecordsAsJUnit(await readJestJsonRecords(report.path, cwd), junitPath, suiteName);
            return true;
        }
        case 'go-test-json': {
            if (!(await exists(report.path)))
                return false;
            const records = await readGoTestJsonRecords(report.path);
            if (records.length === 0)
                return false;
            await writeRecordsAsJUnit(records, junitPath, suiteName);
            return true;
        }
        case 'junit-glob': {
            const files = await freshFiles(report.patterns, cwd, context.startedAtMs);
            if (files.length === 0)
                return false;
            await mergeInto(files, junitPath, suiteName);
            return true;
        }
        case 'junit-or-exit-code': {
            if (await exists(junitPath))
                return true;
            if (execution.spawnError || execution.timedOut || execution.cancelled)
                return false;
            const passed = execution.exitCode === 0;
            const message = `${[command.file, ...command.args].join(' ')} ${exitCodeSummary(execution)}`;
            await writeRecordsAsJUnit([
                {
                    suite: suiteName,
                    classname: suiteName,
                    name: suiteName,
                    attempts: [
                        passed
                            ? { status: 'passed', durationMs: Date.now() - context.startedAtMs }
                            : {
                                status: 'failed',
                                durationMs: Date.now() - context.startedAtMs,
                                failure: { type: 'ExitCode', message, body: execution.tail.join('\n') },
                            },
                    ],
                },
            ], junitPath, suiteName);
            return true;
        }
    }
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
;// CONCATENATED MODULE: ./packages/stages/src/shard/process-group.ts
// Runs one program in its own process group, streams its output lines, and on timeout or cancel
// kills the whole group: SIGTERM, then SIGKILL after a grace period. Leftover processes (a server
// a test started and never stopped) are killed the same way when the program exits.



function signalGroup(pgid, signal) {
    try {
        process.kill(-pgid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: the group is gone
    }
}
function groupAlive(pgid) {
    return signalGroup(pgid, 0);
}
const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** SIGTERM the group, wait up to graceMs for it to go, then SIGKILL whatever is left. */
async function terminateGroup(pgid, graceMs) {
    if (!signalGroup(pgid, 'SIGTERM'))
        return;
    const pollMs = 50;
    for (let waited = 0; waited < graceMs; waited += pollMs) {
        if (!groupAlive(pgid))
            return;
        await delay(pollMs);
    }
    signalGroup(pgid, 'SIGKILL');
    for (let waited = 0; waited < 2000 && groupAlive(pgid); waited += pollMs)
        await delay(pollMs);
}
function streamLines(stream, onLine) {
    const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: stream, crlfDelay: Infinity });
    lines.on('line', onLine);
    return new Promise((resolve) => lines.once('close', resolve));
}
function runInProcessGroup(options) {
    const tailSize = options.tailLines ?? 50;
    const tail = [];
    const onLine = (line) => {
        tail.push(line);
        if (tail.length > tailSize)
            tail.shift();
        options.onLine(line);
    };
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_.spawn)(options.file, options.args, {
            cwd: options.cwd,
            env: options.env,
            detached: true,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        const result = { exitCode: null, exitSignal: null, timedOut: false, cancelled: false, tail };
        if (child.pid !== undefined)
            result.pid = child.pid;
        let copy;
        if (options.stdoutFile) {
            copy = (0,external_node_fs_.createWriteStream)(options.stdoutFile);
            child.stdout.pipe(copy);
        }
        let stopping;
        const stop = () => (stopping ??= child.pid ? terminateGroup(child.pid, options.graceMs) : Promise.resolve());
        const timer = setTimeout(() => {
            result.timedOut = true;
            void stop();
        }, Math.max(0, options.timeoutMs));
        const onAbort = () => {
            result.cancelled = true;
            void stop();
        };
        options.signal?.addEventListener('abort', onAbort, { once: true });
        if (options.signal?.aborted)
            onAbort();
        const outputDone = Promise.all([streamLines(child.stdout, onLine), streamLines(child.stderr, onLine)]);
        let finished = false;
        const finish = async () => {
            if (finished)
                return;
            finished = true;
            clearTimeout(timer);
            options.signal?.removeEventListener('abort', onAbort);
            await stop(); // leftovers of a finished run, or the rest of a killed one
            if (copy)
                await new Promise((done) => copy.end(done));
            resolve(result);
        };
        child.once('error', (error) => {
            result.spawnError = error;
            void finish();
        });
        child.once('exit', (code, signal) => {
            result.exitCode = code;
            result.exitSignal = signal;
            void stop(); // a leftover holding stdout open would otherwise keep the shard waiting
        });
        child.once('close', () => void outputDone.then(finish));
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/synthetic-cases.ts

function lastOutput(tail) {
    return tail.length ? `\n\nlast output:\n${tail.join('\n')}` : '';
}
function errored(identity, name, type, message) {
    return {
        suite: identity.suite,
        classname: identity.shard,
        name,
        attempts: [
            {
                status: 'errored',
                durationMs: 0,
                failure: { type, message, body: `${message}\ncommand: ${identity.commandLine}${lastOutput(identity.tail)}` },
            },
        ],
    };
}
/** Categorised as `timeout` by core's classifier (type TimeoutError, "timed out after"). */
function timedOutCase(identity, timeoutMs, durationMs) {
    const limit = formatDurationSetting(timeoutMs);
    const record = errored(identity, `${identity.shard} timed out`, 'TimeoutError', `shard ${identity.shard} timed out after ${limit} (suite timeout ${limit}); the whole process group was killed. ` +
        'The last output shows the test that was running: fix the hang or raise timeout in testpipe.yml');
    record.attempts[0].durationMs = durationMs;
    return record;
}
function cancelledCase(identity) {
    return errored(identity, `${identity.shard} cancelled`, 'Cancelled', `shard ${identity.shard} was cancelled; its process group was killed`);
}
/** The runner ended (or could not start) without reporting a single test. */
function didNotRunCase(identity, how) {
    return errored(identity, `${identity.shard} did not run`, 'RunnerError', `${how} before any test ran (no JUnit results). Run the command locally to see the error`);
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/run-shard-attempts.ts
// Runs one shard of a suite: the runner once, then only its failed tests again (up to `retries`),
// each attempt's JUnit kept under attempts/, all merged into results/<shard>/junit.xml + ctrf.json.







const COLLECTION_ERROR = /collection failure|error collecting|Test suite failed to run/i;
function commandLine(command) {
    return [command.file, ...command.args]
        .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : JSON.stringify(arg)))
        .join(' ');
}
function isFailingResult(test) {
    return isFailing(test.status);
}
function howItEnded(execution, command) {
    if (execution.spawnError)
        return `could not start ${command.file}: ${execution.spawnError.message}`;
    if (execution.exitSignal)
        return `${command.file} was killed by ${execution.exitSignal}`;
    return `${command.file} exited with code ${execution.exitCode}`;
}
/** Why the failed tests are not run again, or undefined when they should be. */
function reasonNotToRetry(run, failing, suite) {
    const ran = run.tests.filter((test) => test.status !== 'skipped').length;
    if (failing.some((test) => test.attempts.some((a) => COLLECTION_ERROR.test(a.failure?.message ?? '')))) {
        return 'tests could not be collected (an import or syntax error): a retry cannot fix that; not retrying';
    }
    if (ran > 0 && failing.length / ran > suite.retryMaxFailureRatio) {
        const percent = Math.round(suite.retryMaxFailureRatio * 100);
        return `${failing.length} of ${ran} failed (>${percent} %): that is a broken build, not flakes; not retrying`;
    }
    return undefined;
}
/** Runs the suite's runner for the shard's units, then only the failed tests again, and merges every attempt. */
async function runShardAttempts(options) {
    const { suite, shardName, log, signal } = options;
    const clock = options.clock ?? clock_systemClock;
    const adapter = options.adapter ?? runnerFor(suite.runner);
    const cwd = (0,external_node_path_.resolve)(options.rootDir ?? process.cwd(), suite.workingDirectory);
    const resultsPath = (0,external_node_path_.resolve)(options.resultsDir);
    const attemptsDir = (0,external_node_path_.join)(resultsPath, SHARD_ATTEMPTS_DIR);
    await (0,promises_.mkdir)(attemptsDir, { recursive: true });
    const graceMs = options.killGraceMs ?? suite.killGraceMs;
    const retryDelay = options.retryDelay ?? { baseDelayMs: 2000, maxDelayMs: 30_000 };
    const deadline = clock.now() + suite.timeoutMs;
    const builder = new RunBuilder();
    const commands = [];
    let status;
    let failing = [];
    for (let attempt = 1;; attempt++) {
        const junitPath = (0,external_node_path_.join)(attemptsDir, `attempt-${attempt}.xml`);
        const context = { suite, units: options.units, attempt, junitPath, cwd };
        const command = attempt === 1 ? adapter.command(context) : adapter.retryCommand({ ...context, failed: failing.map(failedTest) });
        log.info(`attempt ${attempt}: ${commandLine(command)}`);
        const startedAtMs = clock.now();
        const execution = await runInProcessGroup({
            file: command.file,
            args: command.args,
            cwd,
            // Every runner's tests can tell which attempt and shard they are (fixtures, ports, flaky demos).
            env: { ...process.env, ...command.env, TESTPIPE_ATTEMPT: String(attempt), TESTPIPE_SHARD: shardName },
            timeoutMs: deadline - startedAtMs,
            graceMs,
            onLine: (line) => log.info(line),
            ...(signal && { signal }),
            ...(command.stdoutFile && { stdoutFile: command.stdoutFile }),
        });
        const reported = await writeAttemptReport({
            command,
            junitPath,
            cwd,
            suiteName: suite.name,
            execution,
            startedAtMs,
        });
        commands.push({
            attempt,
            file: command.file,
            args: command.args,
            exitCode: execution.exitCode,
            junitPath,
            reported,
        });
        if (execution.pid !== undefined)
            commands.at(-1).pid = execution.pid;
        const records = [];
        if (reported) {
            builder.addFile(await ingestFile(junitPath, (record) => records.push(record), { shard: shardName }));
            // A retry filters by name (jest and vitest -t), and those runners report every other test of the
            // retried files as skipped: such a skip is not an attempt of that test, so it is left out.
            const retried = attempt === 1 ? undefined : new Set(failing.map((test) => test.name));
            for (const record of records) {
                if (retried && !retried.has(record.name) && record.attempts.every((a) => a.status === 'skipped'))
                    continue;
                builder.add(record, { path: junitPath, shard: shardName });
            }
        }
        const identity = { suite: suite.name, shard: shardName, commandLine: commandLine(command), tail: execution.tail };
        if (execution.timedOut) {
            log.warning(`shard ${shardName} timed out after ${formatDurationSetting(suite.timeoutMs)}: killed its process group`);
            builder.add(timedOutCase(identity, suite.timeoutMs, clock.now() - startedAtMs), {
                path: junitPath,
                shard: shardName,
            });
            status = 'timed-out';
            break;
        }
        if (execution.cancelled) {
            builder.add(cancelledCase(identity), { path: junitPath, shard: shardName });
            status = 'errored';
            break;
        }
        if (records.length === 0) {
            const how = howItEnded(execution, command);
            log.warning(`${how} before any test ran; not retrying`);
            builder.add(didNotRunCase(identity, how), { path: junitPath, shard: shardName });
            status = 'errored';
            break;
        }
        const run = builder.build();
        failing = run.tests.filter(isFailingResult);
        if (failing.length === 0) {
            if (execution.exitCode !== 0)
                log.warning(`${howItEnded(execution, command)} although no test failed`);
            break;
        }
        if (attempt > suite.retries)
            break;
        const reason = reasonNotToRetry(run, failing, suite);
        if (reason) {
            log.warning(reason);
            break;
        }
        const waitMs = backoffDelayMs(attempt, retryDelay, Math.random);
        if (clock.now() + waitMs >= deadline) {
            log.warning(`no time left in the suite timeout to retry ${failing.length} failed test(s)`);
            break;
        }
        log.info(`retrying ${failing.length} failed test(s) in ${waitMs} ms (retry ${attempt} of ${suite.retries})`);
        // A cancel ends the wait; the next attempt then sees the aborted signal and records the cancel.
        await clock.sleep(waitMs, signal).catch(() => undefined);
    }
    const run = builder.build();
    const junitPath = (0,external_node_path_.join)(resultsPath, SHARD_JUNIT_FILE);
    const ctrfPath = (0,external_node_path_.join)(resultsPath, SHARD_CTRF_FILE);
    await writeMergedJUnit(run, junitPath, { name: suite.name });
    const ctrf = toCtrfReport(run, undefined, {
        toolName: suite.runner,
        environment: { suite: suite.name, shard: shardName },
    });
    await writeJsonContract(ctrfPath, ctrf);
    const failed = run.tests.filter(isFailingResult).length;
    return {
        status: status ?? (failed > 0 ? 'failed' : 'passed'),
        total: run.tests.length,
        failed,
        flaky: run.tests.filter((test) => test.flaky).length,
        attempts: commands.length,
        resultsPath,
        junitPath,
        ctrfPath,
        commands,
    };
}
function failedTest(test) {
    const failed = { suite: test.suite, name: test.name };
    if (test.classname !== undefined)
        failed.classname = test.classname;
    if (test.file !== undefined)
        failed.file = test.file;
    return failed;
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/suite-artifacts.ts



/**
 * Copies the extra files the suite names (screenshots, traces) under results/<shard>/artifacts/, so the
 * shard's one results artifact holds them too.
 */
async function copySuiteArtifacts(resultsDir, suite, rootDir) {
    if (suite.artifacts.length > 0) {
        const cwd = external_node_path_default().resolve(rootDir, suite.workingDirectory);
        const extra = await glob(suite.artifacts, { cwd, onlyFiles: true, dot: false });
        for (const relative of extra) {
            await (0,promises_.cp)(external_node_path_default().join(cwd, relative), external_node_path_default().join(resultsDir, 'artifacts', relative), { force: true });
        }
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/run-shard.ts
// The shard stage: one shard of the plan, run with its suite's timeout and retries, its results kept
// under results/<shard>/ (junit.xml, ctrf.json, attempts/, output.log) and, with a store, uploaded.









/** The run-matrix action's defaults for running a shard, as in run-matrix/action.yml. */
const SHARD_DEFAULTS = {
    config: 'testpipe.yml',
    'plan-artifact': 'testpipe-plan',
    'results-dir': 'testpipe-results',
    'fail-on-test-failure': true,
};
async function plannedShard(input, ports) {
    if (input.planned)
        return input.planned;
    if (!input.configFile || !input.planArtifact || !ports.artifacts) {
        throw new ConfigurationError('A shard needs the plan: give the plan artifact (action) or run it from testpipe run.');
    }
    const config = await loadPipelineConfig(external_node_path_default().resolve(input.rootDir, input.configFile));
    const planDir = await ports.artifacts.downloadFromThisRun(input.planArtifact, external_node_path_default().join(input.workDir, 'plan'));
    if (!planDir) {
        throw new ConfigurationError(`This run has no "${input.planArtifact}" artifact: run this action with mode: plan in an earlier job and ` +
            'pass its matrix to this job.');
    }
    return { plan: await readPlanFile(external_node_path_default().join(planDir, PLAN_FILE)), config };
}
/** Runs one shard of the plan; results are written (and uploaded) whatever the tests did. */
async function runShard(input, ports) {
    if (input.shard === EMPTY_SHARD) {
        ports.logger.info('The plan has no tests to run (see the plan job); nothing to do.');
        return { shard: input.shard, empty: true, status: 'passed', total: 0, verdict: `${input.shard}: nothing to run.` };
    }
    const { plan, config } = await plannedShard(input, ports);
    const { suite, units } = shardAssignment(plan, config, input.shard);
    const resultsRoot = external_node_path_default().resolve(input.rootDir, input.resultsDir);
    const resultsDir = external_node_path_default().join(resultsRoot, 'results', input.shard);
    await (0,promises_.rm)(resultsDir, { recursive: true, force: true }); // an earlier run's attempts must not mix in
    await (0,promises_.mkdir)(resultsDir, { recursive: true });
    // The log goes to the caller's logger and, for the results artifact, to results/<shard>/output.log.
    const output = (0,external_node_fs_.createWriteStream)(external_node_path_default().join(resultsDir, SHARD_OUTPUT_LOG));
    const logger = teeLogger(ports.logger, (line) => output.write(`${line}\n`));
    let outcome;
    try {
        outcome = await ports.logger.group(`${input.shard}: ${units.length} unit(s) of ${suite.name} (${suite.runner})`, () => runShardAttempts({
            suite,
            units,
            resultsDir,
            shardName: input.shard,
            rootDir: input.rootDir,
            log: logger,
            ...(ports.clock && { clock: ports.clock }),
            ...(input.signal && { signal: input.signal }),
        }));
    }
    catch (error) {
        output.write(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        throw error;
    }
    finally {
        await new Promise((done) => output.end(done));
    }
    await copySuiteArtifacts(resultsDir, suite, input.rootDir);
    if (input.resultsArtifact && ports.artifacts) {
        await ports.artifacts.uploadDirectory(input.resultsArtifact, resultsDir, { root: resultsRoot });
    }
    const verdict = `${input.shard}: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ${outcome.flaky} flaky, ` +
        `${outcome.attempts} attempt(s).`;
    return { shard: input.shard, empty: false, outcome, status: outcome.status, total: outcome.total, verdict };
}

;// CONCATENATED MODULE: ./packages/stages/src/shard/index.ts





;// CONCATENATED MODULE: ./packages/stages/src/report/base-comparison.ts


/** The base branch's latest report, or one line saying why there is nothing to compare with. */
async function findBaseComparison(host, request) {
    if (request.compareTo === 'none')
        return { reason: 'comparison is turned off (compare-to: none).' };
    const branch = request.compareTo ?? request.pullRequestBase;
    if (!branch)
        return { reason: 'this is not a pull request and compare-to is not set.' };
    if (!request.reportArtifact)
        return { reason: 'report-artifact is empty, so no earlier report can be found.' };
    if (!host)
        return { reason: 'earlier reports are only found in GitHub Actions.' };
    try {
        const found = await host.findBaseReport({
            branch,
            artifactName: request.reportArtifact,
            excludeRunId: request.runId,
            downloadDir: external_node_path_default().join(request.downloadDir, 'testpipe-base-report'),
        });
        if ('unavailable' in found)
            return { reason: found.unavailable };
        return { run: await ingestReports([found.ctrfPath]), label: `${branch} (run ${found.runId})` };
    }
    catch (error) {
        return { reason: `reading the ${branch} report failed (${error.message}).` };
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/build-report.ts



async function loadPreviousTimings(file, log) {
    try {
        return await readTimingsFile(file);
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
    await (0,promises_.mkdir)(input.outputDir, { recursive: true }).catch((error) => {
        throw describeFileSystemError(error, 'Creating the report directory');
    });
    const files = {
        metrics: external_node_path_default().join(input.outputDir, METRICS_FILE),
        ctrf: external_node_path_default().join(input.outputDir, CTRF_REPORT_FILE),
        junit: external_node_path_default().join(input.outputDir, MERGED_JUNIT_FILE),
        html: external_node_path_default().join(input.outputDir, HTML_REPORT_FILE),
        timings: external_node_path_default().join(input.outputDir, TIMINGS_FILE),
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
    await writeJsonContract(files.metrics, metrics);
    const ctrf = toCtrfReport(run, metrics, {
        toolName: 'testpipe',
        timestamp: generatedAt,
        runId: input.runId,
    });
    await (0,promises_.writeFile)(files.ctrf, `${JSON.stringify(ctrf)}\n`);
    await writeMergedJUnit(run, files.junit);
    const previous = input.previousTimings ? await loadPreviousTimings(input.previousTimings, input.log) : undefined;
    const timings = buildTimings(run, previous, { now: input.now });
    await writeJsonContract(files.timings, timings);
    await (0,promises_.writeFile)(files.html, renderHtmlReport({
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

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/result-entries.ts
const REPORT_FILE = /\.(xml|json|trx)$/i;
function classifyResultEntry(entry) {
    return entry.includes('/') || entry.includes('\\') || REPORT_FILE.test(entry) ? 'file-glob' : 'artifact-or-file';
}
function result_entries_escapeRegex(text) {
    return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}
/** Matches artifact names against a pattern with `*` (any run of characters) and `?` (one character). */
function artifactNameMatcher(pattern) {
    const source = [...pattern]
        .map((character) => (character === '*' ? '.*' : character === '?' ? '.' : result_entries_escapeRegex(character)))
        .join('');
    const regex = new RegExp(`^${source}$`);
    return (name) => regex.test(name);
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/report-files.ts


const RAW_REPORT = /\.(xml|trx)$/i;
const report_files_REPORT_FILE = new RegExp(`\\.(${REPORT_EXTENSIONS.join('|')})$`, 'i');
/**
 * run-matrix writes `results/<shard>/*.xml` and a `ctrf.json` holding the same tests: reading both
 * would count every test twice. So a `ctrf.json` is dropped when raw XML/TRX reports from the same
 * directory are among the paths; a `ctrf.json` alone (or any other JSON report) is kept.
 */
function dropShardCtrfBesideRawReports(reportPaths) {
    const directoriesWithRaw = new Set(reportPaths.filter((file) => RAW_REPORT.test(file)).map((file) => external_node_path_default().dirname(external_node_path_default().resolve(file))));
    return reportPaths.filter((file) => external_node_path_default().basename(file) !== SHARD_CTRF_FILE || !directoriesWithRaw.has(external_node_path_default().dirname(external_node_path_default().resolve(file))));
}
/** Every report file (.xml, .json, .trx) under a directory, as absolute paths in reading order. */
async function reportFilesUnder(directory) {
    const { paths } = await expandReportPaths(['.'], { cwd: directory });
    return paths.map((file) => external_node_path_default().resolve(directory, file));
}
/**
 * Report files a workspace glob (or directory, or file) names, as absolute paths. A glob that
 * could be an artifact name (`testpipe-results-*`) also looks inside directories of that name,
 * which is where actions/download-artifact puts artifacts.
 */
async function reportFilesInWorkspace(pattern, workspace, options) {
    const patterns = options.alsoInsideMatchingDirectories
        ? [pattern, `${pattern}/**/*.{${REPORT_EXTENSIONS.join(',')}}`]
        : [pattern];
    const { paths } = await expandReportPaths(patterns, { cwd: workspace });
    // A name-like glob may also match unrelated files (notes, logs): keep only report extensions then.
    const kept = options.alsoInsideMatchingDirectories ? paths.filter((file) => report_files_REPORT_FILE.test(file)) : paths;
    return kept.map((file) => external_node_path_default().resolve(workspace, file));
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/gather-results.ts




const byName = new Intl.Collator('en', { numeric: true });
function runLabel(runId) {
    return runId === undefined ? 'this run' : `run ${runId}`;
}
/** Artifact names cannot hold path separators, but a directory is made of one: refuse anything else. */
function artifactDirectory(downloadDir, artifactName) {
    if (artifactName === '' || artifactName === '.' || artifactName === '..' || /[\\/]/.test(artifactName)) {
        throw new Error(`Artifact name ${JSON.stringify(artifactName)} cannot be used as a directory name`);
    }
    return external_node_path_default().join(downloadDir, artifactName);
}
/** Lists the run's artifacts once, and only if some entry can name an artifact. */
function lazyArtifactList(input, problems) {
    let listed;
    return () => {
        if (!input.artifacts)
            return Promise.resolve([]);
        listed ??= input.artifacts.list(input.runId).catch((error) => {
            problems.push(`Could not list the artifacts of ${runLabel(input.runId)}: ${error.message}. ` +
                'Only workspace files were read.');
            return [];
        });
        return listed;
    };
}
/**
 * Finds every report the `results` input names: downloads the matching artifacts of the current
 * run (or of `runId`) and expands the file globs, so the report stage only sees local paths.
 */
async function gatherResults(input) {
    const problems = [];
    const listArtifacts = lazyArtifactList(input, problems);
    const downloaded = new Map();
    const paths = [];
    for (const entry of input.patterns) {
        if (classifyResultEntry(entry) === 'artifact-or-file') {
            const matches = (await listArtifacts())
                .filter((artifact) => artifactNameMatcher(entry)(artifact.name))
                // Listing order varies; a stable one keeps the report order, the fallback order of attempts, stable.
                .sort((a, b) => byName.compare(a.name, b.name));
            for (const artifact of matches) {
                if (downloaded.has(artifact.id))
                    continue;
                const gathered = await downloadOne(input.artifacts, artifact, input, problems);
                if (gathered === undefined)
                    continue;
                downloaded.set(artifact.id, gathered);
                paths.push(...gathered.files);
            }
            // An entry that named artifacts is not read from the workspace too: a download-artifact step
            // may have put the same artifacts there, and they would be counted twice.
            if (matches.length > 0)
                continue;
        }
        const files = await reportFilesInWorkspace(entry, input.workspace, {
            alsoInsideMatchingDirectories: classifyResultEntry(entry) === 'artifact-or-file',
        });
        if (files.length === 0)
            problems.push(noMatchProblem(entry, input));
        paths.push(...files);
    }
    const reportPaths = dropShardCtrfBesideRawReports([...new Set(paths)]);
    const kept = new Set(reportPaths);
    const artifacts = [...downloaded.values()].map((artifact) => ({
        ...artifact,
        files: artifact.files.filter((file) => kept.has(file)),
    }));
    input.log.info(`Found ${reportPaths.length} report file(s)` +
        (artifacts.length > 0 ? ` in ${artifacts.length} artifact(s) of ${runLabel(input.runId)} and the workspace` : ''));
    return { reportPaths, artifacts, problems };
}
function noMatchProblem(entry, input) {
    return classifyResultEntry(entry) === 'file-glob' || !input.artifacts
        ? `results entry "${entry}" matched no file in the workspace`
        : `results entry "${entry}" matched no artifact of ${runLabel(input.runId)} and no report file in the workspace`;
}
async function downloadOne(store, artifact, input, problems) {
    try {
        const directory = artifactDirectory(input.downloadDir, artifact.name);
        await (0,promises_.mkdir)(directory, { recursive: true });
        await store.download(artifact.id, directory, input.runId);
        const files = await reportFilesUnder(directory);
        if (files.length === 0)
            problems.push(`Artifact "${artifact.name}" holds no .xml, .json or .trx report`);
        input.log.info(`Downloaded artifact "${artifact.name}" (${files.length} report file(s))`);
        return { name: artifact.name, id: artifact.id, files };
    }
    catch (error) {
        problems.push(`Artifact "${artifact.name}" could not be downloaded: ${error.message}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/gather/index.ts




;// CONCATENATED MODULE: ./packages/stages/src/report/publish.ts


const COMMENT_WHEN = (/* unused pure expression or super */ null && (['always', 'on-failure', 'on-change', 'off']));
const COMMENT_MODES = (/* unused pure expression or super */ null && (['update', 'recreate', 'hide-previous']));
/** What decides `comment: on-change`: the verdict and which tests fail, not durations. */
function commentDigest(input) {
    const failing = input.run.tests
        .filter((t) => isFailing(t.status) || t.status === 'flaky')
        .map((t) => `${t.status}:${t.id}`);
    const m = input.metrics;
    const key = [input.status, m.total, m.passed, m.failed, m.errored, m.skipped, m.flaky, ...failing].join('\n');
    return (0,external_node_crypto_.createHash)('sha256').update(key).digest('hex').slice(0, 16);
}
/** The sticky PR comment, within GitHub's size limit; `on-failure` only updates a comment a failure left. */
async function publishComment(host, settings, issueNumber, input) {
    if (settings.when === 'off')
        return undefined;
    // Room for the marker and digest lines the upsert adds.
    const { markdown } = renderMarkdownReport(input, { target: 'comment', maxChars: COMMENT_LIMIT_CHARS - 200 });
    return host.upsertComment({
        issueNumber,
        reportName: input.reportName,
        body: markdown,
        mode: settings.mode,
        digest: settings.when === 'on-change' ? commentDigest(input) : undefined,
        createIfMissing: settings.when !== 'on-failure' || input.status === 'failed',
    });
}
/** A completed check run on the head commit, with an annotation per failing test (up to maxAnnotations). */
async function publishReportCheckRun(host, request, input) {
    const annotations = failureAnnotations(input.run, { workspace: request.workspace, max: request.maxAnnotations });
    const m = input.metrics;
    const title = input.status === 'no-tests'
        ? 'No tests ran'
        : `${m.failed + m.errored} failed, ${m.passed + m.flaky} passed` +
            (m.flaky ? ` (${m.flaky} flaky)` : '') +
            (m.skipped ? `, ${m.skipped} skipped` : '');
    return host.publishCheckRun({
        headSha: request.headSha,
        name: input.reportName,
        conclusion: input.status === 'failed' ? 'failure' : input.status === 'passed' ? 'success' : 'neutral',
        title,
        summary: renderCheckRunSummary(input),
        annotations,
        detailsUrl: request.detailsUrl,
    });
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-error.ts

/** An S3 operation of the archive failed; the caller reports it as a warning. */
class ArchiveError extends UserError {
    operation;
    bucket;
    key;
    name = 'ArchiveError';
    constructor(operation, bucket, key, cause) {
        super(`Could not ${operation} s3://${bucket}/${key}: ${describeS3Error(cause)}`, { kind: 'environment', cause });
        this.operation = operation;
        this.bucket = bucket;
        this.key = key;
    }
}
/** "NoSuchBucket: The specified bucket does not exist (HTTP 404)" from an SDK error. */
function describeS3Error(error) {
    if (!(error instanceof Error))
        return String(error);
    const status = error.$metadata?.httpStatusCode;
    const message = error.message && error.message !== error.name ? `: ${error.message}` : '';
    return `${error.name}${message}${status ? ` (HTTP ${status})` : ''}`;
}
/** The SDK's error name, e.g. "NoSuchKey". */
function s3ErrorName(error) {
    return error instanceof Error ? error.name : undefined;
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-keys.ts
function trimSlashes(value) {
    return value.replace(/^\/+|\/+$/g, '');
}
/** The run's prefix under a base prefix (the `s3-prefix` input): `<base>/<pipeline-id>/`. */
function archivePrefixUnder(basePrefix, pipelineId) {
    const base = trimSlashes(basePrefix);
    const id = trimSlashes(pipelineId);
    if (!id || id.includes('/'))
        throw new Error(`Pipeline id "${pipelineId}" cannot name an S3 prefix.`);
    return base ? `${base}/${id}/` : `${id}/`;
}
/** `testpipe/<owner>/<repo>/<pipeline-id>/`, from GITHUB_REPOSITORY ("owner/repo"). */
function defaultArchivePrefix(repository, pipelineId) {
    if (!/^[^/\s]+\/[^/\s]+$/.test(repository)) {
        throw new Error(`Repository "${repository}" is not "owner/repo".`);
    }
    return archivePrefixUnder(`testpipe/${repository}`, pipelineId);
}
/** History sits beside the runs: `testpipe/<owner>/<repo>/<id>/` → `testpipe/<owner>/<repo>/history.jsonl`. */
function historyKeyForPrefix(prefix) {
    const parts = trimSlashes(prefix).split('/');
    parts.pop();
    return [...parts, 'history.jsonl'].join('/');
}
const TARBALL_NAME = 'reports.tar.gz';

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/history-entry.ts
function historyEntryFromMetrics(metrics, run) {
    return {
        runId: run.runId,
        pipelineId: run.pipelineId,
        at: run.at.toISOString(),
        ...(run.branch ? { branch: run.branch } : {}),
        ...(run.sha ? { sha: run.sha } : {}),
        total: metrics.total,
        passed: metrics.passed,
        failed: metrics.failed,
        errored: metrics.errored,
        skipped: metrics.skipped,
        flaky: metrics.flaky,
        passRate: metrics.passRate,
        durationMs: metrics.durationMs.wall,
    };
}
function isHistoryEntry(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const entry = value;
    const counts = ['total', 'passed', 'failed', 'errored', 'skipped', 'flaky', 'durationMs'];
    return (typeof entry.runId === 'string' &&
        typeof entry.at === 'string' &&
        (entry.passRate === null || typeof entry.passRate === 'number') &&
        counts.every((key) => typeof entry[key] === 'number'));
}
/** Reads history.jsonl; a line that is not an entry is counted and skipped, not fatal to the trend. */
function parseHistoryLines(text) {
    const entries = [];
    let invalidLines = 0;
    for (const line of text.split('\n')) {
        if (!line.trim())
            continue;
        try {
            const value = JSON.parse(line);
            if (isHistoryEntry(value))
                entries.push(value);
            else
                invalidLines += 1;
        }
        catch {
            invalidLines += 1;
        }
    }
    return { entries, invalidLines };
}
function formatHistoryLines(entries) {
    return entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/s3-client.ts
function resolveRegion(env) {
    return env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1';
}
/**
 * Loads the AWS SDK on first use only, so a run that does not archive never pays for it.
 * Checksums are WHEN_REQUIRED: the default aws-chunked trailing checksums on streamed
 * bodies are stored verbatim (corrupted) by some S3-compatible stores.
 */
async function createS3Client(target) {
    const { S3Client: Client } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19));
    return new Client({
        region: resolveRegion(target.env ?? process.env),
        ...(target.endpoint ? { endpoint: target.endpoint, forcePathStyle: true } : {}),
        ...target.clientConfig,
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/history.ts



/** Entries kept in history.jsonl; older ones are dropped so the object stays small. */
const DEFAULT_HISTORY_LIMIT = 1000;
const WRITE_ATTEMPTS = 3;
async function readHistoryObject(client, bucket, key, log) {
    const { GetObjectCommand } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19));
    let text;
    let etag;
    try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        text = (await response.Body?.transformToString('utf8')) ?? '';
        etag = response.ETag;
    }
    catch (error) {
        // A missing key is an empty history. (Without s3:ListBucket, AWS answers AccessDenied instead.)
        if (s3ErrorName(error) === 'NoSuchKey')
            return { entries: [] };
        throw new ArchiveError('read history', bucket, key, error);
    }
    const { entries, invalidLines } = parseHistoryLines(text);
    if (invalidLines > 0)
        log?.warning(`Skipped ${invalidLines} unreadable line(s) in s3://${bucket}/${key}.`);
    return { entries, ...(etag ? { etag } : {}) };
}
function isWriteConflict(error) {
    const name = s3ErrorName(error);
    return name === 'PreconditionFailed' || name === 'ConditionalRequestConflict';
}
/**
 * Appends one run to history.jsonl. S3 has no append, so this is read-modify-write: two runs
 * finishing together could each read the same object and one line would be lost. The write is
 * conditional (If-Match on the ETag read, If-None-Match for a new object) and retried on
 * conflict where the store enforces it (AWS S3 does; s3rver ignores the headers, so there the
 * race is accepted: history is a trend, not a ledger).
 */
async function appendHistory(client, options) {
    const { PutObjectCommand } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19));
    const limit = options.limit ?? DEFAULT_HISTORY_LIMIT;
    for (let attempt = 1;; attempt += 1) {
        const current = await readHistoryObject(client, options.bucket, options.key, options.log);
        const entries = [...current.entries, options.entry].slice(-limit);
        try {
            await client.send(new PutObjectCommand({
                Bucket: options.bucket,
                Key: options.key,
                Body: formatHistoryLines(entries),
                ContentType: 'application/x-ndjson',
                ...(current.etag ? { IfMatch: current.etag } : { IfNoneMatch: '*' }),
            }));
            return entries;
        }
        catch (error) {
            if (isWriteConflict(error) && attempt < WRITE_ATTEMPTS)
                continue;
            throw new ArchiveError('write history', options.bucket, options.key, error);
        }
    }
}
/** The last N runs, oldest first, for the HTML trend; an absent history is empty. */
async function readHistory(options) {
    if (!Number.isInteger(options.lastN) || options.lastN < 1) {
        throw new RangeError(`History lastN must be a positive integer, got ${options.lastN}.`);
    }
    const client = await createS3Client(options);
    try {
        const { entries } = await readHistoryObject(client, options.bucket, options.key, options.log);
        return entries.slice(-options.lastN);
    }
    finally {
        client.destroy();
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
;// CONCATENATED MODULE: ./packages/stages/src/report/archive/tar-gz-stream.ts





// A minimal POSIX ustar writer (with a PAX header for long paths), streamed through gzip,
// so the archive never sits in memory whole.
const BLOCK = 512;
/** Every regular file under `directory`, sorted, so the archive is the same for the same tree. */
async function listFiles(directory) {
    const entries = await (0,promises_.readdir)(directory, { recursive: true, withFileTypes: true });
    const files = [];
    for (const entry of entries) {
        if (!entry.isFile())
            continue;
        const absolutePath = external_node_path_default().join(entry.parentPath, entry.name);
        const info = await (0,promises_.stat)(absolutePath);
        files.push({
            name: external_node_path_default().relative(directory, absolutePath).split((external_node_path_default()).sep).join('/'),
            absolutePath,
            size: info.size,
            mode: info.mode & 0o777,
            mtimeSeconds: Math.floor(info.mtimeMs / 1000),
        });
    }
    return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
function writeOctal(header, value, offset, length) {
    header.write(value.toString(8).padStart(length - 1, '0') + '\0', offset, length, 'ascii');
}
/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a "/", or returns undefined. */
function splitUstarPath(name) {
    if (Buffer.byteLength(name) <= 100)
        return { prefix: '', name };
    for (let index = name.indexOf('/'); index !== -1; index = name.indexOf('/', index + 1)) {
        const prefix = name.slice(0, index);
        const rest = name.slice(index + 1);
        if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100)
            return { prefix, name: rest };
    }
    return undefined;
}
function header(fields) {
    const block = Buffer.alloc(BLOCK);
    block.write(fields.name, 0, 100, 'utf8');
    writeOctal(block, fields.mode, 100, 8);
    writeOctal(block, 0, 108, 8);
    writeOctal(block, 0, 116, 8);
    writeOctal(block, fields.size, 124, 12);
    writeOctal(block, fields.mtime, 136, 12);
    block.write(' '.repeat(8), 148, 8, 'ascii');
    block.write(fields.type, 156, 1, 'ascii');
    block.write('ustar\u000000', 257, 8, 'ascii');
    block.write(fields.prefix, 345, 155, 'utf8');
    let checksum = 0;
    for (const byte of block)
        checksum += byte;
    block.write(checksum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    return block;
}
function padding(size) {
    return Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);
}
/** A PAX record is "<length> path=<value>\n" where length counts itself. */
function paxPathRecord(name) {
    const body = ` path=${name}\n`;
    const bodyLength = Buffer.byteLength(body);
    let digits = 1;
    while (String(bodyLength + digits).length !== digits)
        digits += 1;
    return Buffer.from(`${bodyLength + digits}${body}`, 'utf8');
}
function* entryHeaders(entry) {
    const fields = { size: entry.size, mode: entry.mode, mtime: entry.mtimeSeconds, type: '0' };
    const split = splitUstarPath(entry.name);
    if (split) {
        yield header({ ...fields, ...split });
        return;
    }
    const record = paxPathRecord(entry.name);
    yield header({
        name: 'PaxHeader',
        prefix: '',
        size: record.length,
        mode: 0o644,
        mtime: entry.mtimeSeconds,
        type: 'x',
    });
    yield record;
    yield padding(record.length);
    yield header({ ...fields, name: entry.name.slice(-100), prefix: '' });
}
async function* tarBlocks(entries) {
    for (const entry of entries) {
        yield* entryHeaders(entry);
        let written = 0;
        for await (const chunk of (0,external_node_fs_.createReadStream)(entry.absolutePath)) {
            written += chunk.length;
            if (written > entry.size)
                break;
            yield chunk;
        }
        if (written !== entry.size) {
            throw new Error(`${entry.absolutePath} changed size while it was archived (${entry.size} → ${written} bytes).`);
        }
        yield padding(entry.size);
    }
    yield Buffer.alloc(BLOCK * 2);
}
/** A gzip-compressed tar of `entries`, produced as it is read. */
function tarGzStream(entries) {
    // pipeline() destroys both sides when either fails or the reader gives up, closing open files;
    // the error itself reaches the reader through the returned stream.
    return (0,external_node_stream_.pipeline)(external_node_stream_.Readable.from(tarBlocks(entries), { objectMode: false }), (0,external_node_zlib_.createGzip)(), () => undefined);
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/archive-reports.ts









const DEFAULT_PART_SIZE = 8 * 1024 * 1024;
class ByteCounter extends external_node_stream_.Transform {
    bytes = 0;
    _transform(chunk, _encoding, callback) {
        this.bytes += chunk.length;
        callback(null, chunk);
    }
}
async function uploadTarball(client, options, key) {
    const { Upload } = await Promise.all(/* import() */[__nccwpck_require__.e(711), __nccwpck_require__.e(358)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 2358, 19));
    const files = await listFiles(options.outputDir);
    const counter = (0,external_node_stream_.pipeline)(tarGzStream(files), new ByteCounter(), () => undefined);
    const upload = new Upload({
        client,
        params: { Bucket: options.bucket, Key: key, Body: counter, ContentType: 'application/gzip' },
        partSize: options.partSize ?? DEFAULT_PART_SIZE,
        queueSize: 2,
    });
    try {
        await upload.done();
    }
    catch (error) {
        counter.destroy();
        throw new ArchiveError('upload', options.bucket, key, error);
    }
    options.log.info(`Archived ${files.length} file(s), ${counter.bytes} bytes, to s3://${options.bucket}/${key}.`);
    return counter.bytes;
}
async function uploadMetrics(client, options, key) {
    const { PutObjectCommand } = await __nccwpck_require__.e(/* import() */ 711).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3711, 19));
    const file = external_node_path_default().join(options.outputDir, METRICS_FILE);
    const body = await (0,promises_.readFile)(file);
    try {
        await client.send(new PutObjectCommand({ Bucket: options.bucket, Key: key, Body: body, ContentType: 'application/json' }));
    }
    catch (error) {
        throw new ArchiveError('upload', options.bucket, key, error);
    }
}
/**
 * Uploads the report directory as one tar.gz, metrics.json beside it, and (with `history`)
 * appends this run to history.jsonl. Throws ArchiveError; the caller turns it into a warning.
 */
async function archiveReports(options) {
    const prefix = options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`;
    const tarballKey = `${prefix}${TARBALL_NAME}`;
    const metricsKey = `${prefix}${METRICS_FILE}`;
    const client = await createS3Client(options);
    try {
        const tarballBytes = await uploadTarball(client, options, tarballKey);
        await uploadMetrics(client, options, metricsKey);
        const result = { tarballKey, tarballBytes, metricsKey, url: `s3://${options.bucket}/${prefix}` };
        if (options.history) {
            const historyKey = options.historyKey ?? historyKeyForPrefix(prefix);
            const entries = await appendHistory(client, {
                bucket: options.bucket,
                key: historyKey,
                entry: options.historyEntry,
                log: options.log,
                ...(options.historyLimit === undefined ? {} : { limit: options.historyLimit }),
            });
            options.log.info(`History s3://${options.bucket}/${historyKey} now holds ${entries.length} run(s).`);
            result.historyKey = historyKey;
        }
        return result;
    }
    finally {
        client.destroy();
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/archive/index.ts







;// CONCATENATED MODULE: ./packages/stages/src/report/s3-archive.ts

/** This run's key prefix: under `s3-prefix` when given, so runs never overwrite each other. */
function runPrefix(s3, pipelineId, context) {
    return s3.prefix ? archivePrefixUnder(s3.prefix, pipelineId) : defaultArchivePrefix(context.repository, pipelineId);
}
async function archiveToS3(s3, pipelineId, context, outputDir, metrics, logger, now) {
    const result = await archiveReports({
        outputDir,
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        prefix: runPrefix(s3, pipelineId, context),
        history: s3.history,
        historyEntry: historyEntryFromMetrics(metrics, {
            runId: String(context.runId ?? 'local'),
            pipelineId,
            at: now,
            branch: context.branch,
            sha: context.headSha,
        }),
        log: logger,
    });
    logger.info(`Archived ${result.tarballBytes} bytes of reports to ${result.url}`);
    return result;
}
/** The last runs' pass rate and duration for the HTML trend. */
async function readTrend(s3, pipelineId, context, logger) {
    return readHistory({
        bucket: s3.bucket,
        endpoint: s3.endpoint,
        key: historyKeyForPrefix(runPrefix(s3, pipelineId, context)),
        lastN: s3.historyRuns,
        log: logger,
    });
}

;// CONCATENATED MODULE: ./packages/stages/src/report/side-effect.ts
/**
 * Runs an optional side effect (comment, check run, archive, artifact): a failure becomes a warning
 * naming what was skipped and why, never a lost report.
 */
async function optionalSideEffect(logger, what, effect) {
    try {
        return await effect();
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        logger.warning(`${what} was skipped: ${reason}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/run-report.ts
// The report stage: gather every shard's results, merge them into one verdict, write the report files,
// and publish what the ports allow (comment, check run, artifact, S3 archive). Optional side effects that
// fail become warnings: the report itself is never lost.









/** The aggregate-report action's defaults, as in aggregate-report/action.yml. */
const REPORT_DEFAULTS = {
    results: 'testpipe-results-*',
    'report-name': 'Test report',
    'min-pass-rate': 100,
    'fail-on': 'failures',
    'if-no-results': 'error',
    'output-dir': 'testpipe-report',
    'report-artifact': 'testpipe-report',
    comment: 'always',
    'comment-mode': 'update',
    'check-run': true,
    'max-annotations': 1000,
    history: false,
    'history-runs': 30,
};
/** Upper bound on annotations: 20 requests of 50. */
const MAX_ANNOTATIONS_LIMIT = 1000;
const FORK_ADVICE = 'The token cannot write to this repository (a pull request from a fork gets a read-only GITHUB_TOKEN). ' +
    'The job summary and report artifact are still written. To comment on fork PRs, run aggregate-report from a ' +
    'companion workflow triggered by `workflow_run` with `run-id: ${{ github.event.workflow_run.id }}` ' +
    '(see the aggregate-report README, "Fork pull requests").';
/** The PR this report belongs to: the event's own, or for a workflow_run companion the triggering run's. */
async function findPullRequest(input, ports) {
    const { context } = input;
    if (context.pullRequest)
        return context.pullRequest;
    const runId = input.runId ?? context.triggeringRun?.id;
    if (runId === undefined || !ports.host)
        return undefined;
    const host = ports.host;
    return optionalSideEffect(ports.logger, 'Finding the pull request of the workflow run', () => host.findPullRequestForRun(runId));
}
async function runReport(input, ports) {
    const { logger, host, artifacts } = ports;
    const clock = ports.clock ?? clock_systemClock;
    const { context } = input;
    const outputDir = external_node_path_default().resolve(context.workspace, input.outputDir);
    const gathered = await gatherResults({
        patterns: input.results,
        workspace: context.workspace,
        downloadDir: external_node_path_default().join(input.workDir, 'testpipe-results'),
        runId: input.runId,
        artifacts,
        log: logger,
    });
    for (const problem of gathered.problems)
        logger.warning(problem);
    if (gathered.reportPaths.length === 0) {
        const message = `No test results found for ${input.results.map((r) => `"${r}"`).join(', ')}: check that the test jobs uploaded their results (artifact names) or wrote them where the globs point.`;
        return { status: 'no-tests', ...noResults(input.ifNoResults, message, logger) };
    }
    const pullRequest = await findPullRequest(input, ports);
    const base = await findBaseComparison(host, {
        compareTo: input.compareTo,
        pullRequestBase: pullRequest?.baseRef,
        reportArtifact: input.reportArtifact,
        runId: context.runId,
        downloadDir: input.workDir,
    });
    const s3 = input.s3;
    const history = s3?.history
        ? await optionalSideEffect(logger, 'Reading the S3 history', () => readTrend(s3, input.pipelineId, context, logger))
        : undefined;
    const now = new Date(clock.now());
    const report = await buildReport({
        reportPaths: gathered.reportPaths,
        outputDir,
        reportName: input.reportName,
        minPassRate: input.minPassRate,
        failOn: input.failOn,
        previousTimings: input.previousTimings && external_node_path_default().resolve(context.workspace, input.previousTimings),
        history,
        base: base.run ? { run: base.run, label: base.label } : undefined,
        repositoryUrl: context.serverUrl && context.repository ? `${context.serverUrl}/${context.repository}` : undefined,
        commitSha: context.headSha || undefined,
        runId: context.runId === undefined ? undefined : String(context.runId),
        now,
        log: logger,
    });
    const { metrics, gate } = report;
    const markdownInput = {
        reportName: input.reportName,
        run: report.run,
        metrics,
        status: gate.status,
        gate: { minPassRate: input.minPassRate, failOn: input.failOn, reason: gate.reason },
        // Outside GitHub there is no base to compare with and nothing to link to.
        ...(host && {
            comparison: report.comparison ?? { unavailable: base.reason ?? 'No base to compare with.' },
            links: {
                blobBaseUrl: context.headSha && context.serverUrl
                    ? `${context.serverUrl}/${context.repository}/blob/${context.headSha}/`
                    : undefined,
                workspace: context.workspace,
                runUrl: context.runUrl,
            },
        }),
    };
    const summary = renderMarkdownReport(markdownInput, { target: 'summary' });
    if (summary.dropped.length > 0) {
        logger.info(`The job summary was shortened to fit GitHub's limit: ${summary.dropped.join('; ')}.`);
    }
    const result = { ...report, status: gate.status, summaryMarkdown: summary.markdown };
    if (input.reportArtifact && artifacts) {
        await optionalSideEffect(logger, `Uploading the report artifact "${input.reportArtifact}"`, () => artifacts.uploadDirectory(input.reportArtifact, outputDir, { retentionDays: input.retentionDays }));
    }
    if (host)
        await publishToHost(host, input, markdownInput, pullRequest?.number, result, logger);
    if (s3) {
        await optionalSideEffect(logger, 'Archiving to S3', () => archiveToS3(s3, input.pipelineId, context, outputDir, metrics, logger, now));
    }
    if (host)
        logger.debug(host.describeApiCalls());
    logger.info(gate.reason);
    if (gate.failStep)
        return { ...result, failure: gate.reason };
    if (gate.status === 'no-tests') {
        // Report files were found but held no test that ran: the same policy as finding no files.
        const message = `${gate.reason} Check that the tests were collected (if-no-results: ${input.ifNoResults}).`;
        return { ...result, ...noResults(input.ifNoResults, message, logger) };
    }
    return result;
}
function noResults(policy, message, logger) {
    const verdict = noResultsVerdict(policy, message);
    if (verdict.warning)
        logger.warning(verdict.warning);
    return verdict.failure === undefined ? {} : { failure: verdict.failure };
}
/** The sticky comment and the check run; a read-only token (fork PR) gets the fork advice once per effect. */
async function publishToHost(host, input, markdownInput, issueNumber, result, logger) {
    let forbidden = false;
    if (issueNumber !== undefined && input.comment !== 'off') {
        try {
            const comment = await publishComment(host, { when: input.comment, mode: input.commentMode }, issueNumber, markdownInput);
            if (comment?.url)
                result.commentUrl = comment.url;
        }
        catch (error) {
            if (isForbidden(error)) {
                forbidden = true;
                logger.warning(FORK_ADVICE);
            }
            else
                logger.warning(`The PR comment was skipped: ${error.message}`);
        }
    }
    const headSha = input.context.headSha;
    if (input.checkRun && !forbidden && headSha) {
        try {
            const check = await publishReportCheckRun(host, {
                headSha,
                workspace: input.context.workspace,
                maxAnnotations: input.maxAnnotations,
                detailsUrl: input.context.runUrl,
            }, markdownInput);
            result.checkUrl = check.url;
        }
        catch (error) {
            logger.warning(isForbidden(error) ? FORK_ADVICE : `The check run was skipped: ${error.message}`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/stages/src/report/index.ts






;// CONCATENATED MODULE: ./packages/stages/src/index.ts






;// CONCATENATED MODULE: ./packages/cli/src/gate-options.ts


/** The gate options `report` and `run` share, parsed with the same messages. */
function parseMinPassRate(raw) {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0 || n > 100)
        throw new UsageError(`--min-pass-rate must be 0..100, got "${raw}".`);
    return n;
}
function parseFailOn(raw) {
    if (!FAIL_ON.includes(raw)) {
        throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${raw}".`);
    }
    return raw;
}

;// CONCATENATED MODULE: ./packages/cli/src/local-report.ts


/** The report stage's input on this machine: paths relative to the current directory, nothing to publish. */
function localReportInput(options) {
    const workspace = process.cwd();
    return {
        results: options.results,
        reportName: options.reportName,
        minPassRate: options.minPassRate,
        failOn: options.failOn,
        ifNoResults: options.allowNoTests ? 'ignore' : 'error',
        outputDir: options.outputDir,
        reportArtifact: '',
        previousTimings: options.previousTimings,
        comment: 'off',
        commentMode: REPORT_DEFAULTS['comment-mode'],
        checkRun: false,
        maxAnnotations: 0,
        pipelineId: 'local',
        context: { repository: '', headSha: '', workspace },
        workDir: external_node_path_default().join(options.outputDir, '.work'),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/terminal-logger.ts
/** The Logger port bound to a terminal: warnings and errors to stderr with their level, groups as a heading. */
function terminalLogger(options) {
    const line = (stream, text) => void stream.write(`${text}\n`);
    return {
        debug: (message) => (options.debug ? line(process.stderr, `debug: ${message}`) : undefined),
        info: (message) => line(options.info, message),
        warning: (message) => line(process.stderr, `warning: ${message}`),
        error: (message) => line(process.stderr, `error: ${message}`),
        group: (name, body) => (line(options.info, name), body()),
    };
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/report.ts









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

Exit codes: 0 the gate passed, 1 the gate failed (or no tests), 2 unusable arguments, 3 an output path
that cannot be written.`;
function report_parseArgs(args) {
    const parsed = {
        out: REPORT_DEFAULTS['output-dir'],
        name: REPORT_DEFAULTS['report-name'],
        minPassRate: REPORT_DEFAULTS['min-pass-rate'],
        failOn: REPORT_DEFAULTS['fail-on'],
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
        if (flag === '--out')
            parsed.out = value();
        else if (flag === '--name')
            parsed.name = value();
        else if (flag === '--previous-timings')
            parsed.previousTimings = value();
        else if (flag === '--allow-no-tests')
            parsed.allowNoTests = true;
        else if (flag === '--min-pass-rate')
            parsed.minPassRate = parseMinPassRate(value());
        else if (flag === '--fail-on')
            parsed.failOn = parseFailOn(value());
        else if (flag.startsWith('-') && flag !== '-')
            throw new UsageError(`unknown option "${flag}".`);
        else
            parsed.paths.push(arg);
    }
    if (parsed.paths.length === 0)
        throw new UsageError('give at least one report path, directory or glob.');
    return parsed;
}
/** What `report` and `run` print and keep after the report stage: summary.md, the metrics, the verdict. */
async function finishLocalReport(result, outputDir) {
    if (result.summaryMarkdown)
        await (0,promises_.writeFile)(external_node_path_default().join(outputDir, SUMMARY_FILE), result.summaryMarkdown);
    if (result.metrics && result.gate) {
        process.stdout.write(`${formatMetrics(result.metrics)}\n\n${result.gate.reason}\n`);
    }
    if (result.failure && result.failure !== result.gate?.reason)
        process.stderr.write(`${result.failure}\n`);
}
const reportCommand = {
    name: 'report',
    summary: 'merge reports into one verdict and write metrics, CTRF, JUnit, HTML and timings (the aggregate-report stage)',
    usage: report_USAGE,
    async run(args, options) {
        const parsed = report_parseArgs(args);
        const outputDir = external_node_path_default().resolve(parsed.out);
        const result = await runReport(localReportInput({
            results: parsed.paths,
            outputDir,
            reportName: parsed.name,
            minPassRate: parsed.minPassRate,
            failOn: parsed.failOn,
            allowNoTests: parsed.allowNoTests,
            previousTimings: parsed.previousTimings,
        }), { logger: terminalLogger({ info: process.stderr, debug: options.debug }) });
        await finishLocalReport(result, outputDir);
        if (result.files)
            process.stdout.write(`Report: ${result.files.html}\n`);
        return result.failure ? 1 : 0;
    },
};

;// CONCATENATED MODULE: ./packages/cli/src/run/pool.ts
/**
 * Runs `work` on every item, at most `limit` at a time, in the order given; once `signal` is aborted
 * no further item starts (the running ones are expected to stop on the same signal).
 */
async function runWithConcurrency(items, limit, signal, work) {
    let next = 0;
    const worker = async () => {
        while (!signal.aborted && next < items.length) {
            const item = items[next++];
            await work(item);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
}

;// CONCATENATED MODULE: ./packages/cli/src/run/progress.ts

function finishedLine(shard, outcome, durationMs) {
    const mark = outcome.status === 'passed' ? '✔' : '✖';
    const attempts = outcome.attempts > 1 ? `, ${outcome.attempts} attempts` : '';
    return (`${mark} ${shard} finished: ${outcome.status}, ${outcome.total} tests, ${outcome.failed} failed, ` +
        `${outcome.flaky} flaky, ${formatDuration(durationMs)}${attempts}`);
}
function crashedLine(shard, error, durationMs) {
    return `✖ ${shard} finished: could not run (${error.message}), ${formatDuration(durationMs)}`;
}
/** One line per event: "▶ shard started", "✔/✖ shard finished: status, tests, failed, flaky, duration". */
class PlainProgress {
    out;
    total;
    done = 0;
    constructor(out, total) {
        this.out = out;
        this.total = total;
    }
    started(shard, units) {
        this.out.write(`▶ ${shard} started (${units} unit${units === 1 ? '' : 's'})\n`);
    }
    finished(shard, outcome, durationMs) {
        this.done += 1;
        this.out.write(`${finishedLine(shard, outcome, durationMs)} [${this.done}/${this.total}]\n`);
    }
    crashed(shard, error, durationMs) {
        this.done += 1;
        this.out.write(`${crashedLine(shard, error, durationMs)} [${this.done}/${this.total}]\n`);
    }
    message(text) {
        this.out.write(`${text}\n`);
    }
    stop() { }
}
const SPINNER = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/**
 * A block at the bottom of the terminal: one line per running shard with its elapsed time, then the
 * counts. Finished shards and messages are printed above it as permanent lines; it is redrawn every
 * `refreshMs` so the times move.
 */
class TerminalProgress {
    out;
    total;
    now;
    running = new Map();
    done = 0;
    failed = 0;
    drawnLines = 0;
    frame = 0;
    timer;
    constructor(out, total, now = Date.now, refreshMs = 500) {
        this.out = out;
        this.total = total;
        this.now = now;
        this.timer = setInterval(() => this.redraw(), refreshMs);
        this.timer.unref();
        this.redraw();
    }
    started(shard, units) {
        this.running.set(shard, { startedAt: this.now(), units });
        this.redraw();
    }
    finished(shard, outcome, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        if (outcome.status !== 'passed')
            this.failed += 1;
        this.above(finishedLine(shard, outcome, durationMs));
    }
    crashed(shard, error, durationMs) {
        this.running.delete(shard);
        this.done += 1;
        this.failed += 1;
        this.above(crashedLine(shard, error, durationMs));
    }
    message(text) {
        this.above(text);
    }
    stop() {
        clearInterval(this.timer);
        this.erase();
    }
    above(text) {
        this.erase();
        this.out.write(`${text}\n`);
        this.redraw();
    }
    erase() {
        // Cursor up to the block's first line, to column 1, then clear to the end of the screen.
        if (this.drawnLines > 0)
            this.out.write(`\x1b[${this.drawnLines}A\r\x1b[J`);
        this.drawnLines = 0;
    }
    redraw() {
        this.erase();
        const width = Math.max(20, (this.out.columns ?? 80) - 1);
        const spinner = SPINNER[this.frame++ % SPINNER.length] ?? '*';
        const nameWidth = Math.max(0, ...[...this.running.keys()].map((name) => name.length));
        const lines = [...this.running].map(([name, shard]) => `  ${spinner} ${name.padEnd(nameWidth)}  ${formatDuration(this.now() - shard.startedAt).padStart(9)}  ` +
            `${shard.units} unit${shard.units === 1 ? '' : 's'}`);
        const failed = this.failed > 0 ? `, ${this.failed} not passed` : '';
        lines.push(`  ${this.done}/${this.total} shards done, ${this.running.size} running${failed}`);
        this.out.write(lines.map((line) => `${line.slice(0, width)}\n`).join(''));
        this.drawnLines = lines.length;
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/cli/src/run/run-args.ts



const RUN_USAGE = `Usage: testpipe run [options]

Runs the whole pipeline on this machine: reads testpipe.yml, plans every suite's shards (balanced with the
timings of an earlier run), runs the shards N at a time (each with its suite's timeout and retries), then
merges the results into one report and gates on it. Suites' working directories are relative to the
current directory, as they are to the repository root in the action.

Writes, into --out:
  results/<shard>/   junit.xml, ctrf.json, attempts/ and output.log (everything the shard printed)
  report/            metrics.json, ctrf-report.json, junit.xml, report.html, timings.json, summary.md

Options:
  --config FILE          the pipeline config (default: testpipe.yml)
  --parallel N           shards running at once (default: the number of CPUs)
  --out DIR              output directory (default: testpipe-out)
  --timings FILE         timings.json to plan with (default: <out>/report/timings.json of an earlier run)
  --suite NAME...        run only these suites (repeatable, or comma-separated)
  --min-pass-rate N      fail when the pass rate is below N percent (default: 100)
  --fail-on WHAT         failures | errors | nothing (default: failures)
  --allow-no-tests       exit 0 when no test ran
  --no-progress          plain progress lines even on a terminal

Exit codes: 0 the gate passed, 1 the gate failed (or a shard could not run, or no tests),
2 unusable arguments or config, 3 an output path that cannot be written, 130 interrupted (Ctrl-C; the
finished shards are still reported).`;
/** `testpipe run` arguments, validated. Throws UsageError naming the bad option. */
function parseRunArgs(args) {
    const parsed = {
        config: 'testpipe.yml',
        parallel: Math.max(1, external_node_os_default().availableParallelism()),
        out: 'testpipe-out',
        suites: [],
        minPassRate: 100,
        failOn: 'failures',
        allowNoTests: false,
        progress: true,
    };
    for (let i = 0; i < args.length; i += 1) {
        const arg = args[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => {
            const v = inline ?? args[++i];
            if (v === undefined || v === '' || (inline === undefined && v.startsWith('--')))
                throw new UsageError(`${flag} needs a value.`);
            return v;
        };
        if (flag === '--config')
            parsed.config = value();
        else if (flag === '--out')
            parsed.out = value();
        else if (flag === '--timings')
            parsed.timings = value();
        else if (flag === '--allow-no-tests')
            parsed.allowNoTests = true;
        else if (flag === '--no-progress')
            parsed.progress = false;
        else if (flag === '--parallel') {
            const raw = value();
            const n = Number(raw);
            if (!Number.isInteger(n) || n < 1 || n > 256)
                throw new UsageError(`--parallel must be a whole number from 1 to 256, got "${raw}".`);
            parsed.parallel = n;
        }
        else if (flag === '--suite') {
            // --suite a --suite b, --suite a,b and --suite a b all name suites.
            const names = [value()];
            if (inline === undefined)
                while (i + 1 < args.length && !args[i + 1].startsWith('-'))
                    names.push(args[++i]);
            for (const name of names.flatMap((n) => n.split(',')).map((n) => n.trim())) {
                if (name !== '' && !parsed.suites.includes(name))
                    parsed.suites.push(name);
            }
        }
        else if (flag === '--min-pass-rate')
            parsed.minPassRate = parseMinPassRate(value());
        else if (flag === '--fail-on')
            parsed.failOn = parseFailOn(value());
        else if (flag.startsWith('-'))
            throw new UsageError(`unknown option "${flag}".`);
        else
            throw new UsageError(`unexpected argument "${arg}"; name suites with --suite.`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./packages/cli/src/commands/run.ts










const INTERRUPTED_EXIT_CODE = 130;
/** The timings file to plan with and merge into: --timings, else the last local run's report. */
function timingsFile(args, reportDir) {
    if (args.timings)
        return external_node_path_default().resolve(args.timings);
    const previous = external_node_path_default().join(reportDir, TIMINGS_FILE);
    return (0,external_node_fs_.existsSync)(previous) ? previous : undefined;
}
/** Every shard of every suite, longest predicted first so the slowest do not start last. */
function shardJobs(plan) {
    const jobs = plan.suites.flatMap((suite) => suite.shards.map((shard) => ({ name: shard.name, units: shard.units.length, predictedMs: shard.predictedMs })));
    return jobs.sort((a, b) => b.predictedMs - a.predictedMs);
}
/** A shard's log for the terminal: its lines go to results/<shard>/output.log, its warnings above the progress. */
function shardLogger(name, progress) {
    const show = (message) => progress.message(`  ⚠ ${name}: ${message}`);
    return { debug: () => undefined, info: () => undefined, warning: show, error: show, group: (_name, body) => body() };
}
/** Runs one shard into <out>/results/<shard>/; never throws. */
async function runJob(job, planned, out, signal, progress) {
    const startedAt = Date.now();
    progress.started(job.name, job.units);
    try {
        const result = await runShard({ shard: job.name, rootDir: process.cwd(), planned, resultsDir: out, workDir: out, signal }, { logger: shardLogger(job.name, progress) });
        progress.finished(job.name, result.outcome, Date.now() - startedAt);
        return true;
    }
    catch (error) {
        progress.crashed(job.name, error instanceof Error ? error : new Error(String(error)), Date.now() - startedAt);
        return false;
    }
}
/** Ctrl-C (or SIGTERM) aborts the running shards once; a second Ctrl-C exits at once. */
function cancelOnSignals(controller, progress) {
    const onSignal = (signal) => {
        if (controller.signal.aborted) {
            progress()?.stop();
            process.stderr.write(`\n${signal} again: exiting without a report.\n`);
            process.exit(INTERRUPTED_EXIT_CODE);
        }
        const message = `${signal}: stopping the running shards (their process groups are killed); press Ctrl-C again to exit at once.`;
        const view = progress();
        if (view)
            view.message(message);
        else
            process.stderr.write(`${message}\n`);
        controller.abort(new Error(`Interrupted by ${signal}.`));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return () => {
        process.removeListener('SIGINT', onSignal);
        process.removeListener('SIGTERM', onSignal);
    };
}
async function runPipeline(args, debug) {
    const outDir = external_node_path_default().resolve(args.out);
    const reportDir = external_node_path_default().join(outDir, 'report');
    const previousTimings = timingsFile(args, reportDir);
    const logger = terminalLogger({ info: process.stdout, debug });
    const planned = await runPlan({
        configFile: args.config,
        rootDir: process.cwd(),
        suites: args.suites,
        timingsFile: previousTimings,
        workDir: outDir,
        timingsAdvice: `The next run plans with the timings this one writes to ${external_node_path_default().join(reportDir, TIMINGS_FILE)} (or pass --timings).`,
    }, { logger });
    const jobs = shardJobs(planned.plan);
    const parallel = Math.min(args.parallel, Math.max(1, jobs.length));
    process.stdout.write(`\nPlan ${planned.plan.planHash.slice(0, 12)}: ${jobs.length} shard(s) of ${planned.config.suites.length} suite(s), ` +
        `${parallel} at a time\n${planSummaryText(planned.plan)}\n\n`);
    const controller = new AbortController();
    let progress;
    const stopListening = cancelOnSignals(controller, () => progress);
    let crashed = 0;
    let ran = 0;
    try {
        const terminal = args.progress && process.stdout.isTTY === true && process.env.TERM !== 'dumb';
        progress = terminal
            ? new TerminalProgress(process.stdout, jobs.length)
            : new PlainProgress(process.stdout, jobs.length);
        try {
            await runWithConcurrency(jobs, parallel, controller.signal, async (job) => {
                ran += 1;
                if (!(await runJob(job, planned, outDir, controller.signal, progress)))
                    crashed += 1;
            });
        }
        finally {
            progress.stop();
        }
    }
    finally {
        stopListening();
    }
    const interrupted = controller.signal.aborted;
    if (interrupted) {
        process.stderr.write(`Interrupted: ${ran} of ${jobs.length} shard(s) started; the report has what they wrote, ` +
            'shards that never started are missing from it.\n');
    }
    const junitFiles = jobs
        .map((job) => external_node_path_default().join(outDir, 'results', job.name, 'junit.xml'))
        .filter((file) => (0,external_node_fs_.existsSync)(file));
    const report = await runReport(localReportInput({
        results: junitFiles,
        outputDir: reportDir,
        reportName: 'testpipe run',
        minPassRate: args.minPassRate,
        failOn: args.failOn,
        allowNoTests: args.allowNoTests,
        previousTimings,
    }), 
    // stdout keeps the plan, the progress and the verdict; the report stage's own lines go to stderr.
    { logger: terminalLogger({ info: process.stderr, debug }) });
    process.stdout.write('\n');
    await finishLocalReport(report, reportDir);
    if (crashed > 0) {
        process.stdout.write(`${crashed} shard(s) could not run, so their tests are missing from the report; see results/<shard>/output.log.\n`);
    }
    if (report.files)
        process.stdout.write(`Report: ${report.files.html}\n`);
    if (interrupted)
        return INTERRUPTED_EXIT_CODE;
    if (crashed > 0)
        return 1;
    return report.failure ? 1 : 0;
}
const runCommand = {
    name: 'run',
    summary: 'plan, run every shard in parallel, and report: the whole pipeline on this machine',
    usage: RUN_USAGE,
    run: (args, options) => runPipeline(parseRunArgs(args), options.debug),
};

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts



const commands = [runCommand, metricsCommand, reportCommand];

;// CONCATENATED MODULE: ./packages/cli/src/version.ts
const CLI_VERSION = '1.0.0';

;// CONCATENATED MODULE: ./packages/cli/src/main.ts



const USAGE_EXIT_CODE = 2;
/** The machine or a service is not as needed (a path that cannot be written, a program missing). */
const ENVIRONMENT_EXIT_CODE = 3;
/** Not the user's to fix: a bug, or something unforeseen. */
const INTERNAL_EXIT_CODE = 70;
function usage() {
    const lines = ['Usage: testpipe <command> [options]', '', 'Commands:'];
    const width = Math.max(...commands.map((c) => c.name.length));
    for (const c of commands)
        lines.push(`  ${c.name.padEnd(width)}  ${c.summary}`);
    lines.push('', 'Options:', '  -h, --help     show this help', '  -v, --version  print the version');
    lines.push('  --debug        print debug lines, and the stack of an unexpected error');
    lines.push('', 'Run `testpipe <command> --help` for the options of one command.');
    return lines.join('\n');
}
/** A reader that went away (`testpipe metrics --json | head`) is not an error: stop writing, quietly. */
function endQuietlyOnClosedPipe() {
    for (const stream of [process.stdout, process.stderr]) {
        stream.on('error', (error) => {
            if (error.code === 'EPIPE')
                process.exit(process.exitCode ?? 0);
            throw error;
        });
    }
}
/** Runs the CLI with argv (without node and script); resolves to the process exit code. */
async function main(argv) {
    endQuietlyOnClosedPipe();
    const debug = argv.includes('--debug');
    const [first, ...rest] = argv.filter((arg) => arg !== '--debug');
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
    if (rest.includes('-h') || rest.includes('--help')) {
        process.stdout.write(`${command.usage}\n`);
        return 0;
    }
    try {
        return await command.run(rest, { debug });
    }
    catch (error) {
        return reportError(command.name, command.usage, error, debug);
    }
}
/** The one place errors become exit codes: a user error is one line saying what to do, anything else is a bug. */
function reportError(name, commandUsage, error, debug) {
    if (isUserError(error)) {
        const help = error.kind === 'usage' ? `\n\n${commandUsage}` : '';
        process.stderr.write(`testpipe ${name}: ${error.message}${help}\n`);
        return error.kind === 'environment' ? ENVIRONMENT_EXIT_CODE : USAGE_EXIT_CODE;
    }
    const failure = error instanceof Error ? error : new Error(String(error));
    process.stderr.write(`testpipe ${name} failed unexpectedly: ${failure.message}\n`);
    process.stderr.write(debug ? `${failure.stack ?? ''}\n` : 'Run it again with --debug to see where.\n');
    return INTERNAL_EXIT_CODE;
}

;// CONCATENATED MODULE: ./packages/cli/src/index.ts


var __webpack_exports__main = __webpack_exports__.i;
export { __webpack_exports__main as main };
