/**
 * Test support, at two levels.
 *
 * <p>Below the runtime, unit tests of a strategy's decisions: {@link
 * dev.kalshisim.testkit.StrategyTestKit} drives a strategy through the real {@link
 * dev.kalshisim.core.strategy.StrategyDriver} on a virtual clock, records its commands and answers
 * them itself at the level of strategy events (so a test can deliver any event, and a command is
 * answered before the context call returns).
 *
 * <p>At the runtime, tests of {@link dev.kalshisim.core.runtime.StrategyRunner} on a venue: {@link
 * dev.kalshisim.testkit.TestVenue} is the one fake venue, in memory behind the runtime's ports, and
 * {@link dev.kalshisim.testkit.RuntimeContractTest} is what every venue's runtime must pass (the test
 * kit's, live against the simulator, and the backtest's), with {@link
 * dev.kalshisim.testkit.RecordingStrategy} to watch it. The contract test is main code here, with
 * JUnit 5 and AssertJ as compile dependencies, so other modules can subclass it without a test-jar.
 */
package dev.kalshisim.testkit;
