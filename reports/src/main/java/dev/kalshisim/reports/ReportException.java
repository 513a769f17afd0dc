package dev.kalshisim.reports;

/** A folder that is not a readable backtest result; its message is one line for the user. */
public final class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
