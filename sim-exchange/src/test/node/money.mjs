// Fixed-point arithmetic on Kalshi's decimal strings: BigInt only, never floats.

/** "12.3456" dollars to micro-dollars. */
export function toMicros(text) {
  return decimal(text, 6, 'dollars');
}

/** "7.00" contracts to hundredths. */
export function toHundredths(text) {
  return decimal(text, 2, 'count');
}

/** "0.4300" to ten-thousandths of a dollar. */
export function toPriceUnits(text) {
  return decimal(text, 4, 'price');
}

function decimal(text, scale, what) {
  if (typeof text !== 'string' || !/^-?\d+(\.\d+)?$/.test(text)) {
    throw new Error(`expected a ${what} string, got ${JSON.stringify(text)}`);
  }
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = (negative ? text.slice(1) : text).split('.');
  if (fraction.length > scale && /[1-9]/.test(fraction.slice(scale))) {
    throw new Error(`${what} ${text} has more than ${scale} decimals`);
  }
  const value = BigInt(whole) * 10n ** BigInt(scale) + BigInt((fraction + '0'.repeat(scale)).slice(0, scale) || '0');
  return negative ? -value : value;
}

export function formatMicros(micros) {
  const negative = micros < 0n;
  const abs = negative ? -micros : micros;
  return `${negative ? '-' : ''}${abs / 1_000_000n}.${(abs % 1_000_000n).toString().padStart(6, '0')}`;
}

/**
 * Kalshi's taker fee in micro-dollars: ceil to $0.0001 of 0.07 x C x P x (1 - P). With the count c
 * in hundredths and the price p in ten-thousandths that is 7 x c x p x (10000 - p) / 10^12 dollars,
 * or / 10^8 in units of $0.0001, which is what gets rounded up.
 */
export function takerFee(countHundredths, priceUnits) {
  const numerator = 7n * countHundredths * priceUnits * (10_000n - priceUnits);
  const tenThousandths = (numerator + 10n ** 8n - 1n) / 10n ** 8n;
  return tenThousandths * 100n;
}

/**
 * The fee_cost of an order's first fill under Kalshi's fee rounding: the balance change
 * (revenue - trade fee) is floored to the member's precision ($0.01 unless a direct member) and
 * what the floor takes is a rounding fee on top of the trade fee. A first fill's rounding is below
 * $0.01, so no rebate is due yet.
 */
export function firstFillFee(revenueMicros, tradeFeeMicros, precisionMicros = 10_000n) {
  const exact = revenueMicros - tradeFeeMicros;
  // BigInt division truncates toward zero; the floor goes toward negative infinity.
  let quotient = exact / precisionMicros;
  if (quotient * precisionMicros > exact) {
    quotient -= 1n;
  }
  return revenueMicros - quotient * precisionMicros;
}
