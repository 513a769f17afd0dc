/**
 * Market events normalized from recorded messages of either generation (today's fixed-point
 * strings and the legacy integer cents): what the backtest, the replay log and the views read.
 * Prices are core's {@code Price}, sizes core's {@code Count}; times are epoch nanos.
 */
package dev.kalshisim.data.event;
