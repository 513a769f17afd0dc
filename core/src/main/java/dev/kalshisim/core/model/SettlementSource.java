package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An official source a series or event settles on: a name and a URL. */
public record SettlementSource(
        @JsonProperty("name") String name,
        @JsonProperty("url") String url) {
}
