package dev.kalshisim.data.importer;

/**
 * One WebSocket frame found on a capture's line.
 *
 * @param text      the frame's exact JSON text, as it will be written
 * @param recvNanos the receive time the capture wrote beside it, or {@code null} when it wrote none
 * @param wrapping  how the line held it, for the manifest: {@code bare} or {@code {time_field, frame_field}}
 */
record WsFrame(String text, Long recvNanos, String wrapping) {
}
