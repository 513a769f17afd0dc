package dev.kalshisim.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.TierTable;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The metrics of one result, as one JSON tree with a fixed key order (insertion order; maps keyed
 * by name are sorted). Money, prices and counts are exact strings as Kalshi writes them; only
 * ratios are JSON numbers.
 */
public final class RunMetrics {

    public static final String FORMAT = "kalshi-sim metrics 1";
    static final String MARKING = "cash plus each open position marked at its market's last fill price at or "
            + "before the instant: long p x last, short |p| x (1 - last); equity sampled per minute of virtual time";
    static final String PNL = "equity_change = final marked equity - starting balance; unrealized = sum over open "
            + "positions of (marked value - exposure); realized = equity_change - unrealized (fees and settlements "
            + "included); pnl is summary.json's, which marks open positions at the recording's last mid, a figure the "
            + "result files do not hold";
    static final String QUEUE = "per order: from its first resting state to its first fill or its cancel, whichever "
            + "is first; orders that never rested or still rest at the end are not counted";
    static final String BUDGET = "budget = the tier's refill_rate x run duration (TierTable defaults); "
            + "share = tokens spent / budget; "
            + "tokens spent are those of requests not answered 429";

    private RunMetrics() {
    }

    public static ObjectNode of(RunResult run) {
        RunFacts facts = RunFacts.of(run.summary());
        return of(run, facts, EquityCurve.of(run, facts));
    }

    public static ObjectNode of(RunResult run, RunFacts facts, List<EquityCurve.Point> equity) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode result = run.summary().path("result");
        ObjectNode root = f.objectNode();
        root.put("format", FORMAT);

        ObjectNode conventions = root.putObject("conventions");
        conventions.put("marking", MARKING);
        conventions.put("pnl", PNL);
        conventions.put("returns", Returns.CONVENTION);
        conventions.put("drawdown", "largest fall of the per-minute equity from its running peak; fraction of that peak");
        conventions.put("fill_ratio", "filled contracts / ordered contracts (each order's count when first seen)");
        conventions.put("time_in_queue", QUEUE);
        conventions.put("inventory", "max_long and max_short over every position row of any market; mean_abs: mean "
                + "over the per-minute samples of the sum over markets of |position|");
        conventions.put("budget", BUDGET);

        ObjectNode runNode = root.putObject("run");
        runNode.put("start_ns", facts.startNanos());
        runNode.put("end_ns", facts.endNanos());
        runNode.put("duration_ns", facts.durationNanos());
        runNode.put("tier", facts.tier().wire());
        runNode.put("starting_balance", facts.startBalance().toString());
        runNode.put("equity_samples", equity.size());

        EquityCurve.Point last = equity.get(equity.size() - 1);
        Money change = last.equity().minus(facts.startBalance());
        Money unrealized = unrealized(run, last.tsNanos(), last.positionsValue());
        ObjectNode pnl = root.putObject("pnl");
        pnl.put("pnl", result.path("pnl").asText(""));
        pnl.put("equity_change", change.toString());
        pnl.put("realized", change.minus(unrealized).toString());
        pnl.put("unrealized", unrealized.toString());
        pnl.put("fees", result.path("fees").asText(""));
        pnl.put("final_equity", last.equity().toString());
        pnl.put("return", ratio(change.micros(), facts.startBalance().micros()));

        Returns returns = Returns.hourly(equity, facts.startNanos());
        Money maxDrawdown = Money.ZERO;
        double maxFraction = 0;
        Money peak = null;
        for (EquityCurve.Point point : equity) {
            peak = peak == null ? point.equity() : Money.max(peak, point.equity());
            maxDrawdown = Money.max(maxDrawdown, point.drawdown());
            if (peak.isPositive()) {
                maxFraction = Math.max(maxFraction, (double) point.drawdown().micros() / peak.micros());
            }
        }
        ObjectNode risk = root.putObject("risk");
        risk.put("hourly_returns", returns.values().size());
        putOptional(risk, "sharpe", returns.sharpe());
        putOptional(risk, "sortino", returns.sortino());
        risk.put("max_drawdown", maxDrawdown.toString());
        risk.put("max_drawdown_fraction", maxFraction);

        execution(root.putObject("execution"), run);
        inventory(root.putObject("inventory"), run, equity);
        rateLimits(root.putObject("rate_limits"), run, facts, result);
        return root;
    }

    /** Σ over the positions open at {@code at} of (marked value − exposure), exposure from the last position row. */
    private static Money unrealized(RunResult run, long at, Money markedValue) {
        Map<String, Money> exposure = new TreeMap<>();
        for (JsonNode row : run.positions()) {
            if (row.path("ts_ns").asLong() <= at) {
                String ticker = row.path("ticker").asText();
                Count position = Count.parseSigned(row.path("position").asText());
                if (position.isZero()) {
                    exposure.remove(ticker);
                } else {
                    exposure.put(ticker, Money.parse(row.path("exposure").asText()));
                }
            }
        }
        for (JsonNode row : run.settlements()) {
            if (row.path("ts_ns").asLong() <= at) {
                exposure.remove(row.path("ticker").asText());
            }
        }
        Money cost = Money.ZERO;
        for (Money each : exposure.values()) {
            cost = cost.plus(each);
        }
        return markedValue.minus(cost);
    }

    private static void execution(ObjectNode node, RunResult run) {
        Map<String, Count> ordered = new LinkedHashMap<>();
        Map<String, Long> restedAt = new HashMap<>();
        Map<String, Long> leftQueueAt = new HashMap<>();
        for (JsonNode row : run.orders()) {
            String id = row.path("order_id").asText();
            long ts = row.path("ts_ns").asLong();
            ordered.putIfAbsent(id, Count.parse(row.path("count").asText()));
            String status = row.path("status").asText();
            if (status.equals("resting")) {
                restedAt.putIfAbsent(id, ts);
            } else if (status.equals("canceled") && restedAt.containsKey(id)) {
                leftQueueAt.merge(id, ts, Math::min);
            }
        }
        Count filled = Count.ZERO;
        for (JsonNode row : run.fills()) {
            filled = filled.plus(Count.parse(row.path("count").asText()));
            String id = row.path("order_id").asText();
            Long rested = restedAt.get(id);
            long ts = row.path("ts_ns").asLong();
            if (rested != null && ts >= rested) {
                leftQueueAt.merge(id, ts, Math::min);
            }
        }
        Count orderedTotal = Count.ZERO;
        for (Count count : ordered.values()) {
            orderedTotal = orderedTotal.plus(count);
        }
        long measured = 0;
        long totalNanos = 0;
        for (Map.Entry<String, Long> left : leftQueueAt.entrySet()) {
            measured++;
            totalNanos += left.getValue() - restedAt.get(left.getKey());
        }
        node.put("orders", ordered.size());
        node.put("fills", run.fills().size());
        node.put("ordered_contracts", orderedTotal.toString());
        node.put("filled_contracts", filled.toString());
        node.put("fill_ratio", ratio(filled.hundredths(), orderedTotal.hundredths()));
        node.put("queue_orders_measured", measured);
        node.put("queue_orders_still_resting", restedAt.size() - measured);
        if (measured == 0) {
            node.putNull("mean_time_in_queue_ns");
        } else {
            node.put("mean_time_in_queue_ns", totalNanos / measured);
        }
    }

    private static void inventory(ObjectNode node, RunResult run, List<EquityCurve.Point> equity) {
        Count maxLong = Count.ZERO;
        Count maxShort = Count.ZERO;
        for (JsonNode row : run.positions()) {
            Count position = Count.parseSigned(row.path("position").asText());
            maxLong = Count.max(maxLong, position);
            maxShort = Count.max(maxShort, position.negate());
        }
        long sum = 0;
        for (EquityCurve.Point point : equity) {
            sum += point.inventory().hundredths();
        }
        node.put("max_long", maxLong.toString());
        node.put("max_short", maxShort.toString());
        node.put("mean_abs", (double) sum / equity.size() / Count.SCALE);
    }

    private static void rateLimits(ObjectNode node, RunResult run, RunFacts facts, JsonNode result) {
        Map<String, Long> byBucket = new TreeMap<>();
        Map<String, Long> byEndpoint = new TreeMap<>();
        long limited = 0;
        long waits = 0;
        long waitNanos = 0;
        for (JsonNode row : run.tokens()) {
            if (row.path("rate_limited").asBoolean()) {
                // Answered 429: the request took no tokens.
                limited++;
            } else {
                long tokens = row.path("tokens").asLong();
                byBucket.merge(row.path("bucket").asText(), tokens, Long::sum);
                byEndpoint.merge(row.path("endpoint").asText(), tokens, Long::sum);
            }
            long wait = row.path("wait_ns").asLong();
            if (wait > 0) {
                waits++;
                waitNanos += wait;
            }
        }
        ObjectNode buckets = node.putObject("buckets");
        for (BucketKind kind : BucketKind.values()) {
            BucketLimit limit = TierTable.defaults().limit(facts.tier(), kind);
            long spent = byBucket.getOrDefault(kind.wire(), 0L);
            double budget = (double) limit.refillRate() * facts.durationNanos() / 1e9;
            ObjectNode bucket = buckets.putObject(kind.wire());
            bucket.put("refill_rate", limit.refillRate());
            bucket.put("capacity", limit.bucketCapacity());
            bucket.put("tokens", spent);
            bucket.put("budget", budget);
            if (budget > 0) {
                bucket.put("budget_share", spent / budget);
            } else {
                bucket.putNull("budget_share");
            }
        }
        ObjectNode endpoints = node.putObject("tokens_by_endpoint");
        byEndpoint.forEach(endpoints::put);
        node.put("requests", run.tokens().size());
        node.put("rate_limited_requests", limited);
        node.put("rejections_429", result.path("rejections_429").asLong());
        node.put("waits", waits);
        node.put("wait_ns", waitNanos);
    }

    private static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }

    private static void putOptional(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }
}
