/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
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
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* reexport */ main)
});

;// CONCATENATED MODULE: ./packages/cli/src/commands.ts
const commands = [];

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
