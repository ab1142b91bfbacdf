package id.loket.bench.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.loket.bench.store.SyntheticApplications.Images;
import id.loket.bench.store.SyntheticApplications.StoredImages;
import id.loket.core.CoreServices;
import id.loket.core.application.Application;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.store.SealedFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 2's store benchmark: finalising applications (a ~300 KB photo, ten ~15 KB prints, the
 * record, its outbox row and audit entry) into a store that already holds {@code --preload}
 * finalised applications, through the real core services on the real encrypted H2 file.
 *
 * <pre>
 * ./mvnw -B -pl bench/store -am -DskipTests package
 * java -jar bench/store/target/loket-bench-store-0.1.0-SNAPSHOT.jar --store target/bench-store --preload 100000
 * </pre>
 *
 * The preloaded applications carry small distinct images (full-size ones for 100,000 applications
 * would need ~70 GB); the measured ones carry full-size images. The preloaded store is kept, so a
 * rerun only tops it up. See docs/benchmarks.md for the method.
 */
@Command(name = "loket-bench-finalise", mixinStandardHelpOptions = true, version = "loket-bench-finalise 0.1.0",
        description = "Finalise latency (p50/p90/p99/p99.9/max) into a store preloaded with N finalised applications, "
                + "and the store's size on disk.")
public final class FinaliseBenchmark implements Callable<Integer> {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    private static final String OFFICER = "petugas1";
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Option(names = "--store", defaultValue = "target/bench-store",
            description = "Store directory; created if missing, reused (and topped up) if preloaded (default ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--preload", defaultValue = "100000",
            description = "Finalised applications the store holds before measuring (default ${DEFAULT-VALUE}).")
    int preload;

    @Option(names = "--preload-image-bytes", defaultValue = "1500",
            description = "Size of each of the 11 distinct images of a PRELOADED application (default ${DEFAULT-VALUE}; "
                    + "full-size images for 100,000 applications need ~70 GB). Measured applications always use "
                    + "a ~300 KB photo and ten ~15 KB prints.")
    int preloadImageBytes;

    @Option(names = "--preload-batch", defaultValue = "100",
            description = "Preloaded applications per transaction (default ${DEFAULT-VALUE}): the same services, "
                    + "fewer commits, so the preload is faster and leaves less dead space in the file.")
    int preloadBatch;

    @Option(names = "--compact-every", defaultValue = "12500",
            description = "During the preload, close the store with SHUTDOWN COMPACT every N applications and at the "
                    + "end (default ${DEFAULT-VALUE}; 0 = never).")
    long compactEvery;

    @Option(names = "--measure", defaultValue = "2000", description = "Measured finalisations (default ${DEFAULT-VALUE}).")
    int measure;

    @Option(names = "--warmup", defaultValue = "200",
            description = "Finalisations before measuring, not counted (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--json", defaultValue = "target/bench-finalise.json",
            description = "Where the results go as JSON (default ${DEFAULT-VALUE}).")
    Path jsonFile;

    @Option(names = "--seed", description = "Seed of the generated applicants and images (default: from the clock; "
            + "images must differ from those already stored).")
    Long seed;

    @Option(names = "--images-in-one-batch",
            description = "Store the 11 images with ONE BlobStore.putAll (one journal commit for all eleven files) "
                    + "instead of one durable put per image as the capture screens do: shows what batching would save.")
    boolean batched;

    @Option(names = "--min-free-gb", defaultValue = "10",
            description = "Stop with an error when the disk holding the store has less free space than this (default ${DEFAULT-VALUE}).")
    double minFreeGb;

    @Option(names = "--target-p99-ms", defaultValue = "20", description = "The p99 target (default ${DEFAULT-VALUE} ms).")
    double targetP99Ms;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;
    /** Bytes appended to the database file by the measured images, draft and finalise phases (summed). */
    private final long[] written = new long[3];

    public static void main(String[] args) {
        System.exit(new CommandLine(new FinaliseBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path dir = storeDir.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        Map<String, Object> facts = MachineFacts.collect(dir);
        long usedSeed = seed != null ? seed : System.nanoTime();
        SyntheticApplications gen = new SyntheticApplications(usedSeed);
        Clock clock = Clock.system(JAKARTA);
        Officer officer = new Officer(Ids.uuidV7(), OFFICER, "I Made Sudarsana", Role.OFFICER, true);

        println("Loket store benchmark: finalise into a preloaded store");
        facts.forEach((k, v) -> println("  %-20s %s", k, v));
        println("  %-20s %s", "store", dir);
        println("  %-20s %d", "seed", usedSeed);

        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> preloadFacts = preload(dir, gen, officer, clock);
        long openStart = System.nanoTime();
        try (CoreServices core = CoreServices.open(dir, clock)) {
            double openMs = (System.nanoTime() - openStart) / 1e6;
            println("Opened the store in %.0f ms (%s on disk).", openMs, gb(sizeOnDisk(dir)));
            setUpDevice(core);
            Map<String, Object> before = contents(core, dir);
            println("Before measuring: %s", before);

            result.put("benchmark", "finalise into a preloaded store");
            result.put("options", Map.of("store", dir.toString(), "preload", preload, "measure", measure,
                    "warmup", warmup, "seed", usedSeed, "images_in_one_batch", batched,
                    "preload_image_bytes", preloadImageBytes));
            result.put("machine", facts);
            result.put("store_open_ms", Math.round(openMs));
            result.put("preload", preloadFacts);
            result.put("store_before", before);
            if (measure > 0) {
                measure(core, dir, gen, officer, clock, result);
            }
        }
        result.put("finished_at", Instant.now().toString());
        result.put("store_size_after_close_bytes", sizeOnDisk(dir));
        result.put("store_files_after_close", files(dir));
        println("Closed the store: %s on disk.", gb(sizeOnDisk(dir)));
        Path json = jsonFile.toAbsolutePath();
        Files.createDirectories(json.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
        println("Results written to %s", json);
        return 0;
    }

    /** Warms up, measures {@link #measure} finalisations and prints and collects the figures. */
    private void measure(CoreServices core, Path dir, SyntheticApplications gen, Officer officer, Clock clock,
                         Map<String, Object> result) {
        Latencies total = new Latencies("images + record + finalise (unit)", measure);
        Latencies images = new Latencies(batched ? "  11 images, one putAll" : "  11 image puts (photo + 10 prints)",
                measure);
        Latencies draft = new Latencies("  saveDraft (record)", measure);
        Latencies finalise = new Latencies("  finalise (state+outbox+audit)", measure);
        Latencies unitCpu = new Latencies("CPU time of this thread: unit", measure);
        Latencies finaliseCpu = new Latencies("CPU time of this thread: finalise", measure);
        checkFreeSpace(dir);
        println("Warm-up: %d finalisations (not counted) ...", warmup);
        run(core, gen, officer, clock, warmup, null);
        println("Measuring %d finalisations ...", measure);
        String loadBefore = MachineFacts.loadAverage();
        long gcCount0 = gcCount();
        long gcMs0 = gcMillis();
        long wallStart = System.nanoTime();
        run(core, gen, officer, clock, measure, List.of(total, images, draft, finalise, unitCpu, finaliseCpu));
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        long gcCount = gcCount() - gcCount0;
        long gcMs = gcMillis() - gcMs0;
        String loadAfter = MachineFacts.loadAverage();
        Map<String, Object> writtenKb = new LinkedHashMap<>();
        writtenKb.put("blob_puts_11", written[0] / 1024 / Math.max(1, measure));
        writtenKb.put("save_draft", written[1] / 1024 / Math.max(1, measure));
        writtenKb.put("finalise", written[2] / 1024 / Math.max(1, measure));
        writtenKb.put("unit", (written[0] + written[1] + written[2]) / 1024 / Math.max(1, measure));
        Map<String, Object> after = contents(core, dir);

        println("");
        println("Timed per application with System.nanoTime (image bytes generated before the clock starts):");
        println("  unit     = %s", unitImages());
        println("             + building the record + ApplicationRepository.saveDraft (1 transaction)");
        println("             + ApplicationService.finalise (guard, receipt no., record, outbox row, audit entry: 1 transaction)");
        println("  finalise = ApplicationService.finalise alone");
        for (Latencies l : List.of(total, images, draft, finalise)) {
            println("  %s", l.line());
        }
        println("  Same operations, CPU time of the benchmark thread (ThreadMXBean; excludes waiting for the disk"
                + " and for a CPU on a busy machine):");
        for (Latencies l : List.of(unitCpu, finaliseCpu)) {
            println("  %s", l.line());
        }
        double throughput = measure / wallSeconds;
        println("  throughput: %.1f applications/s over %.1f s wall (generation included); GC: %d collections, %d ms",
                throughput, wallSeconds, gcCount, gcMs);
        println("  written per application (KiB appended to loket.mv.db + sealed image files, mean): %s; the images are %,d KiB",
                writtenKb, (SyntheticApplications.PHOTO_BYTES + 10 * SyntheticApplications.PRINT_BYTES) / 1024);
        println("  load average (1/5/15 min) on this %d-CPU machine: %s before, %s after measuring",
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        double unitP99 = (double) total.summary().get("p99_ms");
        double finaliseP99 = (double) finalise.summary().get("p99_ms");
        println("  target p99 < %.0f ms: unit %.2f ms %s, finalise alone %.2f ms %s", targetP99Ms,
                unitP99, unitP99 < targetP99Ms ? "MET" : "MISSED", finaliseP99,
                finaliseP99 < targetP99Ms ? "MET" : "MISSED");
        println("After measuring: %s", after);

        result.put("store_after", after);
        Map<String, Object> latencies = new LinkedHashMap<>();
        latencies.put("unit_images_record_finalise", total.summary());
        latencies.put("blob_puts_11", images.summary());
        latencies.put("save_draft", draft.summary());
        latencies.put("finalise", finalise.summary());
        latencies.put("unit_thread_cpu", unitCpu.summary());
        latencies.put("finalise_thread_cpu", finaliseCpu.summary());
        result.put("latency", latencies);
        result.put("throughput_per_s", Math.round(throughput * 10) / 10.0);
        result.put("measure_wall_s", Math.round(wallSeconds * 10) / 10.0);
        result.put("file_growth_kib_per_application", writtenKb);
        result.put("load_average_before_after", List.of(loadBefore, loadAfter));
        result.put("gc_during_measure", Map.of("collections", gcCount, "ms", gcMs));
        result.put("target_p99_ms", targetP99Ms);
        result.put("timed_regions", Map.of(
                "unit_images_record_finalise", unitImages() + " + build record + ApplicationRepository.saveDraft"
                        + " + ApplicationService.finalise",
                "finalise", "ApplicationService.finalise: guard, image existence checks, receipt number, record, "
                        + "outbox row, audit entry; one transaction + CHECKPOINT SYNC"));
    }

    /**
     * Tops the store up to {@link #preload} finalised applications through the real services (11 blob
     * puts, saveDraft, finalise), {@link #preloadBatch} applications per transaction, closing the store
     * with {@code SHUTDOWN COMPACT} every {@link #compactEvery} applications and at the end (the store
     * never reuses space, ADR 7, so an uncompacted preload would leave mostly dead space on disk).
     */
    private Map<String, Object> preload(Path dir, SyntheticApplications gen, Officer officer, Clock clock) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> compactions = new java.util.ArrayList<>();
        long start = System.nanoTime();
        long have0 = -1;
        long added = 0;
        while (true) {
            try (CoreServices core = CoreServices.open(dir, clock)) {
                setUpDevice(core);
                long have = countFinalised(core);
                if (have0 < 0) {
                    have0 = have;
                    m.put("already_there", have);
                    if (have >= preload) {
                        println("Preload: the store already holds %,d finalised applications (>= %,d), nothing to add.",
                                have, preload);
                        m.put("added", 0);
                        return m;
                    }
                    println("Preload: %,d finalised applications there, adding %,d with 11 distinct %,d-byte images "
                            + "each (blob puts, saveDraft, finalise; %d applications per transaction; "
                            + "SHUTDOWN COMPACT every %,d) ...", have, preload - have, preloadImageBytes, preloadBatch,
                            compactEvery);
                }
                long segment = preload - have;
                if (compactEvery > 0) {
                    segment = Math.min(segment, compactEvery);
                }
                addApplications(core, gen, officer, clock, have, segment, have0, start);
                added += segment;
                if (compactEvery > 0) {
                    compactions.add(compact(core, dir));
                }
                if (have + segment >= preload) {
                    break;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        println("Preload done: %,d applications in %s (%.1f app/s, compactions included).", added,
                duration(Math.round(seconds)), added / seconds);
        m.put("added", added);
        m.put("image_bytes", preloadImageBytes);
        m.put("applications_per_transaction", preloadBatch);
        m.put("seconds", Math.round(seconds));
        m.put("rate_per_s", Math.round(added / seconds * 10) / 10.0);
        m.put("compactions", compactions);
        return m;
    }

    private void addApplications(CoreServices core, SyntheticApplications gen, Officer officer, Clock clock,
                                 long have, long toAdd, long have0, long start) {
        long lastReport = System.nanoTime();
        long lastDone = 0;
        long done = 0;
        while (done < toAdd) {
            int batch = (int) Math.min(Math.max(1, preloadBatch), toAdd - done);
            List<Images> images = new java.util.ArrayList<>();
            for (int k = 0; k < batch; k++) {
                images.add(gen.images(preloadImageBytes, preloadImageBytes));
            }
            List<StoredImages> storedAll = SyntheticApplications.putAll(core.blobs(), images);
            core.store().inTransaction(c -> {
                for (int k = 0; k < batch; k++) {
                    StoredImages stored = storedAll.get(k);
                    Application a = gen.draft(stored, OFFICER, clock.instant(), LocalDate.now(clock));
                    core.applications().saveDraft(a);
                    core.applicationService().finalise(a.id(), officer);
                }
                return null;
            });
            done += batch;
            checkFreeSpace(core.store().dataDir());
            long now = System.nanoTime();
            if (now - lastReport >= 30_000_000_000L || done == toAdd) {
                long total = have + done;
                double elapsed = (now - start) / 1e9;
                double rate = (total - have0) / elapsed;
                double recent = (done - lastDone) / ((now - lastReport) / 1e9);
                long etaSeconds = Math.round((preload - total) / rate);
                println("  preload %,d/%,d (%.1f%%)  %.1f app/s (last interval %.1f)  elapsed %s  ETA %s  store %s",
                        total, (long) preload, 100.0 * total / preload, rate, recent,
                        duration(Math.round(elapsed)), duration(etaSeconds), gb(sizeOnDisk(core.store().dataDir())));
                lastReport = now;
                lastDone = done;
            }
        }
    }

    /** {@code SHUTDOWN COMPACT}: H2 rewrites the live pages into a fresh file and closes the database. */
    private Map<String, Object> compact(CoreServices core, Path dir) {
        long before = sizeOnDisk(dir);
        long t = System.nanoTime();
        try {
            core.store().read(c -> {
                try (java.sql.Statement st = c.createStatement()) {
                    st.execute("SHUTDOWN COMPACT");
                }
                return null;
            });
        } catch (RuntimeException e) {
            // expected: the store's connection cannot end its read after the database shut down
        }
        core.close();
        try {
            // H2 traces that expected error into loket.trace.db; it is not part of the store
            Files.deleteIfExists(dir.resolve("loket.trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        long after = sizeOnDisk(dir);
        println("  SHUTDOWN COMPACT: %s -> %s in %.0f s", gb(before), gb(after), seconds);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("bytes_before", before);
        m.put("bytes_after", after);
        m.put("seconds", Math.round(seconds));
        return m;
    }

    private static void setUpDevice(CoreServices core) {
        if (core.deviceProfiles().current().isEmpty()) {
            core.deviceProfiles().save("DPS", 3);
        }
    }

    /** The disk is shared: stop before the store fills it. */
    private void checkFreeSpace(Path dir) {
        try {
            double freeGb = Files.getFileStore(dir).getUsableSpace() / 1e9;
            if (freeGb < minFreeGb) {
                throw new CommandLine.ExecutionException(spec.commandLine(), String.format(Locale.ROOT,
                        "only %.1f GB free on the disk holding %s (--min-free-gb %.1f): stopping", freeGb, dir, minFreeGb));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String unitImages() {
        return batched ? "the 11 images with ONE BlobStore.putAll (sealed files, one journal commit)"
                : "11 x BlobStore.put (each a sealed file forced to disk, as the capture screens do)";
    }

    /**
     * Finalises {@code n} new applications as the counter does, recording latencies (unit, images,
     * draft, finalise) when {@code into} is given. The image bytes are made before the clock starts.
     */
    private void run(CoreServices core, SyntheticApplications gen, Officer officer, Clock clock, int n,
                     List<Latencies> into) {
        Path db = core.store().dataDir().resolve(LoketStore.DATABASE_FILE);
        for (int i = 0; i < n; i++) {
            Images img = gen.images();
            long s0 = fileSize(db);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long[] imagesDone = new long[1];
            long[] s1 = new long[1];
            StoredImages stored = batched ? SyntheticApplications.putAll(core.blobs(), List.of(img)).getFirst()
                    : SyntheticApplications.put(core.blobs(), img);
            imagesDone[0] = System.nanoTime();
            s1[0] = fileSize(db);
            Application a = gen.draft(stored, OFFICER, clock.instant(), LocalDate.now(clock));
            core.applications().saveDraft(a);
            long t2 = System.nanoTime();
            long c2 = THREADS.getCurrentThreadCpuTime();
            long s2 = fileSize(db);
            core.applicationService().finalise(a.id(), officer);
            long t3 = System.nanoTime();
            long c3 = THREADS.getCurrentThreadCpuTime();
            long s3 = fileSize(db);
            if (into != null) {
                written[0] += s1[0] - s0 + img.sealedBytes();
                written[1] += s2 - s1[0];
                written[2] += s3 - s2;
                into.get(0).add(t3 - t0);
                into.get(1).add(imagesDone[0] - t0);
                into.get(2).add(t2 - imagesDone[0]);
                into.get(3).add(t3 - t2);
                into.get(4).add(c3 - c0);
                into.get(5).add(c3 - c2);
            }
        }
    }

    /** The database file only grows (no space reuse, ADR 7), so its growth is what an operation wrote. */
    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long countFinalised(CoreServices core) {
        return core.store().read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM application WHERE state = 'FINALISED'");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Row counts, stored image bytes and the size of everything in the store directory. */
    private static Map<String, Object> contents(CoreServices core, Path dir) {
        Map<String, Object> m = new LinkedHashMap<>(core.store().read(c -> {
            Map<String, Object> rows = new LinkedHashMap<>();
            rows.put("applications_finalised", scalar(c, "SELECT COUNT(*) FROM application WHERE state = 'FINALISED'"));
            rows.put("applications_total", scalar(c, "SELECT COUNT(*) FROM application"));
            rows.put("outbox_rows", scalar(c, "SELECT COUNT(*) FROM outbox"));
            rows.put("audit_rows", scalar(c, "SELECT COUNT(*) FROM audit_log"));
            for (String table : List.of("outbox_blob", "name_index")) { // tables of later schema versions
                if (scalar(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' "
                        + "AND TABLE_NAME = '" + table.toUpperCase(Locale.ROOT) + "'") > 0) {
                    rows.put(table + "_rows", scalar(c, "SELECT COUNT(*) FROM " + table));
                }
            }
            return rows;
        }));
        Map<String, Long> all = files(dir);
        m.put("image_files", countFiles(dir.resolve(SealedFiles.DIRECTORY)));
        m.put("image_file_bytes", all.getOrDefault(SealedFiles.DIRECTORY + "/", 0L));
        m.put("dir_bytes", all.values().stream().mapToLong(Long::longValue).sum());
        m.put("files", all);
        return m;
    }

    private static long scalar(java.sql.Connection c, String sql) throws java.sql.SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Bytes of every regular file under {@code dir} (the H2 file, the key file, anything else). */
    static long sizeOnDisk(Path dir) {
        return files(dir).values().stream().mapToLong(Long::longValue).sum();
    }

    /** Sizes of the files directly in {@code dir}, and of each directory below it as the sum of everything inside. */
    private static Map<String, Long> files(Path dir) {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> {
                Path rel = dir.relativize(p);
                String name = rel.getNameCount() > 1 ? rel.getName(0) + "/" : rel.toString();
                try {
                    m.merge(name, Files.size(p), Long::sum);
                } catch (IOException e) {
                    // a temporary file that went away while walking
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static long countFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static String gb(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
    }

    private static String duration(long seconds) {
        Duration d = Duration.ofSeconds(Math.max(0, seconds));
        return String.format(Locale.ROOT, "%dh%02dm%02ds", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }

    private void println(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
