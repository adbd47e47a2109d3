export { TrackedFiles } from './tracked-files.js';
export { framesIn, type Frame } from './stack-frames.js';
export { locateTest, locateFailures, type TestLocation } from './locate-test.js';
export { placeOf } from './place.js';
