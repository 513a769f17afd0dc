package dev.kalshisim.junit5;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kalshisim.core.wire.stream.Channel;
import dev.kalshisim.sim.control.client.ControlPlaneClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Faults the simulator injects, one call each. REST faults go through {@code POST /sim/v1/faults}
 * and add to what is already set (the control plane replaces its whole plan, so each call reads
 * it, changes one part and writes it back); WebSocket faults through {@code /sim/v1/faults/websocket}.
 * Rates are parts per million, as the simulator keeps
 * them, so no floating point is involved. Thread-safe, but concurrent changes of REST faults may
 * overwrite each other.
 */
public final class SimFaults {

    /** A rate of 1: every request. */
    public static final long MILLION = 1_000_000L;

    private final ControlPlaneClient control;

    SimFaults(ControlPlaneClient control) {
        this.control = control;
    }

    /**
     * Delays every REST answer by {@code latency} (at most 60 s) of the server's clock: real time on
     * a wall clock; on a virtual clock an answer leaves once the clock is moved that far.
     */
    public SimFaults latency(Duration latency) {
        return change(plan -> plan.put("latency_ms", latency.toMillis()));
    }

    /**
     * Answers {@code partsPerMillion} of REST requests with {@code status} (500, 502, 503 or 504)
     * before they reach the exchange. The simulator journals them without a key id.
     */
    public SimFaults errors(int status, long partsPerMillion) {
        return change(plan -> plan.put("error_status", status).put("error_rate", rate(partsPerMillion)));
    }

    /** Closes the connection of {@code partsPerMillion} of REST requests without an answer. */
    public SimFaults droppedConnections(long partsPerMillion) {
        return change(plan -> plan.put("drop_rate", rate(partsPerMillion)));
    }

    /** Seeds the draw that picks which requests fail, so a run sees the same faults each time. */
    public SimFaults seed(long seed) {
        return change(plan -> plan.put("seed", seed));
    }

    /** Pauses or resumes the whole exchange (Kalshi's {@code exchange_active}). */
    public SimFaults exchangePaused(boolean paused) {
        return change(plan -> plan.put("exchange_paused", paused));
    }

    /** Pauses or resumes trading (Kalshi's {@code trading_active}): orders are refused, reads still work. */
    public SimFaults tradingPaused(boolean paused) {
        return change(plan -> plan.put("trading_paused", paused));
    }

    /**
     * Drops the next {@code count} messages of {@code channel} on every subscription. A dropped
     * message still uses up its {@code seq}, so a client sees exactly the gap a lost message leaves.
     */
    public SimFaults dropWebSocketMessages(Channel channel, int count) {
        ObjectNode drop = JsonNodeFactory.instance.objectNode().put("channel", channel.wire()).put("count", count);
        control.post("/faults/websocket/drop_messages", drop, 200);
        return this;
    }

    /** Cuts every open WebSocket connection without a close frame, as a network failure would; returns how many. */
    public int dropWebSocketConnections() {
        JsonNode answer = control.post("/faults/websocket/drop_connections", JsonNodeFactory.instance.objectNode(), 200);
        return answer.path("dropped_connections").asInt();
    }

    /** Removes every REST and WebSocket fault and resumes the exchange and trading. */
    public void clear() {
        control.delete("/faults");
    }

    private SimFaults change(Consumer<ObjectNode> edit) {
        ObjectNode plan = (ObjectNode) control.get("/faults");
        edit.accept(plan);
        control.post("/faults", plan, 200);
        return this;
    }

    private static String rate(long partsPerMillion) {
        if (partsPerMillion < 0 || partsPerMillion > MILLION) {
            throw new IllegalArgumentException("a rate is 0 to " + MILLION + " parts per million: " + partsPerMillion);
        }
        return BigDecimal.valueOf(partsPerMillion, 6).stripTrailingZeros().toPlainString();
    }
}
