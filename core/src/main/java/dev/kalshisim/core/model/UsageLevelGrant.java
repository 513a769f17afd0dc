package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A grant of an API usage tier (Kalshi's {@code ApiUsageLevelGrant}).
 *
 * @param exchangeInstance "event_contract" or "margined"
 * @param level the tier granted, e.g. "premier"
 * @param expiresTs expiry, Unix seconds; null for permanent grants
 * @param source "volume" or "manual"
 */
public record UsageLevelGrant(
        @JsonProperty("exchange_instance") String exchangeInstance,
        @JsonProperty("level") String level,
        @JsonProperty("expires_ts") Long expiresTs,
        @JsonProperty("source") String source) {
}
