#!/usr/bin/env node
// The `testpipe` command: loads the committed ncc bundle of packages/cli/src.
import { main } from '../dist/index.js';

process.exitCode = await main(process.argv.slice(2));
