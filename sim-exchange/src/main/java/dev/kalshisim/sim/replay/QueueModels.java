package dev.kalshisim.sim.replay;

import java.util.SplittableRandom;

/**
 * The queue models by name. {@code conservative} and {@code optimistic} are the two bounds;
 * {@code probabilistic} (hftbacktest's power model with n = 2) sits between them.
 */
public final class QueueModels {

    /** The names {@link #of(String)} knows, as the command line spells them. */
    public static final String CONSERVATIVE = "conservative";
    public static final String PROBABILISTIC = "probabilistic";
    public static final String OPTIMISTIC = "optimistic";

    private static final QueueModel CONSERVATIVE_MODEL = new Conservative();
    private static final QueueModel OPTIMISTIC_MODEL = new Optimistic();

    private QueueModels() {
    }

    /**
     * The model named {@code name}.
     *
     * @throws IllegalArgumentException naming the choices, for any other name
     */
    public static QueueModel of(String name) {
        if (name != null) {
            switch (name) {
                case CONSERVATIVE:
                    return conservative();
                case PROBABILISTIC:
                    return probabilistic();
                case OPTIMISTIC:
                    return optimistic();
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("unknown queue model '" + name + "' (choose " + CONSERVATIVE + ", "
                + PROBABILISTIC + " or " + OPTIMISTIC + ")");
    }

    /** Every cancel is behind the order: it moves up only by trades (and when the level shrinks below it). */
    public static QueueModel conservative() {
        return CONSERVATIVE_MODEL;
    }

    /** Every cancel is ahead of the order, as far as there is quantity ahead. */
    public static QueueModel optimistic() {
        return OPTIMISTIC_MODEL;
    }

    /** The power model with n = 2, the command line's {@code probabilistic}. */
    public static QueueModel probabilistic() {
        return ProbabilisticQueueModel.power(2);
    }

    /** hftbacktest's power model: a cancel is ahead with probability ahead^n / (ahead^n + behind^n). */
    public static QueueModel power(double n) {
        return ProbabilisticQueueModel.power(n);
    }

    /** hftbacktest's log model: a cancel is ahead with probability log(1+ahead) / (log(1+ahead) + log(1+behind)). */
    public static QueueModel log() {
        return ProbabilisticQueueModel.log();
    }

    private static final class Conservative implements QueueModel {
        @Override
        public String name() {
            return CONSERVATIVE;
        }

        @Override
        public long aheadShare(long decrease, long ahead, long behind, SplittableRandom random) {
            // The fill model still caps the queue ahead at the level's displayed size, so a cancel
            // bigger than everything behind moves the order up by the difference, as it must.
            return 0;
        }

        @Override
        public String toString() {
            return name();
        }
    }

    private static final class Optimistic implements QueueModel {
        @Override
        public String name() {
            return OPTIMISTIC;
        }

        @Override
        public long aheadShare(long decrease, long ahead, long behind, SplittableRandom random) {
            return Math.max(0, Math.min(decrease, ahead));
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
