package id.loket.bench.names;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.loket.core.name.match.NameMatch;
import id.loket.core.name.search.ApplicationHit;
import id.loket.core.name.search.ApplicationSearch;
import id.loket.core.name.search.DuplicateCandidate;
import id.loket.core.name.search.DuplicateFinder;
import id.loket.core.store.LoketStore;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 6's benchmark: candidate search for similar names in a store of a million applicants,
 * through the real {@link ApplicationSearch} and {@link DuplicateFinder} on the real encrypted H2
 * file, beside a plain SQL LIKE scan and H2's full-text search on the same data in the same run.
 *
 * <pre>
 * java -jar bench/names/target/loket-bench-names-0.1.0-SNAPSHOT.jar --store target/bench-names --applicants 1000000
 * </pre>
 *
 * Each query is a stored applicant's name as another document might write it (old spelling,
 * titles, Muhammad abbreviated, word order, an initial, a doubled letter); "found" is the share of
 * queries whose applicant is among the results. The store is kept, so a rerun with the same seed
 * only tops it up.
 */
@Command(name = "loket-bench-names", mixinStandardHelpOptions = true, version = "loket-bench-names 0.1.0",
        description = "Name search latency (p50/p95/p99) and memory over N generated applicants, beside LIKE and "
                + "H2 full-text search.")
public final class NameSearchBenchmark implements Callable<Integer> {

    @Option(names = "--store", defaultValue = "target/bench-names", description = "Store directory (default ${DEFAULT-VALUE}).")
    Path storeDir;

    @Option(names = "--applicants", defaultValue = "1000000", description = "Applicants in the store (default ${DEFAULT-VALUE}).")
    long applicants;

    @Option(names = "--queries", defaultValue = "2000", description = "Measured index searches (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--scan-queries", defaultValue = "100",
            description = "Measured LIKE scans and full-text searches, each (default ${DEFAULT-VALUE}).")
    int scanQueries;

    @Option(names = "--warmup", defaultValue = "300", description = "Searches before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--no-fulltext", description = "Skip H2 full-text search (its index takes long to build).")
    boolean noFullText;

    @Option(names = "--load-cache-mb", defaultValue = "512",
            description = "H2 page cache while loading, set back afterwards (default ${DEFAULT-VALUE}).")
    int loadCacheMb;

    @Option(names = "--cache-mb", defaultValue = "0",
            description = "H2 page cache while searching (0: the store's own, 16 MB unless set; set back afterwards).")
    int cacheMb;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the applicants and queries (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--json", defaultValue = "target/bench-names.json", description = "Results as JSON (default ${DEFAULT-VALUE}).")
    Path jsonFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private PrintWriter out;

    record Query(String name, SyntheticNames.Person target) {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new NameSearchBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        out = spec.commandLine().getOut();
        Path dir = storeDir.toAbsolutePath().normalize();
        SyntheticNames names = new SyntheticNames(seed);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "name candidate search");
        result.put("options", Map.of("store", dir.toString(), "applicants", applicants, "queries", queries,
                "scan_queries", scanQueries, "warmup", warmup, "seed", seed, "fulltext", !noFullText));
        result.put("machine", machine());
        println("Loket name search benchmark: %d applicants in %s", applicants, dir);
        long loadStart = System.nanoTime();
        try (LoketStore store = LoketStore.open(dir)) {
            long present = Loader.count(store);
            if (present < applicants) {
                int cache = Loader.cacheMb(store);
                Loader.setCacheMb(store, loadCacheMb);
                println("Loading applicants %d to %d (H2 cache %d MB while loading) ...", present, applicants, loadCacheMb);
                Loader.load(store, names, present, applicants, n -> {
                    if (n % 100_000 == 0 || n == applicants) {
                        println("  %,d applicants (%.0f s)", n, (System.nanoTime() - loadStart) / 1e9);
                    }
                });
                Loader.setCacheMb(store, cache);
            }
        }
        result.put("load_s", round((System.nanoTime() - loadStart) / 1e9));
        println("Store closed and opened again (searches start with a cold cache).");
        try (LoketStore store = LoketStore.open(dir)) {
            int defaultCache = Loader.cacheMb(store);
            if (cacheMb > 0) {
                Loader.setCacheMb(store, cacheMb);
            }
            result.put("h2_cache_mb", Loader.cacheMb(store));
            println("H2 page cache: %d MB (the store's setting: %d MB)", Loader.cacheMb(store), defaultCache);
            result.put("index_rows", count(store, "name_index"));
            if (!noFullText) {
                long ftStart = System.nanoTime();
                println("Building H2's full-text index (once per store) ...");
                boolean built = Baselines.ensureFullText(store);
                result.put("fulltext_index_build_s", built ? round((System.nanoTime() - ftStart) / 1e9) : "existing");
            }
            List<Query> measured = queries(names, new Random(seed + 1), queries);
            List<Query> warm = queries(names, new Random(seed + 2), warmup);
            ApplicationSearch search = new ApplicationSearch(store);
            DuplicateFinder duplicates = new DuplicateFinder(store);
            Function<Query, List<UUID>> byName = q -> search.byName(q.name(), 20).stream().map(ApplicationHit::id).toList();
            Function<Query, List<UUID>> byNameAll = q -> search.byName(q.name(), ApplicationSearch.MAX_CANDIDATES)
                    .stream().map(ApplicationHit::id).toList();
            Function<Query, List<UUID>> dup = q -> duplicates.candidates(q.name(), q.target().birthDate(), null)
                    .stream().map(DuplicateCandidate::hit).map(ApplicationHit::id).toList();
            Function<Query, List<UUID>> like = q -> Baselines.like(store, q.name());
            Function<Query, List<UUID>> ft = q -> Baselines.fullText(store, q.name());

            println("Warm-up ...");
            run("warm", warm, byName);
            run("warm", warm, dup);
            run("warm", warm.subList(0, Math.min(5, warm.size())), like);
            if (!noFullText) {
                run("warm", warm.subList(0, Math.min(20, warm.size())), ft);
            }
            MemoryUsage heapBefore = heapAfterGc();
            String loadBefore = loadAverage();
            println("Measuring (load average %s) ...", loadBefore);
            Timings nameT = run("ApplicationSearch.byName", measured, byName);
            Timings dupT = run("DuplicateFinder (name+birth date)", measured, dup);
            List<Query> scans = measured.subList(0, Math.min(scanQueries, measured.size()));
            Timings likeT = run("SQL LIKE scan", scans, like);
            Timings ftT = noFullText ? null : run("H2 full-text (FT_SEARCH_DATA)", scans, ft);
            Timings nameOnScans = run("byName, same queries as scans", scans, byName);
            Timings nameAll = run("byName, all results (recall)", measured, byNameAll);
            MemoryUsage heapAfter = heapAfterGc();

            println("");
            println("Threshold %.2f; found = the queried applicant is among the results.", NameMatch.THRESHOLD);
            Map<String, Object> lat = new LinkedHashMap<>();
            for (Timings t : Stream.of(nameT, nameAll, dupT, nameOnScans, likeT, ftT).filter(t -> t != null).toList()) {
                println("  %s", t.line());
                lat.put(t.name(), t.summary());
            }
            double speedup = likeT.percentileMs(0.5) / Math.max(1e-6, nameOnScans.percentileMs(0.5));
            println("  byName p50 is %.0fx faster than the LIKE scan on the same queries; byName p95 %.2f ms (target < 20 ms).",
                    speedup, nameT.percentileMs(0.95));
            println("  slowest byName queries (candidates scored, results above the threshold):");
            List<Map<String, Object>> slow = new ArrayList<>();
            for (Timings.Slow s : nameT.slowest(10)) {
                int scored = search.candidateCount(s.query());
                int passed = search.byName(s.query(), ApplicationSearch.MAX_CANDIDATES).size();
                println("    %8.2f ms  %5d scored  %5d results  %s", s.ms(), scored, passed, s.query());
                slow.add(Map.of("query", s.query(), "ms", s.ms(), "scored", scored, "results", passed));
            }
            result.put("slowest_byName", slow);
            println("  heap used after GC: %d MB before measuring, %d MB after (max heap %d MB)",
                    mb(heapBefore.getUsed()), mb(heapAfter.getUsed()), mb(heapAfter.getMax()));
            result.put("load_average_before_after", List.of(loadBefore, loadAverage()));
            result.put("latency", lat);
            result.put("speedup_p50_vs_like", round(speedup));
            result.put("heap_used_after_gc_mb", Map.of("before_measuring", mb(heapBefore.getUsed()),
                    "after_measuring", mb(heapAfter.getUsed()), "max", mb(heapAfter.getMax())));
            result.put("finished_at", Instant.now().toString());
            if (cacheMb > 0) {
                Loader.setCacheMb(store, defaultCache);
            }
        }
        result.put("store_size_mb", mb(size(dir)));
        Path json = jsonFile.toAbsolutePath();
        Files.createDirectories(json.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), result);
        println("Results written to %s", json);
        return 0;
    }

    private List<Query> queries(SyntheticNames names, Random r, int n) {
        List<Query> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticNames.Person p = names.person(Math.floorMod(r.nextLong(), applicants));
            out.add(new Query(SyntheticNames.variant(p.fullName(), r), p));
        }
        return out;
    }

    private static Timings run(String label, List<Query> queries, Function<Query, List<UUID>> method) {
        Timings t = new Timings(label, queries.size());
        for (Query q : queries) {
            long alloc = Timings.allocatedBytes();
            long start = System.nanoTime();
            List<UUID> ids = method.apply(q);
            long elapsed = System.nanoTime() - start;
            t.add(q.name(), elapsed, Timings.allocatedBytes() - alloc, ids.contains(q.target().id()), ids.size());
        }
        return t;
    }

    private static MemoryUsage heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }

    private static long count(LoketStore store, String table) {
        return store.read(c -> {
            try (var q = c.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        m.put("cpus", Runtime.getRuntime().availableProcessors());
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        return m;
    }

    /** The 1, 5 and 15 minute load averages (Linux), to judge how busy the machine was. */
    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private void println(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
