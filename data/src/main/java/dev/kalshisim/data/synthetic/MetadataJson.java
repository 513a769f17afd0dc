package dev.kalshisim.data.synthetic;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.data.recording.Manifest;
import java.time.Instant;

/**
 * The market, event and series objects a recorder would have fetched for a synthetic market, in the
 * shape of Kalshi's REST {@code market}, {@code event} and {@code series} objects (the fields a
 * replay needs: tickers, titles, strikes, times, price structure, mutual exclusivity).
 */
final class MetadataJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private MetadataJson() {
    }

    static Manifest.MarketMetadata of(Scenario scenario, EventSpec event, MarketSpec market) {
        Instant open = Instant.ofEpochSecond(0, scenario.startNanos());
        Instant close = Instant.ofEpochSecond(0, scenario.startNanos() + scenario.durationNanos());
        ObjectNode m = JSON.objectNode();
        m.put("ticker", market.ticker());
        m.put("event_ticker", event.eventTicker());
        m.put("market_type", "binary");
        m.put("title", market.title());
        m.put("yes_sub_title", market.yesSubTitle());
        m.put("no_sub_title", market.yesSubTitle());
        m.put("open_time", open.toString());
        m.put("close_time", close.toString());
        m.put("status", "active");
        m.put("response_price_units", "usd_cent");
        m.put("price_level_structure", "linear_cent");
        m.put("tick_size", 1);
        if (market.strikeType() != null) {
            m.put("strike_type", market.strikeType());
        }
        if (market.floorStrike() != null) {
            m.put("floor_strike", market.floorStrike());
        }
        if (market.capStrike() != null) {
            m.put("cap_strike", market.capStrike());
        }
        ObjectNode e = JSON.objectNode();
        e.put("event_ticker", event.eventTicker());
        e.put("series_ticker", event.seriesTicker());
        e.put("title", event.title());
        e.put("sub_title", event.subTitle());
        e.put("category", event.category());
        e.put("mutually_exclusive", event.mutuallyExclusive());
        ObjectNode s = JSON.objectNode();
        s.put("ticker", event.seriesTicker());
        s.put("title", event.title());
        s.put("category", event.category());
        s.put("frequency", event.frequency());
        return new Manifest.MarketMetadata(market.ticker(), m, e, s);
    }
}
