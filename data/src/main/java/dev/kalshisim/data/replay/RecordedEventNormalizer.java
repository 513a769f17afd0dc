package dev.kalshisim.data.replay;

import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.normalize.MessageNormalizer;
import dev.kalshisim.data.recording.RecordedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The project's {@link MessageNormalizer} as the builder's {@link EventNormalizer}. Its revision
 * is a hash of the normalizer's own class files, so every change to how messages are read
 * invalidates cached replay logs by itself, with no version number to remember to bump.
 */
public final class RecordedEventNormalizer implements EventNormalizer {

    /** The classes whose code decides which events a message yields. */
    private static final List<String> CODE = List.of("MessageNormalizer", "Payloads", "Fields", "NormalizedMessage");
    private static final String REVISION = revisionOfCode();

    private final MessageNormalizer normalizer = new MessageNormalizer();

    @Override
    public List<MarketEvent> events(RecordedMessage message) {
        return normalizer.normalize(message);
    }

    @Override
    public String revision() {
        return REVISION;
    }

    private static String revisionOfCode() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String name : CODE) {
                try (InputStream in = MessageNormalizer.class.getResourceAsStream(name + ".class")) {
                    if (in == null) {
                        // Repackaged without class files as resources: fall back to the name alone.
                        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        continue;
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return "MessageNormalizer sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot read the normalizer's classes", e);
        }
    }
}
