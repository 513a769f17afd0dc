/**
 * The recording format (docs/recording-format.md): a folder with {@code manifest.json} and
 * segments of gzip-compressed JSON lines, each one message exactly as received with its receive
 * time and source. {@link RecordingWriter} writes one, {@link RecordingReader} streams one back.
 */
package dev.kalshisim.data.recording;
