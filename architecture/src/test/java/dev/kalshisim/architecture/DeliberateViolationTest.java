package dev.kalshisim.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.kalshisim.core.violation.CoreCallsTheClient;
import dev.kalshisim.strategies.violation.StrategyImportsTheClient;
import dev.kalshisim.violation.ping.Ping;
import dev.kalshisim.violation.pong.Pong;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link HouseRules}, unchanged, fails on a class written to break it. The violating
 * classes live in this module's test sources, in the packages the rules guard, so the production
 * check ({@link ArchitectureTest}) never sees them.
 */
class DeliberateViolationTest {

    @Test
    void aStrategyThatImportsTheKalshiClientFails() {
        JavaClasses violator = new ClassFileImporter().importClasses(StrategyImportsTheClient.class);

        assertThatThrownBy(() -> HouseRules.STRATEGIES_SEE_ONLY_THE_STRATEGY_API.check(violator))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("StrategyImportsTheClient")
                .hasMessageContaining("dev.kalshisim.kalshi.client.KalshiClient");
    }

    @Test
    void coreThatCallsTheAdapterFails() {
        JavaClasses violator = new ClassFileImporter().importClasses(CoreCallsTheClient.class);

        assertThatThrownBy(() -> HouseRules.CORE_KNOWS_NO_ADAPTER.check(violator))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CoreCallsTheClient")
                .hasMessageContaining("dev.kalshisim.kalshi.client.KalshiClient");
    }

    @Test
    void twoPackagesThatNeedEachOtherFail() {
        JavaClasses cycle = new ClassFileImporter().importClasses(Ping.class, Pong.class);

        assertThatThrownBy(() -> HouseRules.PACKAGES_FORM_NO_CYCLE.check(cycle))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("violation.ping")
                .hasMessageContaining("violation.pong");
    }
}
