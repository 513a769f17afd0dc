/**
 * The books and what rests on them: each market's two bid ladders, the engine's mutable orders
 * ({@link dev.kalshisim.sim.engine.book.BookOrder}) and their registry (ids, per-member indexes,
 * time priority, the finished-order queue), price-time matching with its fills and trades, the live
 * trade tape, and the mapping of engine state to Kalshi's wire records (it lives here because a
 * market's record shows its book).
 */
package dev.kalshisim.sim.engine.book;
