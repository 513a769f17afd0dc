// Assertions that throw an Error naming what was compared, for the check runner to report.

import { isDeepStrictEqual } from 'node:util';
import { formatMicros, toHundredths, toMicros, toPriceUnits } from './money.mjs';

export function expectEqual(actual, expected, what) {
  if (!isDeepStrictEqual(actual, expected)) {
    throw new Error(`${what}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

export function expectTruthy(value, what) {
  if (!value) {
    throw new Error(`${what}: got ${show(value)}`);
  }
}

export function expectCount(actual, expected, what) {
  expectEqual(toHundredths(actual), toHundredths(expected), `${what} (${show(actual)})`);
}

export function expectDollars(actual, expected, what) {
  expectEqual(toPriceUnits(actual), toPriceUnits(expected), `${what} (${show(actual)})`);
}

export function expectMicros(actual, expectedMicros, what) {
  expectEqual(toMicros(actual), expectedMicros, `${what} (${show(actual)}, expected ${formatMicros(expectedMicros)})`);
}

/** Compares [[price, count], ...] levels numerically, in order. */
export function expectLevels(actual, expected, what) {
  const normalize = (list) => list.map(([price, count]) => [toPriceUnits(price), toHundredths(count)]);
  if (!Array.isArray(actual)) {
    throw new Error(`${what}: expected levels, got ${show(actual)}`);
  }
  expectEqual(normalize(actual), normalize(expected), `${what} (${show(actual)})`);
}

export function show(value) {
  return JSON.stringify(value, (k, v) => (typeof v === 'bigint' ? `${v}n` : v));
}
