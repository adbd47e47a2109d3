/**
 * passRate per DESIGN: (passed + flaky) / (total − skipped) × 100, two decimals, null when no
 * test ran. Never rounds up to 100 while a test failed, nor down to 0 while one passed, so a
 * gate at 100 % cannot pass with 1 failure in 30,000 tests.
 */
export function passRate(passing: number, ran: number): number | null {
  if (ran <= 0) return null;
  const hundredths = Math.round((passing * 10_000) / ran);
  if (passing < ran && hundredths >= 10_000) return 99.99;
  if (passing > 0 && hundredths <= 0) return 0.01;
  return hundredths / 100;
}
