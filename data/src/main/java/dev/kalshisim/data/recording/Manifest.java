package dev.kalshisim.data.recording;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * A recording's {@code manifest.json}: what was recorded, from where, over which time, in which
 * segments, and where the recorder was blind.
 *
 * @param formatVersion {@link RecordingFormat#VERSION} when written; readers refuse a newer one
 * @param origin        the source recorded
 * @param markets       each market's metadata as received (market, event and series JSON)
 * @param firstRecvNs   the first line's receive time, or 0 for an empty recording
 * @param lastRecvNs    the last line's receive time, or 0 for an empty recording
 * @param segments      the segment files in order
 * @param gaps          every interval the recorder could not see
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format_version", "origin", "first_recv_ns", "last_recv_ns", "markets", "segments", "gaps"})
public record Manifest(
        @JsonProperty("format_version") int formatVersion,
        @JsonProperty("origin") Origin origin,
        @JsonProperty("markets") List<MarketMetadata> markets,
        @JsonProperty("first_recv_ns") long firstRecvNs,
        @JsonProperty("last_recv_ns") long lastRecvNs,
        @JsonProperty("segments") List<Segment> segments,
        @JsonProperty("gaps") List<Gap> gaps) {

    public Manifest {
        Objects.requireNonNull(origin, "origin");
        markets = markets == null ? List.of() : List.copyOf(markets);
        segments = segments == null ? List.of() : List.copyOf(segments);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
    }

    /** Lines in every segment together. */
    public long lineCount() {
        return segments.stream().mapToLong(Segment::lines).sum();
    }

    /**
     * Where the messages came from.
     *
     * @param kind        how they got here: {@code record}, {@code backfill}, {@code import} or {@code generate}
     * @param baseUrl     the API's base URL, or {@code null} when there was none (a generator, a file import)
     * @param environment {@code production}, {@code demo}, {@code simulator}, {@code synthetic}, or another word
     * @param detail      free text: the import's files, the generator's seed and scenario, ...
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"kind", "base_url", "environment", "detail"})
    public record Origin(
            @JsonProperty("kind") String kind,
            @JsonProperty("base_url") String baseUrl,
            @JsonProperty("environment") String environment,
            @JsonProperty("detail") String detail) {

        public Origin {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * One market's metadata exactly as the source sent it; {@code event} and {@code series} may
     * be {@code null} when the source had none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"ticker", "market", "event", "series"})
    public record MarketMetadata(
            @JsonProperty("ticker") String ticker,
            @JsonProperty("market") JsonNode market,
            @JsonProperty("event") JsonNode event,
            @JsonProperty("series") JsonNode series) {

        public MarketMetadata {
            Objects.requireNonNull(ticker, "ticker");
        }
    }

    /**
     * One segment file.
     *
     * @param file        its name inside the recording's folder
     * @param firstRecvNs its first line's receive time
     * @param lastRecvNs  its last line's receive time
     * @param lines       how many lines it holds
     */
    @JsonPropertyOrder({"file", "first_recv_ns", "last_recv_ns", "lines"})
    public record Segment(
            @JsonProperty("file") String file,
            @JsonProperty("first_recv_ns") long firstRecvNs,
            @JsonProperty("last_recv_ns") long lastRecvNs,
            @JsonProperty("lines") long lines) {

        public Segment {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * An interval the recorder could not see, written as {@code [from_ns, to_ns, markets, reason]}.
     *
     * @param fromNs  the last moment seen before it, epoch nanos
     * @param toNs    the first moment seen again, epoch nanos
     * @param markets the markets affected (all recorded markets for a disconnect)
     * @param reason  {@code disconnect}, {@code sequence_break}, {@code restart}, or another word
     */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    @JsonPropertyOrder({"fromNs", "toNs", "markets", "reason"})
    public record Gap(long fromNs, long toNs, List<String> markets, String reason) {

        public Gap {
            if (toNs < fromNs) {
                throw new IllegalArgumentException("a gap ends after it begins: " + fromNs + " > " + toNs);
            }
            markets = markets == null ? List.of() : List.copyOf(markets);
            Objects.requireNonNull(reason, "reason");
        }
    }
}
