package dev.kalshisim.sim.demo;

import java.util.List;

/**
 * The demo catalog installed on an exchange, with its synthetic flow ready to start. Closing stops
 * the flow; the series, events, markets and background members stay on the exchange. Thread-safe.
 */
public final class DemoInstallation implements AutoCloseable {

    private final List<DemoEvent> events;
    private final SyntheticFlow flow;

    DemoInstallation(List<DemoEvent> events, SyntheticFlow flow) {
        this.events = List.copyOf(events);
        this.flow = flow;
    }

    /** Starts the background flow; see {@link SyntheticFlow#start()}. */
    public void start() {
        flow.start();
    }

    /** Stops the background flow; see {@link SyntheticFlow#stop()}. */
    public void stop() {
        flow.stop();
    }

    /** The installed events with their markets, in catalog order. */
    public List<DemoEvent> events() {
        return events;
    }

    /** Every installed market ticker, in catalog order. */
    public List<String> tickers() {
        return events.stream().flatMap(e -> e.markets().stream()).map(DemoMarket::ticker).toList();
    }

    /** The flow, for announcements ({@link SyntheticFlow#jump}) and fair values. */
    public SyntheticFlow flow() {
        return flow;
    }

    /** Stops the flow. */
    @Override
    public void close() {
        flow.stop();
    }
}
