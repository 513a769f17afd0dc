/**
 * Recorded messages of either Kalshi generation (today's fixed-point strings, the legacy integer
 * cents) turned exactly into {@code dev.kalshisim.data.event} events: {@link
 * dev.kalshisim.data.normalize.MessageNormalizer}.
 */
package dev.kalshisim.data.normalize;
