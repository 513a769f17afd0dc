/**
 * The fast replay log: a recording's normalized events as fixed-width binary records, built once
 * by streaming the recording through the normalizer, cached beside it under the recording's
 * content key, and read memory-mapped through a cursor that allocates nothing
 * (docs/replay-log.md).
 */
package dev.kalshisim.data.replay;
