package dev.kalshisim.bench;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.sim.engine.Exchange;
import dev.kalshisim.sim.engine.order.AmendCommand;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.order.DecreaseCommand;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Replays a {@link MixStream} into a fresh {@code MatchingExchange} through the {@link Exchange}
 * facade, as the REST server drives it: a GTC or IOC limit order is {@code placeOrder}, a move is
 * {@code amendOrder} with a new price (same count, so it loses its place and may cross, as
 * exchange-core's move does), a reduction is {@code decreaseOrder} by the stream's contracts, a
 * cancel {@code cancelOrder}. Every call runs the whole engine: the command lock, fees, collateral,
 * positions, the order and trade records, the events (queued and flushed; no listener is attached)
 * and the live window's eviction, with the live window a backtest uses.
 */
final class EngineDriver {

    /** Plenty for every member's collateral over a whole stream (1,000 members: $10^10 in all). */
    static final Money BALANCE = Money.ofDollars(10_000_000L);

    /** The places of a stream, built once per stream: an order's command is data, as JSON would give. */
    static final class Commands {
        final MixStream stream;
        final String[] members;
        final PlaceOrder[] places;
        final Price[] prices = new Price[100];
        final Count[] counts = new Count[11];

        Commands(MixStream stream) {
            this.stream = stream;
            members = new String[MixStream.MEMBERS];
            for (int m = 0; m < members.length; m++) {
                members[m] = "member-" + m;
            }
            for (int c = 1; c < prices.length; c++) {
                prices[c] = Price.ofCents(c);
            }
            for (int n = 1; n < counts.length; n++) {
                counts[n] = Count.ofContracts(n);
            }
            places = new PlaceOrder[stream.length()];
            for (int i = 0; i < stream.length(); i++) {
                byte type = stream.type[i];
                if (type == MixStream.GTC || type == MixStream.IOC) {
                    String member = members[stream.member[i]];
                    Price price = prices[stream.priceCents[i]];
                    Count count = counts[stream.size[i]];
                    PlaceOrder place = stream.bid[i] ? PlaceOrder.bid(member, EngineFixture.TICKER, price, count)
                            : PlaceOrder.ask(member, EngineFixture.TICKER, price, count);
                    places[i] = type == MixStream.IOC ? place.withTimeInForce(TimeInForce.IMMEDIATE_OR_CANCEL) : place;
                }
            }
        }
    }

    final EngineFixture fixture;
    final Exchange exchange;
    private final Commands commands;
    /** The engine's id of each order number of the stream. */
    private final String[] ids;
    /** Commands the engine refused; must stay 0, since the stream only names resting orders. */
    long refused;

    EngineDriver(Commands commands) {
        this.commands = commands;
        List<String> members = new ArrayList<>(List.of(commands.members));
        // Configured as a backtest configures its engine: finished orders and trades past 1,000 leave.
        fixture = EngineFixture.withMembers(members, BALANCE, EngineFixture.BACKTEST_WINDOW);
        exchange = fixture.exchange;
        ids = new String[commands.stream.orders];
        for (int i = 0; i < commands.stream.prefill; i++) {
            apply(i);
        }
    }

    /** Applies the stream's timed commands; returns the fills they produced (takers' side). */
    long runTimed() {
        long fills = 0;
        MixStream s = commands.stream;
        for (int i = s.prefill; i < s.length(); i++) {
            fills += apply(i);
        }
        return fills;
    }

    private int apply(int i) {
        MixStream s = commands.stream;
        int n = s.order[i];
        switch (s.type[i]) {
            case MixStream.GTC, MixStream.IOC -> {
                OrderResult placed = exchange.placeOrder(commands.places[i]);
                if (!placed.isAccepted()) {
                    refused++;
                    return 0;
                }
                ids[n] = placed.orderId();
                return placed.fills().size();
            }
            case MixStream.CANCEL -> {
                CancelResult canceled = exchange.cancelOrder(commands.members[s.member[i]], ids[n]);
                if (!canceled.isAccepted()) {
                    refused++;
                }
                return 0;
            }
            case MixStream.MOVE -> {
                OrderResult moved = exchange.amendOrder(new AmendCommand(commands.members[s.member[i]], ids[n], null,
                        null, commands.prices[s.priceCents[i]], null, null, null));
                if (!moved.isAccepted()) {
                    refused++;
                    return 0;
                }
                return moved.fills().size();
            }
            case MixStream.REDUCE -> {
                CancelResult reduced = exchange.decreaseOrder(
                        DecreaseCommand.by(commands.members[s.member[i]], ids[n], commands.counts[s.size[i]]));
                if (!reduced.isAccepted()) {
                    refused++;
                }
                return 0;
            }
            default -> throw new IllegalArgumentException("command type " + s.type[i]);
        }
    }
}
