package dev.kalshisim.sim.engine.reference;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Event-keyed live data (a price chart, an observation), as Kalshi's {@code EventLiveData}. */
public record EventLiveData(
        @JsonProperty("type") String type,
        @JsonProperty("details") Map<String, Object> details,
        @JsonProperty("is_historical") Boolean isHistorical,
        @JsonProperty("default_range") String defaultRange,
        @JsonProperty("range_options") List<String> rangeOptions) {

    public EventLiveData {
        Objects.requireNonNull(type, "type");
        details = Ordered.map(details);
        rangeOptions = rangeOptions == null ? null : List.copyOf(rangeOptions);
    }
}
