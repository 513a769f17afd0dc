package dev.kalshisim.reports;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code equity.csv}: the per-minute equity curve, header row, LF line ends, exact dollars. */
public final class EquityCsv {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private EquityCsv() {
    }

    public static String text(List<EquityCurve.Point> points) {
        StringBuilder out = new StringBuilder("ts_ns,ts,cash,positions_value,equity,drawdown,inventory\n");
        for (EquityCurve.Point p : points) {
            out.append(p.tsNanos()).append(',').append(iso(p.tsNanos())).append(',').append(p.cash()).append(',')
                    .append(p.positionsValue()).append(',').append(p.equity()).append(',').append(p.drawdown())
                    .append(',').append(p.inventory()).append('\n');
        }
        return out.toString();
    }

    static String iso(long epochNanos) {
        return UTC.format(Instant.ofEpochSecond(Math.floorDiv(epochNanos, 1_000_000_000L),
                Math.floorMod(epochNanos, 1_000_000_000L)));
    }
}
