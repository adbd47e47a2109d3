// The cart: lines of (product, quantity, unit price) and the totals an order is stored with.
import { discountAmount, discountPercent } from './discount.mjs';

/** Throws a RangeError saying which line is unusable; an order needs at least one line. */
export function validateLines(lines) {
  if (!Array.isArray(lines) || lines.length === 0) throw new RangeError('an order needs at least one line');
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 99)
      throw new RangeError(`line ${i + 1}: quantity must be a whole number from 1 to 99`);
    if (!Number.isInteger(line.unitPriceCents) || line.unitPriceCents < 0)
      throw new RangeError(`line ${i + 1}: unit price must be a whole number of cents`);
  });
}

export function subtotal(lines) {
  return lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
}

/** Subtotal, discount and total in cents, as POST /orders stores and returns them. */
export function cartTotals(lines, discountCode) {
  validateLines(lines);
  const subtotalCents = subtotal(lines);
  const discountCents = discountAmount(subtotalCents, discountPercent(discountCode));
  return { subtotalCents, discountCents, totalCents: subtotalCents - discountCents };
}
