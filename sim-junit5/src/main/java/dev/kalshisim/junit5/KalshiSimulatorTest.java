package dev.kalshisim.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a simulated Kalshi exchange with default settings: one simulator on an
 * ephemeral loopback port for the whole class, stopped after it; test and lifecycle methods take
 * a {@link KalshiSim} parameter.
 *
 * <pre>{@code
 * @KalshiSimulatorTest
 * class MyBotTest {
 *     @Test
 *     void quotesAroundTheMid(KalshiSim sim) { ... }
 * }
 * }</pre>
 *
 * <p>For other settings (tiers, a virtual clock, legacy order writes) register
 * {@link KalshiSimulatorExtension#builder()} on a static field with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(KalshiSimulatorExtension.class)
public @interface KalshiSimulatorTest {
}
