package dev.kalshisim.cli.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.Source;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-side books rebuilt from a recording's WebSocket lines the simple way: an
 * {@code orderbook_snapshot} replaces a market's book, an {@code orderbook_delta} adds its signed
 * size to one level (dropped at zero). Prices and sizes are kept as plain decimal text, so
 * {@code 0.4000} and {@code 0.40} are one level, and compared exactly.
 */
final class ReplayedBooks {

    static final ObjectMapper JSON = new ObjectMapper();

    /** One market's book: side ({@code yes}/{@code no}) to price to size. */
    static final class Book {
        final Map<String, TreeMap<String, String>> sides = new TreeMap<>();

        Book() {
            sides.put("yes", new TreeMap<>());
            sides.put("no", new TreeMap<>());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Book book && book.sides.equals(sides);
        }

        @Override
        public int hashCode() {
            return sides.hashCode();
        }

        @Override
        public String toString() {
            return sides.toString();
        }
    }

    private final Map<String, Book> books = new HashMap<>();
    private int snapshots;
    private int deltas;

    void apply(RecordedMessage message) {
        if (message.source() != Source.WS) {
            return;
        }
        JsonNode frame = parse(message.rawJson());
        String type = frame.path("type").asText();
        JsonNode msg = frame.path("msg");
        String ticker = msg.path("market_ticker").asText();
        if (type.equals("orderbook_snapshot")) {
            Book book = new Book();
            levels(msg.path("yes_dollars_fp"), book.sides.get("yes"));
            levels(msg.path("no_dollars_fp"), book.sides.get("no"));
            books.put(ticker, book);
            snapshots++;
        } else if (type.equals("orderbook_delta")) {
            Book book = books.get(ticker);
            if (book == null) {
                throw new AssertionError("a delta before any snapshot of " + ticker + ": " + message.rawJson());
            }
            TreeMap<String, String> side = book.sides.get(msg.path("side").asText());
            String price = plain(msg.path("price_dollars").asText());
            BigDecimal size = new BigDecimal(side.getOrDefault(price, "0")).add(new BigDecimal(msg.path("delta_fp").asText()));
            if (size.signum() < 0) {
                throw new AssertionError("a level below zero at " + price + ": " + message.rawJson());
            }
            if (size.signum() == 0) {
                side.remove(price);
            } else {
                side.put(price, plain(size.toPlainString()));
            }
            deltas++;
        }
    }

    Book book(String ticker) {
        return books.get(ticker);
    }

    int snapshots() {
        return snapshots;
    }

    int deltas() {
        return deltas;
    }

    /** The book in a REST {@code GET /markets/T/orderbook} body ({@code orderbook_fp} or {@code orderbook}). */
    static Book fromRest(String body) {
        JsonNode root = parse(body);
        JsonNode book = root.has("orderbook_fp") ? root.get("orderbook_fp") : root.path("orderbook");
        Book result = new Book();
        levels(book.path("yes_dollars"), result.sides.get("yes"));
        levels(book.path("no_dollars"), result.sides.get("no"));
        return result;
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void levels(JsonNode levels, TreeMap<String, String> side) {
        if (levels == null || levels.isNull() || levels.isMissingNode()) {
            return;
        }
        for (JsonNode level : levels) {
            side.put(plain(level.get(0).asText()), plain(level.get(1).asText()));
        }
    }

    private static String plain(String decimal) {
        BigDecimal value = new BigDecimal(decimal);
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
