export const id = 505;
export const ids = [505];
export const modules = {

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
