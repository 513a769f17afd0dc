package dev.kalshisim.sim.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Price;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A subscriber's books rebuilt the way a bot rebuilds them: replace on {@code orderbook_snapshot},
 * add {@code delta_fp} on {@code orderbook_delta}, with every {@code seq} checked to be the
 * previous plus one per sid. Books are kept in the REST endpoint's terms (NO bids on the NO leg),
 * converting back from YES-leg prices for a {@code use_yes_price} subscription.
 */
final class ReplayedBooks {

    private final boolean yesPriced;
    private final Map<String, TreeMap<String, Long>> yes = new HashMap<>();
    private final Map<String, TreeMap<String, Long>> no = new HashMap<>();
    private final Map<Long, Long> lastSeq = new HashMap<>();
    private int snapshots;
    private int deltas;

    /** @param yesPriced whether the subscription asked for {@code use_yes_price} */
    ReplayedBooks(boolean yesPriced) {
        this.yesPriced = yesPriced;
    }

    /** Applies every message of {@code messages}, in order, that belongs to the orderbook channel or carries a seq. */
    void applyAll(List<JsonNode> messages) {
        messages.forEach(this::apply);
    }

    void apply(JsonNode message) {
        if (message.has("seq") && message.has("sid")) {
            long sid = message.get("sid").asLong();
            long seq = message.get("seq").asLong();
            Long previous = lastSeq.put(sid, seq);
            long expected = previous == null ? 1 : previous + 1;
            assertThat(seq).as("seq of sid %d after %s", sid, previous).isEqualTo(expected);
        }
        String type = message.path("type").asText();
        if (type.equals("orderbook_snapshot")) {
            snapshot(message.get("msg"));
        } else if (type.equals("orderbook_delta")) {
            delta(message.get("msg"));
        }
    }

    private void snapshot(JsonNode body) {
        String ticker = body.get("market_ticker").asText();
        TreeMap<String, Long> yesLevels = new TreeMap<>();
        TreeMap<String, Long> noLevels = new TreeMap<>();
        body.path("yes_dollars_fp").forEach(level -> yesLevels.put(level.get(0).asText(), count(level.get(1))));
        body.path("no_dollars_fp").forEach(level -> noLevels.put(noLeg(level.get(0).asText()), count(level.get(1))));
        if (yes.containsKey(ticker)) {
            // A fresh snapshot (get_snapshot) must equal the book the deltas so far have built.
            assertThat(yesLevels).as("YES levels of a fresh snapshot of %s", ticker).isEqualTo(yes.get(ticker));
            assertThat(noLevels).as("NO levels of a fresh snapshot of %s", ticker).isEqualTo(no.get(ticker));
        }
        yes.put(ticker, yesLevels);
        no.put(ticker, noLevels);
        snapshots++;
    }

    private void delta(JsonNode body) {
        String ticker = body.get("market_ticker").asText();
        boolean yesSide = body.get("side").asText().equals("yes");
        TreeMap<String, Long> levels = (yesSide ? yes : no).get(ticker);
        assertThat(levels).as("a delta of %s before its snapshot", ticker).isNotNull();
        String price = yesSide ? body.get("price_dollars").asText() : noLeg(body.get("price_dollars").asText());
        long size = levels.getOrDefault(price, 0L) + Count.parseSigned(body.get("delta_fp").asText()).hundredths();
        assertThat(size).as("size of %s %s at %s", ticker, body.get("side").asText(), price).isNotNegative();
        if (size == 0) {
            levels.remove(price);
        } else {
            levels.put(price, size);
        }
        deltas++;
    }

    private String noLeg(String price) {
        return yesPriced ? Price.parseLenient(price).complement().toString() : price;
    }

    private static long count(JsonNode text) {
        return Count.parseSigned(text.asText()).hundredths();
    }

    /** The YES bids of {@code ticker}: price to size in hundredths. */
    TreeMap<String, Long> yes(String ticker) {
        return yes.get(ticker);
    }

    /** The NO bids of {@code ticker} on the NO leg: price to size in hundredths. */
    TreeMap<String, Long> no(String ticker) {
        return no.get(ticker);
    }

    int snapshots() {
        return snapshots;
    }

    int deltas() {
        return deltas;
    }

    /** The book of a REST {@code orderbook_fp} side as price to size in hundredths. */
    static TreeMap<String, Long> levels(JsonNode side) {
        TreeMap<String, Long> levels = new TreeMap<>();
        side.forEach(level -> levels.put(level.get(0).asText(), count(level.get(1))));
        return levels;
    }
}
