package dev.kalshisim.core.wire.stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.MveSelectedLeg;
import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code rfq_created} and {@code rfq_deleted} on the {@code communications} channel: an
 * RFQ was opened, or closed without a trade (deleted, expired, replaced). Both schemas share these
 * fields; {@code created_ts} comes with a creation, {@code deleted_ts} with a deletion.
 *
 * @param creatorId the creator's public communications id; Kalshi sends "" on rfq_created
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"id", "creator_id", "market_ticker", "event_ticker", "contracts_fp", "target_cost_dollars",
        "created_ts", "deleted_ts", "mve_collection_ticker", "mve_selected_legs"})
public record RfqUpdate(
        @JsonProperty("id") String id,
        @JsonProperty("creator_id") String creatorId,
        @JsonProperty("market_ticker") String marketTicker,
        @JsonProperty("event_ticker") String eventTicker,
        @JsonProperty("contracts_fp") Count contractsFp,
        @JsonProperty("target_cost_dollars") Money targetCostDollars,
        @JsonProperty("created_ts") Instant createdTs,
        @JsonProperty("deleted_ts") Instant deletedTs,
        @JsonProperty("mve_collection_ticker") String mveCollectionTicker,
        @JsonProperty("mve_selected_legs") List<MveSelectedLeg> mveSelectedLegs) implements ChannelPayload {
}
