package id.loket.sync.agent.retry;

import java.time.Duration;

/**
 * How the agent waits between attempts. Injected so tests run without real time: a test sleeper
 * records each wait and moves a test clock instead.
 */
public interface Sleeper {

    /**
     * Waits {@code duration}. A wakeable wait (idle, probing while offline) ends early on
     * {@link #wake()}; a backoff wait does not, so the centre's {@code Retry-After} is honoured and
     * a failing centre is not hammered on every new capture (the wake is kept for the next wait).
     */
    void sleep(Duration duration, boolean wakeable) throws InterruptedException;

    /** New work: ends the current or the next wakeable wait at once. */
    void wake();
}
