package id.loket.desktop.syncstatus;

import id.loket.core.i18n.Message;
import id.loket.desktop.concurrent.SameThreadTaskRunner;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.i18n.I18n;
import id.loket.desktop.support.TestCore;
import id.loket.sync.agent.Connectivity;
import id.loket.sync.agent.SyncStatus;
import id.loket.sync.agent.ledger.QuarantinedRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

class SyncStatusViewModelTest {

    private static final Instant NOW = TestCore.CLOCK.instant();
    private final I18n indonesian = TestCore.indonesian();
    private final I18n english = new I18n(I18n.ENGLISH, TestCore.CLOCK.getZone());

    @Test
    void offlineSaysWhatWaitsThatNothingIsLostAndWhenTheLastSuccessWas() {
        SyncStatus s = status(Connectivity.OFFLINE, 12, 5_400_000, 0, null, NOW.minus(Duration.ofMinutes(30)));
        assertThat(indonesian.render(SyncSummary.of(s, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Pusat tidak terjangkau · 12 rekaman menunggu (5,4 MB), tidak ada yang hilang · terakhir berhasil 09:30");
        assertThat(english.render(SyncSummary.of(s, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Centre unreachable · 12 records waiting (5.4 MB), nothing is lost · last success 09:30");
    }

    @Test
    void sendingShowsAnEtaAtTheMeasuredSpeedAndUpToDateShowsTheLastSuccess() {
        SyncStatus sending = status(Connectivity.ONLINE, 3, 1_350_000, 0, Duration.ofSeconds(61), null);
        assertThat(indonesian.render(SyncSummary.of(sending, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Mengirim ke pusat: 3 rekaman, 1,4 MB lagi, ±2 menit");
        SyncStatus unknownSpeed = status(Connectivity.ONLINE, 3, 1_350_000, 0, null, null);
        assertThat(english.render(SyncSummary.of(unknownSpeed, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Sending to the centre: 3 records, 1.4 MB left");
        SyncStatus done = status(Connectivity.ONLINE, 0, 0, 0, null, NOW.minus(Duration.ofDays(1)));
        assertThat(english.render(SyncSummary.of(done, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Centre connected · everything sent · last 22-11 10:00");
        SyncStatus revoked = new SyncStatus(true, Connectivity.ONLINE, 4, 2_000_000, 0, 0, null, null, "unknown-device");
        assertThat(indonesian.render(SyncSummary.of(revoked, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("Pusat menolak perangkat ini (dicabut?): hubungi admin · 4 rekaman menunggu (2 MB),"
                        + " tidak ada yang hilang");
        assertThat(english.render(SyncSummary.of(revoked, NOW, TestCore.CLOCK.getZone())))
                .isEqualTo("The centre refuses this device (revoked?): ask the administrator · 4 records waiting (2 MB),"
                        + " nothing is lost");
        SyncStatus notEnrolled = new SyncStatus(false, Connectivity.OFFLINE, 4, 10, 0, 0, null, null, null);
        assertThat(SyncSummary.of(notEnrolled, NOW, TestCore.CLOCK.getZone()))
                .isEqualTo(Message.of("sync.bar.notEnrolled"));
    }

    @Test
    void followsTheAgentThroughTheUiExecutorAndStopsWhenDeactivated() {
        FakeSyncMonitor monitor = new FakeSyncMonitor();
        List<Runnable> handedToUi = new ArrayList<>();
        SyncStatusViewModel model = new SyncStatusViewModel(monitor, handedToUi::add, new SameThreadTaskRunner(),
                TestCore.CLOCK);
        model.activate();
        assertThat(model.connectivityProperty().get()).isEqualTo(Connectivity.OFFLINE);

        monitor.publish(status(Connectivity.ONLINE, 1, 100, 2, null, null));
        assertThat(model.quarantinedCountProperty().get()).as("nothing changes off the UI thread").isZero();
        handedToUi.forEach(Runnable::run);
        assertThat(model.connectivityProperty().get()).isEqualTo(Connectivity.ONLINE);
        assertThat(model.quarantinedCountProperty().get()).isEqualTo(2);

        monitor.quarantined = List.of(new QuarantinedRecord(7, UUID.randomUUID(), "conflict: hash differs", NOW));
        model.loadQuarantined();
        assertThat(model.quarantined()).extracting(QuarantinedRecord::reason).containsExactly("conflict: hash differs");

        model.deactivate();
        assertThat(monitor.listeners).isEmpty();
    }

    /** Holds the work handed to it until the test runs it, as a background thread would. */
    private static final class DeferredTaskRunner implements TaskRunner {
        final List<Runnable> pending = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
            pending.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception e) {
                    onFailure.accept(e);
                }
            });
        }

        void runAll() {
            List<Runnable> now = List.copyOf(pending);
            pending.clear();
            now.forEach(Runnable::run);
        }
    }

    private final FakeSyncMonitor monitor = new FakeSyncMonitor();
    private final DeferredTaskRunner tasks = new DeferredTaskRunner();

    /** A model on {@link #monitor} whose ledger reads wait in {@link #tasks}, activated. */
    private SyncStatusViewModel activatedWithDeferredReads(SyncStatus stored) {
        monitor.current = stored;
        SyncStatusViewModel model = new SyncStatusViewModel(monitor, Runnable::run, tasks, TestCore.CLOCK);
        model.activate();
        return model;
    }

    @Test
    void theFirstSnapshotIsReadAsBackgroundWorkNotOnTheUiThread() {
        SyncStatusViewModel model = activatedWithDeferredReads(status(Connectivity.ONLINE, 300, 136_000_000, 1, null, null));
        assertThat(monitor.reads).as("activate() itself does not read the ledger").isZero();
        assertThat(model.summaryProperty().get()).isEqualTo(Message.of("sync.bar.starting"));

        tasks.runAll();
        assertThat(monitor.reads).isEqualTo(1);
        assertThat(model.connectivityProperty().get()).isEqualTo(Connectivity.ONLINE);
        assertThat(model.quarantinedCountProperty().get()).isEqualTo(1);
    }

    @Test
    void aSlowFirstSnapshotNeverOverwritesOneTheAgentPublishedSince() {
        SyncStatusViewModel model = activatedWithDeferredReads(status(Connectivity.OFFLINE, 300, 136_000_000, 0, null, null));
        SyncStatus stale = monitor.current;
        monitor.listeners.forEach(l -> l.accept(status(Connectivity.ONLINE, 250, 110_000_000, 0, null, null)));
        monitor.current = stale;
        tasks.runAll();

        assertThat(model.connectivityProperty().get()).isEqualTo(Connectivity.ONLINE);
    }

    private static SyncStatus status(Connectivity c, long pending, long bytes, long quarantined, Duration eta,
                                     Instant lastSuccess) {
        return new SyncStatus(true, c, pending, bytes, quarantined, eta == null ? 0 : 20_000, eta, lastSuccess, null);
    }
}
