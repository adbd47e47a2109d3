// Prices are kept in cents everywhere; this is the one place they become text.
export function formatPrice(cents, currency = 'EUR') {
  if (!Number.isInteger(cents)) throw new TypeError(`a price is a whole number of cents, got ${cents}`);
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}
