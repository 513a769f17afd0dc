package dev.kalshisim.data.importer;

/**
 * One trade print read from a file, already in today's fixed-point JSON shape.
 *
 * @param createdNanos its created_time, epoch nanos (the sort key)
 * @param ticker       its market
 * @param tradeId      its id (the tie-break of the sort)
 * @param json         {@code {"trade_id":...,"ticker":...,"count_fp":...,"yes_price_dollars":...,
 *                     "no_price_dollars":...,"taker_side":...,"created_time":...}}
 */
record ImportedTrade(long createdNanos, String ticker, String tradeId, String json) {
}
