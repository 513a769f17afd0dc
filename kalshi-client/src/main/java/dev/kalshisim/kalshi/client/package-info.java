/**
 * The Kalshi Trade API v2 REST client: {@link dev.kalshisim.kalshi.client.KalshiClient} and its
 * endpoint views, list filters, {@link dev.kalshisim.kalshi.client.RetryPolicy},
 * {@link dev.kalshisim.kalshi.client.ThrottleStats} and the exception types.
 *
 * <p>The published API is the public types of this package. The request stages (retry, error
 * decoding, throttle, signing, transport) and their helpers are package-private and may change
 * without notice.
 */
package dev.kalshisim.kalshi.client;
