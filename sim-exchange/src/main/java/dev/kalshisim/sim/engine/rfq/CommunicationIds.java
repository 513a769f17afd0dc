package dev.kalshisim.sim.engine.rfq;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Members' public communications ids: a stable pseudonym per member, so counterparties see who
 * quoted without learning the member id. Derived from the engine's id seed, so runs repeat.
 */
final class CommunicationIds {

    private final long seed;
    private final Map<String, String> byMember = new HashMap<>();

    CommunicationIds(long seed) {
        this.seed = seed;
    }

    String of(String memberId) {
        return byMember.computeIfAbsent(memberId, id -> UUID.nameUUIDFromBytes(
                ("communications:" + seed + ":" + id).getBytes(StandardCharsets.UTF_8)).toString().replace("-", ""));
    }
}
