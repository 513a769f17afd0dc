package dev.kalshisim.kalshi.stream;

import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscribeParams;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.core.wire.stream.UpdateAction;
import dev.kalshisim.core.wire.stream.UpdateOk;
import dev.kalshisim.core.wire.stream.UpdateSubscriptionParams;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What the caller has subscribed to, one entry per channel, kept across connections so it can be
 * restored after a reconnect. An entry has a {@code sid} while open on the current connection, and
 * remembers the id of the {@code subscribe} that is restoring it. Market lists follow
 * {@code add_markets}/{@code delete_markets}. Not thread-safe: guarded by the client's lock.
 */
final class SubscriptionRegistry {

    private static final class Entry {
        SubscribeParams params;
        Long sid;
        long restoringCommandId;

        Entry(SubscribeParams params) {
            this.params = params;
        }

        String channel() {
            return params.channels().get(0);
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    /**
     * Records a {@code subscribed} reply: it opens the entry being restored by command
     * {@code commandId}, or else a new entry from {@code requested} (the original command's
     * params; {@code null} when that command is no longer known, and the reply is then dropped).
     */
    void onSubscribed(long commandId, SubscribeParams requested, SubscriptionInfo info) {
        Entry entry = null;
        for (Entry candidate : entries) {
            if (candidate.restoringCommandId == commandId && commandId != 0 && candidate.channel().equals(info.channel())) {
                entry = candidate;
            }
        }
        if (entry == null) {
            if (requested == null) {
                return;
            }
            entry = new Entry(requested.withChannel(info.channel()));
            entries.add(entry);
        }
        entry.sid = info.sid();
        entry.restoringCommandId = 0;
    }

    /** A restoring {@code subscribe} was refused: its entries are given up. */
    void onRestoreRefused(long commandId) {
        entries.removeIf(entry -> entry.sid == null && entry.restoringCommandId == commandId);
    }

    /** Removes the entry open as {@code sid}; returns whether there was one. */
    boolean remove(long sid) {
        return entries.removeIf(entry -> entry.sid != null && entry.sid == sid);
    }

    /** Follows an accepted {@code add_markets} or {@code delete_markets} in the entry's market list. */
    void onUpdated(UpdateSubscriptionParams update, UpdateOk reply) {
        Long sid = reply.sid() != null ? reply.sid() : update.targetSid();
        Entry entry = sid == null ? null : find(sid);
        boolean add = UpdateAction.ADD_MARKETS.wire().equals(update.action());
        boolean delete = UpdateAction.DELETE_MARKETS.wire().equals(update.action());
        if (entry == null || !add && !delete) {
            return;
        }
        List<String> tickers = changed(entry.params.tickerFilter(), update.tickers(), add);
        List<String> ids = changed(entry.params.idFilter(), update.ids(), add);
        if (reply.msg() != null && reply.msg().marketTickers() != null) {
            // The server's full list is the truth; the computed one only stands in when it was skipped.
            tickers = reply.msg().marketTickers();
        }
        if (reply.msg() != null && reply.msg().marketIds() != null) {
            ids = reply.msg().marketIds();
        }
        // An emptied filter stays an empty ticker list, so restore() can tell it from "every market".
        List<String> tickerFilter = tickers.isEmpty() && !ids.isEmpty() ? null : tickers;
        entry.params = entry.params.withMarkets(tickerFilter, ids.isEmpty() ? null : ids);
    }

    /** The connection dropped: no entry is open any more. */
    void detachAll() {
        for (Entry entry : entries) {
            entry.sid = null;
            entry.restoringCommandId = 0;
        }
    }

    /** Marks entries whose sid the server no longer lists (a terminal channel error) as closed. */
    void detachMissing(Set<Long> liveSids) {
        for (Entry entry : entries) {
            if (entry.sid != null && !liveSids.contains(entry.sid)) {
                entry.sid = null;
                entry.restoringCommandId = 0;
            }
        }
    }

    /**
     * Builds a {@code subscribe} for every closed entry not already being restored, with ids from
     * {@code nextId}. Entries whose market list was emptied by {@code delete_markets} are dropped:
     * resubscribing them with no filter would mean every market.
     */
    List<Subscribe> restore(LongSupplier nextId) {
        List<Subscribe> commands = new ArrayList<>();
        Iterator<Entry> iterator = entries.iterator();
        while (iterator.hasNext()) {
            Entry entry = iterator.next();
            if (entry.sid != null || entry.restoringCommandId != 0) {
                continue;
            }
            if (entry.params.hasMarketFilter() && entry.params.tickerFilter().isEmpty()
                    && entry.params.idFilter().isEmpty()) {
                iterator.remove();
                continue;
            }
            entry.restoringCommandId = nextId.getAsLong();
            commands.add(new Subscribe(entry.restoringCommandId, entry.params));
        }
        return commands;
    }

    Optional<ActiveSubscription> bySid(long sid) {
        Entry entry = find(sid);
        return entry == null ? Optional.empty() : Optional.of(active(entry));
    }

    /** Every entry open on the current connection. */
    List<ActiveSubscription> active() {
        List<ActiveSubscription> open = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.sid != null) {
                open.add(active(entry));
            }
        }
        return open;
    }

    private Entry find(long sid) {
        for (Entry entry : entries) {
            if (entry.sid != null && entry.sid == sid) {
                return entry;
            }
        }
        return null;
    }

    private static ActiveSubscription active(Entry entry) {
        return new ActiveSubscription(entry.sid, entry.channel(), entry.params);
    }

    private static List<String> changed(List<String> current, List<String> named, boolean add) {
        Set<String> result = new LinkedHashSet<>(current);
        if (add) {
            result.addAll(named);
        } else {
            named.forEach(result::remove);
        }
        return List.copyOf(result);
    }
}
