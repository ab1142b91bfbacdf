package id.loket.core.store;

import id.loket.core.CoreServices;
import id.loket.core.TestStores;
import id.loket.core.application.Application;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.outbox.OutboxEntry;
import id.loket.core.workflow.ApplicationState;
import id.loket.sync.protocol.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills a writing process with SIGKILL (every third round SIGTERM, which runs shutdown hooks
 * under a running transaction) at random moments, then reopens the store: it must open every time, and every application the child reported as saved (after its commit returned) must
 * be there with all eleven images intact; every reported finalisation must be there with its
 * receipt number and outbox row. The seed is logged so a failure can be replayed.
 */
class DurabilityTest {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilityTest.class);
    private static final Pattern SAVED = Pattern.compile("SAVED ([0-9a-f-]{36})");
    private static final Pattern FINALISED = Pattern.compile("FINALISED ([0-9a-f-]{36}) (\\S+)");
    private static final int ROUNDS = 8;
    /** Opening a store that was killed mid-write on a slow CI disk can take a while; a hang is still a failure. */
    private static final int READY_TIMEOUT_S = 120;

    @TempDir
    Path dir;

    @Test
    void everyCommittedApplicationSurvivesAKilledProcess() throws Exception {
        long seed = Long.getLong("loket.durability.seed", System.nanoTime());
        LOG.info("durability test seed {} (rerun with -Dloket.durability.seed={})", seed, seed);
        Random random = new Random(seed);
        Map<UUID, Integer> saved = new ConcurrentHashMap<>();
        Map<UUID, String> finalised = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        for (int round = 1; round <= ROUNDS; round++) {
            int before = saved.size();
            long delayMs = 150 + random.nextInt(1_500);
            long readyMs = runAndKill(round, random.nextLong(), delayMs, saved, finalised);
            LOG.info("round {}: child ready after {} ms, killed {} ms later, {} new applications reported saved",
                    round, readyMs, delayMs, saved.size() - before);
            verify(round, saved, finalised);
        }
        LOG.info("durability: {} rounds, {} applications, {} finalised, {} s, database file {} MB", ROUNDS,
                saved.size(), finalised.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                java.nio.file.Files.size(dir.resolve(LoketStore.DATABASE_FILE)) / 1_000_000);
        assertThat(saved).hasSizeGreaterThan(ROUNDS);
    }

    private long runAndKill(int round, long childSeed, long delayMs, Map<UUID, Integer> saved, Map<UUID, String> finalised)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                DurabilityWorker.class.getName(), dir.toString(), Long.toString(childSeed)));
        Path childLog = dir.resolveSibling(dir.getFileName() + "-child-" + round + ".log");
        Process child = new ProcessBuilder(cmd).redirectError(childLog.toFile()).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    }
                    Matcher s = SAVED.matcher(line);
                    if (s.matches()) {
                        saved.put(UUID.fromString(s.group(1)), round);
                    }
                    Matcher f = FINALISED.matcher(line);
                    if (f.matches()) {
                        finalised.put(UUID.fromString(f.group(1)), round + " " + f.group(2));
                    }
                }
            } catch (java.io.IOException ignored) {
                // the child was killed mid-line
            }
        });
        long spawned = System.nanoTime();
        long deadline = spawned + TimeUnit.SECONDS.toNanos(READY_TIMEOUT_S);
        while (!ready.await(200, TimeUnit.MILLISECONDS) && child.isAlive() && System.nanoTime() < deadline) {
            // wait for READY, the child's death, or the deadline, whichever comes first
        }
        if (ready.getCount() > 0) {
            child.destroyForcibly();
            throw new AssertionError("round " + round + ": the child " + (child.isAlive() ? "was not ready after "
                    + READY_TIMEOUT_S + " s" : "exited with " + child.waitFor()) + "; its stderr:\n" + tail(childLog));
        }
        long readyMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - spawned);
        Thread.sleep(delayMs);
        assertThat(child.isAlive()).as("child still writing when killed").isTrue();
        if (round % 3 == 0) {
            child.destroy(); // SIGTERM: shutdown hooks run while the writer is mid-transaction
        } else {
            child.destroyForcibly();
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
        return readyMs;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (java.io.IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }

    private void verify(int round, Map<UUID, Integer> saved, Map<UUID, String> finalised) {
        try (CoreServices core = TestStores.open(dir)) {
            for (UUID id : saved.keySet()) {
                Application a = core.applications().find(id).orElseThrow(() -> new AssertionError("lost " + id));
                List<String> hashes = new ArrayList<>();
                hashes.add(a.photo().imageHash());
                a.fingerprints().fingers().stream().map(FingerCapture::imageHash).forEach(hashes::add);
                assertThat(hashes).hasSize(11).doesNotContainNull();
                for (String h : hashes) {
                    byte[] data = core.blobs().get(h).orElseThrow(() -> new AssertionError("image lost " + h));
                    assertThat(Sha256.hex(data)).isEqualTo(h);
                }
            }
            List<OutboxEntry> queued = core.outbox().pending();
            for (Map.Entry<UUID, String> f : finalised.entrySet()) {
                Application a = core.applications().find(f.getKey()).orElseThrow();
                String[] reported = f.getValue().split(" ");
                assertThat(a.state()).as("%s finalised as %s in round %s, checked after round %d; outbox %s",
                        a.id(), reported[1], reported[0], round, core.outbox().forRecord(a.id()))
                        .isEqualTo(ApplicationState.FINALISED);
                assertThat(a.receiptNumber()).isEqualTo(reported[1]);
                assertThat(queued).anyMatch(e -> e.recordId().equals(a.id()));
            }
            assertThat(core.audit().verify().ok()).isTrue();
        }
    }
}
