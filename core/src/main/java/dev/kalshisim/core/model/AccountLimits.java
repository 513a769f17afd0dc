package dev.kalshisim.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The member's rate limits, the body of {@code GET /account/limits} (Kalshi's
 * {@code GetAccountApiLimitsResponse}); a plain wire record, independent of the limiter itself.
 *
 * @param usageTier effective tier, e.g. "basic", "premier"
 * @param read the Read bucket
 * @param write the Write bucket
 * @param grants active tier grants
 */
public record AccountLimits(
        @JsonProperty("usage_tier") String usageTier,
        @JsonProperty("read") RateBucket read,
        @JsonProperty("write") RateBucket write,
        @JsonProperty("grants") List<UsageLevelGrant> grants) {

    public AccountLimits {
        grants = Immutable.list(grants);
    }
}
