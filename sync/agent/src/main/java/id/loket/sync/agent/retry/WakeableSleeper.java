package id.loket.sync.agent.retry;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** The production {@link Sleeper}: real time, woken through a condition (virtual-thread friendly). */
public final class WakeableSleeper implements Sleeper {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private boolean wakeRequested;

    @Override
    public void sleep(Duration duration, boolean wakeable) throws InterruptedException {
        long remaining = duration.toNanos();
        lock.lock();
        try {
            while (remaining > 0) {
                if (wakeable && wakeRequested) {
                    break;
                }
                remaining = woken.awaitNanos(remaining);
            }
            if (wakeable) {
                wakeRequested = false;
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void wake() {
        lock.lock();
        try {
            wakeRequested = true;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** For tests of this class: whether a wake is waiting to end the next wakeable wait. */
    boolean wakePending() {
        lock.lock();
        try {
            return wakeRequested;
        } finally {
            lock.unlock();
        }
    }
}
