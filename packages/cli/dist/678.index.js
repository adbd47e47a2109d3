export const id = 678;
export const ids = [678];
export const modules = {

/***/ 9678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
/* harmony import */ var _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4239);

/** Unusable command-line arguments: the CLI prints the message with the command's usage and exits 2. */
class UsageError extends _testpipe_core_input_support__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    name = 'UsageError';
    constructor(message) {
        super(message, { kind: 'usage' });
    }
}


/***/ })

};
