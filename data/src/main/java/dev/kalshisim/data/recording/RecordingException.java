package dev.kalshisim.data.recording;

/**
 * A recording that cannot be read or written, with a message fit for one line on a terminal:
 * which folder, file and line, and what is wrong there.
 */
public final class RecordingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordingException(String message) {
        super(message);
    }

    public RecordingException(String message, Throwable cause) {
        super(message, cause);
    }
}
