/**
 * Order books rebuilt from recorded snapshots and deltas, with sequence-gap detection and a
 * check of each later snapshot against the rebuilt book: {@link dev.kalshisim.data.book.BookReplayer}.
 */
package dev.kalshisim.data.book;
