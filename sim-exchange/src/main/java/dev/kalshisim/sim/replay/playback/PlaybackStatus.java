package dev.kalshisim.sim.replay.playback;

/**
 * Where a playback stands.
 *
 * @param markets        markets created from the recording
 * @param events         events they belong to
 * @param applied        records applied so far
 * @param records        records in the recording
 * @param lastAppliedNanos the recorded receive time of the last record applied (0 before the first)
 * @param nextRecordNanos  the recorded receive time of the next record, or -1 when exhausted
 * @param firstRecvNanos the recording's first receive time
 * @param lastRecvNanos  its last receive time
 * @param exhausted      every record has been applied
 * @param skipped        records with nothing to show (see docs/fidelity.md)
 * @param heldBack       times a crossing recorded level was held back
 * @param refused        engine refusals of replay commands
 * @param lastRefusal    the last refusal, one line, or null
 */
public record PlaybackStatus(int markets, int events, long applied, long records, long lastAppliedNanos,
        long nextRecordNanos, long firstRecvNanos, long lastRecvNanos, boolean exhausted, long skipped, long heldBack,
        long refused, String lastRefusal) {

    /** The share of the records applied, 0 to 1 (1 for an empty recording). */
    public double fraction() {
        return records == 0 ? 1.0 : (double) applied / records;
    }
}
