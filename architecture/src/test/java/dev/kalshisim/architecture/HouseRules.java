package dev.kalshisim.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The boundaries of the house (docs/architecture.md), as ArchUnit rules over compiled classes.
 *
 * <p>The rules are values so that {@link ArchitectureTest} checks them against every module's
 * production classes and {@link DeliberateViolationTest} shows each one failing on a class written
 * to break it: a rule that never fails proves nothing.
 */
final class HouseRules {

    /** What a strategy may see: the strategy API, the model, time, and plain Java. */
    static final ArchRule STRATEGIES_SEE_ONLY_THE_STRATEGY_API = classes()
            .that().resideInAPackage("dev.kalshisim.strategies..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "dev.kalshisim.strategies..",
                    "dev.kalshisim.core.strategy..",
                    "dev.kalshisim.core.model..",
                    "dev.kalshisim.core.time..",
                    "java..")
            .because("a strategy runs unchanged in a backtest, against the simulator and live, so it may"
                    + " see only the strategy API, the model and time, never a runtime or an adapter");

    /** core is the shared language: it knows no adapter, no simulator and no HTTP. */
    static final ArchRule CORE_KNOWS_NO_ADAPTER = noClasses()
            .that().resideInAPackage("dev.kalshisim.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.kalshisim.kalshi..",
                    "dev.kalshisim.sim..",
                    "dev.kalshisim.testkit..",
                    "dev.kalshisim.junit5..",
                    "dev.kalshisim.strategies..",
                    "dev.kalshisim.data..",
                    "dev.kalshisim.reports..",
                    "dev.kalshisim.cli..",
                    "java.net.http..",
                    "org.eclipse.jetty..")
            .because("core depends on no other module, and its runtime reaches venues only through ports");

    /** The simulator is a venue of its own: it speaks Kalshi's wire, it does not call Kalshi. */
    static final ArchRule SIMULATOR_DOES_NOT_USE_THE_ADAPTER = noClasses()
            .that().resideInAPackage("dev.kalshisim.sim..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.kalshisim.kalshi..", "dev.kalshisim.strategies..")
            .because("sim-exchange depends on core only");

    /** Recorded data and reports build on core alone. */
    static final ArchRule DATA_AND_REPORTS_SEE_ONLY_CORE = noClasses()
            .that().resideInAnyPackage("dev.kalshisim.data..", "dev.kalshisim.reports..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.kalshisim.kalshi..", "dev.kalshisim.sim..", "dev.kalshisim.strategies..",
                    "dev.kalshisim.testkit..", "dev.kalshisim.junit5..", "dev.kalshisim.cli..")
            .allowEmptyShould(true)
            .because("data and reports depend on core only");

    /** Test support (the strategy test kit, the JUnit extension, JUnit itself) never reaches production code. */
    static final ArchRule PRODUCTION_CODE_USES_NO_TEST_SUPPORT = noClasses()
            .that().resideOutsideOfPackages("dev.kalshisim.testkit..", "dev.kalshisim.junit5..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.kalshisim.testkit..", "dev.kalshisim.junit5..", "org.junit..", "org.assertj..")
            .because("test-support artifacts are test-scope dependencies only");

    /** Modules, one top-level package each, depend on each other in one direction. */
    static final ArchRule MODULES_FORM_NO_CYCLE = slices()
            .matching("dev.kalshisim.(*)..")
            .should().beFreeOfCycles()
            .as("modules (dev.kalshisim.<module>) should be free of cycles");

    /** No two packages anywhere need each other, sim.server and sim.control included. */
    static final ArchRule PACKAGES_FORM_NO_CYCLE = slices()
            .matching("dev.kalshisim.(**)")
            .should().beFreeOfCycles()
            .as("packages should be free of cycles");

    private HouseRules() {
    }
}
