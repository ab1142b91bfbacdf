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
 * Kills a writing process with SIGKILL at random moments, then reopens the store: it must open
 * every time, and every application the child reported as saved (after its commit returned) must
 * be there with all eleven images intact; every reported finalisation must be there with its
 * receipt number and outbox row. The seed is logged so a failure can be replayed.
 */
class DurabilityTest {

    private static final Logger LOG = LoggerFactory.getLogger(DurabilityTest.class);
    private static final Pattern SAVED = Pattern.compile("SAVED ([0-9a-f-]{36})");
    private static final Pattern FINALISED = Pattern.compile("FINALISED ([0-9a-f-]{36}) (\\S+)");
    private static final int ROUNDS = 8;

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
            runAndKill(round, random.nextLong(), delayMs, saved, finalised);
            LOG.info("round {}: killed after {} ms, {} new applications reported saved", round, delayMs,
                    saved.size() - before);
            verify(round, saved, finalised);
        }
        LOG.info("durability: {} rounds, {} applications, {} finalised, {} s, database file {} MB", ROUNDS,
                saved.size(), finalised.size(), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started),
                java.nio.file.Files.size(dir.resolve(LoketStore.DATABASE_FILE)) / 1_000_000);
        assertThat(saved).hasSizeGreaterThan(ROUNDS);
    }

    private void runAndKill(int round, long childSeed, long delayMs, Map<UUID, Integer> saved, Map<UUID, String> finalised)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                DurabilityWorker.class.getName(), dir.toString(), Long.toString(childSeed)));
        Process child = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
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
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("child became ready").isTrue();
        Thread.sleep(delayMs);
        assertThat(child.isAlive()).as("child still writing when killed").isTrue();
        child.destroyForcibly();
        assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join(5_000);
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
