package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code poller}: the first bot many people write. It reads its markets' books over REST
 * ({@link StrategyContext#requestBook}) and quotes around them with the {@link BookQuoter} rule,
 * the same decisions as {@link Streamer}. To keep up it reads a market every {@code poll} (200 ms)
 * while that market's mid is moving, and every {@code idle-poll} while it is quiet.
 *
 * <p>Every read is a request against the account's read tokens, and the reads it needs grow with
 * the market: on a quiet afternoon they fit, as activity rises before an announcement more
 * markets move at once and they no longer do. Unthrottled, its reads then draw 429s, and each
 * refused read of a market it quotes is a moment it cannot see that its quote went stale, so
 * cannot cancel it: it goes blind when it most needs to see. Paced, its reads wait instead, and
 * the books it decides on grow old.
 */
public final class Poller implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "poller";

    static final String POLL_TIMER = "poll";

    private final BookWatchConfig config;
    private final BookQuoter quoter;
    private List<String> markets;
    private StrategyContext context;
    /** When each market's book was last asked for. */
    private final Map<String, Long> readAt = new HashMap<>();
    /** When each market's mid was last seen to move. */
    private final Map<String, Long> movedAt = new HashMap<>();
    private long refusedReads;
    private long refusedWhileQuoting;

    /** A poller with these settings. */
    public Poller(BookWatchConfig config) {
        this.config = config;
        this.quoter = new BookQuoter(config);
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "reads its markets' books over REST, faster while they move, and quotes around the mid"
                        + " (the rate-limit lesson)",
                BookWatchConfig.PARAMETERS, parameters -> new Poller(BookWatchConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        quoter.start(context.clock().nowNanos());
        this.markets = List.copyOf(config.markets().resolveOrSayWhy(context));
        if (markets.isEmpty()) {
            return;
        }
        context.scheduleEvery(POLL_TIMER, config.pollNanos());
        context.log("polling " + markets.size() + " markets every " + config.pollNanos() / 1_000_000
                + " ms while they move, every " + config.idlePollNanos() / 1_000_000 + " ms while quiet");
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (!POLL_TIMER.equals(timer.name())) {
            return;
        }
        long now = context.clock().nowNanos();
        for (String ticker : markets) {
            if (due(ticker, now)) {
                readAt.put(ticker, now);
                context.requestBook(ticker);
            }
        }
    }

    /** A market never read, moving lately, or quiet for an idle poll is read now. */
    private boolean due(String ticker, long now) {
        Long read = readAt.get(ticker);
        if (read == null) {
            return true;
        }
        Long moved = movedAt.get(ticker);
        boolean hot = moved != null && now - moved < config.hotNanos();
        // A tick can come a hair early against the idle period; half a poll of slack keeps the rate.
        return hot || now - read + config.pollNanos() / 2 >= config.idlePollNanos();
    }

    @Override
    public void onBookReply(BookReply reply) {
        if (reply.answered()) {
            if (quoter.onBook(context, reply.book())) {
                movedAt.put(reply.ticker(), context.clock().nowNanos());
            }
            return;
        }
        // Nothing to decide from; the next poll asks again (which is the lesson: it does not back off).
        refusedReads++;
        if (!context.openOrders(reply.ticker()).isEmpty()) {
            refusedWhileQuoting++;
        }
    }

    /** Book reads the venue refused. */
    long refusedReads() {
        return refusedReads;
    }

    /** Refused reads of a market where it had a quote out: each a look it could not take at a quote it may have needed to cancel. */
    long refusedWhileQuoting() {
        return refusedWhileQuoting;
    }

    @Override
    public void onStop() {
        context.log(refusedReads + " book reads refused, " + refusedWhileQuoting + " of them of a market it quoted; "
                + quoter.deferred() + " replacements waited for the write budget");
        context.cancelAll(null);
    }
}
