// Historical checks (issue 14): the HistoricalApi class of the SDK against the simulator's live
// window. A market settled a moment ago is still live, so the cutoffs lie before its settlement,
// the historical endpoints do not list it, and its own fills are still on the live side too.
//
// conformance.mjs appends these checks after `settlement`, which settles the trade market.

import axios from 'axios';
import { HistoricalApi } from 'kalshi-typescript';
import { expectEqual, expectTruthy } from './expect.mjs';

/** The historical checks, as [name, check] pairs in the order they run. */
export function historicalChecks({ config, maker, call, callError, sdkConfiguration }) {
  const open = new HistoricalApi(sdkConfiguration({}), undefined, axios.create());
  const signed = new HistoricalApi(sdkConfiguration(config.maker), undefined, axios.create());

  async function cutoffsLieBeforeTheLiveSettlement() {
    const cutoff = await call('getHistoricalCutoff', open.getHistoricalCutoff());
    const { market } = await call('getMarket', maker.market.getMarket(config.tradeTicker));
    expectEqual(market.status, 'finalized', 'the trade market is settled (by the settlement check)');
    for (const field of ['market_settled_ts', 'trades_created_ts', 'orders_updated_ts']) {
      const value = Date.parse(cutoff[field]);
      expectTruthy(Number.isFinite(value), `${field} is a timestamp (${cutoff[field]})`);
      expectTruthy(value <= Date.now(), `${field} is not in the future`);
    }
    const settledAt = Date.parse(market.settlement_ts ?? market.close_time);
    expectTruthy(Date.parse(cutoff.market_settled_ts) <= settledAt,
      `market_settled_ts ${cutoff.market_settled_ts} is not after the live market's settlement`);
    return `market_settled_ts ${cutoff.market_settled_ts}`;
  }

  async function aLiveMarketIsNotHistorical() {
    const listed = await call('getHistoricalMarkets',
      open.getHistoricalMarkets(100, undefined, config.tradeTicker));
    expectEqual(listed.markets.length, 0, 'historical markets listing the live trade market');
    const missing = await callError('getHistoricalMarket', open.getHistoricalMarket(config.tradeTicker));
    expectEqual(missing.status, 404, 'historical market of a live ticker');
    const fills = await call('getFillsHistorical', signed.getFillsHistorical(config.tradeTicker));
    expectEqual(fills.fills.length, 0, "the maker's historical fills in the live trade market");
    const live = await call('getFills', maker.portfolio.getFills(config.tradeTicker));
    expectTruthy(live.fills.length > 0, "the maker's fills are on the live side");
    return `${live.fills.length} live fills, none historical`;
  }

  return [
    ['historical_cutoff_before_live_settlement', cutoffsLieBeforeTheLiveSettlement],
    ['historical_excludes_live_market', aLiveMarketIsNotHistorical],
  ];
}
