package dev.kalshisim.sim.server.http;

/**
 * Who sent a request, once its signature checked out.
 *
 * @param apiKeyId the {@code KALSHI-ACCESS-KEY} that signed it
 * @param memberId the member that owns the key
 */
public record Caller(String apiKeyId, String memberId) {

    public Caller {
        if (apiKeyId == null || memberId == null) {
            throw new IllegalArgumentException("a caller needs an API key id and a member id");
        }
    }
}
