package dev.kalshisim.cli.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kalshisim.kalshi.client.KalshiApiException;
import dev.kalshisim.kalshi.client.KalshiClient;
import dev.kalshisim.kalshi.client.RawReads;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The public endpoints a backfill reads, through the client's raw GETs (retries, throttle and
 * pacing included): each answer is kept as the server's text and also read as a tree.
 */
final class PublicApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RawReads raw;
    private long requests;

    PublicApi(KalshiClient client) {
        this.raw = client.raw();
    }

    /** An answer: its path with query, its verbatim body, and the body read as a tree. */
    record Answer(String path, String body, JsonNode json) {
    }

    /** {@code GET path?query}; query given as name, value, name, value, ... with null values skipped. */
    Answer get(String path, String... query) {
        List<Map.Entry<String, String>> params = new ArrayList<>();
        for (int i = 0; i + 1 < query.length; i += 2) {
            if (query[i + 1] != null) {
                params.add(Map.entry(query[i], query[i + 1]));
            }
        }
        requests++;
        RawReads.Body body = raw.get(path, params);
        try {
            return new Answer(body.path(), body.body(), JSON.readTree(body.body()));
        } catch (IOException e) {
            throw new BackfillException(body.path() + " answered something that is not JSON");
        }
    }

    /** Like {@link #get}, but {@code null} when the server answers 404. */
    Answer getOrNull(String path, String... query) {
        try {
            return get(path, query);
        } catch (KalshiApiException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    /** Requests sent so far. */
    long requests() {
        return requests;
    }

    static String segment(String value) {
        return RawReads.segment(value);
    }
}
