package dev.kalshisim.sim.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations docs/fidelity.md lists under its heading "Operations not simulated", read from
 * the markdown itself so the document and {@link OpenApiCoverageIT} cannot drift apart.
 *
 * <p>The section runs from that heading to the next heading of the same or a higher level, so
 * sub-headings inside it (a separate table of operations still being built, say) belong to it.
 * Each table row whose first cell is {@code `METHOD /path`} is one entry; its second cell is the
 * reason. Anything else in the section (header rows, prose) is ignored.
 */
final class NotSimulatedList {

    static final String HEADING = "Operations not simulated";

    private static final Pattern HEADING_LINE = Pattern.compile("^(#+)\\s+(.*)$");
    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`(GET|POST|PUT|DELETE|PATCH) (/[^`\\s]*)`\\s*\\|\\s*([^|]*?)\\s*\\|.*$");

    private NotSimulatedList() {
    }

    /** The listed operations ({@code "METHOD /template"}) with their reasons, in document order. */
    static Map<String, String> parse(List<String> lines) {
        Map<String, String> listed = new LinkedHashMap<>();
        int level = 0;
        for (String line : lines) {
            Matcher heading = HEADING_LINE.matcher(line);
            if (heading.matches()) {
                int depth = heading.group(1).length();
                if (level > 0 && depth <= level) {
                    break;
                }
                if (level == 0 && heading.group(2).trim().equals(HEADING)) {
                    level = depth;
                }
                continue;
            }
            if (level == 0) {
                continue;
            }
            Matcher row = ROW.matcher(line.trim());
            if (row.matches()) {
                String route = row.group(1) + " " + row.group(2);
                if (listed.put(route, row.group(3)) != null) {
                    throw new IllegalStateException(route + " is listed twice under \"" + HEADING + "\"");
                }
            }
        }
        if (level == 0) {
            throw new IllegalStateException("no heading \"" + HEADING + "\" in the fidelity document");
        }
        return listed;
    }

    /** Reads docs/fidelity.md of the checkout the tests run in (found upwards from the working directory). */
    static Map<String, String> read() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/fidelity.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docs/fidelity.md not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return parse(Files.readAllLines(dir.resolve("docs/fidelity.md")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
