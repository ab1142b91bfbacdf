package id.loket.sync.agent;

import id.loket.sync.agent.ledger.DeviceLedger;
import id.loket.sync.agent.retry.WakeableSleeper;
import id.loket.sync.agent.support.Harness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the agent must not interrupt a call into the device's store: an interrupted thread's
 * file channel closes ({@code ClosedByInterruptException}) and H2 then closes the whole store (the
 * end-to-end suite saw exactly that when the agent was stopped while it acknowledged a batch).
 */
class InterruptSafeLedgerTest {

    @RegisterExtension
    final Harness h = new Harness();

    @TempDir
    Path dir;

    /** What a store call saw: an interrupt, and whether its file write went through. */
    private final AtomicBoolean interruptedInside = new AtomicBoolean();
    private final AtomicReference<IOException> writeFailure = new AtomicReference<>();

    @Test
    void stopWaitsForTheStoreCallToReturnBeforeInterruptingAndTheLoopStillEnds() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DeviceLedger store = ledgerWhere("recordAttempt", () -> {
            entered.countDown();
            awaitUninterruptibly(release);
            writeToAFile();
        });
        SyncSettings real = new SyncSettings(Duration.ofHours(1), Duration.ofSeconds(20), Duration.ofSeconds(2),
                h.clock, System::nanoTime, new WakeableSleeper(), new SplittableRandom(1), 2);
        SyncAgent agent = new SyncAgent(store, h.http, real);
        agent.start();
        assertThat(entered.await(10, TimeUnit.SECONDS)).as("the drain records its attempt").isTrue();

        long started = System.nanoTime();
        Thread stopper = Thread.ofPlatform().start(agent::stop);
        Thread.sleep(300);
        release.countDown();
        stopper.join(10_000);

        assertThat(stopper.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the loop ended once the call returned")
                .isLessThan(Duration.ofSeconds(4));
        assertThat(interruptedInside).as("interrupted inside the store call").isFalse();
        assertThat(writeFailure.get()).as("the store's file write").isNull();
    }

    @Test
    void anInterruptPendingWhenACallStartsIsHeldBackDuringItAndRestoredAfter() {
        InterruptSafeLedger safe = new InterruptSafeLedger(ledgerWhere("summary", this::writeToAFile));
        Thread.currentThread().interrupt();
        safe.summary();
        assertThat(Thread.interrupted()).as("interrupt status after the call").isTrue();
        assertThat(interruptedInside).isFalse();
        assertThat(writeFailure.get()).isNull();
    }

    /** The harness's in-memory ledger, except that {@code method} runs {@code effect} first. */
    private DeviceLedger ledgerWhere(String method, Runnable effect) {
        return (DeviceLedger) Proxy.newProxyInstance(DeviceLedger.class.getClassLoader(),
                new Class<?>[] {DeviceLedger.class}, (proxy, m, args) -> {
                    if (m.getName().equals(method)) {
                        effect.run();
                    }
                    try {
                        return m.invoke(h.ledger, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A store's durable write: fails with ClosedByInterruptException on an interrupted thread. */
    private void writeToAFile() {
        interruptedInside.compareAndSet(false, Thread.currentThread().isInterrupted());
        try (FileChannel channel = FileChannel.open(dir.resolve("store"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
            channel.force(true);
        } catch (IOException e) {
            writeFailure.set(e);
        }
    }

    /** Waits like a blocked store call: an interrupt does not end the wait, it is kept as the thread's status. */
    private void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
