package id.loket.e2e.sync;

import id.loket.sync.agent.SyncAgent;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.agent.support.RequestLog;
import id.loket.sync.central.fault.FaultProxy;
import id.loket.sync.central.fault.FaultRule;
import id.loket.sync.protocol.Paths;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static id.loket.e2e.sync.DeliveryProof.assertDeliveredExactlyOnce;
import static id.loket.e2e.sync.DeliveryProof.assertQuietAfter;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end-to-end proof: a counter device (the real encrypted store, the real agent) syncs
 * to the real central server over loopback HTTP through each fault of the sync protocol, one test a
 * fault, and afterwards {@link DeliveryProof} shows every record at the centre exactly once,
 * byte-identical images, the device's outbox acknowledged and no image restarted from byte zero.
 * The agent runs its own loop ({@link SyncAgent#start()}): its backoff, Retry-After handling,
 * timeouts and health probes are what get it through. Subclasses choose the centre's database.
 */
@Timeout(120)
abstract class FaultsEndToEndContract {

    private static final Logger LOG = LoggerFactory.getLogger(FaultsEndToEndContract.class);
    private static final int APPLICATIONS = 3;
    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(60);
    private static final String PATCH = "PATCH";
    private static final String UPLOAD_PREFIX = Paths.UPLOADS + "/";

    @TempDir
    Path temp;

    private TestDevice device;
    private List<OutgoingRecord> queued;
    private TestCentre centre;
    private OkHttpClient http;
    private RequestLog client;
    private SyncAgent agent;
    private Process child;
    private long startedNanos;

    /** The centre's database for this run. */
    abstract CentreDatabase database();

    @BeforeEach
    void setUp() throws Exception {
        startedNanos = System.nanoTime();
        centre = TestCentre.start(database());
        device = TestDevice.create(temp.resolve("device"), APPLICATIONS);
        queued = device.queued();
        assertThat(queued).hasSize(APPLICATIONS).allSatisfy(r -> assertThat(r.blobHashes()).hasSize(11));
        client = new RequestLog();
        http = client.on(TestAgents.http());
        device.enroll(http, centre.url(), centre.enrollmentToken());
        centre.server.observations().reset();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (child != null && child.isAlive()) {
            AgentProcess.kill(child);
        }
        if (agent != null) {
            agent.close();
        }
        if (http != null) {
            TestAgents.shutdown(http);
        }
        if (device != null) {
            device.close();
        }
        if (centre != null) {
            centre.close();
        }
        LOG.info("end-to-end test on {} took {} ms", database(), Duration.ofNanos(System.nanoTime() - startedNanos).toMillis());
    }

    /** The link refuses connections (open ones reset) for 1.5 s mid-image; the upload resumes where the centre stood. */
    @Test
    void refusedConnections() throws Exception {
        centre.proxy.throttle(TestAgents.SLOW_LINK_BITS_PER_SECOND);
        startAgent(http);
        Map.Entry<String, Long> partly = awaitImagePartlyAtCentre();

        centre.proxy.refuseConnections(true);
        long refusedAt = System.nanoTime();
        int arrivals = centre.observed().arrivals().size();
        awaitOffline();
        sleepUntil(refusedAt, Duration.ofMillis(1_500));
        assertThat(centre.observed().arrivals()).as("requests while refusing").hasSize(arrivals);
        centre.proxy.refuseConnections(false);

        deliverAndProveResumed(partly);
    }

    /**
     * 503 with Retry-After 2 s on an image chunk, a blob pack and the batch: the agent starts no
     * request at all before it expires (timed at the agent's client: ADR 21).
     */
    @Test
    void serviceUnavailableWithRetryAfter() throws Exception {
        Duration retryAfter = Duration.ofSeconds(2);
        FaultRule busy = FaultRule.http503(retryAfter.toSeconds(), 1);
        syncThroughCentreFaults(busy.on(PATCH, UPLOAD_PREFIX), busy.on("POST", Paths.BLOB_PACKS),
                busy.on("POST", Paths.BATCHES));
        assertQuietAfter(client, PATCH + " " + UPLOAD_PREFIX, retryAfter);
        assertQuietAfter(client, "POST " + Paths.BLOB_PACKS, retryAfter);
        assertQuietAfter(client, "POST " + Paths.BATCHES, retryAfter);
    }

    /** A 500 on each kind of request: the agent backs off and carries on. */
    @Test
    void internalServerErrors() throws Exception {
        FaultRule failing = FaultRule.http500(1);
        syncThroughCentreFaults(failing.on("GET", Paths.STATUS), failing.on("POST", Paths.BLOBS_MISSING),
                failing.on("POST", Paths.UPLOADS), failing.on(PATCH, UPLOAD_PREFIX), failing.on("POST", Paths.BLOB_PACKS),
                failing.on("POST", Paths.BATCHES));
    }

    /**
     * The link stalls (accepts, forwards nothing): the agent's read timeout ends the hung call. Then the
     * centre stalls on the batch past the timeout and commits it after the agent gave up and sent it again.
     */
    @Test
    void stalledLinkAndStalledCentre() throws Exception {
        Duration timeout = Duration.ofMillis(1_500);
        TestAgents.shutdown(http);
        http = TestAgents.http(timeout);
        // long enough that the agent has given up on the batch and sent it again before it commits
        Duration centreStall = timeout.multipliedBy(3);
        centre.server.faults().add(FaultRule.stall(centreStall, 1).on("POST", Paths.BATCHES));
        startAgent(http);
        await("a first image chunk at the centre", Duration.ofSeconds(20),
                () -> !centre.observed().patchOffsets().isEmpty());

        centre.proxy.stall(true);
        long stalledAt = System.nanoTime();
        awaitOffline();
        Duration hung = Duration.ofNanos(System.nanoTime() - stalledAt);
        assertThat(hung).as("how long the stalled call hung before the agent gave up")
                .isGreaterThanOrEqualTo(timeout.minusMillis(500)).isLessThan(timeout.multipliedBy(3));
        centre.proxy.stall(false);

        awaitDelivered();
        // the stalled batch commits late, after the agent gave up on it: let it land before the proof
        long batchArrived = centre.observed().arrivals("POST /v1/batches").getFirst().monotonicNanos();
        sleepUntil(batchArrived, centreStall.plusMillis(500));
        assertThat(centre.observed().requests("POST /v1/batches")).as("batches sent").isGreaterThanOrEqualTo(2);
        assertDeliveredExactlyOnce(device, queued, centre, 0);
    }

    /** The connection is reset a few KB into an image's second chunk: the chunk is sent again from the centre's offset. */
    @Test
    void connectionCutMidImage() throws Exception {
        centre.proxy.throttle(TestAgents.SLOW_LINK_BITS_PER_SECOND);
        startAgent(http);
        Map.Entry<String, Long> partly = awaitImagePartlyAtCentre();

        // two cuts a few KB into the chunk: OkHttp may send a request again once on a new connection
        // by itself, the second cut then reaches the agent
        centre.proxy.cutAfter(FaultProxy.Direction.REQUEST, 8_000, 2);
        await("the cut image stored", Duration.ofSeconds(20), () -> centre.uploads().get(partly.getKey()).complete());

        deliverAndProveResumed(partly);
    }

    /** The centre commits an image chunk, a blob pack and a batch, then drops the connection without a reply. */
    @Test
    void centreCrashesAfterCommit() throws Exception {
        FaultRule crash = FaultRule.crashAfterCommit(1);
        syncThroughCentreFaults(crash.on(PATCH, UPLOAD_PREFIX), crash.on("POST", Paths.BLOB_PACKS),
                crash.on("POST", Paths.BATCHES));
    }

    /** An agent in its own process is killed with SIGKILL mid-chunk; a new agent on the same store resumes the image. */
    @Test
    void clientKilledMidUpload() throws Exception {
        device.close();
        centre.proxy.throttle(TestAgents.SLOW_LINK_BITS_PER_SECOND);
        child = AgentProcess.start(device.home(), Path.of("target", "agent-process.log"));
        Map.Entry<String, Long> partly = awaitImagePartlyAtCentre();

        // SIGKILL while the next chunk is in flight; like a power cut, the bytes still in the dying
        // machine's buffers never arrive: the link holds them until the process is gone, then drops them
        centre.proxy.stall(true);
        AgentProcess.kill(child);
        centre.proxy.refuseConnections(true);
        centre.proxy.refuseConnections(false);
        centre.proxy.stall(false);
        TestCentre.Upload atKill = centre.uploads().get(partly.getKey());
        assertThat(atKill.offset()).as("the centre holds part of the image").isEqualTo(partly.getValue())
                .isLessThan(atKill.size());

        device.open();
        startAgent(http);
        deliverAndProveResumed(partly);
    }

    /**
     * A flipped bit in image chunks: on the wire (401, the body no longer matches its signature), after
     * the chunk checksum (460) and before it (the centre discards the whole upload at its end, 422, and
     * that image, only that one, starts again from byte zero).
     */
    @Test
    void flippedBytesInImages() throws Exception {
        ByteFlips flips = new ByteFlips(ByteFlips.Where.WIRE, ByteFlips.Where.CHUNK, ByteFlips.Where.BLOB);
        startAgent(flips.install(http));

        awaitDelivered();
        assertThat(flips.allDone()).isTrue();
        assertThat(flips.patchReplies()).as("PATCH replies").containsSubsequence(401, 460, 422);
        assertDeliveredExactlyOnce(device, queued, centre, 1);
    }

    // --- plumbing ------------------------------------------------------------------------------------

    /** Arms the centre's faults, lets the agent drain through them all and proves the delivery. */
    private void syncThroughCentreFaults(FaultRule... rules) {
        List.of(rules).forEach(centre.server.faults()::add);
        startAgent(http);
        awaitDelivered();
        assertThat(centre.server.faults().active()).as("faults never hit").isEmpty();
        assertDeliveredExactlyOnce(device, queued, centre, 0);
    }

    private void startAgent(OkHttpClient client) {
        agent = TestAgents.agent(device.ledger(), client);
        agent.start();
    }

    /** Waits until the agent's loop has delivered every queued record, then stops it. */
    private void awaitDelivered() {
        await("every record delivered", DELIVERY_DEADLINE, () -> device.ledger().summary().pendingRecords() == 0);
        agent.stop();
    }

    /** Waits until the agent gave up on the link: its last attempt failed as offline. */
    private void awaitOffline() {
        await("the agent offline", Duration.ofSeconds(20),
                () -> "offline".equals(device.ledger().summary().lastErrorCode()));
    }

    /** Waits for a PATCH past offset 0: an image's second chunk is on its way, the first is stored. */
    private Map.Entry<String, Long> awaitImagePartlyAtCentre() {
        await("an image's second chunk", Duration.ofSeconds(30), () -> centre.uploadPastZero().isPresent());
        return centre.uploadPastZero().orElseThrow();
    }

    /**
     * Lets the link run at full speed, proves the delivery, and that the upload interrupted at
     * {@code partly} went on from the offset the centre held: that chunk was sent again, never byte zero.
     */
    private void deliverAndProveResumed(Map.Entry<String, Long> partly) {
        centre.proxy.throttle(0);
        awaitDelivered();
        assertDeliveredExactlyOnce(device, queued, centre, 0);
        List<Long> starts = centre.observed().patchOffsets().get(partly.getKey());
        assertThat(starts).as("PATCH offsets of the interrupted upload").startsWith(0L, partly.getValue())
                .containsOnly(0L, partly.getValue());
        assertThat(starts.stream().filter(partly.getValue()::equals)).as("the interrupted chunk sent again").hasSizeGreaterThan(1);
    }

    private void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; device: "
                        + (device.ledger() == null ? "closed" : device.ledger().summary()) + "; centre saw "
                        + centre.observed().requests());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    private static void sleepUntil(long sinceNanos, Duration elapsed) throws InterruptedException {
        long left = sinceNanos + elapsed.toNanos() - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
