// Back-office reports over order rows: pure functions, so the slow "reports" suite tests them without a server.

/** Revenue per day (YYYY-MM-DD, UTC), sorted by day. */
export function revenueByDay(orders) {
  const days = new Map();
  for (const order of orders) {
    const day = new Date(order.placedAt).toISOString().slice(0, 10);
    days.set(day, (days.get(day) ?? 0) + order.totalCents);
  }
  return [...days].sort(([a], [b]) => a.localeCompare(b)).map(([day, totalCents]) => ({ day, totalCents }));
}

/** The `limit` products sold most (by quantity), ties by product id. */
export function topProducts(lines, limit = 3) {
  const sold = new Map();
  for (const line of lines) sold.set(line.productId, (sold.get(line.productId) ?? 0) + line.quantity);
  return [...sold]
    .sort(([idA, a], [idB, b]) => b - a || idA - idB)
    .slice(0, limit)
    .map(([productId, quantity]) => ({ productId, quantity }));
}

/** Stock value in cents, and the products that must be reordered. */
export function inventory(products, reorderBelow = 5) {
  return {
    valueCents: products.reduce((sum, p) => sum + p.priceCents * p.stock, 0),
    reorder: products.filter((p) => p.stock < reorderBelow).map((p) => p.sku),
  };
}

/** A CSV export (RFC 4180 quoting) of rows with the given columns. */
export function toCsv(rows, columns) {
  const cell = (value) => {
    const text = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
}
