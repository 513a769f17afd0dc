package dev.kalshisim.core.wire;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import java.time.Instant;

/**
 * The Jackson module for Kalshi's scalar forms: strict fixed-point strings for {@link Price},
 * {@link Count} and {@link Money}, RFC3339 strings for {@link Instant}, and wire names (strings
 * only) for every {@link dev.kalshisim.core.model.WireValue} enum.
 *
 * <p>Writing the fixed-point types needs nothing here: their {@code toString} is the wire form.
 */
public final class KalshiModule extends SimpleModule {

    public KalshiModule() {
        super("kalshi-wire");
        setDeserializers(new WireEnumDeserializers());
        addDeserializer(Price.class, new PriceDeserializer());
        addDeserializer(Count.class, new CountDeserializer());
        addDeserializer(Money.class, new MoneyDeserializer());
        addDeserializer(Instant.class, new InstantDeserializer());
        addSerializer(Instant.class, new InstantSerializer());
    }
}
