/**
 * The price-time order book on its own: one market's two bid ladders (YES bids at YES prices, NO
 * bids at NO prices, as Kalshi publishes a book), each a direct-indexed array of price levels over
 * the whole price range (1/10,000 dollar units, so every tick grid fits), each level an intrusive
 * doubly linked FIFO of resting entries, and the match loop that walks the opposite ladder and
 * reports every fill to a {@link dev.kalshisim.sim.engine.book.pricetime.MatchSink}.
 *
 * <p>It knows nothing of members' money, fees, records or events: the engine's book services call
 * it and do that work in the sink, and a benchmark can drive it alone (through
 * {@link dev.kalshisim.sim.engine.book.pricetime.NumberedBook}, which adds a by-id index). Entries
 * are pooled and levels kept once made, so a command in steady state allocates nothing here.
 */
package dev.kalshisim.sim.engine.book.pricetime;
