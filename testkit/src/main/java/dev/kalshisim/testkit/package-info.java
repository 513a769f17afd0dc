/**
 * Unit testing for strategies without any exchange: {@link
 * dev.kalshisim.testkit.StrategyTestKit} drives a strategy through the real
 * {@link dev.kalshisim.core.strategy.StrategyDriver} on a virtual clock, records its commands and
 * plays the venue's answers.
 *
 * <p>It lives in {@code core}'s main code, with no test-framework dependency, so that strategy
 * modules and users' own projects can test against it without a test-jar.
 */
package dev.kalshisim.testkit;
