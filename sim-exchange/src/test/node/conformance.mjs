// Drives a running kalshi-sim server the way a bot does: Kalshi's official TypeScript SDK for REST
// (only the base URL changed) and the `ws` package for the WebSocket feed, signed as Kalshi documents.
//
// Prints one JSON line per check, {"check", "status": "pass"|"fail", "ms", "detail"|"error"}, then a
// {"summary"} line; exits 0 only when every check passed. OfficialTypeScriptSdkIT sets the
// environment (see `config` below) and parses these lines.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import axios from 'axios';
import WebSocket from 'ws';
import {
  AccountApi, Configuration, ExchangeApi, MarketApi, OrdersApi, PortfolioApi,
} from 'kalshi-typescript';
import {
  expectCount, expectDollars, expectEqual, expectLevels, expectMicros, expectTruthy,
} from './expect.mjs';
import { Feed, WS_WAIT_MS } from './feed.mjs';
import { orderGroupAndKeyChecks } from './groups.mjs';
import { rfqChecks } from './rfq.mjs';
import { firstFillFee, formatMicros, takerFee, toHundredths, toMicros, toPriceUnits } from './money.mjs';
import { catalogChecks } from './catalog.mjs';
import { historicalChecks } from './historical.mjs';
import { subaccountChecks } from './subaccounts.mjs';

const CHECK_TIMEOUT_MS = 20_000;
const DEFAULT_COST = 10; // Kalshi's default token cost per request

const config = readConfig(process.env);

// ---------------------------------------------------------------------------------------------
// Checks, in the order they run. Later checks build on the state earlier ones left behind.

const checks = [
  ['exchange_status', exchangeStatus],
  ['get_markets', getMarkets],
  ['get_market', getMarket],
  ['get_orderbook_empty', getOrderbookEmpty],
  ['resting_order', restingOrder],
  ['orderbook_shows_resting_order', orderbookShowsRestingOrder],
  ['crossing_order', crossingOrder],
  ['fills_with_fees', fillsWithFees],
  ['positions', positions],
  ['balances_after_fill', balancesAfterFill],
  ['get_trades', getTrades],
  ['cancel_order', cancelOrder],
  ['batch_create', batchCreate],
  ['websocket_refuses_unsigned_upgrade', websocketRefusesUnsignedUpgrade],
  ['websocket_orderbook_snapshot_then_delta', websocketSnapshotThenDelta],
  ['cancel_all', cancelAll],
  ['account_limits', accountLimits],
  ['rate_limit_429_under_burst', rateLimitUnderBurst],
  ['settlement', settlement],
  ...subaccountChecks(() => ({ maker, taker, config, call, callError })),
];

checks.push(...rfqChecks({ config, call, callError, control, sdkConfiguration }));

// What the checks share: ids of orders and the balances they expect.
const state = {};

const maker = member('maker', config.maker);
const taker = member('taker', config.taker);
const burst = member('burst', config.burst);
checks.push(...orderGroupAndKeyChecks({ config, maker, taker, call, callError, sdkConfiguration }));
checks.push(...historicalChecks({ config, maker, call, callError, sdkConfiguration }));
const publicApi = {
  market: new MarketApi(sdkConfiguration({}), undefined, axios.create()),
  exchange: new ExchangeApi(sdkConfiguration({}), undefined, axios.create()),
  account: new AccountApi(sdkConfiguration({}), undefined, axios.create()),
};

// ---------------------------------------------------------------------------------------------
// Market data

async function exchangeStatus() {
  const status = await call('getExchangeStatus', publicApi.exchange.getExchangeStatus());
  expectEqual(status.exchange_active, true, 'exchange_active');
  expectEqual(status.trading_active, true, 'trading_active');
  return `exchange_active=${status.exchange_active} trading_active=${status.trading_active}`;
}

async function getMarkets() {
  const tickers = [config.tradeTicker, config.bookTicker, config.wsTicker];
  const page = await call('getMarkets', marketsPage({ limit: 100, tickers: tickers.join(',') }));
  const found = (page.markets ?? []).map((m) => m.ticker).sort();
  expectEqual(found, [...tickers].sort(), 'tickers returned for tickers filter');
  for (const market of page.markets) {
    expectEqual(market.status, 'active', `${market.ticker} status`);
  }
  const open = await call('getMarkets(status=open)', marketsPage({ limit: 1000, status: 'open', tickers: tickers.join(',') }));
  expectEqual((open.markets ?? []).length, tickers.length, 'markets with status=open');
  return `${found.length} markets`;
}

/** GET /markets through the SDK, whose generated method takes its 14 query parameters by position. */
function marketsPage({ limit, status, tickers }) {
  const [cursor, eventTicker, seriesTicker, minCreatedTs, maxCreatedTs, minUpdatedTs, maxCloseTs, minCloseTs,
    minSettledTs, maxSettledTs] = [];
  return publicApi.market.getMarkets(limit, cursor, eventTicker, seriesTicker, minCreatedTs, maxCreatedTs,
    minUpdatedTs, maxCloseTs, minCloseTs, minSettledTs, maxSettledTs, status, tickers);
}

async function getMarket() {
  const { market } = await call('getMarket', publicApi.market.getMarket(config.tradeTicker));
  expectEqual(market.ticker, config.tradeTicker, 'ticker');
  expectEqual(market.event_ticker, config.tradeEventTicker, 'event_ticker');
  expectEqual(market.status, 'active', 'status');
  expectEqual(market.market_type, 'binary', 'market_type');
  return `${market.ticker} ${market.status}`;
}

async function getOrderbookEmpty() {
  const book = await call('getMarketOrderbook', maker.market.getMarketOrderbook(config.tradeTicker));
  expectEqual(levels(book, 'yes_dollars'), [], 'yes_dollars');
  expectEqual(levels(book, 'no_dollars'), [], 'no_dollars');
  return 'empty book';
}

// ---------------------------------------------------------------------------------------------
// Orders, fills, positions, balances

const TRADE_PRICE = '0.43';
const TRADE_COUNT = '7';

async function restingOrder() {
  const clientOrderId = randomUUID();
  const created = await call('createOrderV2', maker.orders.createOrderV2({
    ticker: config.tradeTicker, client_order_id: clientOrderId, side: 'bid', count: TRADE_COUNT,
    price: TRADE_PRICE, time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }), 201);
  expectTruthy(created.order_id, 'order_id');
  expectEqual(created.client_order_id, clientOrderId, 'client_order_id');
  expectCount(created.fill_count, '0', 'fill_count');
  expectCount(created.remaining_count, TRADE_COUNT, 'remaining_count');
  state.restingOrderId = created.order_id;

  const listed = await call('getOrders', maker.orders.getOrders(config.tradeTicker, undefined, undefined,
    undefined, 'resting'));
  const order = (listed.orders ?? []).find((o) => o.order_id === created.order_id);
  expectTruthy(order, `order ${created.order_id} in GET /portfolio/orders?status=resting`);
  expectEqual(order.status, 'resting', 'status');
  expectEqual(order.ticker, config.tradeTicker, 'ticker');
  expectEqual(order.book_side, 'bid', 'book_side');
  expectEqual(order.outcome_side, 'yes', 'outcome_side');
  expectDollars(order.yes_price_dollars, TRADE_PRICE, 'yes_price_dollars');
  expectCount(order.remaining_count_fp, TRADE_COUNT, 'remaining_count_fp');
  expectEqual(order.client_order_id, clientOrderId, 'client_order_id');

  const single = await call('getOrder', maker.orders.getOrder(created.order_id));
  expectEqual(single.order.order_id, created.order_id, 'GET /portfolio/orders/{id} order_id');
  return `order ${created.order_id} resting`;
}

async function orderbookShowsRestingOrder() {
  const book = await call('getMarketOrderbook', maker.market.getMarketOrderbook(config.tradeTicker));
  expectLevels(levels(book, 'yes_dollars'), [[TRADE_PRICE, TRADE_COUNT]], 'yes_dollars');
  expectEqual(levels(book, 'no_dollars'), [], 'no_dollars');
  return `yes_dollars=${JSON.stringify(levels(book, 'yes_dollars'))}`;
}

async function crossingOrder() {
  requireState('restingOrderId', 'resting_order');
  // Selling YES at 0.43 is buying NO at 0.57: it crosses the maker's YES bid at 0.43.
  const created = await call('createOrderV2', taker.orders.createOrderV2({
    ticker: config.tradeTicker, client_order_id: randomUUID(), side: 'ask', count: TRADE_COUNT,
    price: TRADE_PRICE, time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }), 201);
  expectCount(created.fill_count, TRADE_COUNT, 'fill_count');
  expectCount(created.remaining_count, '0', 'remaining_count');
  if (created.average_fill_price !== undefined && created.average_fill_price !== null) {
    expectDollars(created.average_fill_price, TRADE_PRICE, 'average_fill_price (YES leg)');
  }
  state.takerOrderId = created.order_id;

  const restingNow = await call('getOrder', maker.orders.getOrder(state.restingOrderId));
  expectEqual(restingNow.order.status, 'executed', 'maker order status');
  expectCount(restingNow.order.fill_count_fp, TRADE_COUNT, 'maker order fill_count_fp');
  expectCount(restingNow.order.remaining_count_fp, '0', 'maker order remaining_count_fp');
  const takerOrder = await call('getOrder', taker.orders.getOrder(created.order_id));
  expectEqual(takerOrder.order.status, 'executed', 'taker order status');
  expectEqual(takerOrder.order.book_side, 'ask', 'taker order book_side');
  expectEqual(takerOrder.order.outcome_side, 'no', 'taker order outcome_side');
  return `taker order ${created.order_id} filled ${created.fill_count}`;
}

async function fillsWithFees() {
  requireState('takerOrderId', 'crossing_order');
  const takerFills = (await call('getFills', taker.portfolio.getFills(config.tradeTicker))).fills ?? [];
  expectEqual(takerFills.length, 1, 'taker fill count');
  const fill = takerFills[0];
  expectEqual(fill.order_id, state.takerOrderId, 'taker fill order_id');
  expectEqual(fill.is_taker, true, 'taker fill is_taker');
  expectCount(fill.count_fp, TRADE_COUNT, 'taker fill count_fp');
  expectDollars(fill.yes_price_dollars, TRADE_PRICE, 'taker fill yes_price_dollars');
  const tradeFee = takerFee(toHundredths(fill.count_fp), toPriceUnits(fill.yes_price_dollars));
  // The taker bought NO: its balance change -(cost + trade fee) is floored to whole cents.
  const expectedFee = firstFillFee(-noCost(), tradeFee);
  const fee = toMicros(fill.fee_cost);
  expectTruthy(fee > 0n, `taker fee_cost > 0 (got ${fill.fee_cost})`);
  expectEqual(fee, expectedFee,
    `taker fee_cost ${fill.fee_cost} = ceil_$0.0001(0.07*C*P*(1-P)) ${formatMicros(tradeFee)} + rounding to $0.01`);
  state.takerFeeMicros = fee;

  const takerOrder = await call('getOrder', taker.orders.getOrder(state.takerOrderId));
  expectEqual(toMicros(takerOrder.order.taker_fees_dollars), expectedFee, 'taker order taker_fees_dollars');

  const makerFills = (await call('getFills', maker.portfolio.getFills(config.tradeTicker))).fills ?? [];
  expectEqual(makerFills.length, 1, 'maker fill count');
  expectEqual(makerFills[0].order_id, state.restingOrderId, 'maker fill order_id');
  expectEqual(makerFills[0].is_taker, false, 'maker fill is_taker');
  expectCount(makerFills[0].count_fp, TRADE_COUNT, 'maker fill count_fp');
  // The control plane's default fee_type is quadratic: takers pay, makers do not.
  expectEqual(toMicros(makerFills[0].fee_cost), 0n, 'maker fee_cost on a quadratic series');
  return `taker fee_cost=${fill.fee_cost} (expected ${formatMicros(expectedFee)}), maker fee_cost=${makerFills[0].fee_cost}`;
}

async function positions() {
  requireState('takerOrderId', 'crossing_order');
  const makerPosition = await onePosition(maker, config.tradeTicker);
  expectCount(makerPosition.position_fp, TRADE_COUNT, 'maker position_fp (+ = YES)');
  expectMicros(makerPosition.market_exposure_dollars, yesCost(), 'maker market_exposure_dollars');
  expectMicros(makerPosition.fees_paid_dollars, 0n, 'maker fees_paid_dollars');
  const takerPosition = await onePosition(taker, config.tradeTicker);
  expectCount(takerPosition.position_fp, `-${TRADE_COUNT}`, 'taker position_fp (- = NO)');
  expectMicros(takerPosition.market_exposure_dollars, noCost(), 'taker market_exposure_dollars');
  expectMicros(takerPosition.fees_paid_dollars, state.takerFeeMicros ?? -1n, 'taker fees_paid_dollars');
  return `maker ${makerPosition.position_fp}, taker ${takerPosition.position_fp}`;
}

async function balancesAfterFill() {
  requireState('takerFeeMicros', 'fills_with_fees');
  const makerBalance = await balanceMicros(maker);
  const takerBalance = await balanceMicros(taker);
  const makerExpected = toMicros(config.maker.startBalance) - yesCost();
  const takerExpected = toMicros(config.taker.startBalance) - noCost() - state.takerFeeMicros;
  expectEqual(makerBalance, makerExpected, 'maker balance_dollars = start - 7 x $0.43');
  expectEqual(takerBalance, takerExpected, 'taker balance_dollars = start - 7 x $0.57 - fee');
  state.makerBalanceAfterFill = makerBalance;
  state.takerBalanceAfterFill = takerBalance;
  return `maker ${formatMicros(makerBalance)}, taker ${formatMicros(takerBalance)}`;
}

async function getTrades() {
  requireState('takerOrderId', 'crossing_order');
  const trades = (await call('getTrades', publicApi.market.getTrades(100, undefined, config.tradeTicker))).trades ?? [];
  expectEqual(trades.length, 1, 'trades in the market');
  const trade = trades[0];
  expectEqual(trade.ticker, config.tradeTicker, 'ticker');
  expectCount(trade.count_fp, TRADE_COUNT, 'count_fp');
  expectDollars(trade.yes_price_dollars, TRADE_PRICE, 'yes_price_dollars');
  expectDollars(trade.no_price_dollars, '0.57', 'no_price_dollars');
  expectEqual(trade.taker_outcome_side, 'no', 'taker_outcome_side');
  expectEqual(trade.taker_book_side, 'ask', 'taker_book_side');
  const book = await call('getMarketOrderbook', maker.market.getMarketOrderbook(config.tradeTicker));
  expectEqual(levels(book, 'yes_dollars'), [], 'yes_dollars after the cross');
  expectEqual(levels(book, 'no_dollars'), [], 'no_dollars after the cross');
  return `trade ${trade.trade_id}`;
}

async function cancelOrder() {
  const before = await balanceMicros(maker);
  const clientOrderId = randomUUID();
  const created = await call('createOrderV2', maker.orders.createOrderV2({
    ticker: config.bookTicker, client_order_id: clientOrderId, side: 'bid', count: '5', price: '0.20',
    time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }), 201);
  const reserved = await balanceMicros(maker);
  expectTruthy(reserved < before, `a resting bid reduces the available balance (${formatMicros(before)} -> ${formatMicros(reserved)})`);
  const canceled = await call('cancelOrderV2', maker.orders.cancelOrderV2(created.order_id));
  expectEqual(canceled.order_id, created.order_id, 'order_id');
  expectCount(canceled.reduced_by, '5', 'reduced_by');
  const order = (await call('getOrder', maker.orders.getOrder(created.order_id))).order;
  expectEqual(order.status, 'canceled', 'status after cancel');
  expectCount(order.remaining_count_fp, '0', 'remaining_count_fp after cancel');
  expectEqual(await balanceMicros(maker), before, 'balance after cancel equals balance before the order');
  const again = await callError('cancelOrderV2 (already canceled)', maker.orders.cancelOrderV2(created.order_id));
  expectTruthy(again.status >= 400 && again.status < 500, `second cancel answers 4xx (got ${again.status})`);
  return `canceled ${created.order_id}, reduced_by ${canceled.reduced_by}`;
}

async function batchCreate() {
  const prices = ['0.10', '0.11', '0.12'];
  const requests = prices.map((price) => ({
    ticker: config.bookTicker, client_order_id: randomUUID(), side: 'bid', count: '2', price,
    time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }));
  const response = await call('batchCreateOrdersV2', maker.orders.batchCreateOrdersV2({ orders: requests }), 201);
  const results = response.orders ?? [];
  expectEqual(results.length, requests.length, 'one result per order');
  results.forEach((result, i) => {
    expectEqual(result.error ?? null, null, `item ${i} error`);
    expectTruthy(result.order_id, `item ${i} order_id`);
    expectEqual(result.client_order_id, requests[i].client_order_id, `item ${i} client_order_id`);
    expectCount(result.remaining_count, '2', `item ${i} remaining_count`);
  });
  const resting = (await call('getOrders', maker.orders.getOrders(config.bookTicker, undefined, undefined,
    undefined, 'resting'))).orders ?? [];
  const ids = resting.map((o) => o.order_id).sort();
  expectEqual(ids, results.map((r) => r.order_id).sort(), 'resting orders in the market');
  const book = await call('getMarketOrderbook', maker.market.getMarketOrderbook(config.bookTicker));
  expectLevels(levels(book, 'yes_dollars'), prices.map((p) => [p, '2']), 'yes_dollars');
  return `${results.length} orders created`;
}

async function cancelAll() {
  const response = await maker.orders.cancelAllOrders().catch((e) => { throw httpError('cancelAllOrders', e); });
  expectEqual(response.status, 204, 'cancelAllOrders status');
  const resting = (await call('getOrders', maker.orders.getOrders(undefined, undefined, undefined, undefined,
    'resting'))).orders ?? [];
  expectEqual(resting.map((o) => o.order_id), [], 'resting orders after cancel all');
  const book = await call('getMarketOrderbook', maker.market.getMarketOrderbook(config.bookTicker));
  expectEqual(levels(book, 'yes_dollars'), [], 'yes_dollars after cancel all');
  return 'no resting orders left';
}

// ---------------------------------------------------------------------------------------------
// WebSocket

async function websocketRefusesUnsignedUpgrade() {
  const status = await new Promise((resolve, reject) => {
    const ws = new WebSocket(config.wsUrl, { handshakeTimeout: WS_WAIT_MS });
    ws.on('unexpected-response', (request, response) => {
      resolve(response.statusCode);
      request.destroy();
    });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error('the server accepted an unsigned WebSocket upgrade'));
    });
    ws.on('error', (error) => reject(new Error(`WebSocket error: ${error.message}`)));
  });
  expectEqual(status, 401, 'HTTP status of an unsigned upgrade');
  return 'unsigned upgrade refused with 401';
}

async function websocketSnapshotThenDelta() {
  // A resting order first, so the snapshot has something in it.
  await call('createOrderV2', maker.orders.createOrderV2({
    ticker: config.wsTicker, side: 'bid', count: '3', price: '0.30',
    time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }), 201);
  const feed = await Feed.open(config.wsUrl, config.maker);
  try {
    feed.send({ id: 1, cmd: 'subscribe', params: { channels: ['orderbook_delta'], market_tickers: [config.wsTicker] } });
    const subscribed = await feed.next((m) => m.id === 1 && (m.type === 'subscribed' || m.type === 'error'),
      'the subscribed reply');
    expectEqual(subscribed.type, 'subscribed', `reply to subscribe (${JSON.stringify(subscribed)})`);
    expectEqual(subscribed.msg?.channel, 'orderbook_delta', 'subscribed channel');
    const sid = subscribed.msg?.sid;
    expectTruthy(Number.isInteger(sid), `integer sid (got ${sid})`);

    const snapshot = await feed.next((m) => m.sid === sid && m.type !== 'subscribed', 'the first message of the subscription');
    expectEqual(snapshot.type, 'orderbook_snapshot', 'first message type');
    expectTruthy(Number.isInteger(snapshot.seq), `integer seq on the snapshot (got ${snapshot.seq})`);
    expectEqual(snapshot.msg?.market_ticker, config.wsTicker, 'snapshot market_ticker');
    expectLevels(snapshot.msg?.yes_dollars_fp ?? [], [['0.30', '3']], 'snapshot yes_dollars_fp');
    expectEqual(snapshot.msg?.no_dollars_fp ?? [], [], 'snapshot no_dollars_fp');

    const clientOrderId = randomUUID();
    await call('createOrderV2', maker.orders.createOrderV2({
      ticker: config.wsTicker, client_order_id: clientOrderId, side: 'bid', count: '2', price: '0.31',
      time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
    }), 201);
    const delta = await feed.next((m) => m.sid === sid && m.seq > snapshot.seq, 'the message after the snapshot');
    expectEqual(delta.type, 'orderbook_delta', 'message type after the order');
    expectEqual(delta.seq, snapshot.seq + 1, 'delta seq = snapshot seq + 1');
    expectEqual(delta.msg?.market_ticker, config.wsTicker, 'delta market_ticker');
    expectDollars(delta.msg?.price_dollars, '0.31', 'delta price_dollars');
    expectCount(delta.msg?.delta_fp, '2', 'delta delta_fp');
    expectEqual(delta.msg?.side, 'yes', 'delta side');
    if (delta.msg?.client_order_id !== undefined) {
      expectEqual(delta.msg.client_order_id, clientOrderId, 'delta client_order_id (own order)');
    }
    const errors = feed.received.filter((m) => m.type === 'error');
    expectEqual(errors, [], 'error messages on the connection');
    return `sid ${sid}: snapshot seq ${snapshot.seq}, delta seq ${delta.seq}`;
  } finally {
    feed.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Rate limits

async function accountLimits() {
  const limits = await call('getAccountApiLimits', maker.account.getAccountApiLimits());
  expectEqual(limits.usage_tier, 'basic', 'usage_tier');
  expectEqual(limits.read, { refill_rate: 200, bucket_capacity: 400 }, 'read bucket (kalshi-api.md section 5)');
  expectEqual(limits.write, { refill_rate: 100, bucket_capacity: 100 }, 'write bucket');
  const costs = await call('getAccountEndpointCosts', publicApi.account.getAccountEndpointCosts());
  expectEqual(costs.default_cost, DEFAULT_COST, 'default_cost');
  return `read ${JSON.stringify(limits.read)}, write ${JSON.stringify(limits.write)}`;
}

async function rateLimitUnderBurst() {
  const limits = await call('getAccountApiLimits (burst)', burst.account.getAccountApiLimits());
  const { refill_rate: refillRate, bucket_capacity: capacity } = limits.read;
  const cost = await endpointCost('GET', '/portfolio/balance');
  // Twice what a full bucket holds, all at once.
  const requests = config.burstRequests ?? Math.ceil((2 * capacity) / cost);
  const started = Date.now();
  const outcomes = await Promise.all(Array.from({ length: requests }, () => burst.portfolio.getBalance()
    .then((response) => ({ status: response.status }))
    .catch((error) => {
      if (!error.response) {
        return { status: 0, transport: error.message };
      }
      return { status: error.response.status, data: error.response.data, headers: error.response.headers };
    })));
  const elapsedMs = Date.now() - started;
  const byStatus = {};
  outcomes.forEach((o) => { byStatus[o.status] = (byStatus[o.status] ?? 0) + 1; });
  const limited = outcomes.filter((o) => o.status === 429);
  const other = outcomes.filter((o) => o.status !== 429 && o.status !== 200);
  expectEqual(other, [], 'answers other than 200 and 429');
  expectTruthy(limited.length > 0, `some of ${requests} concurrent reads answered 429 (got ${JSON.stringify(byStatus)})`);
  // The limits call above spent one read; the bucket then held at most its capacity and refilled
  // at refill_rate while the burst lasted.
  const atLeast = Math.floor((capacity - cost) / cost);
  const atMost = Math.floor((capacity + (refillRate * elapsedMs) / 1000) / cost);
  expectTruthy(byStatus[200] >= atLeast && byStatus[200] <= atMost,
    `${byStatus[200]} reads succeeded; a ${capacity}-token bucket refilling ${refillRate}/s over ${elapsedMs} ms `
    + `allows ${atLeast} to ${atMost}`);
  for (const rejected of limited) {
    const body = typeof rejected.data === 'string' ? JSON.parse(rejected.data) : rejected.data;
    expectEqual(body, { error: 'too many requests' }, '429 body');
    for (const header of ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']) {
      expectEqual(rejected.headers?.[header], undefined, `${header} header on a 429`);
    }
  }
  const journal = await control('GET', `/journal?api_key_id=${encodeURIComponent(config.burst.keyId)}&limit=1000`);
  const journaled = (journal.entries ?? []).filter((e) => e.status === 429).length;
  expectEqual(journaled, limited.length, '429s in the control-plane journal');
  // No penalty: once the bucket has refilled a little, the next read succeeds.
  await sleep(250);
  const after = await burst.portfolio.getBalance().catch((e) => { throw httpError('getBalance after the burst', e); });
  expectEqual(after.status, 200, 'status of a read after the refill');
  return `${JSON.stringify(byStatus)} from ${requests} concurrent getBalance calls in ${elapsedMs} ms`;
}

/** What GET /account/endpoint_costs says `method path` costs: its listed cost, else the default. */
async function endpointCost(method, path) {
  const costs = await call('getAccountEndpointCosts', publicApi.account.getAccountEndpointCosts());
  const listed = (costs.endpoint_costs ?? []).find((c) => c.method === method && c.path.endsWith(path));
  return listed ? listed.cost : costs.default_cost;
}

// ---------------------------------------------------------------------------------------------
// Settlement

async function settlement() {
  requireState('makerBalanceAfterFill', 'balances_after_fill');
  const makerBefore = await balanceMicros(maker);
  const takerBefore = await balanceMicros(taker);
  await control('POST', `/markets/${encodeURIComponent(config.tradeTicker)}/settle`, { result: 'yes' });

  const { market } = await call('getMarket', publicApi.market.getMarket(config.tradeTicker));
  expectEqual(market.result, 'yes', 'market result');
  expectEqual(market.status, 'finalized', 'market status after settlement');

  const payout = 7_000_000n; // 7 YES contracts at $1
  expectEqual(await balanceMicros(maker), makerBefore + payout, 'maker balance = before + $1 x 7');
  expectEqual(await balanceMicros(taker), takerBefore, 'taker (NO) balance unchanged');

  const makerSettlement = await oneSettlement(maker, config.tradeTicker);
  expectEqual(makerSettlement.market_result, 'yes', 'maker settlement market_result');
  expectCount(makerSettlement.yes_count_fp, TRADE_COUNT, 'maker settlement yes_count_fp');
  expectCount(makerSettlement.no_count_fp, '0', 'maker settlement no_count_fp');
  expectMicros(makerSettlement.yes_total_cost_dollars, yesCost(), 'maker settlement yes_total_cost_dollars');
  expectEqual(makerSettlement.revenue, 700, 'maker settlement revenue (cents)');
  const takerSettlement = await oneSettlement(taker, config.tradeTicker);
  expectCount(takerSettlement.no_count_fp, TRADE_COUNT, 'taker settlement no_count_fp');
  expectMicros(takerSettlement.no_total_cost_dollars, noCost(), 'taker settlement no_total_cost_dollars');
  expectEqual(takerSettlement.revenue, 0, 'taker settlement revenue (cents)');

  const remaining = (await call('getPositions', maker.portfolio.getPositions(undefined, undefined, 'position',
    config.tradeTicker))).market_positions ?? [];
  expectEqual(remaining.filter((p) => toHundredths(p.position_fp) !== 0n).length, 0,
    'maker open positions in the settled market');
  return `maker +${formatMicros(payout)}, revenue ${makerSettlement.revenue}c`;
}

// ---------------------------------------------------------------------------------------------
// Clients

function sdkConfiguration({ keyId, privateKeyPem, privateKeyPath }) {
  return new Configuration({
    basePath: config.baseUrl, apiKey: keyId, privateKeyPem, privateKeyPath,
    baseOptions: { timeout: 10_000 },
  });
}

// Every API object the SDK builds adds its own signing interceptor to the axios instance it is
// given, axios's global instance by default. Axios runs request interceptors newest first, so on a
// shared instance the oldest object's key signs last and wins: two members would both sign as the
// first, and each extra object adds one more RSA signature per request. Each object therefore gets
// an axios instance of its own.
function member(name, credentials) {
  const sdk = sdkConfiguration(credentials);
  return {
    name,
    market: new MarketApi(sdk, undefined, axios.create()),
    orders: new OrdersApi(sdk, undefined, axios.create()),
    portfolio: new PortfolioApi(sdk, undefined, axios.create()),
    account: new AccountApi(sdk, undefined, axios.create()),
  };
}

async function call(what, promise, expectedStatus = 200) {
  let response;
  try {
    response = await promise;
  } catch (error) {
    throw httpError(what, error);
  }
  if (response.status !== expectedStatus) {
    throw new Error(`${what}: expected HTTP ${expectedStatus}, got ${response.status} ${JSON.stringify(response.data)}`);
  }
  return response.data;
}

/** Awaits a call that must fail with an HTTP error; returns {status, data}. */
async function callError(what, promise) {
  try {
    const response = await promise;
    throw new Error(`${what}: expected an error, got HTTP ${response.status} ${JSON.stringify(response.data)}`);
  } catch (error) {
    if (!error.response) {
      throw error;
    }
    return { status: error.response.status, data: error.response.data };
  }
}

function httpError(what, error) {
  if (error.response) {
    return new Error(`${what}: HTTP ${error.response.status} ${JSON.stringify(error.response.data)}`);
  }
  return new Error(`${what}: ${error.message}`);
}

const controlHttp = axios.create({ timeout: 10_000, validateStatus: () => true });

/** A call to the simulator's control plane (not Kalshi's API, so not through the SDK). */
async function control(method, path, body) {
  const response = await controlHttp.request({ method, url: config.controlUrl + path, data: body });
  if (response.status < 200 || response.status > 299) {
    throw new Error(`control plane ${method} ${path}: HTTP ${response.status} ${JSON.stringify(response.data)}`);
  }
  return response.data;
}

async function balanceMicros(who) {
  const balance = await call(`getBalance (${who.name})`, who.portfolio.getBalance());
  const micros = toMicros(balance.balance_dollars);
  expectEqual(BigInt(balance.balance), micros / 10_000n, `${who.name} balance (cents) = floor(balance_dollars)`);
  return micros;
}

async function onePosition(who, ticker) {
  const response = await call(`getPositions (${who.name})`, who.portfolio.getPositions(undefined, undefined,
    undefined, ticker));
  const found = (response.market_positions ?? []).filter((p) => p.ticker === ticker);
  expectEqual(found.length, 1, `${who.name} market_positions for ${ticker}`);
  return found[0];
}

async function oneSettlement(who, ticker) {
  const response = await call(`getSettlements (${who.name})`, who.portfolio.getSettlements(100, undefined, ticker));
  const found = (response.settlements ?? []).filter((s) => s.ticker === ticker);
  expectEqual(found.length, 1, `${who.name} settlements for ${ticker}`);
  return found[0];
}

function yesCost() {
  return toHundredths(TRADE_COUNT) * toPriceUnits(TRADE_PRICE); // hundredths x 1e-4 $ = 1e-6 $
}

function noCost() {
  return toHundredths(TRADE_COUNT) * (10_000n - toPriceUnits(TRADE_PRICE));
}

// ---------------------------------------------------------------------------------------------
// Helpers

function levels(book, side) {
  return book.orderbook_fp?.[side] ?? [];
}

function requireState(key, producer) {
  if (state[key] === undefined) {
    throw new Error(`skipped: needs the result of check ${producer}, which failed`);
  }
}

// ---------------------------------------------------------------------------------------------
// Configuration and the runner

function readConfig(env) {
  const missing = [];
  const need = (name) => {
    if (!env[name]) {
      missing.push(name);
    }
    return env[name];
  };
  const baseUrl = need('KALSHI_BASE_URL');
  const credentials = (prefix) => ({
    keyId: need(`${prefix}_KEY_ID`),
    privateKeyPem: env[`${prefix}_PRIVATE_KEY_PEM`],
    privateKeyPath: env[`${prefix}_PRIVATE_KEY_PATH`],
    startBalance: env[`${prefix}_START_BALANCE`] ?? '0',
  });
  const result = {
    baseUrl,
    wsUrl: env.KALSHI_WS_URL ?? (baseUrl ?? '').replace(/^http/, 'ws').replace(/\/trade-api\/v2\/?$/, '/trade-api/ws/v2'),
    controlUrl: need('SIM_CONTROL_URL'),
    maker: credentials('MAKER'),
    taker: credentials('TAKER'),
    burst: credentials('BURST'),
    tradeTicker: need('TRADE_TICKER'),
    tradeEventTicker: need('TRADE_EVENT_TICKER'),
    bookTicker: need('BOOK_TICKER'),
    wsTicker: need('WS_TICKER'),
    burstRequests: env.BURST_REQUESTS ? Number(env.BURST_REQUESTS) : undefined,
  };
  for (const who of ['maker', 'taker', 'burst']) {
    if (!result[who].privateKeyPem && !result[who].privateKeyPath) {
      missing.push(`${who.toUpperCase()}_PRIVATE_KEY_PEM or ${who.toUpperCase()}_PRIVATE_KEY_PATH`);
    }
  }
  // The WebSocket signer needs the PEM text itself.
  for (const who of ['maker']) {
    if (!result[who].privateKeyPem && result[who].privateKeyPath) {
      result[who].privateKeyPem = readFileSync(result[who].privateKeyPath, 'utf8');
    }
  }
  if (missing.length > 0) {
    console.error(`conformance.mjs: missing environment: ${missing.join(', ')}`);
    process.exit(2);
  }
  return result;
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function run() {
  checks.push(...await catalogChecks({ config, control, call, callError, sdkConfiguration }));
  const only = process.env.ONLY_CHECKS ? new Set(process.env.ONLY_CHECKS.split(',')) : null;
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    if (only && !only.has(name)) {
      continue;
    }
    const started = Date.now();
    try {
      const detail = await withTimeout(check(), CHECK_TIMEOUT_MS, `check ${name}`);
      passed += 1;
      console.log(JSON.stringify({ check: name, status: 'pass', ms: Date.now() - started, detail: String(detail ?? '') }));
    } catch (error) {
      failed += 1;
      console.log(JSON.stringify({ check: name, status: 'fail', ms: Date.now() - started, error: error.message }));
    }
  }
  console.log(JSON.stringify({ summary: { passed, failed } }));
  process.exitCode = failed === 0 ? 0 : 1;
  // Keep-alive sockets must not hold the process open once the verdict is out.
  setTimeout(() => process.exit(), 1_000).unref();
}

await run();
