package dev.kalshisim.sim.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void repeatedAndCommaSeparatedValuesBothCount() {
        QueryParams query = QueryParams.parse("tickers=A&tickers=B,C&limit=5");

        assertThat(query.csv("tickers", 10)).containsExactly("A", "B", "C");
        assertThat(query.longInRange("limit", 100, 1, 1000)).isEqualTo(5);
    }

    @Test
    void badValuesAre400() {
        assertThatThrownBy(() -> QueryParams.parse("%zz=1")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueryParams.parse("limit=abc").optionalLong("limit")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueryParams.parse("limit=5000").longInRange("limit", 1, 1, 1000))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueryParams.parse("limit=1&limit=2").optional("limit")).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueryParams.parse("x=maybe").bool("x", false)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> QueryParams.parse("t=a,b,c").csv("t", 2)).isInstanceOf(ApiException.class);
    }

    @Test
    void emptyValueCountsAsAbsent() {
        assertThat(QueryParams.parse("cursor=").optional("cursor")).isNull();
        assertThat(QueryParams.parse(null).names()).isEmpty();
    }
}
