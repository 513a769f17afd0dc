package dev.kalshisim.data.normalize;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.recording.RecordedMessage;
import dev.kalshisim.data.recording.Source;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a recorded message of either generation into market events, exactly.
 *
 * <p>WebSocket: {@code orderbook_snapshot}, {@code orderbook_delta}, {@code trade}, {@code ticker}
 * and {@code ticker_v2}, {@code market_lifecycle_v2} (and {@code multivariate_market_lifecycle},
 * the same schema) yield events; every other type ({@code ok}, {@code subscribed}, {@code error},
 * {@code fill}, user orders, ...) yields none. REST: {@code GET .../markets/{ticker}/orderbook}
 * (the {@code orderbook_fp} and the legacy {@code orderbook} shape) yields a snapshot with sid and
 * seq 0; {@code GET .../markets/trades} and {@code .../historical/trades} yield trade prints; other
 * paths none.
 *
 * <p>Unknown fields are ignored, so new fields Kalshi adds never break a reader; a known field
 * that is malformed is a {@link NormalizeException} naming it. Stateless and thread-safe.
 */
public final class MessageNormalizer {

    /** {@code .../markets/{ticker}/orderbook}, with any prefix (/trade-api/v2) and query. */
    private static final Pattern ORDERBOOK = Pattern.compile("(?:.*/)?markets/([^/?#]+)/orderbook(?:[?#].*)?");
    /** {@code .../markets/trades} or {@code .../historical/trades}, with any prefix and query. */
    private static final Pattern TRADES = Pattern.compile("(?:.*/)?(?:markets|historical)/trades(?:[?#].*)?");
    private static final String API_PREFIX = "/trade-api/v2";
    private static final String NO_TYPE = "(no type)";

    private static final JsonFactory JSON = new JsonFactory();

    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * The message's type alone, cheaply (no tree is built): a WebSocket frame's {@code type}
     * ({@code "(no type)"} when it has none or is not JSON), or for REST {@code rest:orderbook},
     * {@code rest:trades}, {@code rest:candlesticks} or {@code rest:} and the path's first
     * segment after the API prefix ({@code rest:markets}, {@code rest:events}, ...).
     */
    public static String typeOf(RecordedMessage message) {
        if (message.source() == Source.REST) {
            return restType(message.path());
        }
        try (JsonParser parser = JSON.createParser(message.rawJson())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return NO_TYPE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("type".equals(field)) {
                    return value == JsonToken.VALUE_STRING ? parser.getText() : NO_TYPE;
                }
                parser.skipChildren();
            }
            return NO_TYPE;
        } catch (IOException e) {
            return NO_TYPE;
        }
    }

    private static String restType(String path) {
        if (ORDERBOOK.matcher(path).matches()) {
            return "rest:orderbook";
        }
        if (TRADES.matcher(path).matches()) {
            return "rest:trades";
        }
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        if (bare.endsWith("/candlesticks")) {
            return "rest:candlesticks";
        }
        String rest = bare.startsWith(API_PREFIX) ? bare.substring(API_PREFIX.length()) : bare;
        for (String segment : rest.split("/")) {
            if (!segment.isEmpty()) {
                return "rest:" + segment;
            }
        }
        return "rest:other";
    }

    /** The events of {@code message}, often none. */
    public List<MarketEvent> normalize(RecordedMessage message) {
        return read(message).events();
    }

    /** The message's type, sid and seq, and its events. */
    public NormalizedMessage read(RecordedMessage message) {
        JsonNode root = parse(message);
        return message.source() == Source.WS ? frame(root, message.recvNanos()) : rest(root, message);
    }

    private JsonNode parse(RecordedMessage message) {
        try {
            JsonNode root = mapper.readTree(message.rawJson());
            if (root == null || !root.isObject()) {
                throw new NormalizeException("message is not a JSON object");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new NormalizeException("message is not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private NormalizedMessage frame(JsonNode frame, long recvNanos) {
        JsonNode typeNode = frame.get("type");
        String type = typeNode != null && typeNode.isTextual() ? typeNode.textValue() : NO_TYPE;
        Fields f = new Fields(type);
        long sid = Fields.present(frame, "sid") ? f.integer(frame, "sid") : NormalizedMessage.NONE;
        long seq = Fields.present(frame, "seq") ? f.integer(frame, "seq") : NormalizedMessage.NONE;
        List<MarketEvent> events = switch (type) {
            case "orderbook_snapshot", "orderbook_delta", "trade", "ticker", "ticker_v2", "market_lifecycle_v2",
                    "multivariate_market_lifecycle" -> List.of(payloadEvent(f, type, payload(f, frame), recvNanos,
                            Math.max(sid, 0), Math.max(seq, 0)));
            default -> List.of();
        };
        return new NormalizedMessage(type, sid, seq, events);
    }

    private static JsonNode payload(Fields f, JsonNode frame) {
        JsonNode msg = frame.get("msg");
        if (msg == null || !msg.isObject()) {
            throw f.fail("msg", "must be the payload object");
        }
        return msg;
    }

    private static MarketEvent payloadEvent(Fields f, String type, JsonNode msg, long recvNanos, long sid, long seq) {
        long exchange = Payloads.exchangeNanos(f, msg);
        return switch (type) {
            case "orderbook_snapshot" -> Payloads.book(f, msg, recvNanos, exchange, f.text(msg, "market_ticker"), sid,
                    seq, "yes_dollars_fp", "no_dollars_fp");
            case "orderbook_delta" -> Payloads.delta(f, msg, recvNanos, exchange, sid, seq);
            case "trade" -> Payloads.trade(f, msg, recvNanos, exchange);
            case "ticker", "ticker_v2" -> Payloads.ticker(f, msg, recvNanos, exchange);
            default -> Payloads.lifecycle(f, msg, recvNanos, exchange);
        };
    }

    private NormalizedMessage rest(JsonNode body, RecordedMessage message) {
        String path = message.path();
        Matcher book = ORDERBOOK.matcher(path);
        if (book.matches()) {
            String ticker = URLDecoder.decode(book.group(1), StandardCharsets.UTF_8);
            Fields f = new Fields("GET " + path);
            return new NormalizedMessage("rest:orderbook", NormalizedMessage.NONE, NormalizedMessage.NONE,
                    List.of(restBook(f, body, message.recvNanos(), ticker)));
        }
        if (TRADES.matcher(path).matches()) {
            Fields f = new Fields("GET " + path);
            return new NormalizedMessage("rest:trades", NormalizedMessage.NONE, NormalizedMessage.NONE,
                    restTrades(f, body, message.recvNanos(), "GET " + path));
        }
        return new NormalizedMessage("rest:other", NormalizedMessage.NONE, NormalizedMessage.NONE, List.of());
    }

    /**
     * Today's {@code {"orderbook_fp": {"yes_dollars": [...], "no_dollars": [...]}}} or the legacy
     * {@code {"orderbook": {"yes": [[cents, count]], "no": ...}}} (sides may be null when empty).
     */
    private static MarketEvent restBook(Fields f, JsonNode body, long recvNanos, String ticker) {
        JsonNode book;
        if (Fields.present(body, "orderbook_fp")) {
            book = body.get("orderbook_fp");
        } else if (Fields.present(body, "orderbook")) {
            book = body.get("orderbook");
        } else {
            throw f.fail("orderbook_fp", "is missing (and no legacy orderbook)");
        }
        if (!book.isObject()) {
            throw f.fail("orderbook_fp", "must be an object, got " + book);
        }
        return Payloads.book(f, book, recvNanos, 0, ticker, 0, 0, "yes_dollars", "no_dollars");
    }

    private static List<MarketEvent> restTrades(Fields f, JsonNode body, long recvNanos, String label) {
        JsonNode trades = body.get("trades");
        if (trades == null || trades.isNull()) {
            return List.of();
        }
        if (!trades.isArray()) {
            throw f.fail("trades", "must be an array, got " + trades);
        }
        List<MarketEvent> events = new ArrayList<>(trades.size());
        for (int i = 0; i < trades.size(); i++) {
            JsonNode trade = trades.get(i);
            if (!trade.isObject()) {
                throw f.fail("trades[" + i + "]", "must be a trade object, got " + trade);
            }
            Fields at = new Fields(label + " trades[" + i + "]");
            events.add(Payloads.trade(at, trade, recvNanos, Payloads.exchangeNanos(at, trade)));
        }
        return events;
    }
}
