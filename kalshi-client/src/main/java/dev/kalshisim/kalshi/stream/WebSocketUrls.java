package dev.kalshisim.kalshi.stream;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The WebSocket URL that goes with a REST base URL: {@code https} becomes {@code wss},
 * {@code http} becomes {@code ws}, and the path {@code /trade-api/v2} becomes
 * {@code /trade-api/ws/v2} (a base with no path gets it too), and Kalshi's {@code external-api}
 * hosts stream from their separate {@code external-api-ws} hosts (kalshi-api.md section 1). A URL
 * that is already {@code ws}/{@code wss} is kept.
 */
public final class WebSocketUrls {

    /** Kalshi's WebSocket path, which the upgrade request signs. */
    public static final String PATH = "/trade-api/ws/v2";
    private static final String REST_PATH = "/trade-api/v2";
    private static final String KALSHI_REST_HOST_PREFIX = "external-api.";
    private static final String KALSHI_STREAM_HOST_PREFIX = "external-api-ws.";

    private WebSocketUrls() {
    }

    /**
     * The WebSocket URL for {@code baseUrl}, e.g. {@code https://demo-api.kalshi.co/trade-api/v2} to
     * {@code wss://demo-api.kalshi.co/trade-api/ws/v2}.
     *
     * @throws IllegalArgumentException for another scheme, a query, or a path other than the two above
     */
    public static URI fromRestBase(String baseUrl) {
        URI uri = URI.create(baseUrl.strip());
        String scheme = uri.getScheme();
        if ("ws".equals(scheme) || "wss".equals(scheme)) {
            return uri;
        }
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(
                    "REST base URL must be an absolute http(s) URL without query, like https://external-api.kalshi.com"
                            + REST_PATH + ": " + baseUrl);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.isEmpty() && !path.equals(REST_PATH)) {
            throw new IllegalArgumentException("REST base URL path must be empty or " + REST_PATH + ": " + baseUrl);
        }
        try {
            return new URI("https".equals(scheme) ? "wss" : "ws", uri.getRawUserInfo(), streamHost(uri.getHost()),
                    uri.getPort(), PATH, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot build a WebSocket URL from " + baseUrl, e);
        }
    }

    /** The host that streams for REST host {@code host}: itself, except Kalshi's external-api hosts. */
    private static String streamHost(String host) {
        boolean kalshiHost = host.endsWith(".kalshi.com") || host.endsWith(".kalshi.co");
        if (kalshiHost && host.startsWith(KALSHI_REST_HOST_PREFIX)) {
            return KALSHI_STREAM_HOST_PREFIX + host.substring(KALSHI_REST_HOST_PREFIX.length());
        }
        return host;
    }
}
