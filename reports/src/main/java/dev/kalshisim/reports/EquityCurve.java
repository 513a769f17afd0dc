package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Equity over virtual time, one point per minute from the run's start (and one at its end): cash
 * (the last {@code cash} balance at or before the minute) plus every open position marked by
 * {@link Marking} at its market's last fill price at or before the minute. A settlement closes its
 * market's position (the payout is in cash).
 */
public final class EquityCurve {

    public static final long MINUTE_NANOS = 60_000_000_000L;

    /** One sample; {@code drawdown} is the fall from the highest equity so far, {@code inventory} Σ|position|. */
    public record Point(long tsNanos, Money cash, Money positionsValue, Money equity, Money drawdown, Count inventory) {
    }

    private EquityCurve() {
    }

    public static List<Point> of(RunResult run, RunFacts facts) {
        List<Change> changes = new ArrayList<>();
        for (JsonNode row : run.cash()) {
            changes.add(new Change(row.path("ts_ns").asLong(), 0, row));
        }
        for (JsonNode row : run.fills()) {
            changes.add(new Change(row.path("ts_ns").asLong(), 1, row));
        }
        for (JsonNode row : run.positions()) {
            changes.add(new Change(row.path("ts_ns").asLong(), 2, row));
        }
        for (JsonNode row : run.settlements()) {
            changes.add(new Change(row.path("ts_ns").asLong(), 3, row));
        }
        // Stable: rows of one file keep their order; at one instant cash, fills, positions, settlements.
        changes.sort(Comparator.comparingLong(Change::ts).thenComparingInt(Change::kind));

        Money cash = facts.startBalance();
        Map<String, Count> positions = new TreeMap<>();
        Map<String, Price> lastFill = new TreeMap<>();
        Money peak = null;
        List<Point> points = new ArrayList<>();
        int next = 0;
        for (long t = facts.startNanos(); ; t = Math.min(t + MINUTE_NANOS, facts.endNanos())) {
            while (next < changes.size() && changes.get(next).ts() <= t) {
                Change change = changes.get(next++);
                JsonNode row = change.row();
                String ticker = row.path("ticker").asText();
                switch (change.kind()) {
                    case 0 -> cash = Money.parse(row.path("balance").asText());
                    case 1 -> lastFill.put(ticker, Price.parse(row.path("price").asText()));
                    case 2 -> positions.put(ticker, Count.parseSigned(row.path("position").asText()));
                    default -> positions.remove(ticker);
                }
            }
            Money value = Money.ZERO;
            Count inventory = Count.ZERO;
            for (Map.Entry<String, Count> position : positions.entrySet()) {
                value = value.plus(Marking.value(position.getValue(), lastFill.get(position.getKey())));
                inventory = inventory.plus(position.getValue().abs());
            }
            Money equity = cash.plus(value);
            peak = peak == null ? equity : Money.max(peak, equity);
            points.add(new Point(t, cash, value, equity, peak.minus(equity), inventory));
            if (t >= facts.endNanos()) {
                return List.copyOf(points);
            }
        }
    }

    private record Change(long ts, int kind, JsonNode row) {
    }
}
