/**
 * A JUnit 5 extension that runs a simulated Kalshi exchange for a test class, the way
 * {@code mockwebserver-junit5} ships MockWebServer's.
 *
 * <p>{@link dev.kalshisim.junit5.KalshiSimulatorTest} (or
 * {@link dev.kalshisim.junit5.KalshiSimulatorExtension} registered with settings) starts one
 * simulator per class on an ephemeral loopback port; tests take a {@link dev.kalshisim.junit5.KalshiSim}
 * to create markets and funded {@link dev.kalshisim.junit5.SimAccount}s with ready clients, settle,
 * inject {@link dev.kalshisim.junit5.SimFaults faults}, read the request journal and reset. For test
 * classpaths only.
 */
package dev.kalshisim.junit5;
