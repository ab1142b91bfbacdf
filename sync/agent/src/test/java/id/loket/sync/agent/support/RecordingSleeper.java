package id.loket.sync.agent.support;

import id.loket.sync.agent.retry.Sleeper;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

/** Waits no real time: records each wait (and how many requests the centre had seen) and moves the clock. */
public final class RecordingSleeper implements Sleeper {

    /** One wait: how long, whether a wake could end it, and the centre's request count when it began. */
    public record Wait(Duration duration, boolean wakeable, int requestsBefore) {
    }

    public final List<Wait> waits = new CopyOnWriteArrayList<>();
    private final TestClock clock;
    private final IntSupplier requestCount;
    public volatile int wakes;

    public RecordingSleeper(TestClock clock, IntSupplier requestCount) {
        this.clock = clock;
        this.requestCount = requestCount;
    }

    @Override
    public void sleep(Duration duration, boolean wakeable) {
        waits.add(new Wait(duration, wakeable, requestCount.getAsInt()));
        clock.advance(duration);
    }

    @Override
    public void wake() {
        wakes++;
    }

    public Wait last() {
        return waits.getLast();
    }
}
