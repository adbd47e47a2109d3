// The shop's HTTP API (node:http + pg). Totals come from the pure cart module; the database holds what was sold.
// Run alone: DATABASE_URL=postgres://… [PORT=…] node server.mjs   (listens on 127.0.0.1, port 0 by default)
import { createServer } from 'node:http';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { cartTotals } from './cart.mjs';

const MAX_BODY_BYTES = 64 * 1024;

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function send(response, status, body) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

async function readJson(request) {
  let size = 0;
  const chunks = [];
  for await (const chunk of request) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'request body too large');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'the body must be JSON');
  }
}

function positiveId(text, what) {
  const id = Number(text);
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647)
    throw new HttpError(400, `${what} must be a positive whole number`);
  return id;
}

const product = (row) => ({ id: row.id, sku: row.sku, name: row.name, priceCents: row.price_cents, stock: row.stock });

async function readOrder(db, id) {
  const { rows } = await db.query('SELECT * FROM orders WHERE id = $1', [id]);
  if (rows.length === 0) return undefined;
  const lines = await db.query(
    'SELECT product_id, quantity, unit_price_cents FROM order_lines WHERE order_id = $1 ORDER BY id',
    [id],
  );
  const [order] = rows;
  return {
    id: order.id,
    customerId: order.customer_id,
    status: order.status,
    subtotalCents: order.subtotal_cents,
    discountCents: order.discount_cents,
    totalCents: order.total_cents,
    placedAt: order.placed_at,
    lines: lines.rows.map((l) => ({
      productId: l.product_id,
      quantity: l.quantity,
      unitPriceCents: l.unit_price_cents,
    })),
  };
}

/** Places an order in one transaction: prices from the catalogue, stock taken, totals from cartTotals. */
async function placeOrder(pool, body) {
  const customerId = positiveId(body?.customerId, 'customerId');
  if (!Array.isArray(body.lines) || body.lines.length === 0) throw new HttpError(400, 'lines: give at least one line');
  const wanted = body.lines.map((line, i) => ({
    productId: positiveId(line?.productId, `lines[${i}].productId`),
    quantity: line?.quantity,
  }));
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const customer = await client.query('SELECT id FROM customers WHERE id = $1', [customerId]);
    if (customer.rows.length === 0) throw new HttpError(404, `no customer ${customerId}`);
    const ids = [...new Set(wanted.map((l) => l.productId))];
    const found = await client.query('SELECT * FROM products WHERE id = ANY($1) ORDER BY id FOR UPDATE', [ids]);
    const byId = new Map(found.rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length > 0) throw new HttpError(404, `no product ${missing.join(', ')}`);
    const lines = wanted.map((l) => ({ ...l, unitPriceCents: byId.get(l.productId).price_cents }));
    let totals;
    try {
      totals = cartTotals(lines, body.discountCode);
    } catch (error) {
      if (error instanceof RangeError) throw new HttpError(400, error.message);
      throw error;
    }
    for (const line of lines) {
      const taken = await client.query('UPDATE products SET stock = stock - $2 WHERE id = $1 AND stock >= $2', [
        line.productId,
        line.quantity,
      ]);
      if (taken.rowCount === 0) throw new HttpError(409, `product ${line.productId}: not enough stock`);
    }
    const inserted = await client.query(
      `INSERT INTO orders (customer_id, status, subtotal_cents, discount_cents, total_cents)
       VALUES ($1, 'placed', $2, $3, $4) RETURNING id`,
      [customerId, totals.subtotalCents, totals.discountCents, totals.totalCents],
    );
    const orderId = inserted.rows[0].id;
    for (const line of lines) {
      await client.query(
        'INSERT INTO order_lines (order_id, product_id, quantity, unit_price_cents) VALUES ($1, $2, $3, $4)',
        [orderId, line.productId, line.quantity, line.unitPriceCents],
      );
    }
    await client.query('COMMIT');
    return readOrder(pool, orderId);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function route(pool, request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const parts = pathname.split('/').filter(Boolean);
  const method = request.method ?? 'GET';
  if (method === 'GET' && pathname === '/health') {
    await pool.query('SELECT 1');
    return send(response, 200, { status: 'ok' });
  }
  if (method === 'GET' && pathname === '/products') {
    const { rows } = await pool.query('SELECT * FROM products ORDER BY id');
    return send(response, 200, rows.map(product));
  }
  if (method === 'GET' && parts[0] === 'products' && parts.length === 2) {
    const { rows } = await pool.query('SELECT * FROM products WHERE id = $1', [positiveId(parts[1], 'product id')]);
    if (rows.length === 0) throw new HttpError(404, `no product ${parts[1]}`);
    return send(response, 200, product(rows[0]));
  }
  if (method === 'GET' && parts[0] === 'customers' && parts.length === 2) {
    const id = positiveId(parts[1], 'customer id');
    const { rows } = await pool.query('SELECT id, email, name, phone FROM customers WHERE id = $1', [id]);
    if (rows.length === 0) throw new HttpError(404, `no customer ${id}`);
    return send(response, 200, rows[0]);
  }
  if (method === 'POST' && pathname === '/orders') {
    return send(response, 201, await placeOrder(pool, await readJson(request)));
  }
  if (method === 'GET' && parts[0] === 'orders' && parts.length === 2) {
    const order = await readOrder(pool, positiveId(parts[1], 'order id'));
    if (!order) throw new HttpError(404, `no order ${parts[1]}`);
    return send(response, 200, order);
  }
  throw new HttpError(404, `no route ${method} ${pathname}`);
}

/** The HTTP server over a pg pool; errors become JSON { error } with a status, never a stack trace. */
export function createShopServer(pool) {
  return createServer((request, response) => {
    route(pool, request, response).catch((error) => {
      if (error instanceof HttpError) return send(response, error.status, { error: error.message });
      // A database that does not answer makes /health (and everything else) 503, so waiters keep waiting.
      const unavailable =
        error?.code === 'ECONNREFUSED' || error?.code === '57P03' || /terminat|connect/i.test(error?.message);
      send(response, unavailable ? 503 : 500, { error: unavailable ? 'database unavailable' : 'internal error' });
      if (!unavailable) console.error(`shop: ${request.method} ${request.url}: ${error?.message}`);
    });
  });
}

/** Starts the API on 127.0.0.1; `close()` stops taking requests and ends the pool. */
export async function startShopServer({ databaseUrl, port = 0, host = '127.0.0.1' }) {
  if (!databaseUrl) throw new Error('the shop needs DATABASE_URL (postgres://user:password@host:port/db)');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client losing its server (postgres stopping) must not crash the process.
  pool.on('error', () => undefined);
  const server = createShopServer(pool);
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    async close() {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
      await pool.end().catch(() => undefined);
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const shop = await startShopServer({ databaseUrl: process.env.DATABASE_URL, port: Number(process.env.PORT ?? 0) });
  console.log(`shop API listening on ${shop.url}`);
  const stop = () => shop.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
