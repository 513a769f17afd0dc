package dev.kalshisim.sim.demo;

import dev.kalshisim.core.model.ExchangeStatus;
import dev.kalshisim.core.model.MarketStatus;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.sim.engine.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The background flow of one event: its fair values, the makers quoting each market and the taker
 * trading against them. Every tick either walks the fair values or, now and then, jumps one of them
 * like an announcement; then each open market is re-quoted and sometimes traded.
 *
 * <p>Draws come from this event's own random stream, so an event's flow depends only on the seed
 * and on the order the clock runs the ticks. Not thread-safe: {@link SyntheticFlow} calls it under
 * its lock.
 */
final class EventFlow {

    private static final int BASIS_POINTS = 10_000;

    private final Exchange exchange;
    private final DemoEvent event;
    private final SyntheticFlowConfig config;
    private final SplittableRandom random;
    private final FairValues fairs;
    private final List<List<MakerQuoter>> makers = new ArrayList<>();
    private final Taker taker;
    private final Funding funding;
    private final List<String> members;

    EventFlow(Exchange exchange, DemoEvent event, SyntheticFlowConfig config, SplittableRandom random,
            BackgroundMembers members) {
        this.exchange = exchange;
        this.event = event;
        this.config = config;
        this.random = random;
        this.fairs = new FairValues(event.markets().stream().map(DemoMarket::initialFairValue).toList(),
                event.mutuallyExclusive());
        for (DemoMarket market : event.markets()) {
            List<MakerQuoter> quoters = new ArrayList<>();
            for (int i = 0; i < members.makers().size(); i++) {
                quoters.add(new MakerQuoter(exchange, members.makers().get(i), market, config.makerLevels(),
                        MakerStyle.of(i, config), random));
            }
            makers.add(quoters);
        }
        this.taker = new Taker(exchange, members.taker(), config.takerMaxSize());
        this.funding = members.funding();
        this.members = members.all();
    }

    DemoEvent event() {
        return event;
    }

    /** The fair value of the event's market {@code index}. */
    Price fairValue(int index) {
        return Price.ofUnits(fairs.units(index));
    }

    /** The wait before the next tick: the interval plus a random jitter, in nanoseconds. */
    long nextDelayNanos() {
        return config.tickInterval().toNanos() + random.nextLong(config.tickJitter().toNanos() + 1);
    }

    /** One tick: a jump or a walk of the fair values, then fresh quotes and maybe a taker per market. */
    void tick() {
        if (!tradingActive()) {
            return;
        }
        topUp();
        if (random.nextInt(BASIS_POINTS) < config.jumpBasisPoints()) {
            jump(random.nextInt(fairs.size()));
            return;
        }
        fairs.walk(random, config.walkStep().units());
        for (int i = 0; i < fairs.size(); i++) {
            String ticker = event.markets().get(i).ticker();
            if (!isOpen(ticker)) {
                continue;
            }
            for (MakerQuoter maker : makers.get(i)) {
                maker.quote(fairs.units(i));
            }
            if (random.nextInt(BASIS_POINTS) < config.takerBasisPoints()) {
                taker.cross(ticker, random);
            }
        }
    }

    /**
     * An announcement on market {@code index}: its fair value jumps (the others of an exclusive event
     * give way), the taker sweeps the quotes left on the wrong side of each new value, and the makers
     * pull everything and quote afresh.
     */
    void jump(int index) {
        if (!tradingActive()) {
            return;
        }
        long[] before = new long[fairs.size()];
        for (int i = 0; i < before.length; i++) {
            before[i] = fairs.units(i);
        }
        fairs.jump(index, random, config.jumpMinUnits(), config.jumpSize().units());
        for (int i = 0; i < before.length; i++) {
            String ticker = event.markets().get(i).ticker();
            long now = fairs.units(i);
            if (!isOpen(ticker)) {
                continue;
            }
            if (now != before[i]) {
                taker.sweep(ticker, now, now > before[i]);
            }
            for (MakerQuoter maker : makers.get(i)) {
                maker.pull();
                maker.quote(now);
            }
        }
    }

    private void topUp() {
        for (String member : members) {
            funding.topUp(member);
        }
    }

    private boolean tradingActive() {
        ExchangeStatus status = exchange.exchangeStatus();
        return status.exchangeActive() && status.tradingActive();
    }

    private boolean isOpen(String ticker) {
        return exchange.market(ticker).map(m -> m.status() == MarketStatus.ACTIVE).orElse(false);
    }
}
