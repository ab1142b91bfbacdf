package id.loket.bench.sync;

import id.loket.bench.store.SyntheticApplications;
import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.officer.Officer;
import id.loket.core.officer.PasswordHasher;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.sync.agent.ledger.OutgoingRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A counter's outbox: a real encrypted device store filled with finalised applications (a ~300 KB
 * photo and ten ~15 KB prints each, random bytes that do not compress, as JPEG and WSQ do not),
 * built once into a template directory and copied for each phase, still unenrolled, so each
 * phase enrols with a centre of its own choosing.
 */
final class Backlog {

    static final String OFFICE = "DPS";
    static final int COUNTER = 3;
    /** Real time in Denpasar, as a counter there runs. */
    static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Makassar"));
    /** Few iterations: the benchmark never logs in, it only needs the store open quickly. */
    static final PasswordHasher HASHER = new PasswordHasher(1_000);

    private static final String DONE = "backlog-complete";
    /**
     * Part of a template's directory name, raised when stores made by older code would measure
     * something else: 2 since ADR 22 (images sealed with the bit that spares the hash on read).
     */
    private static final int LAYOUT = 2;
    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);

    /** What the agent has to move: the records' JSON and every distinct image, in bytes. */
    record Payload(int records, long recordBytes, int images, long imageBytes) {
        long total() {
            return recordBytes + imageBytes;
        }
    }

    private Backlog() {
    }

    /**
     * The template store with {@code applications} finalised applications, made unless a complete
     * one from an earlier run with the same size, seed and {@link #LAYOUT} is there.
     */
    static Path template(Path work, int applications, long seed) {
        Path dir = work.resolve("template-v" + LAYOUT + "-" + applications + "-" + seed);
        if (Files.exists(dir.resolve(DONE))) {
            System.out.printf("reusing the backlog in %s%n", dir);
            return dir;
        }
        delete(dir);
        long started = System.nanoTime();
        try (CoreServices core = open(dir)) {
            core.deviceProfiles().save(OFFICE, COUNTER);
            SyntheticApplications synthetic = new SyntheticApplications(seed);
            for (int i = 0; i < applications; i++) {
                SyntheticApplications.StoredImages stored =
                        SyntheticApplications.putAll(core.blobs(), List.of(synthetic.images())).getFirst();
                Application draft = synthetic.draft(stored, OFFICER.username(), CLOCK.instant(), LocalDate.now(CLOCK));
                core.applications().saveDraft(draft);
                core.applicationService().finalise(draft.id(), OFFICER);
                if ((i + 1) % 200 == 0) {
                    System.out.printf("  backlog: %d of %d applications finalised%n", i + 1, applications);
                }
            }
        }
        try {
            Files.writeString(dir.resolve(DONE), Integer.toString(applications));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("backlog of %d applications made in %.0f s (%s)%n", applications,
                (System.nanoTime() - started) / 1e9, dir);
        return dir;
    }

    /** A fresh copy of the template for one phase (an earlier run's copy is removed). */
    static Path copy(Path template, Path to) {
        delete(to);
        try (Stream<Path> files = Files.walk(template)) {
            for (Path from : files.toList()) {
                Files.copy(from, to.resolve(template.relativize(from).toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    static CoreServices open(Path home) {
        return CoreServices.open(home, CLOCK, HASHER);
    }

    /** The payload as the agent reads it before the drain: each record's JSON and each image once. */
    static Payload payload(CoreServices core) {
        CoreDeviceLedger ledger = new CoreDeviceLedger(core);
        List<OutgoingRecord> records = ledger.outgoing(0, Integer.MAX_VALUE);
        long recordBytes = records.stream().mapToLong(r -> r.payload().getBytes(StandardCharsets.UTF_8).length).sum();
        Set<String> hashes = new LinkedHashSet<>();
        records.forEach(r -> hashes.addAll(r.blobHashes()));
        long imageBytes = hashes.stream().mapToLong(h -> core.blobs().size(h).orElseThrow()).sum();
        return new Payload(records.size(), recordBytes, hashes.size(), imageBytes);
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
