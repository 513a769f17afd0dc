/**
 * A simulator embedded in the caller's JVM for tests: the one way every test (sim-exchange's own,
 * sim-junit5's extension, other modules') boots a {@code KalshiSimServer}, opens accounts and
 * markets through the control-plane client, and stops it.
 */
package dev.kalshisim.sim.embedded;
