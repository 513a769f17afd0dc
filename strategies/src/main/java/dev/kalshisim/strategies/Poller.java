package dev.kalshisim.strategies;

import dev.kalshisim.core.strategy.BookReply;
import dev.kalshisim.core.strategy.Strategy;
import dev.kalshisim.core.strategy.StrategyContext;
import dev.kalshisim.core.strategy.StrategyDescriptor;
import dev.kalshisim.core.strategy.TimerEvent;
import java.util.List;

/**
 * {@code poller}: the first bot many people write. Every {@code poll} it reads each of its
 * markets' books over REST ({@link StrategyContext#requestBook}) and quotes around them with the
 * {@link BookQuoter} rule, the same decisions as {@link Streamer}. Every read is a request against
 * the account's read budget, so as markets and activity grow it runs out of tokens: unthrottled
 * its reads (and then its cancels) draw 429s; paced, its requests wait instead.
 */
public final class Poller implements Strategy {

    /** The name to run it by. */
    public static final String NAME = "poller";

    static final String POLL_TIMER = "poll";

    private final BookWatchConfig config;
    private final BookQuoter quoter;
    private List<String> markets;
    private StrategyContext context;
    private long refusedReads;

    /** A poller with these settings. */
    public Poller(BookWatchConfig config) {
        this.config = config;
        this.quoter = new BookQuoter(config);
    }

    /** How the catalog knows it. */
    public static StrategyDescriptor descriptor() {
        return new StrategyDescriptor(NAME,
                "reads every market's book over REST each poll and quotes around the mid (the rate-limit lesson)",
                BookWatchConfig.PARAMETERS, parameters -> new Poller(BookWatchConfig.from(parameters)));
    }

    @Override
    public void onStart(StrategyContext context) {
        this.context = context;
        this.markets = List.copyOf(config.markets().resolveOrSayWhy(context));
        if (markets.isEmpty()) {
            return;
        }
        context.scheduleEvery(POLL_TIMER, config.pollNanos());
        context.log("polling " + markets.size() + " markets every " + config.pollNanos() / 1_000_000 + " ms");
    }

    @Override
    public void onTimer(TimerEvent timer) {
        if (POLL_TIMER.equals(timer.name())) {
            for (String ticker : markets) {
                context.requestBook(ticker);
            }
        }
    }

    @Override
    public void onBookReply(BookReply reply) {
        if (reply.answered()) {
            quoter.onBook(context, reply.book());
        } else {
            // Nothing to decide from; the next poll asks again (which is the lesson: it does not back off).
            refusedReads++;
        }
    }

    @Override
    public void onStop() {
        context.log(refusedReads + " book reads refused");
        context.cancelAll(null);
    }
}
