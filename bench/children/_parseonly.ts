import { ingestFile } from '@testpipe/core';
const path = process.argv[2]!;
let n = 0;
const t = performance.now();
await ingestFile(path, () => { n++; });
const v8 = await import('node:v8');
console.log(JSON.stringify({ n, ms: performance.now() - t, maxRssMiB: process.resourceUsage().maxRSS / 1024, heap: v8.getHeapStatistics().used_heap_size/1048576 }));
