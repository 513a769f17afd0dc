package dev.kalshisim.sim.limits;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One answered API request, as {@code GET /sim/v1/journal} lists it.
 *
 * @param tsMs when the request arrived, epoch milliseconds on the server's clock
 * @param apiKeyId the key that signed it, or {@code null} when unsigned or the signature failed
 * @param method the HTTP method
 * @param path the path from the host root, including {@code /trade-api/v2}, without the query
 * @param status the HTTP status answered
 * @param cost tokens charged; 0 when the request was refused before charging
 * @param bucket {@code "read"} or {@code "write"}, or {@code null} when nothing was charged
 */
@JsonPropertyOrder({"ts_ms", "api_key_id", "method", "path", "status", "cost", "bucket"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record JournalEntry(
        @JsonProperty("ts_ms") long tsMs,
        @JsonProperty("api_key_id") String apiKeyId,
        @JsonProperty("method") String method,
        @JsonProperty("path") String path,
        @JsonProperty("status") int status,
        @JsonProperty("cost") long cost,
        @JsonProperty("bucket") String bucket) {
}
