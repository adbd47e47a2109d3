import { describe, expect, test } from '@jest/globals';
import { cartTotals } from '../shop/cart.mjs';
import { call } from './shop-api.mjs';

describe('orders', () => {
  test('an order is stored with the totals the cart computes', async () => {
    const lines = [
      { productId: 2, quantity: 2 },
      { productId: 7, quantity: 3 },
    ];
    const placed = await call('POST', '/orders', { customerId: 3, lines, discountCode: 'WELCOME10' });
    expect(placed.status).toBe(201);
    const expected = cartTotals(
      [
        { unitPriceCents: 2499, quantity: 2 },
        { unitPriceCents: 350, quantity: 3 },
      ],
      'WELCOME10',
    );
    expect(placed.body).toMatchObject({ customerId: 3, status: 'placed', ...expected });
    const read = await call('GET', `/orders/${placed.body.id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(placed.body);
  });

  test('ordering takes the stock', async () => {
    const before = (await call('GET', '/products/6')).body.stock;
    expect((await call('POST', '/orders', { customerId: 1, lines: [{ productId: 6, quantity: 4 }] })).status).toBe(201);
    expect((await call('GET', '/products/6')).body.stock).toBe(before - 4);
  });

  test('more than the stock is refused and nothing is taken', async () => {
    const before = (await call('GET', '/products/8')).body.stock;
    const refused = await call('POST', '/orders', { customerId: 1, lines: [{ productId: 8, quantity: before + 1 }] });
    expect(refused.status).toBe(409);
    expect((await call('GET', '/products/8')).body.stock).toBe(before);
  });

  test('invalid orders are 400 or 404, saying why', async () => {
    expect(await call('POST', '/orders', { customerId: 1, lines: [] })).toMatchObject({ status: 400 });
    const zero = await call('POST', '/orders', { customerId: 1, lines: [{ productId: 1, quantity: 0 }] });
    expect(zero).toMatchObject({ status: 400, body: { error: expect.stringMatching(/quantity/) } });
    expect((await call('POST', '/orders', { customerId: 1, lines: [{ productId: 999, quantity: 1 }] })).status).toBe(
      404,
    );
    expect((await call('POST', '/orders', { customerId: 999, lines: [{ productId: 1, quantity: 1 }] })).status).toBe(
      404,
    );
    expect(
      (await call('POST', '/orders', { customerId: 1, lines: [{ productId: 1, quantity: 1 }], discountCode: 'NOPE' }))
        .status,
    ).toBe(400);
  });

  test('an unknown order is 404', async () => {
    expect((await call('GET', '/orders/999999')).status).toBe(404);
  });
});
