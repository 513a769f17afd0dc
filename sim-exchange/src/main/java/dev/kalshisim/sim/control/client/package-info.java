/**
 * The Java client of the simulator's control plane ({@code /sim/v1}), shipped in the main jar as
 * WireMock ships its client: tests and tools in any module drive a running simulator with it.
 *
 * <p>It speaks only HTTP and JSON (core's {@code KalshiJson}, {@code java.net.http}) and imports
 * nothing of {@code sim.server} or {@code sim.control}, so it adds no package cycle and works
 * against a simulator in another process as well as an embedded one.
 */
package dev.kalshisim.sim.control.client;
