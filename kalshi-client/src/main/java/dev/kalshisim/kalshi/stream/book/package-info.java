/**
 * Local order books rebuilt from the {@code orderbook_delta} channel: {@link
 * dev.kalshisim.kalshi.stream.book.LocalOrderBook} holds one market's bids,
 * {@link dev.kalshisim.kalshi.stream.book.BookKeeper} feeds every book of a connection, checks the
 * per-subscription sequence numbers, and repairs a book after a gap from a fresh snapshot. A book
 * that may be wrong is never served as live: it reads as {@code INVALID} and empty until repaired.
 */
package dev.kalshisim.kalshi.stream.book;
