// The gate compares the exact ratio of the counts, never the two-decimal figure metrics.json shows:
// 19,799 of 20,000 is 98.995 %, shown as 99.00 %, and is below a minimum of 99 %.
import type { StatusCounts } from '../metrics/index.js';
import { formatCount, formatPercent } from '../render/format.js';

/** The counts passRate is defined on (DESIGN "Counting tests"): (passed + flaky) of (total − skipped). */
function passingOfRan(counts: StatusCounts): { passing: number; ran: number } {
  return { passing: counts.passed + counts.flaky, ran: counts.total - counts.skipped };
}

/** `value` as the decimal it was written as, 99.9 → 999 / 10: exact, where binary floating point is not. */
function asDecimal(value: number): { numerator: bigint; denominator: bigint } | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(String(value));
  if (!match) return undefined;
  const decimals = match[2] ?? '';
  return { numerator: BigInt(match[1]! + decimals), denominator: 10n ** BigInt(decimals.length) };
}

/** passing / ran × 100 < minPassRate, compared exactly in integers; false when no test ran. */
export function isBelowMinPassRate(counts: StatusCounts, minPassRate: number): boolean {
  const { passing, ran } = passingOfRan(counts);
  if (ran <= 0) return false;
  const min = asDecimal(minPassRate);
  if (!min) return passing * 100 < minPassRate * ran;
  return BigInt(passing) * 100n * min.denominator < min.numerator * BigInt(ran);
}

/** The exact rate to six decimals, cut (never rounded), trailing zeros dropped, `…` when cut: 98.995 %. */
function exactPercent(passing: number, ran: number): string {
  const micro = BigInt(passing) * 100_000_000n;
  const scaled = micro / BigInt(ran);
  const fraction = (scaled % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${scaled / 1_000_000n}.${fraction}${micro % BigInt(ran) === 0n ? '' : '…'} %`;
}

/**
 * The pass rate as shown (two decimals), or, when that figure would put it on the wrong side of
 * `minPassRate`, the exact rate with the counts and the shown figure: "98.995 % (19,799 of 20,000;
 * shown rounded as 99.00 %)".
 */
export function describePassRate(counts: StatusCounts, shown: number | null, minPassRate: number): string {
  const { passing, ran } = passingOfRan(counts);
  if (shown === null || ran <= 0) return formatPercent(shown);
  const below = isBelowMinPassRate(counts, minPassRate);
  if (below === shown < minPassRate) return formatPercent(shown);
  return `${exactPercent(passing, ran)} (${formatCount(passing)} of ${formatCount(ran)}; shown rounded as ${formatPercent(shown)})`;
}
