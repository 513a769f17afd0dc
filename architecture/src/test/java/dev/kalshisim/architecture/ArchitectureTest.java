package dev.kalshisim.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The house's boundaries hold for every module's production code. */
class ArchitectureTest {

    @Test
    void theImportSeesEveryModule() {
        Set<String> modules = ProductionClasses.ALL.stream()
                .map(JavaClass::getPackageName)
                .map(name -> name.split("\\.")[2])
                .collect(Collectors.toSet());
        // A rule over too few classes passes for the wrong reason: make sure each module was read.
        assertThat(modules).contains("core", "kalshi", "testkit", "sim", "junit5", "strategies", "cli", "spark");
    }

    @Test
    void strategiesSeeOnlyTheStrategyApiModelAndTime() {
        HouseRules.STRATEGIES_SEE_ONLY_THE_STRATEGY_API.check(ProductionClasses.ALL);
    }

    @Test
    void coreKnowsNoAdapterNoSimulatorAndNoHttp() {
        HouseRules.CORE_KNOWS_NO_ADAPTER.check(ProductionClasses.ALL);
    }

    @Test
    void theSimulatorDoesNotUseTheAdapter() {
        HouseRules.SIMULATOR_DOES_NOT_USE_THE_ADAPTER.check(ProductionClasses.ALL);
    }

    @Test
    void dataAndReportsSeeOnlyCore() {
        HouseRules.DATA_AND_REPORTS_SEE_ONLY_CORE.check(ProductionClasses.ALL);
    }

    @Test
    void productionCodeUsesNoTestSupport() {
        HouseRules.PRODUCTION_CODE_USES_NO_TEST_SUPPORT.check(ProductionClasses.ALL);
    }

    @Test
    void modulesFormNoCycle() {
        HouseRules.MODULES_FORM_NO_CYCLE.check(ProductionClasses.ALL);
    }

    @Test
    void packagesFormNoCycle() {
        HouseRules.PACKAGES_FORM_NO_CYCLE.check(ProductionClasses.ALL);
    }
}
