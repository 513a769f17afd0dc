package dev.kalshisim.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathTableTest {

    private final PathTable<String> table = PathTable.of(List.of(
            entry("GET", "/markets/{ticker}", "one"),
            entry("GET", "/markets/trades", "trades"),
            entry("DELETE", "/portfolio/orders/{order_id}", "cancel"),
            entry("GET", "/portfolio/orders/{order_id}", "get"),
            entry("POST", "/portfolio/orders/batched", "batch")));

    @Test
    void aLiteralSegmentBeatsAParameterWhicheverWasAddedFirst() {
        assertThat(found(table.route("GET", "/markets/trades")).entry().value()).isEqualTo("trades");
        assertThat(found(table.route("get", "/markets/ABC")).rawParams()).containsEntry("ticker", "ABC");
        assertThat(table.find("GET", "/markets/trades")).get().extracting(PathTable.Entry::value).isEqualTo("trades");
    }

    @Test
    void routingPicksTheTemplateFirstSoAWrongMethodIsNotAllowed() {
        assertThat(table.route("GET", "/nothing")).isInstanceOf(PathTable.NoSuchPath.class);
        PathTable.Lookup<String> wrong = table.route("GET", "/portfolio/orders/batched");
        assertThat(wrong).isInstanceOf(PathTable.MethodNotAllowed.class);
        PathTable.MethodNotAllowed<String> refused = (PathTable.MethodNotAllowed<String>) wrong;
        assertThat(refused.template().text()).isEqualTo("/portfolio/orders/batched");
        assertThat(refused.allowed()).containsExactly("POST");
        // A cost lookup picks the method first: the parameter template still prices that GET.
        assertThat(table.find("GET", "/portfolio/orders/batched")).get().extracting(PathTable.Entry::value).isEqualTo("get");
    }

    @Test
    void parametersAreNeverEmptyAndPathsAreTakenAsGiven() {
        assertThat(table.route("GET", "/markets/")).isInstanceOf(PathTable.NoSuchPath.class);
        assertThat(table.route("GET", "/markets//x")).isInstanceOf(PathTable.NoSuchPath.class);
        assertThat(found(table.route("GET", "/markets/A%20B")).rawParams()).containsEntry("ticker", "A%20B");
    }

    @Test
    void twoEntriesOfOneMethodAndShapeAreRefused() {
        assertThatThrownBy(() -> table.plus(entry("GET", "/markets/{other}", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(table.plus(entry("PUT", "/markets/{other}", "x")).entries()).hasSize(6);
    }

    private static PathTable.Entry<String> entry(String method, String template, String value) {
        return new PathTable.Entry<>(method, PathTemplate.parse(template), value);
    }

    @SuppressWarnings("unchecked")
    private static PathTable.Found<String> found(PathTable.Lookup<String> lookup) {
        assertThat(lookup).isInstanceOf(PathTable.Found.class);
        return (PathTable.Found<String>) lookup;
    }
}
