package dev.kalshisim.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One market to backfill, as the source described it.
 *
 * @param ticker     its ticker
 * @param market     the market object as received
 * @param historical whether it came from {@code /historical/markets} (settled and archived)
 */
record BackfillMarket(String ticker, JsonNode market, boolean historical) {

    String eventTicker() {
        String event = market.path("event_ticker").asText("");
        return event.isEmpty() ? null : event;
    }
}
