package id.loket.desktop.concurrent;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TaskRunnerTest {

    /** Records which thread ran each step; delivers results on a thread it names "ui". */
    private static final class RecordingUi implements UiExecutor {
        final List<String> deliveredOn = new CopyOnWriteArrayList<>();
        final CountDownLatch delivered = new CountDownLatch(1);

        @Override
        public void execute(Runnable action) {
            Thread ui = new Thread(() -> {
                deliveredOn.add(Thread.currentThread().getName());
                action.run();
                delivered.countDown();
            }, "ui");
            ui.start();
        }
    }

    @Test
    void virtualRunnerWorksOffTheCallerAndDeliversThroughTheUiExecutor() throws Exception {
        RecordingUi ui = new RecordingUi();
        AtomicReference<Boolean> workVirtual = new AtomicReference<>();
        AtomicReference<String> result = new AtomicReference<>();
        try (VirtualThreadTaskRunner runner = new VirtualThreadTaskRunner(ui)) {
            runner.run(() -> {
                workVirtual.set(Thread.currentThread().isVirtual());
                return "done";
            }, result::set, failure -> result.set("failed"));
            assertThat(ui.delivered.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(workVirtual.get()).isTrue();
        assertThat(result.get()).isEqualTo("done");
        assertThat(ui.deliveredOn).containsExactly("ui");
    }

    @Test
    void virtualRunnerDeliversFailuresThroughTheUiExecutor() throws Exception {
        RecordingUi ui = new RecordingUi();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (VirtualThreadTaskRunner runner = new VirtualThreadTaskRunner(ui)) {
            runner.run(() -> {
                throw new IllegalStateException("disk full");
            }, ok -> { }, failure::set);
            assertThat(ui.delivered.await(5, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    }

    @Test
    void sameThreadRunnerRunsAtOnce() {
        AtomicReference<String> seen = new AtomicReference<>();
        String caller = Thread.currentThread().getName();
        new SameThreadTaskRunner().run(() -> Thread.currentThread().getName(), seen::set, f -> seen.set("failed"));
        assertThat(seen.get()).isEqualTo(caller);

        AtomicReference<Throwable> failure = new AtomicReference<>();
        new SameThreadTaskRunner().run(() -> {
            throw new java.io.IOException("gone");
        }, ok -> { }, failure::set);
        assertThat(failure.get()).hasMessage("gone");
    }
}
