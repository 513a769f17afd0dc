package dev.kalshisim.sim.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One authenticated WebSocket connection: its member, its outbox and its subscriptions.
 * Guarded by the feed's lock, except {@link #memberId()}, {@link #apiKeyId()} and {@link #outbox()}, which never
 * change.
 */
final class FeedConnection {

    private final long id;
    private final String memberId;
    private final String apiKeyId;
    private final Outbox outbox;
    private final Map<Long, Subscription> subscriptions = new TreeMap<>();
    private long lastSid;
    private boolean closed;

    FeedConnection(long id, String memberId, String apiKeyId, Outbox outbox) {
        this.id = id;
        this.memberId = memberId;
        this.apiKeyId = apiKeyId;
        this.outbox = outbox;
    }

    long id() {
        return id;
    }

    /** The member whose key signed the upgrade; private channels carry only this member's data. */
    String memberId() {
        return memberId;
    }

    /** The API key that signed the upgrade; deleting it may close the connection. */
    String apiKeyId() {
        return apiKeyId;
    }

    Outbox outbox() {
        return outbox;
    }

    /** A new subscription id: 1, 2, 3... per connection, never reused. */
    long nextSid() {
        return ++lastSid;
    }

    void add(Subscription subscription) {
        subscriptions.put(subscription.sid(), subscription);
    }

    Subscription subscription(long sid) {
        return subscriptions.get(sid);
    }

    Subscription remove(long sid) {
        return subscriptions.remove(sid);
    }

    /** Every subscription in sid order. */
    List<Subscription> subscriptions() {
        return new ArrayList<>(subscriptions.values());
    }

    boolean isClosed() {
        return closed;
    }

    /** Marks the connection closed and forgets its subscriptions; returns them. */
    List<Subscription> close() {
        closed = true;
        List<Subscription> all = subscriptions();
        subscriptions.clear();
        return all;
    }

    @Override
    public String toString() {
        return "connection " + id + " of member " + memberId;
    }
}
