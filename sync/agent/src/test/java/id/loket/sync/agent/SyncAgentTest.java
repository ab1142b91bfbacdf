package id.loket.sync.agent;

import id.loket.sync.agent.ledger.RecordState;
import id.loket.sync.agent.retry.Backoff;
import id.loket.sync.agent.retry.WakeableSleeper;
import id.loket.sync.agent.support.FakeCentre;
import id.loket.sync.agent.support.Harness;
import id.loket.sync.agent.support.RecordingSleeper.Wait;
import id.loket.sync.protocol.ErrorCode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent's loop, driven step by step with test time (and once on its real virtual thread). */
class SyncAgentTest {

    @RegisterExtension
    final Harness h = new Harness();


    private long queue() {
        byte[] image = new byte[2000];
        new java.util.Random(h.ledger.rows.size()).nextBytes(image);
        return h.ledger.queue(image);
    }

    private static Instant signedAt(RecordedRequest r) {
        return Instant.parse(r.getHeaders().get("Loket-Timestamp"));
    }

    @Test
    void a503WithRetryAfterIsWaitedOutBeforeAnyFurtherRequest() throws InterruptedException {
        long seq = queue();
        h.centre.fault(FakeCentre.is("POST", "/v1/batches"), r -> FakeCentre.error(503, ErrorCode.RETRY_LATER)
                .newBuilder().addHeader("Retry-After", "120").build(), false);
        SyncAgent agent = h.agent();
        agent.step();
        Wait wait = h.sleeper.last();
        assertThat(wait.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(120));
        assertThat(wait.wakeable()).as("a new capture does not cut a Retry-After short").isFalse();
        RecordedRequest refused = h.centre.requests.get(wait.requestsBefore() - 1);
        assertThat(refused.getTarget()).isEqualTo("/v1/batches");
        assertThat(agent.status().lastErrorCode()).isEqualTo("retry-later");
        assertThat(agent.status().connectivity()).isEqualTo(Connectivity.DEGRADED);

        agent.step();
        List<RecordedRequest> after = h.centre.requests.subList(wait.requestsBefore(), h.centre.requests.size());
        assertThat(after).isNotEmpty().filteredOn(r -> r.getHeaders().get("Loket-Timestamp") != null)
                .allSatisfy(r -> assertThat(signedAt(r)).isAfterOrEqualTo(signedAt(refused).plusSeconds(120)));
        assertThat(h.ledger.state(seq)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(h.sleeper.last().duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(agent.status().lastErrorCode()).isNull();
    }

    @Test
    void serverErrorsBackOffWithGrowingJitteredWaitsAndTheAgentNeverGivesUp() throws InterruptedException {
        queue();
        h.centre.fault(FakeCentre.is("GET", "/v1/status"), r -> FakeCentre.error(500, ErrorCode.INTERNAL), true);
        SyncAgent agent = h.agent();
        Backoff bounds = new Backoff(new SplittableRandom());
        for (int failure = 1; failure <= 12; failure++) {
            agent.step();
            Wait wait = h.sleeper.last();
            assertThat(wait.wakeable()).isFalse();
            assertThat(wait.duration()).isBetween(Duration.ZERO, bounds.ceiling(failure));
        }
        List<Duration> waits = h.sleeper.waits.stream().map(Wait::duration).toList();
        assertThat(waits.subList(8, 12)).as("capped at five minutes").allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Backoff.CAP));
        assertThat(waits.stream().distinct().count()).as("jittered").isGreaterThan(6);
        assertThat(waits.subList(6, 12).stream().mapToLong(Duration::toMillis).sum())
                .isGreaterThan(waits.subList(0, 6).stream().mapToLong(Duration::toMillis).sum());

        h.centre.heal();
        agent.step();
        assertThat(h.ledger.summary().pendingRecords()).isZero();
        assertThat(h.sleeper.last()).isEqualTo(new Wait(Duration.ofSeconds(60), true, h.centre.requests.size()));
    }

    @Test
    void whileTheCentreIsUnreachableItOnlyProbesHealthOnAJitteredIntervalThenDrains() throws InterruptedException {
        long seq = queue();
        h.centre.fault(r -> true, r -> new MockResponse.Builder()
                .onResponseStart(new SocketEffect.CloseSocket(true, true, true)).build(), true);
        SyncAgent agent = h.agent();
        for (int i = 0; i < 4; i++) {
            agent.step();
            assertThat(h.sleeper.last().duration()).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(30));
            assertThat(h.sleeper.last().wakeable()).isTrue();
        }
        assertThat(h.centre.requests).extracting(RecordedRequest::getTarget).containsOnly("/v1/health");
        assertThat(agent.status().connectivity()).isEqualTo(Connectivity.OFFLINE);
        assertThat(h.sleeper.waits.stream().map(Wait::duration).distinct().count()).isGreaterThan(1);

        h.centre.heal();
        agent.step();
        assertThat(h.ledger.state(seq)).isEqualTo(RecordState.ACKNOWLEDGED);
        assertThat(agent.status().connectivity()).isEqualTo(Connectivity.ONLINE);
    }

    @Test
    void anUnenrolledDeviceWaitsAndSaysSo() throws InterruptedException {
        h.ledger.enrolment = null;
        SyncAgent agent = h.agent();
        agent.step();
        assertThat(h.centre.requests).isEmpty();
        assertThat(agent.status().enrolled()).isFalse();
        assertThat(agent.status().lastErrorCode()).isEqualTo("not-enrolled");
    }

    @Test
    void listenersGetSnapshotsWithWhatIsLeftTheLinkSpeedAndTheEta() throws IOException {
        queue();
        queue();
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        SyncAgent agent = h.agent();
        agent.addListener(seen::add);
        agent.drainOnce();
        assertThat(seen.getFirst().pendingRecords()).isEqualTo(2);
        assertThat(seen.getFirst().bytesLeft()).isGreaterThan(4000);
        SyncStatus last = seen.getLast();
        assertThat(last.pendingRecords()).isZero();
        assertThat(last.bytesLeft()).isZero();
        assertThat(last.idle()).isTrue();
        assertThat(last.linkBytesPerSecond()).isPositive();
        assertThat(last.eta()).isEqualTo(Duration.ZERO);
        assertThat(last.lastSuccess()).isEqualTo(h.clock.instant());
        assertThat(last.connectivity()).isEqualTo(Connectivity.ONLINE);
    }

    @Test
    void runsOnItsOwnVirtualThreadAndAWakeDrainsNewWorkAtOnce() throws InterruptedException {
        SyncSettings real = new SyncSettings(Duration.ofHours(1), Duration.ofSeconds(20), Duration.ofSeconds(2),
                h.clock, System::nanoTime, new WakeableSleeper(), new SplittableRandom(1), 2);
        CountDownLatch drained = new CountDownLatch(2);
        List<Thread> threads = new CopyOnWriteArrayList<>();
        try (SyncAgent agent = new SyncAgent(h.ledger, h.http, real)) {
            agent.addListener(s -> {
                threads.add(Thread.currentThread());
                if (s.connectivity() == Connectivity.ONLINE && s.idle() && s.lastErrorCode() == null) {
                    drained.countDown();
                }
            });
            agent.start();
            long seq = 0;
            for (int i = 0; i < 50 && drained.getCount() == 2; i++) {
                Thread.sleep(100);
            }
            seq = queue();
            agent.wake();
            assertThat(drained.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 50 && h.ledger.state(seq) != RecordState.ACKNOWLEDGED; i++) {
                Thread.sleep(100);
            }
            assertThat(h.ledger.state(seq)).isEqualTo(RecordState.ACKNOWLEDGED);
        }
        assertThat(threads).isNotEmpty().allSatisfy(t -> {
            assertThat(t.isVirtual()).isTrue();
            assertThat(t.getName()).isEqualTo("loket-sync");
        });
    }

    @Test
    void aDeviceEnrolledBeforeTheCentreHadBundleKeysFetchesThemOnceAfterADrain() throws Exception {
        h.ledger.centreKeys = null;
        SyncAgent agent = h.agent();

        agent.drainOnce();
        assertThat(h.ledger.centreKeys).isEqualTo(h.centre.centreKeys);
        assertThat(h.requests("GET", "/v1/centre-keys")).hasSize(1);

        agent.drainOnce();
        assertThat(h.requests("GET", "/v1/centre-keys")).as("known now: not asked again").hasSize(1);
    }

    @Test
    void aHostileKeysReplyIsNotKeptAndDoesNotFailTheDrain() throws Exception {
        h.ledger.centreKeys = null;
        h.centre.centreKeys = new id.loket.sync.protocol.bundle.CentreKeys("bm90IGEga2V5", null);
        SyncAgent agent = h.agent();

        agent.drainOnce();

        assertThat(h.ledger.centreKeys).isNull();
        assertThat(agent.status().connectivity()).isEqualTo(Connectivity.ONLINE);
        assertThat(agent.status().lastErrorCode()).isNull();
    }

    @Test
    void stoppingTheAgentNeverInterruptsTheLaneInsideAStoreCall() throws InterruptedException {
        queue();
        CountDownLatch inside = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        h.ledger.onTransition = () -> {
            inside.countDown();
            long until = System.nanoTime() + 300_000_000L;
            while (System.nanoTime() < until) {
                if (Thread.currentThread().isInterrupted()) {
                    seen.add("interrupted inside the call");
                    return;
                }
                Thread.onSpinWait();
            }
            seen.add(Thread.currentThread().getName());
        };
        SyncAgent agent = h.agent();
        agent.start();
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        agent.stop();

        for (int i = 0; i < 100 && seen.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertThat(seen).as("the store call ran to its end, on the lane").first().isEqualTo("loket-sync-lane");
    }
}
