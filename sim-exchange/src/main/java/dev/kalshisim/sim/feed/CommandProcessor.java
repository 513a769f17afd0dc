package dev.kalshisim.sim.feed;

import dev.kalshisim.core.wire.stream.Command;
import dev.kalshisim.core.wire.stream.ListSubscriptions;
import dev.kalshisim.core.wire.stream.MalformedCommand;
import dev.kalshisim.core.wire.stream.StreamCodec;
import dev.kalshisim.core.wire.stream.StreamErrorCode;
import dev.kalshisim.core.wire.stream.Subscribe;
import dev.kalshisim.core.wire.stream.SubscriptionInfo;
import dev.kalshisim.core.wire.stream.SubscriptionList;
import dev.kalshisim.core.wire.stream.UnknownCommand;
import dev.kalshisim.core.wire.stream.Unsubscribe;
import dev.kalshisim.core.wire.stream.Unsubscribed;
import dev.kalshisim.core.wire.stream.UpdateSubscription;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one client command and answers it with Kalshi's replies and error codes; every reply goes
 * through the connection's outbox, in order with its channel messages.
 *
 * <p>Text that is not a JSON object, or a known command whose fields have the wrong types, is
 * error 1; an unknown or missing {@code cmd} is error 5. Called on the connection's Jetty thread,
 * one command at a time per connection.
 */
final class CommandProcessor {

    private final FeedHub hub;
    private final StreamCodec codec;
    private final SubscribeHandler subscribe;
    private final UpdateHandler update;

    CommandProcessor(FeedHub hub, StreamCodec codec, SubscribeHandler subscribe, UpdateHandler update) {
        this.hub = hub;
        this.codec = codec;
        this.subscribe = subscribe;
        this.update = update;
    }

    void handle(FeedConnection connection, String text) {
        Command command = codec.readCommand(text);
        if (command instanceof Subscribe s) {
            subscribe.handle(connection, s);
        } else if (command instanceof UpdateSubscription u) {
            update.handle(connection, u);
        } else if (command instanceof Unsubscribe u) {
            unsubscribe(connection, u);
        } else if (command instanceof ListSubscriptions l) {
            hub.atomically(() -> hub.reply(connection, list(connection, l.id())));
        } else if (command instanceof UnknownCommand u) {
            reject(connection, u.id(), StreamErrorCode.UNKNOWN_COMMAND);
        } else if (command instanceof MalformedCommand m) {
            reject(connection, m.id(), StreamErrorCode.UNABLE_TO_PROCESS);
        }
    }

    /** Answers a frame that is not text: Kalshi's commands are JSON text only. */
    void handleBinary(FeedConnection connection) {
        reject(connection, 0, StreamErrorCode.UNABLE_TO_PROCESS);
    }

    /**
     * Ends each named subscription with an {@code unsubscribed} reply; sids the connection lacks
     * get one error 7 for the whole command, however many there are, so one command cannot make
     * thousands of replies.
     */
    private void unsubscribe(FeedConnection connection, Unsubscribe command) {
        long id = command.id();
        if (command.params() == null) {
            reject(connection, id, StreamErrorCode.PARAMS_REQUIRED);
            return;
        }
        List<Long> sids = command.params().sids();
        if (sids == null || sids.isEmpty()) {
            reject(connection, id, StreamErrorCode.SIDS_REQUIRED);
            return;
        }
        hub.atomically(() -> {
            boolean unknown = false;
            for (Long sid : sids) {
                Subscription subscription = sid == null ? null : connection.remove(sid);
                if (subscription == null) {
                    unknown = true;
                    continue;
                }
                hub.index().remove(subscription);
                hub.reply(connection, Unsubscribed.of(id, sid, subscription.nextSeq()));
            }
            if (unknown) {
                hub.reply(connection, Rejection.of(StreamErrorCode.UNKNOWN_SID).toReply(id));
            }
        });
    }

    private static SubscriptionList list(FeedConnection connection, long id) {
        List<SubscriptionInfo> infos = new ArrayList<>();
        for (Subscription subscription : connection.subscriptions()) {
            infos.add(new SubscriptionInfo(subscription.channel().wire(), subscription.sid()));
        }
        return new SubscriptionList(CommandIds.orNull(id), infos);
    }

    private void reject(FeedConnection connection, long id, StreamErrorCode code) {
        hub.atomically(() -> hub.reply(connection, Rejection.of(code).toReply(id)));
    }
}
