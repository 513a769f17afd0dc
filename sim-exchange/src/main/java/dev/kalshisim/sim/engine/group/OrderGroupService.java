package dev.kalshisim.sim.engine.group;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.TimeInForce;
import dev.kalshisim.core.time.Clock;
import dev.kalshisim.sim.engine.book.BookOrder;
import dev.kalshisim.sim.engine.book.IdSource;
import dev.kalshisim.sim.engine.book.MatchObserver;
import dev.kalshisim.sim.engine.book.MemberOrders;
import dev.kalshisim.sim.engine.book.OrderRegistry;
import dev.kalshisim.sim.engine.book.RestingOrders;
import dev.kalshisim.sim.engine.event.EventSink;
import dev.kalshisim.sim.engine.event.ExchangeEvent;
import dev.kalshisim.sim.engine.event.ExchangeEvent.GroupChange;
import dev.kalshisim.sim.engine.ledger.Account;
import dev.kalshisim.sim.engine.ledger.AccountService;
import dev.kalshisim.sim.engine.order.OrderResult;
import dev.kalshisim.sim.engine.order.PlaceOrder;
import dev.kalshisim.sim.engine.result.CancelReason;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.result.RejectReason;
import dev.kalshisim.sim.engine.time.Times;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kalshi's order groups: a member's risk limit on the contracts its orders in a group match over a
 * rolling window. When the matched contracts reach the limit ({@link OrderGroupRules#triggerPoint})
 * the group triggers: its resting orders are canceled, the incoming order that triggered it stops
 * matching and is canceled, and new orders naming the group are refused until it is reset. A group
 * can also be triggered on demand, and deleting one cancels its orders.
 *
 * <p>The matcher tells this service of every fill ({@link MatchObserver}); orders are checked
 * before placement ({@link #refusal}). Runs under the engine's lock.
 */
public final class OrderGroupService implements MatchObserver {

    private final Clock clock;
    private final EventSink sink;
    private final IdSource ids;
    private final AccountService accounts;
    private final OrderRegistry registry;
    private final RestingOrders resting;
    private final Map<String, OrderGroup> groups = new HashMap<>();
    /** Each member's groups in creation order. */
    private final Map<String, Map<String, OrderGroup>> byMember = new HashMap<>();
    private OrderGroupRules rules = OrderGroupRules.defaults();

    public OrderGroupService(Clock clock, EventSink sink, IdSource ids, AccountService accounts,
            OrderRegistry registry, RestingOrders resting) {
        this.clock = clock;
        this.sink = sink;
        this.ids = ids;
        this.accounts = accounts;
        this.registry = registry;
        this.resting = resting;
    }

    public OrderGroupRules rules() {
        return rules;
    }

    /** Replaces the rules; a group the new rules put past its limit triggers at once. */
    public void setRules(OrderGroupRules value) {
        this.rules = Objects.requireNonNull(value, "value");
        for (OrderGroup group : List.copyOf(groups.values())) {
            triggerIfOverLimit(group);
        }
    }

    public EngineResult<OrderGroupView> create(String memberId, int subaccount, Count contractsLimit) {
        if (accounts.account(memberId) == null) {
            return EngineResult.rejected(RejectReason.MEMBER_NOT_FOUND, "member " + memberId + " not found");
        }
        if (subaccount < 0 || subaccount > 63) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, "subaccount must be 0 to 63, got " + subaccount);
        }
        String badLimit = limitProblem(contractsLimit);
        if (badLimit != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, badLimit);
        }
        Map<String, OrderGroup> own = byMember.computeIfAbsent(memberId, id -> new LinkedHashMap<>());
        if (own.size() >= rules.maxGroupsPerMember()) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS,
                    "at most " + rules.maxGroupsPerMember() + " order groups per member");
        }
        OrderGroup group = new OrderGroup(ids.next(), memberId, subaccount, contractsLimit.hundredths());
        groups.put(group.id, group);
        own.put(group.id, group);
        emit(group, GroupChange.CREATED, true);
        return EngineResult.ok(view(group));
    }

    /** The member's groups in creation order, in one subaccount when {@code subaccount} is not null. */
    public List<OrderGroupView> list(String memberId, Integer subaccount) {
        List<OrderGroupView> out = new ArrayList<>();
        for (OrderGroup group : byMember.getOrDefault(memberId, Map.of()).values()) {
            if (subaccount == null || subaccount == group.subaccount) {
                out.add(view(group));
            }
        }
        return out;
    }

    /** One of the member's groups; {@code subaccount}, when not null, must be the group's. */
    public EngineResult<OrderGroupView> get(String memberId, String groupId, Integer subaccount) {
        return find(memberId, groupId, subaccount).map(this::view);
    }

    /** A new limit; a group already past it triggers at once. */
    public EngineResult<OrderGroupView> updateLimit(String memberId, String groupId, Integer subaccount,
            Count contractsLimit) {
        EngineResult<OrderGroup> found = find(memberId, groupId, subaccount);
        if (!found.isOk()) {
            return found.map(this::view);
        }
        String badLimit = limitProblem(contractsLimit);
        if (badLimit != null) {
            return EngineResult.rejected(RejectReason.INVALID_PARAMETERS, badLimit);
        }
        OrderGroup group = found.value();
        group.limit = contractsLimit.hundredths();
        emit(group, GroupChange.LIMIT_UPDATED, true);
        triggerIfOverLimit(group);
        return EngineResult.ok(view(group));
    }

    /** Sets the matched counter to zero and accepts orders again. */
    public EngineResult<OrderGroupView> reset(String memberId, String groupId, Integer subaccount) {
        EngineResult<OrderGroup> found = find(memberId, groupId, subaccount);
        if (found.isOk()) {
            OrderGroup group = found.value();
            group.triggered = false;
            group.matched.clear();
            emit(group, GroupChange.RESET, false);
        }
        return found.map(this::view);
    }

    /** Triggers the group on demand: cancels its orders and refuses new ones until reset. */
    public EngineResult<OrderGroupView> trigger(String memberId, String groupId, Integer subaccount) {
        EngineResult<OrderGroup> found = find(memberId, groupId, subaccount);
        if (found.isOk() && !found.value().triggered) {
            trigger(found.value());
        }
        return found.map(this::view);
    }

    /** Cancels the group's orders and forgets it; orders naming it are refused from now on. */
    public EngineResult<OrderGroupView> delete(String memberId, String groupId, Integer subaccount) {
        EngineResult<OrderGroup> found = find(memberId, groupId, subaccount);
        if (!found.isOk()) {
            return found.map(this::view);
        }
        OrderGroup group = found.value();
        cancelOrders(group);
        OrderGroupView last = view(group);
        groups.remove(group.id);
        byMember.get(group.memberId).remove(group.id);
        emit(group, GroupChange.DELETED, false);
        return EngineResult.ok(last);
    }

    /**
     * Why {@code command} may not be placed, or null: its group must be the member's, in the
     * order's subaccount, and not triggered; a fill-or-kill order must fit in what the group may
     * still match, or triggering would cancel it half filled.
     */
    public OrderResult refusal(PlaceOrder command) {
        String groupId = command.orderGroupId();
        if (groupId == null || groupId.isEmpty()) {
            return null;
        }
        OrderGroup group = groups.get(groupId);
        if (group == null || !group.memberId.equals(command.memberId()) || group.subaccount != command.subaccount()) {
            return reject(RejectReason.ORDER_GROUP_NOT_FOUND_FOR_ORDER, "order group " + groupId + " not found");
        }
        if (group.triggered) {
            return reject(RejectReason.ORDER_GROUP_LIMIT_EXCEEDED, "order group " + groupId
                    + " hit its contracts limit and accepts no orders until it is reset");
        }
        long room = room(group);
        if (command.timeInForce() == TimeInForce.FILL_OR_KILL && command.count().hundredths() > room) {
            return reject(RejectReason.ORDER_GROUP_LIMIT_EXCEEDED, "fill_or_kill order of " + command.count()
                    + " contracts exceeds the " + Count.ofHundredths(room) + " its order group " + groupId
                    + " may still match");
        }
        return null;
    }

    /** Counts a fill against the order's group and triggers the group when it reaches its limit. */
    @Override
    public void matched(BookOrder order, long count, boolean incoming) {
        OrderGroup group = groupOf(order);
        if (group == null || group.triggered) {
            return;
        }
        group.matched.add(clock.nowNanos(), count, rules.windowNanos());
        if (rules.triggers(group.limit, group.matched.total(clock.nowNanos(), rules.windowNanos()))) {
            trigger(group);
            if (incoming && order.isResting() && order.remainingCount() > 0) {
                // Not on the book yet: canceling it in place ends its matching; the placement releases it.
                order.cancel(CancelReason.ORDER_GROUP, clock.nowNanos());
            }
        }
    }

    /** Contracts (hundredths) a resting order's group may still match before it triggers. */
    @Override
    public long room(BookOrder order) {
        OrderGroup group = groupOf(order);
        return group == null ? Long.MAX_VALUE : group.triggered ? 0 : room(group);
    }

    /**
     * Adds what is wrong with the groups to {@code violations}: a resting order naming a group
     * that is missing, another member's, in another subaccount or triggered; an untriggered group
     * whose matched contracts, recounted, trigger it.
     */
    public void check(List<String> violations) {
        long now = clock.nowNanos();
        for (Account account : accounts.all()) {
            MemberOrders orders = registry.member(account.memberId());
            if (orders == null) {
                continue;
            }
            for (BookOrder order : orders.resting()) {
                String groupId = order.orderGroupId();
                if (groupId == null || groupId.isEmpty()) {
                    continue;
                }
                OrderGroup group = groups.get(groupId);
                if (group == null || !group.memberId.equals(order.memberId()) || group.subaccount != order.subaccount()) {
                    violations.add(order + " rests in order group " + groupId + ", which its member does not hold");
                } else if (group.triggered) {
                    violations.add(order + " rests in triggered order group " + groupId);
                }
            }
        }
        for (OrderGroup group : groups.values()) {
            long matched = group.matched.recount(now, rules.windowNanos());
            if (!group.triggered && rules.triggers(group.limit, matched)) {
                violations.add("order group " + group.id + " matched " + Count.ofHundredths(matched)
                        + " of its limit " + Count.ofHundredths(group.limit) + " but is not triggered");
            }
        }
    }

    private OrderGroup groupOf(BookOrder order) {
        String groupId = order.orderGroupId();
        return groupId == null ? null : groups.get(groupId);
    }

    private long room(OrderGroup group) {
        return Math.max(0, rules.room(group.limit, group.matched.total(clock.nowNanos(), rules.windowNanos())));
    }

    private void triggerIfOverLimit(OrderGroup group) {
        if (!group.triggered && rules.triggers(group.limit, group.matched.total(clock.nowNanos(), rules.windowNanos()))) {
            trigger(group);
        }
    }

    private void trigger(OrderGroup group) {
        group.triggered = true;
        cancelOrders(group);
        emit(group, GroupChange.TRIGGERED, false);
    }

    /** Cancels the group's resting orders, oldest first. */
    private void cancelOrders(OrderGroup group) {
        for (BookOrder order : restingOrders(group)) {
            resting.cancel(order, CancelReason.ORDER_GROUP);
        }
    }

    private List<BookOrder> restingOrders(OrderGroup group) {
        MemberOrders orders = registry.member(group.memberId);
        List<BookOrder> out = new ArrayList<>();
        if (orders != null) {
            for (BookOrder order : orders.resting()) {
                if (order.isResting() && group.id.equals(order.orderGroupId())) {
                    out.add(order);
                }
            }
        }
        return out;
    }

    private EngineResult<OrderGroup> find(String memberId, String groupId, Integer subaccount) {
        OrderGroup group = groupId == null ? null : groups.get(groupId);
        if (group == null || !group.memberId.equals(memberId) || (subaccount != null && subaccount != group.subaccount)) {
            return EngineResult.rejected(RejectReason.ORDER_GROUP_NOT_FOUND, "order group " + groupId + " not found");
        }
        return EngineResult.ok(group);
    }

    private OrderGroupView view(OrderGroup group) {
        List<String> orderIds = new ArrayList<>();
        for (BookOrder order : restingOrders(group)) {
            orderIds.add(order.id());
        }
        long matched = group.matched.total(clock.nowNanos(), rules.windowNanos());
        return new OrderGroupView(group.id, group.memberId, group.subaccount, Count.ofHundredths(group.limit),
                group.triggered, Count.ofHundredths(matched), orderIds);
    }

    private void emit(OrderGroup group, GroupChange change, boolean withLimit) {
        sink.emit(new ExchangeEvent.OrderGroupChanged(sink.nextSequence(), clock.nowNanos(), group.memberId, group.id,
                change, withLimit ? Count.ofHundredths(group.limit) : null));
    }

    private static String limitProblem(Count limit) {
        if (limit == null) {
            return "contracts_limit or contracts_limit_fp is required";
        }
        if (limit.hundredths() < OrderGroupRules.MIN_LIMIT_HUNDREDTHS
                || limit.hundredths() > OrderGroupRules.MAX_LIMIT_HUNDREDTHS) {
            return "contracts limit must be 1 to 1000000 contracts, got " + limit;
        }
        return null;
    }

    private OrderResult reject(RejectReason reason, String message) {
        return new OrderResult(reason, message, null, List.of(), null, Times.instant(clock.nowNanos()));
    }
}
