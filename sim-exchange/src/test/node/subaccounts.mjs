// Subaccounts through the official SDK's PortfolioApi (create, cash transfer, balances, transfers,
// netting) and OrdersApi (an order placed for a subaccount), against the simulator's real ledgers:
// each subaccount holds its own cash and positions, and reads filter by it.
//
// conformance.mjs adds these checks to its list with `...subaccountChecks(() => context)`; the
// context (members, config, call helpers) is read when a check runs, after conformance.mjs built it.

import { randomUUID } from 'node:crypto';
import { expectCount, expectDollars, expectEqual, expectTruthy } from './expect.mjs';
import { formatMicros, toMicros } from './money.mjs';

const FUNDING_CENTS = 10_000; // $100.00 moved from the primary into the subaccount
const PRICE = '0.40';
const COUNT = '3';

/** The subaccount checks, in the order they run; each builds on the one before. */
export function subaccountChecks(context) {
  const state = {};
  return [
    ['subaccount_create_and_fund', () => createAndFund(context(), state)],
    ['subaccount_trading_on_its_own_ledger', () => tradeOnSubaccount(context(), state)],
    ['subaccount_transfers_and_netting', () => transfersAndNetting(context(), state)],
  ];
}

async function createAndFund({ maker, call, callError }, state) {
  const created = await call('createSubaccount', maker.portfolio.createSubaccount({}), 201);
  expectTruthy(created.subaccount_number >= 1 && created.subaccount_number <= 63, 'subaccount_number in 1-63');
  state.number = created.subaccount_number;
  state.primaryBefore = await ledgerBalance(maker, call, 0);

  state.transferId = randomUUID();
  await call('applySubaccountTransfer', maker.portfolio.applySubaccountTransfer({
    client_transfer_id: state.transferId, from_subaccount: 0, to_subaccount: state.number, amount_cents: FUNDING_CENTS,
  }));
  const funded = toMicros('100.00');
  expectEqual(await ledgerBalance(maker, call, state.number), funded, 'subaccount balance after the transfer');
  expectEqual(await ledgerBalance(maker, call, 0), state.primaryBefore - funded, 'primary balance after the transfer');

  // More than the subaccount holds: refused in Kalshi's error shape, and nothing moves.
  const refused = await callError('applySubaccountTransfer (too much)', maker.portfolio.applySubaccountTransfer({
    client_transfer_id: randomUUID(), from_subaccount: state.number, to_subaccount: 0, amount_cents: FUNDING_CENTS + 1,
  }));
  expectEqual(refused.status, 400, 'status of an over-transfer');
  expectEqual(refused.data?.error?.code, 'insufficient_balance', 'error.code of an over-transfer');
  expectEqual(await ledgerBalance(maker, call, state.number), funded, 'subaccount balance after the refusal');

  const { subaccount_balances: balances } = await call('getSubaccountBalances', maker.portfolio.getSubaccountBalances());
  const mine = (balances ?? []).find((b) => b.subaccount_number === state.number);
  expectTruthy(mine, `subaccount ${state.number} in getSubaccountBalances`);
  expectDollars(mine.balance, '100.00', 'getSubaccountBalances balance');
  expectTruthy((balances ?? []).some((b) => b.subaccount_number === 0), 'the primary in getSubaccountBalances');
  return `subaccount ${state.number} holds $100.00`;
}

async function tradeOnSubaccount({ maker, taker, config, call }, state) {
  const ticker = config.bookTicker;
  const primaryPosition = await positionOf(maker, call, ticker, undefined);
  const created = await call('createOrderV2 (subaccount)', maker.orders.createOrderV2({
    ticker, side: 'bid', count: COUNT, price: PRICE, subaccount: state.number,
    time_in_force: 'good_till_canceled', self_trade_prevention_type: 'taker_at_cross',
  }), 201);
  await call('createOrderV2 (taker)', taker.orders.createOrderV2({
    ticker, side: 'ask', count: COUNT, price: PRICE,
    time_in_force: 'immediate_or_cancel', self_trade_prevention_type: 'taker_at_cross',
  }), 201);

  const orders = await call('getOrders (subaccount)', maker.orders.getOrders(ticker, undefined, undefined, undefined,
    undefined, undefined, undefined, state.number));
  const order = (orders.orders ?? []).find((o) => o.order_id === created.order_id);
  expectTruthy(order, `order ${created.order_id} in getOrders?subaccount=${state.number}`);
  expectEqual(order.subaccount_number, state.number, 'order subaccount_number');
  expectEqual(order.status, 'executed', 'order status');
  expectTruthy((orders.orders ?? []).every((o) => o.subaccount_number === state.number), 'only the subaccount\'s orders');

  const fills = await call('getFills (subaccount)', maker.portfolio.getFills(ticker, undefined, undefined, undefined,
    undefined, undefined, state.number));
  expectEqual((fills.fills ?? []).length, 1, 'fills of the subaccount');
  expectEqual(fills.fills[0].subaccount_number, state.number, 'fill subaccount_number');
  expectCount(fills.fills[0].count_fp, COUNT, 'fill count_fp');

  expectCount(await positionOf(maker, call, ticker, state.number), COUNT, 'subaccount position');
  expectEqual(await positionOf(maker, call, ticker, undefined), primaryPosition, 'primary position unchanged');
  // The maker's bid cost 3 x $0.40 and no fee; it came out of the subaccount's cash only.
  const expected = toMicros('100.00') - toMicros('1.20');
  expectEqual(await ledgerBalance(maker, call, state.number), expected, 'subaccount balance after the fill');
  expectEqual(await ledgerBalance(maker, call, 0), state.primaryBefore - toMicros('100.00'), 'primary balance');
  return `subaccount ${state.number} bought ${COUNT} @${PRICE}, balance ${formatMicros(expected)}`;
}

async function transfersAndNetting({ maker, call }, state) {
  const { transfers } = await call('getSubaccountTransfers', maker.portfolio.getSubaccountTransfers(100));
  const funding = (transfers ?? []).find((t) => t.from_subaccount === 0 && t.to_subaccount === state.number);
  expectTruthy(funding, 'the funding transfer in getSubaccountTransfers');
  expectEqual(funding.amount_cents, FUNDING_CENTS, 'amount_cents');
  expectEqual((transfers ?? []).length, 1, 'transfers listed (the refused one is not)');

  await call('updateSubaccountNetting', maker.portfolio.updateSubaccountNetting({
    subaccount_number: state.number, enabled: false,
  }));
  const { netting_configs: configs } = await call('getSubaccountNetting', maker.portfolio.getSubaccountNetting());
  const mine = (configs ?? []).find((c) => c.subaccount_number === state.number);
  expectTruthy(mine, `subaccount ${state.number} in getSubaccountNetting`);
  expectEqual(mine.enabled, false, 'netting after the update');
  expectEqual((configs ?? []).find((c) => c.subaccount_number === 0)?.enabled, true, 'the primary\'s netting');
  return `1 transfer listed, netting off for ${state.number}`;
}

async function ledgerBalance(who, call, subaccount) {
  const balance = await call(`getBalance (subaccount ${subaccount})`, who.portfolio.getBalance(subaccount));
  return toMicros(balance.balance_dollars);
}

async function positionOf(who, call, ticker, subaccount) {
  const response = await call(`getPositions (subaccount ${subaccount ?? 'default'})`, who.portfolio.getPositions(
    undefined, undefined, undefined, ticker, undefined, subaccount));
  const found = (response.market_positions ?? []).find((p) => p.ticker === ticker);
  return found ? found.position_fp : '0.00';
}
