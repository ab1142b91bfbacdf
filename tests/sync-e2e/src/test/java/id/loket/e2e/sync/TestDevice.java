package id.loket.e2e.sync;

import id.loket.core.CoreServices;
import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.application.Sex;
import id.loket.core.biometric.Finger;
import id.loket.core.biometric.FingerCapture;
import id.loket.core.biometric.FingerSet;
import id.loket.core.biometric.FingerprintCapture;
import id.loket.core.biometric.PhotoCapture;
import id.loket.core.officer.Officer;
import id.loket.core.officer.PasswordHasher;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.sync.agent.enroll.DeviceEnrollment;
import id.loket.sync.agent.ledger.OutgoingRecord;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The counter device: the real encrypted store ({@link CoreServices}) in a directory, set up as
 * DPS counter 3 and filled with finalised applications (a ~300 KB photo and ten ~15 KB
 * fingerprint images each, distinct bytes), and the agent's port over it ({@link CoreDeviceLedger}).
 * It can be closed and opened again, so another process (a killed agent) can use the store between.
 */
final class TestDevice implements AutoCloseable {

    static final String OFFICE = "DPS";
    static final int COUNTER = 3;
    static final int PHOTO_BYTES = 300_000;
    static final int PRINT_BYTES = 15_000;
    /** The store's clock: real time in Denpasar. */
    static final Clock CLOCK = Clock.system(ZoneId.of("Asia/Makassar"));

    /** Few iterations: opening a test store must not spend half a second per password. */
    private static final PasswordHasher FAST_HASHER = new PasswordHasher(1_000);
    private static final Officer OFFICER = new Officer(Ids.uuidV7(), "petugas1", "I Made Sudarsana", Role.OFFICER, true);

    private static final Map<Integer, Path> TEMPLATES = new ConcurrentHashMap<>();

    private final Path home;
    private CoreServices core;
    private CoreDeviceLedger ledger;

    private TestDevice(Path home) {
        this.home = home;
        open();
    }

    /**
     * A new store in {@code home} with {@code applications} finalised applications in its outbox: a
     * copy of a store filled once per JVM (filling one takes seconds: every image is a durable write),
     * still unenrolled, so each test's device enrolls with its own centre.
     */
    static TestDevice create(Path home, int applications) throws IOException {
        Path filled = TEMPLATES.computeIfAbsent(applications, TestDevice::fill);
        try (Stream<Path> files = Files.walk(filled)) {
            for (Path from : files.toList()) {
                Files.copy(from, home.resolve(filled.relativize(from).toString()));
            }
        }
        return new TestDevice(home);
    }

    private static Path fill(int applications) {
        Path dir = Path.of("target", "device-templates", Integer.toString(applications));
        delete(dir);
        try (TestDevice device = new TestDevice(dir)) {
            device.core.deviceProfiles().save(OFFICE, COUNTER);
            Random random = new Random(2026);
            for (int i = 0; i < applications; i++) {
                device.finalise(random);
            }
        }
        return dir;
    }

    /** The store in {@code home} as a process of its own opens it. */
    static CoreServices openStore(Path home) {
        return CoreServices.open(home, CLOCK, FAST_HASHER);
    }

    Path home() {
        return home;
    }

    CoreServices core() {
        return core;
    }

    CoreDeviceLedger ledger() {
        return ledger;
    }

    /** Enrolls through the agent's real enrollment call; the agent then talks to {@code centre}. */
    void enroll(OkHttpClient http, HttpUrl centre, String token) throws IOException {
        DeviceEnrollment.enroll(ledger, http, centre, token, CLOCK);
    }

    String deviceId() {
        return ledger.enrolment().orElseThrow().deviceId();
    }

    /** Everything still to deliver, as the agent reads it (before a sync: every finalised application). */
    List<OutgoingRecord> queued() {
        return ledger.outgoing(0, 10_000);
    }

    byte[] blob(String hash) {
        return core.blobs().get(hash).orElseThrow(() -> new AssertionError("the device lost image " + hash));
    }

    /** Opens the store again after {@link #close()}. */
    void open() {
        core = openStore(home);
        ledger = new CoreDeviceLedger(core);
    }

    @Override
    public void close() {
        if (core != null) {
            core.close();
            core = null;
            ledger = null;
        }
    }

    /** Finalises one more application (new images, new record) into the outbox. */
    void addApplication(long seed) {
        finalise(new Random(seed));
    }

    /** A draft that passes every finalise guard, its images really stored, then finalised into the outbox. */
    private void finalise(Random random) {
        Instant now = CLOCK.instant();
        String photo = core.blobs().put(bytes(random, PHOTO_BYTES), "image/jpeg");
        FingerprintCapture prints = FingerprintCapture.pending(FingerSet.TEN);
        for (Finger finger : FingerSet.TEN.fingers()) {
            prints = prints.with(FingerCapture.captured(finger, 70, 1, "SBI-001",
                    core.blobs().put(bytes(random, PRINT_BYTES), "image/x-wsq")));
        }
        Applicant applicant = new Applicant("3201011208900001", NikVerification.UNVERIFIED, "H. M. Firman, S.E.",
                "M FIRMAN", "Bogor", LocalDate.of(1990, 8, 12), Sex.MALE, "Jl. Pajajaran 1, Bogor", "081234567890", true);
        Application draft = Application.draft(Ids.uuidV7(), applicant, ApplicationKind.NEW, PassportType.ELECTRONIC,
                        ServiceLevel.REGULAR, Purpose.UMRAH, Lane.APPOINTMENT, FingerSet.TEN, OFFICER.username(),
                        now.minusSeconds(600))
                .withPhoto(new PhotoCapture(photo, 413, 531, now.minusSeconds(300)))
                .withFingerprints(prints);
        core.applications().saveDraft(draft);
        core.applicationService().finalise(draft.id(), OFFICER);
    }

    /** Removes a template left by an earlier run (its store may predate a migration). */
    private static void delete(Path dir) {
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

    private static byte[] bytes(Random random, int size) {
        byte[] b = new byte[size];
        random.nextBytes(b);
        return b;
    }
}
