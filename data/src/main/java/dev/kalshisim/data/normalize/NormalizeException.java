package dev.kalshisim.data.normalize;

/**
 * A recorded message whose known fields cannot be read, with a one-line message naming the
 * message type and the field (unknown fields are ignored, never an error).
 */
public final class NormalizeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NormalizeException(String message) {
        super(message);
    }
}
