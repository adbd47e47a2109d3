// The demo's "api" suite: a `command` runner script that starts a loopback HTTP service, checks it,
// and writes JUnit XML to $TESTPIPE_JUNIT_PATH as any tool could.
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';

const server = createServer((request, response) => {
  if (request.url === '/health') return void response.end('ok');
  if (request.url === '/products') {
    response.setHeader('content-type', 'application/json');
    return void response.end(JSON.stringify([{ id: 1, name: 'mug', price: 899 }]));
  }
  response.statusCode = 404;
  response.end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const checks = {
  'health answers ok': async () => (await (await fetch(`${base}/health`)).text()) === 'ok',
  'products are listed': async () => (await (await fetch(`${base}/products`)).json()).length === 1,
  'unknown paths are 404': async () => (await fetch(`${base}/nope`)).status === 404,
};

const cases = [];
for (const [name, check] of Object.entries(checks)) {
  const started = performance.now();
  const passed = await check().catch(() => false);
  const seconds = ((performance.now() - started) / 1000).toFixed(3);
  cases.push(
    `  <testcase classname="api" name="${name}" time="${seconds}">${passed ? '' : '<failure message="check failed"/>'}</testcase>`,
  );
}
server.close();
const failures = cases.filter((c) => c.includes('<failure')).length;
writeFileSync(
  process.env.TESTPIPE_JUNIT_PATH ?? 'api-junit.xml',
  `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="api" tests="${cases.length}" failures="${failures}">\n${cases.join('\n')}\n</testsuite>\n`,
);
process.exitCode = failures > 0 ? 1 : 0;
