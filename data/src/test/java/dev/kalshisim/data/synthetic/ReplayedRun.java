package dev.kalshisim.data.synthetic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a scenario and replays its messages as a recording's reader would, independently of the
 * renderer's own book: snapshots and deltas into per-market books, checking every rule a real feed
 * keeps (contiguous seq, no negative level, no crossed book, trades at the opposite best level,
 * receive times in order) and sampling fair values, books and activity at a fixed interval.
 */
final class ReplayedRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One moment: the model's fair probabilities and each book's top and depth. */
    record Sample(long nanos, double[] fair, int[] bid, int[] ask, long[] bidDepth5, long[] askDepth5) {
    }

    final Scenario scenario;
    final List<String> tickers;
    final List<Sample> samples = new ArrayList<>();
    final List<String> violations = new ArrayList<>();
    /** Messages per minute since the start, by exchange minute. */
    final TreeMap<Long, Integer> perMinute = new TreeMap<>();
    final Map<String, Integer> byType = new HashMap<>();
    long messages;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<TreeMap<Integer, Long>> yes = new ArrayList<>();
    private final List<TreeMap<Integer, Long>> no = new ArrayList<>();
    private long lastSeq;
    private long lastRecv;
    private long nextSampleNanos;
    private final long sampleEveryNanos;
    private L2Renderer renderer;

    private ReplayedRun(Scenario scenario, long sampleEveryNanos) {
        this.scenario = scenario;
        this.sampleEveryNanos = sampleEveryNanos;
        this.tickers = scenario.markets().stream().map(MarketSpec::ticker).toList();
        for (int i = 0; i < tickers.size(); i++) {
            index.put(tickers.get(i), i);
            yes.add(new TreeMap<>());
            no.add(new TreeMap<>());
        }
        this.nextSampleNanos = scenario.startNanos() + sampleEveryNanos;
    }

    static ReplayedRun of(Scenario scenario, long sampleEveryNanos) {
        ReplayedRun run = new ReplayedRun(scenario, sampleEveryNanos);
        run.renderer = new L2Renderer(scenario);
        run.renderer.render(run::accept, null);
        return run;
    }

    int market(String ticker) {
        return index.get(ticker);
    }

    private void accept(long recv, String line) {
        messages++;
        if (recv <= lastRecv) {
            violations.add("receive time went backward at message " + messages);
        }
        lastRecv = recv;
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (Exception e) {
            violations.add("not JSON: " + line);
            return;
        }
        String type = root.get("type").asText();
        byType.merge(type, 1, Integer::sum);
        JsonNode msg = root.get("msg");
        int m = market(msg.get("market_ticker").asText());
        switch (type) {
            case "orderbook_snapshot", "orderbook_delta" -> {
                long seq = root.get("seq").asLong();
                if (seq != lastSeq + 1) {
                    violations.add("seq " + seq + " after " + lastSeq);
                }
                lastSeq = seq;
                if (type.equals("orderbook_snapshot")) {
                    snapshot(m, msg);
                } else {
                    delta(m, msg);
                    minute(msg.get("ts_ms").asLong());
                }
            }
            case "trade" -> {
                trade(m, msg);
                minute(msg.get("ts_ms").asLong());
            }
            case "ticker" -> minute(msg.get("ts_ms").asLong());
            default -> violations.add("unexpected type " + type);
        }
        long now = renderer.model().nowNanos();
        while (now >= nextSampleNanos) {
            sample(nextSampleNanos);
            nextSampleNanos += sampleEveryNanos;
        }
    }

    private void minute(long tsMs) {
        perMinute.merge((tsMs * 1_000_000L - scenario.startNanos()) / 60_000_000_000L, 1, Integer::sum);
    }

    private void snapshot(int m, JsonNode msg) {
        levels(yes.get(m), msg.get("yes_dollars_fp"));
        levels(no.get(m), msg.get("no_dollars_fp"));
        checkCrossed(m);
    }

    private static void levels(TreeMap<Integer, Long> side, JsonNode levels) {
        side.clear();
        if (levels != null) {
            for (JsonNode level : levels) {
                side.put(cents(level.get(0).asText()), Count.parse(level.get(1).asText()).hundredths());
            }
        }
    }

    private void delta(int m, JsonNode msg) {
        TreeMap<Integer, Long> side = msg.get("side").asText().equals("yes") ? yes.get(m) : no.get(m);
        int cents = cents(msg.get("price_dollars").asText());
        long after = side.getOrDefault(cents, 0L) + Count.parseSigned(msg.get("delta_fp").asText()).hundredths();
        if (after < 0) {
            violations.add(tickers.get(m) + " level " + cents + " went negative");
        } else if (after == 0) {
            side.remove(cents);
        } else {
            side.put(cents, after);
        }
        checkCrossed(m);
    }

    /** A trade must be at the best level of the side it takes, which the next delta then reduces. */
    private void trade(int m, JsonNode msg) {
        int yesCents = cents(msg.get("yes_price_dollars").asText());
        boolean takerYes = msg.get("taker_side").asText().equals("yes");
        TreeMap<Integer, Long> taken = takerYes ? no.get(m) : yes.get(m);
        int expected = takerYes ? 100 - yesCents : yesCents;
        if (taken.isEmpty() || taken.lastKey() != expected) {
            violations.add(tickers.get(m) + " trade at " + yesCents + " not at the opposite best "
                    + (taken.isEmpty() ? "none" : taken.lastKey()));
        }
        if (Count.parse(msg.get("count_fp").asText()).hundredths() > taken.getOrDefault(expected, 0L)) {
            violations.add(tickers.get(m) + " trade larger than the level it takes");
        }
    }

    private void checkCrossed(int m) {
        if (!yes.get(m).isEmpty() && !no.get(m).isEmpty() && yes.get(m).lastKey() + no.get(m).lastKey() >= 100) {
            violations.add(tickers.get(m) + " crossed: yes " + yes.get(m).lastKey() + " no " + no.get(m).lastKey());
        }
    }

    private void sample(long at) {
        int n = tickers.size();
        double[] fair = new double[n];
        int[] bid = new int[n];
        int[] ask = new int[n];
        long[] bidDepth = new long[n];
        long[] askDepth = new long[n];
        for (int i = 0; i < n; i++) {
            fair[i] = renderer.model().probability(i);
            bid[i] = yes.get(i).isEmpty() ? 0 : yes.get(i).lastKey();
            ask[i] = no.get(i).isEmpty() ? 100 : 100 - no.get(i).lastKey();
            bidDepth[i] = depth5(yes.get(i));
            askDepth[i] = depth5(no.get(i));
        }
        samples.add(new Sample(at, fair, bid, ask, bidDepth, askDepth));
    }

    private static long depth5(TreeMap<Integer, Long> side) {
        if (side.isEmpty()) {
            return 0;
        }
        int best = side.lastKey();
        return side.subMap(best - 4, true, best, true).values().stream().mapToLong(Long::longValue).sum() / 100;
    }

    private static int cents(String dollars) {
        return (int) (Price.parse(dollars).units() / 100);
    }
}
