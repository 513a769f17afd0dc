package dev.kalshisim.sim.engine.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The simulator's reference data (see the package documentation): kept in insertion order, so
 * lists and their cursors are stable; a second put with the same id replaces the first in place.
 * Thread-safe: every method holds this object's lock, and values are immutable records.
 */
public final class ReferenceData {

    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final Map<String, LiveData> liveData = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> gameStats = new LinkedHashMap<>();
    private final Map<String, EventLiveData> eventLiveData = new LinkedHashMap<>();
    private final Map<String, StructuredTarget> targets = new LinkedHashMap<>();
    private final List<Announcement> announcements = new ArrayList<>();
    private final Map<String, IncentiveProgram> incentives = new LinkedHashMap<>();
    private final Map<String, TreeMap<Long, WeatherPoint>> weather = new LinkedHashMap<>();
    private final Map<String, EventMetadataOverride> eventMetadata = new LinkedHashMap<>();
    private final Map<String, Set<String>> fcmSubtraders = new LinkedHashMap<>();
    private final Map<String, List<Funding>> deposits = new LinkedHashMap<>();
    private final Map<String, List<Funding>> withdrawals = new LinkedHashMap<>();
    private final Map<String, List<TargetAllocation>> allocations = new LinkedHashMap<>();
    private final MarginedWallets margined = new MarginedWallets();

    public synchronized void putMilestone(Milestone milestone) {
        milestones.put(milestone.id(), milestone);
    }

    public synchronized Optional<Milestone> milestone(String id) {
        return Optional.ofNullable(milestones.get(id));
    }

    public synchronized List<Milestone> milestones() {
        return List.copyOf(milestones.values());
    }

    /** Sets a milestone's live data. @throws IllegalArgumentException when the milestone does not exist */
    public synchronized void putLiveData(LiveData data) {
        requireMilestone(data.milestoneId());
        liveData.put(data.milestoneId(), data);
    }

    public synchronized Optional<LiveData> liveData(String milestoneId) {
        return Optional.ofNullable(liveData.get(milestoneId));
    }

    /** Sets a milestone's play-by-play, the body of its game stats. */
    public synchronized void putGameStats(String milestoneId, Map<String, Object> playByPlay) {
        requireMilestone(milestoneId);
        gameStats.put(milestoneId, Ordered.map(playByPlay));
    }

    public synchronized Optional<Map<String, Object>> gameStats(String milestoneId) {
        return Optional.ofNullable(gameStats.get(milestoneId));
    }

    public synchronized void putEventLiveData(String eventTicker, EventLiveData data) {
        eventLiveData.put(eventTicker, data);
    }

    public synchronized Optional<EventLiveData> eventLiveData(String eventTicker) {
        return Optional.ofNullable(eventLiveData.get(eventTicker));
    }

    public synchronized void putTarget(StructuredTarget target) {
        targets.put(target.id(), target);
    }

    public synchronized Optional<StructuredTarget> target(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    public synchronized List<StructuredTarget> targets() {
        return List.copyOf(targets.values());
    }

    public synchronized void addAnnouncement(Announcement announcement) {
        announcements.add(announcement);
    }

    /** Every announcement, newest first. */
    public synchronized List<Announcement> announcements() {
        List<Announcement> newestFirst = new ArrayList<>(announcements);
        java.util.Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    public synchronized void putIncentive(IncentiveProgram program) {
        incentives.put(program.id(), program);
    }

    public synchronized List<IncentiveProgram> incentives() {
        return List.copyOf(incentives.values());
    }

    /** Adds (or replaces, minute by minute) points of {@code city}'s index, creating the city. */
    public synchronized void putWeather(String city, List<WeatherPoint> points) {
        TreeMap<Long, WeatherPoint> series = weather.computeIfAbsent(city, c -> new TreeMap<>());
        points.forEach(point -> series.put(point.t(), point));
    }

    /** Whether {@code city}'s index is configured. */
    public synchronized boolean hasCity(String city) {
        return weather.containsKey(city);
    }

    /** {@code city}'s points with {@code fromMillis <= t <= toMillis}, oldest first. */
    public synchronized List<WeatherPoint> weather(String city, long fromMillis, long toMillis) {
        TreeMap<Long, WeatherPoint> series = weather.get(city);
        return series == null || fromMillis > toMillis ? List.of()
                : List.copyOf(series.subMap(fromMillis, true, toMillis, true).values());
    }

    public synchronized void putEventMetadata(String eventTicker, EventMetadataOverride override) {
        eventMetadata.put(eventTicker, override);
    }

    public synchronized Optional<EventMetadataOverride> eventMetadata(String eventTicker) {
        return Optional.ofNullable(eventMetadata.get(eventTicker));
    }

    /** Marks {@code memberId} as an FCM clearing for {@code subtraders} (replacing any earlier list). */
    public synchronized void markFcm(String memberId, Set<String> subtraders) {
        fcmSubtraders.put(memberId, Set.copyOf(new LinkedHashSet<>(subtraders)));
    }

    /** Whether {@code memberId} is an FCM. */
    public synchronized boolean isFcm(String memberId) {
        return fcmSubtraders.containsKey(memberId);
    }

    /** The subtraders an FCM clears for; empty for a member that is not an FCM. */
    public synchronized Set<String> subtraders(String memberId) {
        return fcmSubtraders.getOrDefault(memberId, Set.of());
    }

    public synchronized void addDeposit(String memberId, Funding deposit) {
        deposits.computeIfAbsent(memberId, m -> new ArrayList<>()).add(deposit);
    }

    public synchronized void addWithdrawal(String memberId, Funding withdrawal) {
        withdrawals.computeIfAbsent(memberId, m -> new ArrayList<>()).add(withdrawal);
    }

    /** A member's deposits, newest first. */
    public synchronized List<Funding> deposits(String memberId) {
        return newestFirst(deposits.get(memberId));
    }

    /** A member's withdrawals, newest first. */
    public synchronized List<Funding> withdrawals(String memberId) {
        return newestFirst(withdrawals.get(memberId));
    }

    public synchronized void setAllocations(String memberId, List<TargetAllocation> target) {
        allocations.put(memberId, List.copyOf(target));
    }

    /** A member's target balance allocation; empty (no automatic rebalancing) until set. */
    public synchronized List<TargetAllocation> allocations(String memberId) {
        return allocations.getOrDefault(memberId, List.of());
    }

    /** The members' margined instances and the transfers to and from them. */
    public MarginedWallets margined() {
        return margined;
    }

    /** Forgets everything (the simulator's reset). */
    public synchronized void clear() {
        margined.clear();
        milestones.clear();
        liveData.clear();
        gameStats.clear();
        eventLiveData.clear();
        targets.clear();
        announcements.clear();
        incentives.clear();
        weather.clear();
        eventMetadata.clear();
        fcmSubtraders.clear();
        deposits.clear();
        withdrawals.clear();
        allocations.clear();
    }

    private void requireMilestone(String id) {
        if (!milestones.containsKey(id)) {
            throw new IllegalArgumentException("milestone " + id + " does not exist");
        }
    }

    private static List<Funding> newestFirst(List<Funding> list) {
        if (list == null) {
            return List.of();
        }
        List<Funding> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }
}
