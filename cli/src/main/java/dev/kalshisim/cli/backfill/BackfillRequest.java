package dev.kalshisim.cli.backfill;

import java.util.List;

/**
 * What to backfill: exactly one of {@code tickers}, {@code event}, {@code series}; an optional
 * time range in Unix seconds (inclusive, as the trades endpoints read {@code min_ts}/{@code max_ts}).
 *
 * @param candlePeriodMinutes 1, 60 or 1440
 */
public record BackfillRequest(List<String> tickers, String event, String series, Long fromSeconds, Long toSeconds,
        int candlePeriodMinutes) {

    public BackfillRequest {
        tickers = tickers == null ? List.of() : List.copyOf(tickers);
        int selectors = (tickers.isEmpty() ? 0 : 1) + (event == null ? 0 : 1) + (series == null ? 0 : 1);
        if (selectors != 1) {
            throw new IllegalArgumentException("name exactly one of --tickers, --event, --series");
        }
        if (fromSeconds != null && toSeconds != null && toSeconds < fromSeconds) {
            throw new IllegalArgumentException("--to is before --from");
        }
        if (candlePeriodMinutes != 1 && candlePeriodMinutes != 60 && candlePeriodMinutes != 1440) {
            throw new IllegalArgumentException("--candle-period must be 1, 60 or 1440 minutes");
        }
    }

    /** What was asked, in words, for the manifest. */
    String describe() {
        String what = !tickers.isEmpty() ? "tickers " + String.join(",", tickers)
                : event != null ? "event " + event : "series " + series;
        return what + (fromSeconds == null ? "" : " from " + java.time.Instant.ofEpochSecond(fromSeconds))
                + (toSeconds == null ? "" : " to " + java.time.Instant.ofEpochSecond(toSeconds));
    }
}
