package dev.kalshisim.kalshi.client;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kalshisim.core.model.Market;
import dev.kalshisim.core.model.MarketStatus;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PaginationIT extends WireMockFixture {

    private static final String MARKETS = api("/markets");

    private void stubPage(String cursor, String nextCursor, String... tickers) {
        StringBuilder markets = new StringBuilder();
        for (String ticker : tickers) {
            markets.append(markets.length() == 0 ? "" : ",").append(Samples.market(ticker));
        }
        server.stubFor(get(urlPathEqualTo(MARKETS))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
                .willReturn(okJson("{\"markets\":[" + markets + "],\"cursor\":\"" + nextCursor + "\"}")));
    }

    @Test
    void iteratesEveryPageFollowingTheCursor() {
        stubPage(null, "c1", "M-1", "M-2");
        stubPage("c1", "c2", "M-3", "M-4");
        stubPage("c2", "", "M-5");
        try (KalshiClient client = clientBuilder().build()) {
            MarketsQuery query = MarketsQuery.all().status(MarketStatus.StatusFilter.OPEN).seriesTicker("HIGHNY").limit(2);

            assertThat(client.markets().markets(query).stream().map(Market::ticker)).containsExactly("M-1", "M-2", "M-3", "M-4", "M-5");
        }
        server.verify(3, getRequestedFor(urlPathEqualTo(MARKETS))
                .withQueryParam("status", equalTo("open"))
                .withQueryParam("series_ticker", equalTo("HIGHNY"))
                .withQueryParam("limit", equalTo("2")));
    }

    @Test
    void fetchesTheNextPageOnlyWhenItIsNeeded() {
        stubPage(null, "c1", "M-1", "M-2");
        stubPage("c1", "", "M-3");
        try (KalshiClient client = clientBuilder().build()) {
            Iterator<Market> markets = client.markets().markets(MarketsQuery.all()).iterator();
            markets.next();
            markets.next();
            server.verify(1, getRequestedFor(urlPathEqualTo(MARKETS)));
            assertThat(markets.next().ticker()).isEqualTo("M-3");
            assertThat(markets.hasNext()).isFalse();
            server.verify(2, getRequestedFor(urlPathEqualTo(MARKETS)));
        }
    }
}
