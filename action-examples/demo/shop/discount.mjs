// Discount codes and how they reduce a subtotal (whole cents, rounded in the shop's favour).
export const DISCOUNT_CODES = Object.freeze({ WELCOME10: 10, SPRING25: 25, STAFF50: 50 });

/** The percentage a code gives, or a RangeError naming the unknown code. */
export function discountPercent(code) {
  if (code === undefined || code === null || code === '') return 0;
  const percent = DISCOUNT_CODES[String(code).toUpperCase()];
  if (percent === undefined) throw new RangeError(`unknown discount code "${code}"`);
  return percent;
}

/** The amount taken off `subtotalCents`, rounded down to a whole cent. */
export function discountAmount(subtotalCents, percent) {
  if (percent < 0 || percent > 100) throw new RangeError(`discount must be 0..100, got ${percent}`);
  return Math.floor((subtotalCents * percent) / 100);
}

export function applyDiscount(subtotalCents, percent) {
  return subtotalCents - discountAmount(subtotalCents, percent);
}
