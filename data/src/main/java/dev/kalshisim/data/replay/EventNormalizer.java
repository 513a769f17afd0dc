package dev.kalshisim.data.replay;

import dev.kalshisim.data.event.MarketEvent;
import dev.kalshisim.data.recording.RecordedMessage;
import java.util.List;

/**
 * What the builder needs from the normalizer: one recorded message to the market events it
 * yields, in order (often none), plus a revision that names its behaviour, so a normalizer that
 * reads messages differently gets fresh replay logs instead of stale cached ones.
 */
public interface EventNormalizer {

    List<MarketEvent> events(RecordedMessage message);

    /** Changes whenever the events produced for the same message change. */
    String revision();
}
