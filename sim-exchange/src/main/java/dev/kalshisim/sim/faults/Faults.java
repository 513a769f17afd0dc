package dev.kalshisim.sim.faults;

import java.util.SplittableRandom;

/**
 * Decides, request by request, which fault of the current {@link FaultPlan} hits it. Thread-safe:
 * draws are serialized so a seeded plan gives one fixed sequence of decisions.
 */
public final class Faults {

    /** What happens to one request. */
    public enum Effect {
        /** Served normally (possibly after the plan's latency). */
        PASS,
        /** Answered with the plan's error status. */
        ERROR,
        /** The connection is closed without an answer. */
        DROP
    }

    /**
     * The fault drawn for one request.
     *
     * @param effect what happens
     * @param delayMillis milliseconds of the server's clock to wait before it happens
     * @param errorStatus the status to answer with when {@code effect} is {@link Effect#ERROR}
     */
    public record Decision(Effect effect, long delayMillis, int errorStatus) {
        static final Decision PASS = new Decision(Effect.PASS, 0, 0);
    }

    private FaultPlan plan = FaultPlan.NONE;
    private SplittableRandom random = new SplittableRandom(0);

    /** Replaces the plan and reseeds the generator. */
    public synchronized void set(FaultPlan newPlan) {
        plan = newPlan;
        random = new SplittableRandom(newPlan.seed());
    }

    /** The current plan. */
    public synchronized FaultPlan plan() {
        return plan;
    }

    /** Draws the fault for the next request. */
    public synchronized Decision next() {
        if (plan.errorPartsPerMillion() == 0 && plan.dropPartsPerMillion() == 0) {
            return plan.latencyMillis() == 0 ? Decision.PASS : new Decision(Effect.PASS, plan.latencyMillis(), 0);
        }
        long draw = random.nextLong(FaultPlan.MILLION);
        Effect effect = draw < plan.dropPartsPerMillion() ? Effect.DROP
                : draw < plan.dropPartsPerMillion() + plan.errorPartsPerMillion() ? Effect.ERROR
                : Effect.PASS;
        return new Decision(effect, plan.latencyMillis(), plan.errorStatus());
    }
}
