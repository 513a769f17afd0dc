package dev.kalshisim.data.importer;

/** An input that cannot be imported; the message is one line naming the file and, where known, the line or row. */
public final class ImportException extends RuntimeException {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
