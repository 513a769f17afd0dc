// Order groups and API-key management through Kalshi's official TypeScript SDK (OrderGroupsApi,
// ApiKeysApi), against the simulator's real behaviour: a group whose fills reach its limit cancels
// its resting orders and refuses new ones until reset; a generated key signs at once and a deleted
// one is refused at once. conformance.mjs adds these checks to its list and runs them.

import { createPublicKey } from 'node:crypto';
import axios from 'axios';
import { ApiKeysApi, OrderGroupsApi, PortfolioApi } from 'kalshi-typescript';
import { expectCount, expectEqual, expectTruthy } from './expect.mjs';

// Each write waits a little: basic members refill 100 write tokens a second and a write costs 10.
const WRITE_GAP_MS = 150;

/**
 * The checks, as [name, async function] pairs. `ctx` holds the suite's config, its `maker` and
 * `taker` members (their `orders` API), and its `call`, `callError` and `sdkConfiguration` helpers.
 */
export function orderGroupAndKeyChecks(ctx) {
  return [
    ['order_group_triggers_at_limit_and_resets', () => orderGroupTriggers(ctx)],
    ['order_group_trigger_and_delete', () => orderGroupTriggerAndDelete(ctx)],
    ['api_key_generate_sign_delete', () => apiKeyLifecycle(ctx)],
  ];
}

function groupsApi(ctx, credentials) {
  return new OrderGroupsApi(ctx.sdkConfiguration(credentials), undefined, axios.create());
}

async function write(promise) {
  const result = await promise;
  await sleep(WRITE_GAP_MS);
  return result;
}

function bid(ctx, price, count, orderGroupId) {
  return {
    ticker: ctx.config.bookTicker, side: 'bid', price, count, time_in_force: 'good_till_canceled',
    self_trade_prevention_type: 'taker_at_cross', ...(orderGroupId ? { order_group_id: orderGroupId } : {}),
  };
}

async function orderGroupTriggers(ctx) {
  const { call, callError, maker, taker, config } = ctx;
  await sleep(1_000); // earlier checks may have spent the write buckets
  const groups = groupsApi(ctx, config.maker);
  const created = await write(call('createOrderGroup', groups.createOrderGroup({ contracts_limit: 3 }), 201));
  const groupId = created.order_group_id;
  expectTruthy(groupId, 'order_group_id');
  expectEqual(created.subaccount, 0, 'subaccount');

  const first = await write(call('createOrderV2', maker.orders.createOrderV2(bid(ctx, '0.20', '2', groupId)), 201));
  const second = await write(call('createOrderV2', maker.orders.createOrderV2(bid(ctx, '0.19', '5', groupId)), 201));
  const group = await call('getOrderGroup', groups.getOrderGroup(groupId));
  expectEqual([...group.orders].sort(), [first.order_id, second.order_id].sort(), 'the group\'s orders');
  expectCount(group.contracts_limit_fp, '3', 'contracts_limit_fp');
  const { order } = await call('getOrder', maker.orders.getOrder(second.order_id));
  expectEqual(order.order_group_id, groupId, 'order_group_id on the order');

  // The taker sells 3: 2 at 0.20 and 1 at 0.19 reach the limit of 3, which cancels the rest.
  await write(call('createOrderV2', taker.orders.createOrderV2({
    ticker: config.bookTicker, side: 'ask', price: '0.19', count: '3', time_in_force: 'immediate_or_cancel',
    self_trade_prevention_type: 'taker_at_cross',
  }), 201));
  const canceled = (await call('getOrder', maker.orders.getOrder(second.order_id))).order;
  expectEqual(canceled.status, 'canceled', 'status of the group\'s partly filled order');
  expectCount(canceled.fill_count_fp, '1', 'its fill_count_fp');
  expectEqual((await call('getOrderGroup', groups.getOrderGroup(groupId))).orders, [], 'orders after triggering');

  const refused = await callError('createOrderV2 in a triggered group',
    maker.orders.createOrderV2(bid(ctx, '0.10', '1', groupId)));
  expectEqual(refused.status, 400, 'status of an order in a triggered group');
  expectEqual(refused.data?.error?.code, 'exceeded_order_group_risk_limit', 'error code');
  await sleep(WRITE_GAP_MS);

  await write(call('resetOrderGroup', groups.resetOrderGroup(groupId)));
  const again = await write(call('createOrderV2', maker.orders.createOrderV2(bid(ctx, '0.10', '1', groupId)), 201));
  await write(call('cancelOrderV2', maker.orders.cancelOrderV2(again.order_id)));
  state.groupId = groupId;
  return `group ${groupId} triggered at 3 contracts, then reset`;
}

async function orderGroupTriggerAndDelete(ctx) {
  const { call, callError, maker, config } = ctx;
  const groups = groupsApi(ctx, config.maker);
  const groupId = state.groupId
    ?? (await write(call('createOrderGroup', groups.createOrderGroup({ contracts_limit: 3 }), 201))).order_group_id;
  await write(call('updateOrderGroupLimit', groups.updateOrderGroupLimit(groupId, { contracts_limit_fp: '10.00' })));
  const listed = (await call('getOrderGroups', groups.getOrderGroups())).order_groups ?? [];
  const mine = listed.find((g) => g.id === groupId);
  expectTruthy(mine, `group ${groupId} in GET /portfolio/order_groups`);
  expectCount(mine.contracts_limit_fp, '10', 'contracts_limit_fp after the update');

  const resting = await write(call('createOrderV2', maker.orders.createOrderV2(bid(ctx, '0.11', '2', groupId)), 201));
  await write(call('triggerOrderGroup', groups.triggerOrderGroup(groupId)));
  expectEqual((await call('getOrder', maker.orders.getOrder(resting.order_id))).order.status, 'canceled',
    'order status after trigger');
  await write(call('deleteOrderGroup', groups.deleteOrderGroup(groupId)));
  const gone = await callError('getOrderGroup after delete', groups.getOrderGroup(groupId));
  expectEqual(gone.status, 404, 'status of a deleted group');
  expectEqual(gone.data?.error?.code, 'order_group_not_found', 'error code');
  return `group ${groupId} triggered on demand and deleted`;
}

async function apiKeyLifecycle(ctx) {
  const { call, callError, config } = ctx;
  const keys = new ApiKeysApi(ctx.sdkConfiguration(config.taker), undefined, axios.create());
  const generated = await call('generateApiKey', keys.generateApiKey({ name: 'sdk conformance' }), 201);
  expectTruthy(generated.api_key_id, 'api_key_id');
  expectTruthy(generated.private_key?.includes('PRIVATE KEY'), 'private_key is a PEM private key');

  // The SDK signs with the new key straight away.
  const fresh = { keyId: generated.api_key_id, privateKeyPem: generated.private_key };
  const freshPortfolio = new PortfolioApi(ctx.sdkConfiguration(fresh), undefined, axios.create());
  const freshKeys = new ApiKeysApi(ctx.sdkConfiguration(fresh), undefined, axios.create());
  await call('getBalance with the new key', freshPortfolio.getBalance());
  const listed = (await call('getApiKeys', freshKeys.getApiKeys())).api_keys ?? [];
  const entry = listed.find((k) => k.api_key_id === generated.api_key_id);
  expectTruthy(entry, 'the new key in GET /api_keys');
  expectEqual(entry.name, 'sdk conformance', 'name');
  expectEqual(entry.scopes, ['read', 'write'], 'default scopes');

  // Uploading a public key needs Premier; the suite's members are basic.
  const publicPem = createPublicKey(generated.private_key).export({ type: 'spki', format: 'pem' });
  const upload = await callError('createApiKey at basic', keys.createApiKey({ name: 'uploaded', public_key: publicPem }));
  expectEqual(upload.status, 403, 'status of a public-key upload at the basic level');

  const deleted = await keys.deleteApiKey(generated.api_key_id).catch((e) => {
    throw new Error(`deleteApiKey: HTTP ${e.response?.status} ${JSON.stringify(e.response?.data)}`);
  });
  expectEqual(deleted.status, 204, 'deleteApiKey status');
  const refused = await callError('getBalance with the deleted key', freshPortfolio.getBalance());
  expectEqual(refused.status, 401, 'status of a request signed with a deleted key');
  expectEqual(refused.data?.error?.code, 'unauthorized', 'error code');
  await call('getBalance with the original key', new PortfolioApi(ctx.sdkConfiguration(config.taker), undefined,
    axios.create()).getBalance());
  return `key ${generated.api_key_id} generated, used, deleted and refused`;
}

const state = {};

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
