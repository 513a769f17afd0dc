package dev.kalshisim.kalshi.client;

import java.net.URI;

/**
 * The REST root a client talks to, such as {@code https://external-api.kalshi.com/trade-api/v2} or
 * a simulator's {@code http://127.0.0.1:PORT/trade-api/v2}, and the URLs and signed paths under it.
 *
 * @param root absolute http(s) URI without query or trailing slash
 */
record BaseUrl(URI root) {

    BaseUrl {
        String scheme = root.getScheme();
        if (!root.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme)) || root.getRawQuery() != null
                || root.getRawFragment() != null || root.getHost() == null) {
            throw new IllegalArgumentException(
                    "base URL must be an absolute http(s) URL without query, like https://external-api.kalshi.com/trade-api/v2: " + root);
        }
    }

    static BaseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("base URL must not be blank");
        }
        String trimmed = text.strip();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return new BaseUrl(URI.create(trimmed));
    }

    /** The full URL of {@code request}, query included. */
    URI uriOf(ApiRequest request) {
        String query = request.encodedQuery();
        return URI.create(root + request.path() + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * The path Kalshi signs: from the host root, including the base's own path
     * ({@code /trade-api/v2}), without the query string.
     */
    String signedPathOf(ApiRequest request) {
        String basePath = root.getRawPath() == null ? "" : root.getRawPath();
        return basePath + request.path();
    }

    @Override
    public String toString() {
        return root.toString();
    }
}
