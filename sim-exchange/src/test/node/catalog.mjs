// Catalog and account checks (issue 14): each SDK API class of the catalog reads what the control
// plane put in the simulator's reference data, or what the simulator computed from its own trading.
//
// conformance.mjs appends the checks this module returns to its own list, so they report as its
// checks do. `ctx` carries conformance.mjs's configuration and helpers.

import axios from 'axios';
import {
  EventsApi, FcmApi, IncentiveProgramsApi, LiveDataApi, MilestoneApi, OrdersApi, PortfolioApi, SearchApi,
  StructuredTargetsApi,
} from 'kalshi-typescript';
import { expectEqual, expectTruthy } from './expect.mjs';

const MILESTONE = 'sdk-milestone-1';
const TARGET = 'sdk-target-1';
const CITY = 'sdk-city';

/** The catalog checks, as [name, check] pairs in the order they run. */
export async function catalogChecks({ config, control, call, callError, sdkConfiguration }) {
  const open = sdkConfiguration({});
  const api = {
    events: new EventsApi(open, undefined, axios.create()),
    milestones: new MilestoneApi(open, undefined, axios.create()),
    liveData: new LiveDataApi(open, undefined, axios.create()),
    targets: new StructuredTargetsApi(open, undefined, axios.create()),
    search: new SearchApi(open, undefined, axios.create()),
    incentives: new IncentiveProgramsApi(open, undefined, axios.create()),
  };
  // Members of these checks' own, opened with server-made keys so their member ids are known.
  const opened = {};
  async function account(name, balance) {
    if (!opened[name]) {
      const created = await control('POST', '/accounts', { balance_dollars: balance, tier: 'basic' });
      const sdk = sdkConfiguration({ keyId: created.api_key_id, privateKeyPem: created.private_key_pem });
      opened[name] = {
        memberId: created.member_id,
        fcm: new FcmApi(sdk, undefined, axios.create()),
        events: new EventsApi(sdk, undefined, axios.create()),
        orders: new OrdersApi(sdk, undefined, axios.create()),
        portfolio: new PortfolioApi(sdk, undefined, axios.create()),
      };
    }
    return opened[name];
  }
  const seriesOf = async (eventTicker) =>
    (await call('getEvent', api.events.getEvent(eventTicker))).event.series_ticker;

  async function milestonesAndLiveData() {
    await control('POST', '/milestones', {
      id: MILESTONE, category: 'Sports', type: 'basketball_game', title: 'SDK at Simulator',
      start_date: new Date().toISOString(), related_event_tickers: [config.tradeEventTicker],
      details: { sport: 'Basketball', competition: 'Pro Basketball (M)', scope: 'Game' },
    });
    await control('POST', '/live_data', {
      milestone_id: MILESTONE, details: { home_score: 12, away_score: 9 },
      game_stats: { periods: [{ events: [{ clock: '08:00', description: 'jump ball' }] }] },
    });
    const listed = await call('getMilestones', api.milestones.getMilestones(10, undefined, 'Sports', undefined,
      undefined, undefined, config.tradeEventTicker));
    expectEqual(listed.milestones.map((m) => m.id).join(','), MILESTONE, 'milestones related to the trade event');
    const one = await call('getMilestone', api.milestones.getMilestone(MILESTONE));
    expectEqual(one.milestone.title, 'SDK at Simulator', 'milestone title');
    const live = await call('getLiveDataByMilestone', api.liveData.getLiveDataByMilestone(MILESTONE));
    expectEqual(live.live_data.details.home_score, 12, 'live home_score');
    const typed = await call('getLiveData', api.liveData.getLiveData('basketball_game', MILESTONE));
    expectEqual(typed.live_data.milestone_id, MILESTONE, 'legacy typed live data');
    const batch = await call('getLiveDatas', api.liveData.getLiveDatas([MILESTONE, 'unknown']));
    expectEqual(batch.live_datas.length, 1, 'batch live data (unknown ids left out)');
    const stats = await call('getGameStats', api.liveData.getGameStats(MILESTONE));
    expectEqual(stats.pbp.periods[0].events[0].description, 'jump ball', 'play-by-play');
    return `milestone ${MILESTONE} and its live data read back`;
  }

  async function eventLiveDataAndWeather() {
    await control('POST', `/live_data/events/${config.tradeEventTicker}`,
      { type: 'crypto_price', details: { price: '64000.25' } });
    const event = await call('getEventLiveData', api.liveData.getEventLiveData(config.tradeEventTicker));
    expectEqual(event.live_data.details.price, '64000.25', 'event live data price');
    const minute = Math.floor(Date.now() / 60_000) * 60_000;
    await control('POST', `/weather/${CITY}`, { points: [{ t: minute - 60_000, v: '71.50', contributors: 4 }] });
    const weather = await call('getWeatherIndex', api.liveData.getWeatherIndex(CITY, undefined, undefined, 3600));
    expectEqual(weather.units, 'fahrenheit', 'units');
    expectEqual(weather.timeseries.length, 1, 'points in the last hour');
    expectEqual(weather.timeseries[0].v, 71.5, 'index value');
    const unknown = await callError('getWeatherIndex (unknown city)', api.liveData.getWeatherIndex('atlantis'));
    expectEqual(unknown.status, 400, 'unknown city status');
    return 'event live data and a weather index read back';
  }

  async function structuredTargets() {
    await control('POST', '/structured_targets',
      { id: TARGET, name: 'SDK Player', type: 'basketball_player', details: { league: 'NBA' } });
    const listed = await call('getStructuredTargets',
      api.targets.getStructuredTargets(undefined, 'basketball_player', 'NBA'));
    expectTruthy(listed.structured_targets.some((t) => t.id === TARGET), `${TARGET} among NBA players`);
    const one = await call('getStructuredTarget', api.targets.getStructuredTarget(TARGET));
    expectEqual(one.structured_target.name, 'SDK Player', 'structured target name');
    return `structured target ${TARGET} read back`;
  }

  async function search() {
    await control('POST', '/markets', {
      ticker: 'SDK-SEARCH-1', event_ticker: 'SDK-SEARCH-EV', series_ticker: 'SDKSEARCH', title: 'search',
      category: 'Sports',
    });
    const tags = await call('getTagsForSeriesCategories', api.search.getTagsForSeriesCategories());
    expectTruthy(Array.isArray(tags.tags_by_categories.Sports), 'Sports among the series categories');
    const filters = await call('getFiltersForSports', api.search.getFiltersForSports());
    expectTruthy(filters.sport_ordering.includes('Basketball'), 'Basketball (from the milestone) in sport_ordering');
    expectTruthy(filters.filters_by_sports.Basketball.competitions['Pro Basketball (M)'], 'its competition');
    return `sports: ${filters.sport_ordering.join(', ')}`;
  }

  async function incentivePrograms() {
    const now = Date.now();
    await control('POST', '/incentive_programs', {
      id: 'sdk-incentive-1', market_ticker: config.bookTicker, incentive_type: 'liquidity',
      incentive_description: 'SDK liquidity', start_date: new Date(now - 60_000).toISOString(),
      end_date: new Date(now + 3_600_000).toISOString(), period_reward: 250000,
    });
    const active = await call('getIncentivePrograms', api.incentives.getIncentivePrograms('active', 'liquidity'));
    const program = active.incentive_programs.find((p) => p.id === 'sdk-incentive-1');
    expectTruthy(program, 'the program among active liquidity programs');
    expectEqual(program.market_ticker, config.bookTicker, 'market_ticker');
    expectEqual(program.period_reward, 250000, 'period_reward (centi-cents)');
    const upcoming = await call('getIncentivePrograms (upcoming)', api.incentives.getIncentivePrograms('upcoming'));
    expectTruthy(!upcoming.incentive_programs.some((p) => p.id === 'sdk-incentive-1'), 'not upcoming once started');
    return 'incentive program active';
  }

  async function eventMetadataAndCandles() {
    const series = await seriesOf(config.tradeEventTicker);
    const metadata = await call('getEventMetadata', api.events.getEventMetadata(config.tradeEventTicker));
    expectTruthy(metadata.market_details.some((m) => m.market_ticker === config.tradeTicker), 'trade market in metadata');
    expectEqual(metadata.competition, 'Pro Basketball (M)', 'competition from the milestone about the event');
    const end = Math.floor(Date.now() / 1000) + 60;
    const start = end - 3_600;
    const candles = await call('getMarketCandlesticksByEvent',
      api.events.getMarketCandlesticksByEvent(config.tradeEventTicker, series, start, end, 1));
    const index = candles.market_tickers.indexOf(config.tradeTicker);
    expectTruthy(index >= 0, 'trade market among the event candlesticks');
    const traded = candles.market_candlesticks[index].filter((c) => c.volume_fp !== '0.00');
    expectTruthy(traded.length > 0, 'a candle with the checks\' trades');
    const forecaster = await account('forecaster', '10.00');
    const history = await call('getEventForecastPercentilesHistory', forecaster.events
      .getEventForecastPercentilesHistory(config.tradeEventTicker, series, [2500, 7500], start, end, 60));
    expectEqual(history.forecast_history.length, 0, 'forecast history (no numeric strikes to read)');
    return `${traded.length} traded candle(s) in event ${config.tradeEventTicker}`;
  }

  async function fcm() {
    const clearing = await account('fcm', '100.00');
    const subtrader = await account('subtrader', '100.00');
    const refused = await callError('getFCMOrders (not an FCM)', clearing.fcm.getFCMOrders(subtrader.memberId));
    expectEqual(refused.status, 403, 'a member that is not an FCM');
    expectEqual(refused.data?.error?.code, 'forbidden', 'error code');
    await control('POST', `/accounts/${clearing.memberId}/fcm`, { subtraders: [subtrader.memberId] });
    const placed = await call('createOrderV2 (subtrader)', subtrader.orders.createOrderV2({
      ticker: config.bookTicker, side: 'bid', count: '3', price: '0.11', time_in_force: 'good_till_canceled',
      self_trade_prevention_type: 'taker_at_cross',
    }), 201);
    const orders = await call('getFCMOrders', clearing.fcm.getFCMOrders(subtrader.memberId));
    expectTruthy(orders.orders.some((o) => o.order_id === placed.order_id), 'the subtrader\'s order');
    const positions = await call('getFCMPositions', clearing.fcm.getFCMPositions(subtrader.memberId));
    expectTruthy(Array.isArray(positions.market_positions), 'market_positions');
    await call('cancelOrderV2', subtrader.orders.cancelOrderV2(placed.order_id));
    return `FCM read order ${placed.order_id}`;
  }

  async function fundingAndAllocation() {
    const saver = await account('saver', '40.00');
    await control('POST', `/accounts/${saver.memberId}/deposit`, { amount_dollars: '-15.50' });
    const deposits = await call('getDeposits', saver.portfolio.getDeposits());
    expectEqual(deposits.deposits.map((d) => d.amount_cents).join(','), '4000', 'the opening balance as a deposit');
    const withdrawals = await call('getWithdrawals', saver.portfolio.getWithdrawals());
    expectEqual(withdrawals.withdrawals.map((w) => w.amount_cents).join(','), '1550', 'the withdrawal');
    await call('setTargetBalanceAllocation', saver.portfolio.setTargetBalanceAllocation({
      allocations: [{ exchange_index: 0, percent: 80 }, { exchange_index: 1, percent: 20 }],
    }));
    const allocation = await call('getTargetBalanceAllocation', saver.portfolio.getTargetBalanceAllocation());
    expectEqual(allocation.allocations.map((a) => `${a.exchange_index}:${a.percent}`).join(','), '0:80,1:20',
      'allocation');
    const bad = await callError('setTargetBalanceAllocation (99%)', saver.portfolio.setTargetBalanceAllocation({
      allocations: [{ exchange_index: 0, percent: 99 }],
    }));
    expectEqual(bad.status, 400, 'percentages not totalling 100');
    return 'deposits, withdrawals and allocation read back';
  }

  async function instanceTransfers() {
    const mover = await account('mover', '25.00');
    const sent = await call('intraExchangeInstanceTransfer', mover.portfolio.intraExchangeInstanceTransfer({
      source: 'event_contract', destination: 'margined', amount: 100000,
    }));
    const balance = await call('getBalance', mover.portfolio.getBalance());
    expectEqual(balance.balance, 1500, 'event-contract balance after $10 moved out (cents)');
    const listed = await call('getIntraExchangeInstanceTransfers', mover.portfolio.getIntraExchangeInstanceTransfers());
    expectEqual(listed.transfers.map((t) => t.transfer_id).join(','), sent.transfer_id, 'the transfer listed');
    const one = await call('getIntraExchangeInstanceTransfer',
      mover.portfolio.getIntraExchangeInstanceTransfer(sent.transfer_id));
    expectEqual(one.transfer.amount, '10.0000', 'amount (dollars)');
    expectEqual(one.transfer.status, 'complete', 'status');
    const short = await callError('intraExchangeInstanceTransfer (too much back)', mover.portfolio
      .intraExchangeInstanceTransfer({ source: 'margined', destination: 'event_contract', amount: 100001 }));
    expectEqual(short.status, 400, 'more than the margined instance holds');
    return `transfer ${sent.transfer_id} complete`;
  }

  return [
    ['catalog_milestones_and_live_data', milestonesAndLiveData],
    ['catalog_event_live_data_and_weather', eventLiveDataAndWeather],
    ['catalog_structured_targets', structuredTargets],
    ['catalog_search', search],
    ['catalog_incentive_programs', incentivePrograms],
    ['catalog_event_metadata_candles_forecast', eventMetadataAndCandles],
    ['catalog_fcm', fcm],
    ['catalog_funding_and_allocation', fundingAndAllocation],
    ['catalog_instance_transfers', instanceTransfers],
  ];
}
