package dev.kalshisim.cli.run;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The REST base URL of a {@code run --url} (its WebSocket URL comes from core's
 * {@link dev.kalshisim.kalshi.stream.WebSocketUrls}): a REST base ({@code .../trade-api/v2}) is
 * kept, a server root ({@code http://127.0.0.1:PORT}) gets {@code /trade-api/v2} appended.
 */
public final class RunUrls {

    private static final String REST_PATH = "/trade-api/v2";

    private RunUrls() {
    }

    /**
     * The REST base URL for {@code text}.
     *
     * @throws IllegalArgumentException for anything but an absolute http(s) URL whose path is
     *                                  empty or {@code /trade-api/v2}
     */
    public static String restBase(String text) {
        URI uri;
        try {
            uri = new URI(text == null ? "" : text.strip());
        } catch (URISyntaxException bad) {
            throw invalid(text);
        }
        String scheme = uri.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            throw invalid(text);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (!path.isEmpty() && !path.equals(REST_PATH)) {
            throw invalid(text);
        }
        String authority = uri.getRawAuthority();
        return scheme + "://" + authority + REST_PATH;
    }

    private static IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("--url must be a REST base like https://external-api.demo.kalshi.co"
                + REST_PATH + " or a server root like http://127.0.0.1:8080, got \"" + text + "\"");
    }
}
