package dev.kalshisim.sim.replay.playback;

/** Told when a playback has applied its last record (the server keeps serving). */
@FunctionalInterface
public interface PlaybackListener {

    /** Nobody listening. */
    PlaybackListener NONE = status -> { };

    /** Called once, on the thread that applied the last record, with the playback's lock held. */
    void exhausted(PlaybackStatus status);
}
