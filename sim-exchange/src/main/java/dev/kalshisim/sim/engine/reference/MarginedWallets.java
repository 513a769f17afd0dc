package dev.kalshisim.sim.engine.reference;

import dev.kalshisim.core.model.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The members' margined (perps) instance as far as the simulator has one: the cash moved there
 * from the event-contract ledger, and the transfers that moved it. Nothing trades against it; it
 * holds what was sent until it is sent back. Thread-safe.
 */
public final class MarginedWallets {

    private final Map<String, Long> micros = new HashMap<>();
    private final Map<String, List<InstanceTransfer>> transfers = new HashMap<>();

    /** The cash on {@code memberId}'s margined instance. */
    public synchronized Money balance(String memberId) {
        return Money.ofMicros(micros.getOrDefault(memberId, 0L));
    }

    public synchronized void credit(String memberId, Money amount) {
        micros.merge(memberId, amount.micros(), Math::addExact);
    }

    /** Takes {@code amount} when the wallet holds that much; false (and nothing taken) otherwise. */
    public synchronized boolean debit(String memberId, Money amount) {
        long held = micros.getOrDefault(memberId, 0L);
        if (held < amount.micros()) {
            return false;
        }
        micros.put(memberId, held - amount.micros());
        return true;
    }

    public synchronized void record(String memberId, InstanceTransfer transfer) {
        transfers.computeIfAbsent(memberId, m -> new ArrayList<>()).add(transfer);
    }

    /** A member's transfers, newest first. */
    public synchronized List<InstanceTransfer> transfers(String memberId) {
        List<InstanceTransfer> out = new ArrayList<>(transfers.getOrDefault(memberId, List.of()));
        Collections.reverse(out);
        return List.copyOf(out);
    }

    public synchronized Optional<InstanceTransfer> transfer(String memberId, String transferId) {
        return transfers.getOrDefault(memberId, List.of()).stream()
                .filter(t -> t.transferId().equals(transferId)).findFirst();
    }

    /** How many transfers the member has made (for ids). */
    public synchronized int count(String memberId) {
        return transfers.getOrDefault(memberId, List.of()).size();
    }

    public synchronized void clear() {
        micros.clear();
        transfers.clear();
    }
}
