/**
 * Readers of market data that others published, into the recording format: raw Kalshi WebSocket
 * captures (one frame per line, bare or wrapped with a receive time) and Kalshi trade prints as
 * CSV or Parquet, written as a trades-only recording. {@link dev.kalshisim.data.importer.Importer}
 * is the entry point; every failure is one {@link dev.kalshisim.data.importer.ImportException}
 * line naming the file and the line or row.
 */
package dev.kalshisim.data.importer;
