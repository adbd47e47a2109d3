import { describe, expect, test } from '@jest/globals';
import { call } from './shop-api.mjs';

describe('catalogue', () => {
  test('health answers once the database does', async () => {
    expect(await call('GET', '/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  test('products are listed with prices in cents', async () => {
    const { status, body } = await call('GET', '/products');
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(8);
    expect(body[0]).toMatchObject({ id: 1, sku: 'MUG-001', priceCents: 899 });
  });

  test('an unknown product is 404, a malformed id 400', async () => {
    expect((await call('GET', '/products/9999')).status).toBe(404);
    expect((await call('GET', '/products/abc')).status).toBe(400);
  });

  test('customers are served as stored: masked', async () => {
    const { status, body } = await call('GET', '/customers/1');
    expect(status).toBe(200);
    expect(body.email).toMatch(/@example\.test$/);
    expect(body.phone).toMatch(/^\*+/);
  });

  test('unknown routes are 404 with a JSON error', async () => {
    const { status, body } = await call('GET', '/nope');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no route/);
  });
});
