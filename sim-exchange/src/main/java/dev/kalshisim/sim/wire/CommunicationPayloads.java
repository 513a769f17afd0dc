package dev.kalshisim.sim.wire;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.OutcomeSide;
import dev.kalshisim.core.model.Quote;
import dev.kalshisim.core.model.Rfq;
import dev.kalshisim.core.wire.stream.ChannelPayload;
import dev.kalshisim.core.wire.stream.MessageTypes;
import dev.kalshisim.core.wire.stream.QuoteExecutedUpdate;
import dev.kalshisim.core.wire.stream.QuoteUpdate;
import dev.kalshisim.core.wire.stream.RfqUpdate;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.time.Times;

/** Builds the {@code communications} channel's message bodies from the engine's RFQ events. Stateless. */
public final class CommunicationPayloads {

    private CommunicationPayloads() {
    }

    /** The body of {@code change} for its receiver, or null for a type this version does not send. */
    public static ChannelPayload of(ExchangeEvent.CommunicationsChanged change) {
        String eventTicker = change.eventTicker();
        Rfq rfq = change.rfq();
        Quote quote = change.quote();
        // An RFQ sized by cost carries target_cost_dollars instead of a count.
        Count contracts = rfq.targetCostDollars() != null ? null : rfq.contractsFp();
        return switch (change.type()) {
            // Kalshi leaves creator_id empty on rfq_created (AsyncAPI rfqCreatedPayload).
            case MessageTypes.RFQ_CREATED -> new RfqUpdate(rfq.id(), "", rfq.marketTicker(), eventTicker,
                    contracts, rfq.targetCostDollars(), rfq.createdTs(), null, rfq.mveCollectionTicker(),
                    rfq.mveSelectedLegs());
            case MessageTypes.RFQ_DELETED -> new RfqUpdate(rfq.id(), rfq.creatorId(), rfq.marketTicker(), eventTicker,
                    contracts, rfq.targetCostDollars(), null, Times.instant(change.tsNanos()), null, null);
            case MessageTypes.QUOTE_CREATED -> quote(quote, eventTicker, false, change.memberId());
            case MessageTypes.QUOTE_ACCEPTED -> quote(quote, eventTicker, true, change.memberId());
            case MessageTypes.QUOTE_EXECUTED -> new QuoteExecutedUpdate(quote.id(), quote.rfqId(), quote.creatorId(),
                    quote.rfqCreatorId(), change.orderId(), change.clientOrderId() == null ? "" : change.clientOrderId(),
                    quote.marketTicker(), quote.executedTs(), subaccount(quote, change.memberId()));
            default -> null;
        };
    }

    private static QuoteUpdate quote(Quote quote, String eventTicker, boolean accepted, String receiver) {
        OutcomeSide side = accepted ? quote.acceptedSide() : null;
        Count contracts = accepted ? quote.contractsFp() : null;
        return new QuoteUpdate(quote.id(), quote.rfqId(), quote.creatorId(), quote.rfqCreatorId(), quote.marketTicker(),
                eventTicker, quote.yesBidDollars(), quote.noBidDollars(), side, contracts, quote.yesContractsFp(),
                quote.noContractsFp(), quote.rfqTargetCostDollars(), accepted ? null : quote.createdTs(),
                subaccount(quote, receiver));
    }

    /** The receiver's own subaccount on the quote, only when it is a numbered one. */
    private static Integer subaccount(Quote quote, String receiver) {
        Integer own = receiver != null && receiver.equals(quote.creatorUserId()) ? quote.creatorSubaccount()
                : quote.rfqCreatorSubaccount();
        return own == null || own == 0 ? null : own;
    }
}
