package dev.kalshisim.cli.loadtest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.limits.BucketKind;
import dev.kalshisim.core.limits.BucketLimit;
import dev.kalshisim.core.limits.PacingStats;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one finished run and their renderings: the table, the machine-readable last line
 * and {@code summary.json}.
 *
 * <p>Utilization is the tokens the server accepted in a bucket over the most it could accept in the
 * run: the bucket's capacity (it starts full) plus its refill rate times the run's duration. So it
 * stays within 0..1, and 1 means the whole budget was used.
 *
 * @param ranDrySeconds when the policy first ran dry on the scenario's clock (NaN if it never did)
 * @param overBudgetSeconds when the offered rate first exceeded what the tier sustains for the mix,
 *        on the scenario's clock (NaN in the closed model, or if it never did)
 */
record LoadSummary(Policy policy, Scenario scenario, String model, String tier, int clients, double elapsedSeconds,
        long requests, long rejections429, long otherErrors, long retries, double waitSeconds, long writeTokens,
        long readTokens, BucketLimit writeLimit, BucketLimit readLimit, long duplicates, double p50Millis,
        double p99Millis, double p999Millis, long pacerWriteTokens, long pacerReadTokens, Timeline timeline,
        double ranDrySeconds, Mix.Kind ranDryKind, Map<Mix.Kind, Long> issued, Map<Mix.Kind, Long> couldNotSend,
        long arrivals, long dropped, double sustainableRate, double overBudgetSeconds, String activity) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static LoadSummary of(LoadPlan plan, long runNanos, LoadStats stats, Timeline timeline, RateProfile profile,
            double sustainableRate, long arrivals, long dropped, PacingStats pacedWrite, PacingStats pacedRead,
            long startedNanos, String activity) {
        long dry = stats.firstRanDryNanos();
        double drySeconds = dry == Long.MAX_VALUE ? Double.NaN : timeline.at(Math.max(0, dry - startedNanos));
        Map<Mix.Kind, Long> issued = new EnumMap<>(Mix.Kind.class);
        Map<Mix.Kind, Long> couldNot = new EnumMap<>(Mix.Kind.class);
        for (Mix.Kind kind : Mix.Kind.values()) {
            issued.put(kind, stats.issuedCount(kind));
            couldNot.put(kind, stats.couldNotSendCount(kind));
        }
        double overBudget = plan.open() ? profile.firstReaches(sustainableRate / plan.rate()) : Double.NaN;
        if (!Double.isNaN(overBudget) && !timeline.relative()) {
            overBudget = 0;
        }
        return new LoadSummary(plan.policy(), plan.scenario(), plan.model(), plan.tier().wire(), plan.clients(),
                runNanos / 1e9, stats.requests(), stats.rejections429(), stats.otherErrors(), stats.retries(),
                stats.waitNanos() / 1e9, stats.acceptedTokens(BucketKind.WRITE), stats.acceptedTokens(BucketKind.READ),
                plan.limits().write(), plan.limits().read(), stats.duplicates(), stats.latencyMillis(50),
                stats.latencyMillis(99), stats.latencyMillis(99.9), pacedWrite.tokensTotal(), pacedRead.tokensTotal(),
                timeline, drySeconds, stats.firstRanDryKind(), issued, couldNot, arrivals, dropped, sustainableRate,
                overBudget, activity);
    }

    long writeBudget() {
        return budget(writeLimit);
    }

    long readBudget() {
        return budget(readLimit);
    }

    private long budget(BucketLimit limit) {
        return limit.bucketCapacity() + Math.round(limit.refillRate() * elapsedSeconds);
    }

    double writeUtilization() {
        return Math.min(1.0, (double) writeTokens / writeBudget());
    }

    double readUtilization() {
        return Math.min(1.0, (double) readTokens / readBudget());
    }

    /** The share of attempts the server refused with 429. */
    double rejectionRatio() {
        return requests == 0 ? 0 : (double) rejections429 / requests;
    }

    /** When the policy first ran dry, as the scenario's clock reads ("T-14:32"), or "never". */
    String ranDryLabel() {
        return Double.isNaN(ranDrySeconds) ? "never" : timeline.label(ranDrySeconds);
    }

    String overBudgetLabel() {
        if (!model.startsWith("open")) {
            return "n/a (closed model: each client waits for its answer)";
        }
        return Double.isNaN(overBudgetSeconds) ? "never" : timeline.label(overBudgetSeconds);
    }

    long couldNotSendTotal() {
        return couldNotSend.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The one machine-readable line every run ends with. */
    String line() {
        return String.format(Locale.ROOT,
                "summary: policy=%s write_utilization=%.3f read_utilization=%.3f requests=%d rejections_429=%d"
                        + " duplicates=%d p99_ms=%.2f",
                policy.wire(), writeUtilization(), readUtilization(), requests, rejections429, duplicates, p99Millis);
    }

    /** What the policy ran dry on and what it could not send, as the policy defines them. */
    String ranDryMeaning() {
        return switch (policy) {
            case NONE -> "first 429; could not send = requests answered 429 (or whose turn came after the end)";
            case BACKOFF -> "first 429; could not send = requests out of attempts or whose next retry fell after the end";
            case BUCKET -> "first wait for tokens over " + PolicySender.RAN_DRY_WAIT_NANOS / 1_000_000
                    + " ms (or a 429); could not send = requests still waiting for tokens at the end (or 429ed)";
        };
    }

    /** A human table of the same figures. */
    String table() {
        double ratio = rejectionRatio();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, String.join("%n",
                "policy        %s (%s model, scenario %s, tier %s, %d clients, %.1f s)",
                "requests      %d (%.1f/s), 429s %d (%.1f%%), other errors %d, retries %d",
                "write bucket  %d tokens accepted of %d budget (%.1f%%), refill %d/s",
                "read bucket   %d tokens accepted of %d budget (%.1f%%), refill %d/s",
                "waiting       %.2f s total (pacing and backoff)",
                "latency ms    p50 %.2f  p99 %.2f  p99.9 %.2f (%s)",
                "duplicates    %d",
                "budget        the tier sustains %.1f requests/s of this mix; offered rate above it from %s",
                "ran dry       %s (%s)",
                "not sent      %d of %d: creates %d/%d, cancels %d/%d, batch %d/%d, reads %d/%d"),
                policy.wire(), model, scenario.wire(), tier, clients, elapsedSeconds,
                requests, requests / Math.max(1e-9, elapsedSeconds), rejections429, 100 * ratio, otherErrors, retries,
                writeTokens, writeBudget(), 100 * writeUtilization(), writeLimit.refillRate(),
                readTokens, readBudget(), 100 * readUtilization(), readLimit.refillRate(),
                waitSeconds, p50Millis, p99Millis, p999Millis,
                model.startsWith("open") ? "from the intended send time, waits included"
                        : "as the caller sees it, waits included",
                duplicates, sustainableRate, overBudgetLabel(), ranDryLabel(), ranDryMeaning(),
                couldNotSendTotal(), issuedTotal(), couldNotSend.get(Mix.Kind.WRITE), issued.get(Mix.Kind.WRITE),
                couldNotSend.get(Mix.Kind.CANCEL), issued.get(Mix.Kind.CANCEL), couldNotSend.get(Mix.Kind.BATCH),
                issued.get(Mix.Kind.BATCH), couldNotSend.get(Mix.Kind.READ), issued.get(Mix.Kind.READ)));
        if (activity != null) {
            out.append(String.format(Locale.ROOT, "%nmarket        %s", activity));
        }
        if (dropped > 0) {
            out.append(String.format(Locale.ROOT, "%ngenerator     %d of %d arrivals dropped (in flight at the bound)",
                    dropped, arrivals));
        }
        return out.toString();
    }

    private long issuedTotal() {
        return issued.values().stream().mapToLong(Long::longValue).sum();
    }

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("policy", policy.wire());
        root.put("scenario", scenario.wire());
        root.put("model", model);
        root.put("tier", tier);
        root.put("clients", clients);
        root.put("elapsed_seconds", round(elapsedSeconds, 3));
        root.put("requests", requests);
        root.put("rejections_429", rejections429);
        root.put("rejection_ratio", round(rejectionRatio(), 4));
        root.put("other_errors", otherErrors);
        root.put("retries", retries);
        root.put("wait_seconds", round(waitSeconds, 3));
        root.put("write_tokens_accepted", writeTokens);
        root.put("write_budget_tokens", writeBudget());
        root.put("write_refill_per_second", writeLimit.refillRate());
        root.put("write_capacity_tokens", writeLimit.bucketCapacity());
        root.put("write_utilization", round(writeUtilization(), 4));
        root.put("read_tokens_accepted", readTokens);
        root.put("read_budget_tokens", readBudget());
        root.put("read_refill_per_second", readLimit.refillRate());
        root.put("read_capacity_tokens", readLimit.bucketCapacity());
        root.put("read_utilization", round(readUtilization(), 4));
        root.put("pacer_write_tokens_granted", pacerWriteTokens);
        root.put("pacer_read_tokens_granted", pacerReadTokens);
        root.put("duplicates", duplicates);
        ObjectNode latency = root.putObject("latency_ms");
        latency.put("p50", round(p50Millis, 3));
        latency.put("p99", round(p99Millis, 3));
        latency.put("p99_9", round(p999Millis, 3));
        latency.put("measured_from", model.startsWith("open") ? "intended send time" : "actual send time");
        root.put("sustainable_requests_per_second", round(sustainableRate, 2));
        if (!Double.isNaN(overBudgetSeconds)) {
            root.put("over_budget_from_seconds", round(overBudgetSeconds, 1));
        }
        root.put("over_budget_from", overBudgetLabel());
        ObjectNode dry = root.putObject("ran_dry");
        dry.put("at", ranDryLabel());
        if (!Double.isNaN(ranDrySeconds)) {
            dry.put("scenario_seconds", round(ranDrySeconds, 1));
            dry.put("kind", wire(ranDryKind));
        }
        dry.put("definition", ranDryMeaning());
        ObjectNode notSent = root.putObject("could_not_send");
        ObjectNode sent = root.putObject("issued");
        for (Mix.Kind kind : Mix.Kind.values()) {
            notSent.put(wire(kind), couldNotSend.get(kind));
            sent.put(wire(kind), issued.get(kind));
        }
        notSent.put("total", couldNotSendTotal());
        sent.put("total", issuedTotal());
        root.put("arrivals", arrivals);
        root.put("arrivals_dropped", dropped);
        if (activity != null) {
            root.put("market_activity", activity);
        }
        if (timeline.relative()) {
            root.put("timeline", timeline.label(timeline.startSeconds()) + " .. " + timeline.label(timeline.endSeconds()));
            root.put("scenario_seconds_per_second", round(timeline.speed(), 3));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a built tree is always writable", e);
        }
    }

    /** The kind's name in the reports: creates, cancels, batch, reads. */
    static String wire(Mix.Kind kind) {
        return switch (kind) {
            case READ -> "reads";
            case WRITE -> "creates";
            case BATCH -> "batch";
            case CANCEL -> "cancels";
        };
    }

    private static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
