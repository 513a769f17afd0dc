package dev.kalshisim.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the markets a request names, live ({@code /markets}) and archived ({@code /historical/markets}),
 * the live description winning when a market is in both. A ticker the source has in neither
 * place, or an event or series with no markets, stops the backfill with one line.
 */
final class MarketResolver {

    private static final String PAGE_LIMIT = "1000";

    private final PublicApi api;

    MarketResolver(PublicApi api) {
        this.api = api;
    }

    List<BackfillMarket> resolve(BackfillRequest request) {
        Map<String, BackfillMarket> markets = new LinkedHashMap<>();
        if (!request.tickers().isEmpty()) {
            for (String ticker : request.tickers()) {
                markets.put(ticker, oneMarket(ticker));
            }
            return new ArrayList<>(markets.values());
        }
        String filter = request.event() != null ? "event_ticker" : "series_ticker";
        String value = request.event() != null ? request.event() : request.series();
        listInto(markets, "/markets", filter, value, false);
        listInto(markets, "/historical/markets", filter, value, true);
        if (markets.isEmpty()) {
            throw new BackfillException((request.event() != null ? "event " : "series ") + value
                    + ": the source has no markets in it, live or historical");
        }
        return new ArrayList<>(markets.values());
    }

    private BackfillMarket oneMarket(String ticker) {
        PublicApi.Answer live = api.getOrNull("/markets/" + PublicApi.segment(ticker));
        if (live != null) {
            return new BackfillMarket(ticker, live.json().path("market"), false);
        }
        PublicApi.Answer archived = api.getOrNull("/historical/markets/" + PublicApi.segment(ticker));
        if (archived != null) {
            return new BackfillMarket(ticker, archived.json().path("market"), true);
        }
        throw new BackfillException("ticker " + ticker + ": the source has no such market, live or historical");
    }

    private void listInto(Map<String, BackfillMarket> markets, String path, String filter, String value, boolean historical) {
        String cursor = null;
        do {
            PublicApi.Answer page = api.get(path, filter, value, "limit", PAGE_LIMIT, "cursor", cursor);
            for (JsonNode market : page.json().path("markets")) {
                String ticker = market.path("ticker").asText();
                markets.putIfAbsent(ticker, new BackfillMarket(ticker, market, historical));
            }
            cursor = page.json().path("cursor").asText("");
        } while (!cursor.isEmpty());
    }
}
