// RFQs, quotes, block trades and combos through Kalshi's official TypeScript SDK: CommunicationsApi,
// MultivariateApi and EventsApi.getMultivariateEvents, each against what the simulator really does
// (money moved through the ledger, combos settled from their legs). conformance.mjs runs these
// checks after its own; they use markets of their own, made through the control plane.

import axios from 'axios';
import { CommunicationsApi, EventsApi, MarketApi, MultivariateApi, PortfolioApi } from 'kalshi-typescript';
import { expectEqual, expectTruthy } from './expect.mjs';
import { firstFillFee, formatMicros, takerFee, toMicros } from './money.mjs';

const SERIES = 'SDKRFQ';

/**
 * The checks, as [name, async function] pairs for conformance.mjs's runner.
 *
 * @param ctx {config, call, callError, control, sdkConfiguration} from conformance.mjs
 */
export function rfqChecks(ctx) {
  const { config, call, callError, control, sdkConfiguration } = ctx;
  // Each API object gets an axios instance of its own (see conformance.mjs, member()).
  const party = (name, credentials) => {
    const sdk = sdkConfiguration(credentials);
    return {
      name,
      comms: new CommunicationsApi(sdk, undefined, axios.create()),
      portfolio: new PortfolioApi(sdk, undefined, axios.create()),
      multivariate: new MultivariateApi(sdk, undefined, axios.create()),
    };
  };
  const requester = party('taker', config.taker);
  const quoter = party('maker', config.maker);
  const publicMarket = new MarketApi(sdkConfiguration({}), undefined, axios.create());
  const publicEvents = new EventsApi(sdkConfiguration({}), undefined, axios.create());
  const publicMultivariate = new MultivariateApi(sdkConfiguration({}), undefined, axios.create());

  async function market(ticker) {
    await control('POST', '/markets', {
      ticker, event_ticker: `${ticker}-EV`, series_ticker: SERIES, title: `SDK RFQ check ${ticker}`,
    });
    return ticker;
  }

  async function balance(who) {
    const body = await call(`getBalance (${who.name})`, who.portfolio.getBalance());
    return toMicros(body.balance_dollars);
  }

  async function position(who, ticker) {
    const body = await call(`getPositions (${who.name})`, who.portfolio.getPositions(undefined, undefined, undefined,
      ticker));
    const found = (body.market_positions ?? []).find((p) => p.ticker === ticker);
    return found ? found.position_fp : '0.00';
  }

  async function newRfq(ticker, contracts) {
    const created = await call('createRFQ', requester.comms.createRFQ({
      market_ticker: ticker, contracts_fp: contracts, rest_remainder: false,
    }), 201);
    return created.id;
  }

  async function newQuote(rfqId, yesBid, noBid) {
    const created = await call('createQuote', quoter.comms.createQuote({
      rfq_id: rfqId, yes_bid: yesBid, no_bid: noBid, rest_remainder: false,
    }), 201);
    return created.id;
  }

  /** An RFQ quoted, accepted (YES) and confirmed: both balances and positions move exactly. */
  async function rfqBlockTrade() {
    const ticker = await market('SDKRFQ-26-BLOCK');
    const ids = [
      (await call('getCommunicationsID', requester.comms.getCommunicationsID())).communications_id,
      (await call('getCommunicationsID', quoter.comms.getCommunicationsID())).communications_id,
    ];
    expectTruthy(ids[0] && ids[0] !== ids[1], 'two members have distinct communications ids');
    const before = { requester: await balance(requester), quoter: await balance(quoter) };

    const rfqId = await newRfq(ticker, '10.00');
    const listed = await call('getRFQs', quoter.comms.getRFQs(undefined, undefined, ticker));
    expectEqual(listed.rfqs.map((r) => r.id), [rfqId], 'open RFQs on the market, seen by a maker');
    expectEqual(listed.rfqs[0].creator_id, ids[0], 'creator_id is the creator\'s communications id');
    const quoteId = await newQuote(rfqId, '0.40', '0.55');
    const received = await call('getQuotes', requester.comms.getQuotes(undefined, undefined, undefined, undefined,
      undefined, undefined, undefined, undefined, undefined, undefined, rfqId));
    expectEqual(received.quotes.map((q) => q.id), [quoteId], 'quotes on the RFQ, seen by its creator');

    await call('acceptRFQQuote', requester.comms.acceptRFQQuote(rfqId, quoteId, { accepted_side: 'yes' }), 204);
    await call('confirmRFQQuote', quoter.comms.confirmRFQQuote(rfqId, quoteId, {}), 204);
    const executed = (await call('getRFQQuote', requester.comms.getRFQQuote(rfqId, quoteId))).quote;
    expectEqual(executed.status, 'executed', 'quote status');
    expectTruthy(executed.rfq_creator_order_id, 'the creator sees its order id');
    expectEqual((await call('getRFQ', requester.comms.getRFQ(rfqId))).rfq.status, 'closed', 'RFQ status');

    // The creator buys 10 YES at 1 - 0.55 = 0.45 as taker; the quoter 10 NO at 0.55, maker (no fee, quadratic).
    const revenue = -4_500_000n;
    const fee = firstFillFee(revenue, takerFee(1_000n, 4_500n));
    const after = { requester: await balance(requester), quoter: await balance(quoter) };
    expectEqual(after.requester - before.requester, revenue - fee, 'creator balance change (micros)');
    expectEqual(after.quoter - before.quoter, -5_500_000n, 'quoter balance change (micros)');
    expectEqual(await position(requester, ticker), '10.00', 'creator position');
    expectEqual(await position(quoter, ticker), '-10.00', 'quoter position');
    const trades = await call('getTrades', publicMarket.getTrades(10, undefined, ticker));
    expectEqual(trades.trades.map((t) => t.is_block_trade), [true], 'the trade is a block trade');
    return `creator paid ${formatMicros(-(after.requester - before.requester))} incl. fee ${formatMicros(fee)}`;
  }

  /** A deleted RFQ cancels its quotes: a later accept (deprecated route) is refused, a quote delete works. */
  async function rfqDeletedRefusesAccept() {
    const ticker = await market('SDKRFQ-26-DEL');
    const rfqId = await newRfq(ticker, '3.00');
    const first = await newQuote(rfqId, '0.30', '0.60');
    await call('deleteQuote', quoter.comms.deleteQuote(first), 204);
    const second = await newQuote(rfqId, '0.31', '0.60');
    await call('deleteRFQ', requester.comms.deleteRFQ(rfqId), 204);
    const refused = await callError('acceptQuote', requester.comms.acceptQuote(second, { accepted_side: 'no' }));
    expectEqual(refused.status, 400, 'accepting a quote of a deleted RFQ');
    const quote = (await call('getQuote', quoter.comms.getQuote(second))).quote;
    expectEqual(quote.status, 'cancelled', 'the quote of a deleted RFQ');
    const other = await newRfq(ticker, '1.00');
    const third = await newQuote(other, '0.30', '0.60');
    await call('deleteRFQQuote', quoter.comms.deleteRFQQuote(other, third), 204);
    const gone = await callError('confirmQuote', quoter.comms.confirmQuote(third, {}));
    expectEqual(gone.status, 400, 'confirming a withdrawn quote');
    return `refused with ${refused.data?.error?.code}`;
  }

  /** A block trade proposed by the buyer executes once both parties accept. */
  async function blockTradeProposal() {
    const ticker = await market('SDKRFQ-26-PROP');
    // The user ids the parties need are private: each reads its own off an RFQ and a quote.
    const probe = await newRfq(ticker, '1.00');
    const probeQuote = await newQuote(probe, '0.30', '0.60');
    const buyerId = (await call('getRFQ', requester.comms.getRFQ(probe))).rfq.creator_user_id;
    const sellerId = (await call('getQuote', quoter.comms.getQuote(probeQuote))).quote.creator_user_id;
    expectTruthy(buyerId && sellerId && buyerId !== sellerId, 'each party sees its own user id');
    await call('deleteRFQ', requester.comms.deleteRFQ(probe), 204);
    const expiration = new Date(Date.now() + 3_600_000).toISOString();
    const proposed = await call('proposeBlockTrade', requester.comms.proposeBlockTrade({
      buyer_user_id: buyerId, seller_user_id: sellerId, market_ticker: ticker, price_centi_cents: 4_000,
      centicount: 300, maker_side: 'no', expiration_ts: expiration,
    }), 201);
    const id = proposed.block_trade_proposal_id;
    await call('acceptBlockTradeProposal (buyer)', requester.comms.acceptBlockTradeProposal(id), 204);
    await call('acceptBlockTradeProposal (seller)', quoter.comms.acceptBlockTradeProposal(id, {}), 204);
    const listed = await call('getBlockTradeProposals', quoter.comms.getBlockTradeProposals(undefined, ticker));
    expectEqual(listed.block_trade_proposals.map((p) => p.status), ['executed'], 'proposal status');
    expectEqual(await position(requester, ticker), '3.00', 'buyer position');
    expectEqual(await position(quoter, ticker), '-3.00', 'seller position');
    return `proposal ${id} executed`;
  }

  /** A combo created from two legs is a market; it settles NO as soon as one leg loses. */
  async function multivariateCombo() {
    const legs = [await market('SDKRFQ-26-LEG1'), await market('SDKRFQ-26-LEG2')];
    const collection = 'KXMVESDK';
    await control('POST', '/multivariate_event_collections', {
      collection_ticker: collection, series_ticker: SERIES, size_min: 2, size_max: 2,
      events: legs.map((t) => ({ event_ticker: `${t}-EV`, size_max: 1 })),
    });
    const listed = await call('getMultivariateEventCollections',
      publicMultivariate.getMultivariateEventCollections('open', undefined, SERIES));
    expectEqual(listed.multivariate_contracts.map((c) => c.collection_ticker), [collection], 'open collections');
    const one = await call('getMultivariateEventCollection', publicMultivariate.getMultivariateEventCollection(collection));
    expectEqual(one.multivariate_contract.associated_event_tickers, legs.map((t) => `${t}-EV`), 'associated events');

    const created = await call('createMarketInMultivariateEventCollection',
      requester.multivariate.createMarketInMultivariateEventCollection(collection, {
        selected_markets: legs.map((t) => ({ market_ticker: t, event_ticker: `${t}-EV`, side: 'yes' })),
        with_market_payload: true,
      }));
    expectEqual(created.market?.mve_collection_ticker, collection, 'the combo market names its collection');
    const events = await call('getMultivariateEvents', publicEvents.getMultivariateEvents(100, undefined, undefined,
      collection, true));
    expectEqual(events.events.map((e) => e.event_ticker), [created.event_ticker], 'combo events of the collection');

    await control('POST', `/markets/${legs[0]}/settle`, { result: 'no' });
    const combo = (await call('getMarket', publicMarket.getMarket(created.market_ticker))).market;
    expectEqual(combo.status, 'finalized', 'combo status after a losing leg');
    expectEqual(combo.result, 'no', 'combo result');
    return `${created.market_ticker} settled no`;
  }

  return [
    ['rfq_block_trade_with_fees', rfqBlockTrade],
    ['rfq_deleted_refuses_accept', rfqDeletedRefusesAccept],
    ['block_trade_proposal', blockTradeProposal],
    ['multivariate_combo_settles_from_legs', multivariateCombo],
  ];
}
