package dev.kalshisim.data.importer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The published formats {@code import --format} reads. */
public enum ImportFormat {
    /** Raw Kalshi WebSocket frames, one per line, bare or inside a wrapper with a receive time. */
    KALSHI_WS_JSONL("kalshi-ws-jsonl"),
    /** Kalshi trade prints with the trades endpoint's columns, as CSV with a header. */
    KALSHI_TRADES_CSV("kalshi-trades-csv"),
    /** The same trade prints as Parquet. */
    KALSHI_TRADES_PARQUET("kalshi-trades-parquet");

    private final String label;

    ImportFormat(String label) {
        this.label = label;
    }

    /** The name on the command line. */
    public String label() {
        return label;
    }

    /** The format called {@code name}, or an {@link ImportException} listing the known ones. */
    public static ImportFormat byLabel(String name) {
        for (ImportFormat format : values()) {
            if (format.label.equals(name)) {
                return format;
            }
        }
        throw new ImportException("unknown import format '" + name + "': expected one of " + labels());
    }

    /** Every format's name, comma-separated. */
    public static String labels() {
        return Arrays.stream(values()).map(ImportFormat::label).collect(Collectors.joining(", "));
    }
}
