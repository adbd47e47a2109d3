// Deterministic orders spread over 30 days of June 2025, for the report tests.
export function sampleOrders(count) {
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    totalCents: 500 + ((i * 7919) % 20_000),
    placedAt: Date.UTC(2025, 5, 1 + (i % 30), (i * 13) % 24),
  }));
}
