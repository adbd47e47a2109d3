// A tiny shop library the demo's tests exercise.
export function cartTotal(items) {
  return items.reduce((sum, item) => sum + item.price * item.quantity, 0);
}

export function applyDiscount(total, percent) {
  if (percent < 0 || percent > 100) throw new RangeError(`discount must be 0..100, got ${percent}`);
  return Math.round(total * (100 - percent)) / 100;
}

export function formatPrice(cents, currency = 'EUR') {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(cents / 100);
}
