package dev.kalshisim.strategies;

import java.util.EnumMap;
import java.util.Map;

/**
 * The order in which the {@code load} strategy issues its kinds of request: smooth weighted round
 * robin over the weights. Every kind is credited its weight each step, the most credited goes next
 * (ties to the kind declared first) and is debited the total, so in every run of {@code total}
 * consecutive steps from the start each kind comes exactly its weight's number of times, spread out
 * rather than in blocks: weights 2, 1 give A, B, A, A, B, A, ... and never A, A, B at a cycle's seam.
 * Deterministic with no randomness at all, so a test can count the mix exactly over whole cycles.
 */
final class LoadMix {

    private static final LoadKind[] KINDS = LoadKind.values();

    private final long[] weights = new long[KINDS.length];
    private final long[] credit = new long[KINDS.length];
    private final long total;

    /** A mix of these weights, each not negative, at least one positive. */
    LoadMix(Map<LoadKind, Long> weights) {
        long sum = 0;
        for (LoadKind kind : KINDS) {
            long weight = weights.getOrDefault(kind, 0L);
            if (weight < 0) {
                throw new IllegalArgumentException(kind.parameter() + " must not be negative, got " + weight);
            }
            this.weights[kind.ordinal()] = weight;
            sum = Math.addExact(sum, weight);
        }
        if (sum == 0) {
            throw new IllegalArgumentException("the mix is empty: give at least one of reads, creates, batches,"
                    + " cancels a positive weight");
        }
        this.total = sum;
    }

    /** The weight of {@code kind}. */
    long weight(LoadKind kind) {
        return weights[kind.ordinal()];
    }

    /** The sum of the weights: the length of one cycle. */
    long total() {
        return total;
    }

    /** The weights, by kind. */
    Map<LoadKind, Long> weights() {
        Map<LoadKind, Long> copy = new EnumMap<>(LoadKind.class);
        for (LoadKind kind : KINDS) {
            copy.put(kind, weights[kind.ordinal()]);
        }
        return copy;
    }

    /** The next kind of request. */
    LoadKind next() {
        int best = -1;
        for (int i = 0; i < KINDS.length; i++) {
            credit[i] += weights[i];
            if (weights[i] > 0 && (best < 0 || credit[i] > credit[best])) {
                best = i;
            }
        }
        credit[best] -= total;
        return KINDS[best];
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (LoadKind kind : KINDS) {
            text.append(text.length() == 0 ? "" : ",").append(kind.parameter()).append('=').append(weight(kind));
        }
        return text.toString();
    }
}
