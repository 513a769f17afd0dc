package dev.kalshisim.cli.loadtest;

import java.util.Random;

/**
 * The relative weights of the request kinds a load client draws from, as
 * {@code reads=..,writes=..,batch=..,cancels=..} (missing kinds weigh zero).
 *
 * @param reads order book and balance reads
 * @param writes single resting order creates
 * @param batch batched creates ({@link #BATCH_SIZE} orders each)
 * @param cancels single cancels of a resting order of this run
 */
public record Mix(long reads, long writes, long batch, long cancels) {

    /** Orders per batched create. */
    public static final int BATCH_SIZE = 5;

    public Mix {
        if (reads < 0 || writes < 0 || batch < 0 || cancels < 0) {
            throw new IllegalArgumentException("--mix weights must not be negative");
        }
        if (reads + writes + batch + cancels == 0) {
            throw new IllegalArgumentException("--mix needs at least one positive weight");
        }
    }

    /** One kind of request. */
    public enum Kind { READ, WRITE, BATCH, CANCEL }

    /** Parses {@code reads=1,writes=3}; weights are whole numbers. */
    public static Mix parse(String text) {
        long reads = 0;
        long writes = 0;
        long batch = 0;
        long cancels = 0;
        for (String part : text.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("--mix entry '" + part + "' is not NAME=WEIGHT");
            }
            long weight;
            try {
                weight = Long.parseLong(pair[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--mix weight '" + pair[1] + "' is not a whole number");
            }
            switch (pair[0].trim()) {
                case "reads" -> reads = weight;
                case "writes" -> writes = weight;
                case "batch" -> batch = weight;
                case "cancels" -> cancels = weight;
                default -> throw new IllegalArgumentException("unknown --mix kind '" + pair[0]
                        + "'; expected reads, writes, batch, cancels");
            }
        }
        return new Mix(reads, writes, batch, cancels);
    }

    /** Draws one kind in proportion to the weights. */
    public Kind draw(Random random) {
        long total = reads + writes + batch + cancels;
        long pick = (long) (random.nextDouble() * total);
        if (pick < reads) {
            return Kind.READ;
        }
        pick -= reads;
        if (pick < writes) {
            return Kind.WRITE;
        }
        pick -= writes;
        return pick < batch ? Kind.BATCH : Kind.CANCEL;
    }
}
