package id.loket.bench.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import id.loket.core.CoreServices;
import id.loket.desktop.sync.CoreDeviceLedger;
import id.loket.desktop.sync.SyncWiring;
import id.loket.sync.agent.ledger.OutgoingRecord;
import id.loket.sync.central.fault.FaultProxy;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;

/**
 * Drains a counter's backlog to the reference centre on loopback and reports, in one run: drain
 * time against a plain bulk HTTP upload of the same bytes to the same server, kept on its disk
 * (and, for comparison, the same upload thrown away on arrival), bytes on the wire per
 * payload byte, the drain through a throttled link against payload / bandwidth, and the longest
 * stall of the desktop's FX thread while the desktop app drains the backlog (docs/benchmarks.md).
 */
@Command(name = "loket-bench-sync", mixinStandardHelpOptions = true,
        description = "Drains a backlog of finalised applications to the reference central server and reports the figures of issue 4.")
public final class SyncBenchmark implements Callable<Integer> {

    static final double RATIO_TARGET = 1.25;
    static final double WIRE_TARGET = 1.05;
    static final double THROTTLED_TARGET = 1.10;
    static final double STALL_TARGET_MS = 50;

    @Option(names = "--apps", description = "applications in the loopback backlog (default: ${DEFAULT-VALUE})")
    int apps = 1_400;

    @Option(names = "--warmup-apps", description = "applications drained and uploaded plainly to a throwaway centre first, unmeasured, so that neither timed run pays for the JIT compiling the HTTP, JSON, crypto and database code; 0 measures cold, as runs before 5 December 2026 did (default: ${DEFAULT-VALUE})")
    int warmupApps = 300;

    @Option(names = "--warmup-runs", description = "unmeasured full-size loopback runs (the drain, then the plain uploads) after the small warm-up and before the measured ones: the per-pack and per-batch code is called a few hundred times a run, so the JIT needs several runs to finish compiling it; their figures go into the JSON (default: ${DEFAULT-VALUE})")
    int warmupRuns = 3;

    @Option(names = "--jit-settle-runs", description = "after those, unmeasured full-size drains alone (no uploads), until one spends at most 10 %% of its time compiling (the JIT's compile time, CompilationMXBean), at most this many: the per-batch and per-pack code runs a few dozen times a drain, so C2 is still compiling it after the three runs, and a measured drain would time the JIT instead of the protocol; each drain's compile time is in the JSON; 0 skips (default: ${DEFAULT-VALUE})")
    int jitSettleRuns = 10;

    @Option(names = "--per-image-baseline", negatable = true, defaultValue = "false", fallbackValue = "true",
            description = "also time a PUT per image, thrown away, after each run's bulk uploads (15,428 requests for the 1,400 applications): the baseline before 6 December 2026, kept for comparison with those runs; off by default since 7 December, because ADR 0023 replaced it and its requests ran the HTTP code of both ends in another shape between two measured drains (default: off)")
    boolean perImageBaseline;

    @Option(names = "--repeat", description = "measured loopback runs (the drain, then the kept bulk upload and the discarded one, each run on a fresh copy of the backlog and a fresh centre); the figures are the run with the median drain / kept upload ratio, every run is in the JSON; each time moves by 20 %% or more from run to run, so a median of fewer than five runs says little (default: ${DEFAULT-VALUE})")
    int repeat = 5;

    @Option(names = "--throttled-apps", description = "applications drained through the throttled link; 1400 is the full-size run, about 45 min at 2 Mbit/s (default: ${DEFAULT-VALUE})")
    int throttledApps = 80;

    @Option(names = "--bandwidth-mbit", description = "the throttled link's rate in Mbit/s, each direction (default: ${DEFAULT-VALUE})")
    double bandwidthMbit = 2.0;

    @Option(names = "--loopback", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "drain on loopback against the plain uploads and count the wire bytes (default: on); --no-loopback with --throttled-apps 0 runs the FX-stall phase alone")
    boolean loopback;

    @Option(names = "--fx-stall", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "run the desktop app on a copy of the backlog and measure its FX thread (default: on)")
    boolean fxStall;

    /** Where the FX-stall phase's centre runs. */
    enum FxCentre { PROCESS, IN_JVM }

    @Option(names = "--fx-centre", converter = FxCentreConverter.class,
            description = "where the FX-stall phase's centre runs: process (a JVM of its own, as a real centre is another machine) or in-jvm (the desktop's JVM, as the first runs did) (default: process)")
    FxCentre fxCentre = FxCentre.PROCESS;

    /** Which JVM the FX-stall phase's desktop runs in. */
    enum FxJvm { APP, THIS }

    @Option(names = "--fx-jvm", converter = FxJvmConverter.class,
            description = "which JVM the desktop app of the FX-stall phase runs in: app (a JVM of its own with the window's JVM options, app/desktop's jvm.options, as the installed app runs; ADR 0024) or this (this benchmark's JVM, with whatever options it was started with, as runs before 6 December 2026 did) (default: app)")
    FxJvm fxJvm = FxJvm.APP;

    @Option(names = "--centre-nice", description = "CPU priority of the FX-stall phase's centre process, as nice(1) takes it; 0 runs it at the desktop's priority (default: ${DEFAULT-VALUE})")
    int centreNice = 10;

    @Option(names = "--work", description = "directory for the device stores and centre databases (default: ${DEFAULT-VALUE})")
    Path work = Path.of("target", "bench-sync");

    @Option(names = "--seed", description = "seed of the synthetic applications (default: ${DEFAULT-VALUE})")
    long seed = 2026;

    @Option(names = "--json", description = "where the figures go as JSON (default: ${DEFAULT-VALUE})")
    Path json = Path.of("target", "bench-sync.json");

    private final Map<String, Object> figures = new LinkedHashMap<>();

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "bench-sync-logback.xml");
        }
        System.exit(new CommandLine(new SyncBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(work);
        figures.put("date", Instant.now().toString());
        figures.put("cpus", Runtime.getRuntime().availableProcessors());
        figures.put("java", System.getProperty("java.version"));
        figures.put("apps", apps);
        figures.put("loadAverageAtStart", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Path template = Backlog.template(work, apps, seed);
        if (loopback) {
            if (warmupApps > 0) {
                loopback(Backlog.template(work, warmupApps, seed + 7), "warmup", Run.WARM_UP);
            }
            figures.put("warmupApps", warmupApps);
            List<Timing> warm = new java.util.ArrayList<>();
            for (int run = 1; run <= warmupRuns; run++) {
                warm.add(loopback(template, "warmup-full", Run.WARM_UP));
            }
            figures.put("warmupRuns", runs(warm));
            figures.put("jitSettleRuns", settleJit(template, warm.isEmpty() ? null : warm.getLast()));
            List<Timing> runs = new java.util.ArrayList<>();
            for (int run = 1; run <= Math.max(1, repeat); run++) {
                runs.add(loopback(template, "loopback", Run.MEASURED));
            }
            median(runs);
        }
        if (throttledApps > 0) {
            throttled(Backlog.template(work, throttledApps, seed + 1));
        }
        if (fxStall && fxJvm == FxJvm.APP) {
            desktopInAppJvm();
        } else if (fxStall) {
            desktop(template);
        }
        figures.put("loadAverageAtEnd", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Files.createDirectories(json.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(json.toFile(), figures);
        System.out.printf("%nfigures written to %s%n", json);
        return 0;
    }

    /** A loopback run: measured, unmeasured with the uploads, or an unmeasured drain alone while the JIT settles. */
    private enum Run { MEASURED, WARM_UP, JIT_SETTLE }

    /** A drain that spends at most this share of its time compiling has a settled JIT. */
    static final double JIT_SETTLED = 0.10;

    /**
     * Drains alone, unmeasured, until one of them (or the last warm-up run) spent at most
     * {@link #JIT_SETTLED} of its time in the JIT's compilers, or {@code jitSettleRuns} of them ran.
     */
    private List<Map<String, Double>> settleJit(Path template, Timing lastWarmUp) throws Exception {
        List<Map<String, Double>> drains = new java.util.ArrayList<>();
        Timing last = lastWarmUp;
        for (int run = 1; run <= jitSettleRuns && (last == null || !last.jitSettled()); run++) {
            last = loopback(template, "jit-settle", Run.JIT_SETTLE);
            Map<String, Double> drain = new LinkedHashMap<>();
            drain.put("drainSeconds", round(last.drainSeconds()));
            drain.put("drainCpuSeconds", round(last.drainCpuSeconds()));
            drain.put("drainJitSeconds", round(last.drainJitSeconds()));
            drains.add(drain);
        }
        boolean settled = last != null && last.jitSettled();
        figures.put("jitSettled", settled);
        System.out.printf("%nthe JIT %s: the last unmeasured drain spent %.2f s of %.2f s compiling%n",
                settled ? "has settled" : "has NOT settled within " + jitSettleRuns + " drains",
                last == null ? 0 : last.drainJitSeconds(), last == null ? 0 : last.drainSeconds());
        return drains;
    }

    /**
     * One loopback run's times: the drain; the plain bulk upload of the same bytes kept on disk (a
     * PUT per round of 50 applications, about 22 MB each, appended to a file and forced before the
     * reply), which the target is against (ADR 0023); the same bulk upload thrown away on arrival
     * (the transfer alone, the baseline of 6 December 2026); with --per-image-baseline, a PUT per
     * image thrown away (the baseline before that, NaN without it); and the time the device takes
     * to read the bytes from its store.
     */
    private record Timing(double drainSeconds, double drainCpuSeconds, double drainJitSeconds, double keptSeconds,
                          double keptCpuSeconds, double bulkSeconds, double bulkCpuSeconds, double perImageSeconds,
                          double perImageCpuSeconds, double readSeconds, double readCpuSeconds) {
        /** A drain alone: no upload was timed after it. */
        static Timing drainOnly(double drainSeconds, double drainCpuSeconds, double drainJitSeconds) {
            return new Timing(drainSeconds, drainCpuSeconds, drainJitSeconds, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }

        /** The JIT's compilers took at most {@link #JIT_SETTLED} of the drain's time. */
        boolean jitSettled() {
            return drainJitSeconds <= JIT_SETTLED * drainSeconds;
        }

        /** The target's ratio: the drain against the kept bulk upload. */
        double ratio() {
            return drainSeconds / keptSeconds;
        }

        double bulkRatio() {
            return drainSeconds / bulkSeconds;
        }

        double perImageRatio() {
            return drainSeconds / perImageSeconds;
        }
    }

    private static List<Map<String, Double>> runs(List<Timing> runs) {
        return runs.stream().map(t -> {
            Map<String, Double> run = new LinkedHashMap<>();
            run.put("drainSeconds", round(t.drainSeconds()));
            run.put("drainCpuSeconds", round(t.drainCpuSeconds()));
            run.put("drainJitSeconds", round(t.drainJitSeconds()));
            run.put("keptUploadSeconds", round(t.keptSeconds()));
            run.put("keptUploadCpuSeconds", round(t.keptCpuSeconds()));
            run.put("ratio", round(t.ratio()));
            run.put("bulkUploadSeconds", round(t.bulkSeconds()));
            run.put("bulkUploadCpuSeconds", round(t.bulkCpuSeconds()));
            run.put("bulkRatio", round(t.bulkRatio()));
            if (!Double.isNaN(t.perImageSeconds())) {
                run.put("perImageUploadSeconds", round(t.perImageSeconds()));
                run.put("perImageUploadCpuSeconds", round(t.perImageCpuSeconds()));
                run.put("perImageRatio", round(t.perImageRatio()));
            }
            run.put("deviceReadSeconds", round(t.readSeconds()));
            run.put("deviceReadCpuSeconds", round(t.readCpuSeconds()));
            return run;
        }).toList();
    }

    /** Reports the run with the median ratio as the loopback figures; every run goes into the JSON. */
    private void median(List<Timing> runs) {
        List<Timing> byRatio = runs.stream().sorted(java.util.Comparator.comparingDouble(Timing::ratio)).toList();
        Timing median = byRatio.get(byRatio.size() / 2);
        double bulkMedian = medianOf(runs, Timing::bulkRatio);
        figures.put("loopbackRuns", runs(runs));
        figures.put("drainSeconds", round(median.drainSeconds()));
        figures.put("drainCpuSeconds", round(median.drainCpuSeconds()));
        figures.put("drainJitSeconds", round(median.drainJitSeconds()));
        figures.put("keptUploadSeconds", round(median.keptSeconds()));
        figures.put("keptUploadCpuSeconds", round(median.keptCpuSeconds()));
        figures.put("drainToKeptRatio", round(median.ratio()));
        figures.put("ratioMet", median.ratio() <= RATIO_TARGET);
        figures.put("bulkUploadSeconds", round(median.bulkSeconds()));
        figures.put("bulkUploadCpuSeconds", round(median.bulkCpuSeconds()));
        figures.put("drainToBulkMedianRatio", round(bulkMedian));
        double perImageMedian = perImageBaseline ? medianOf(runs, Timing::perImageRatio) : Double.NaN;
        if (perImageBaseline) {
            figures.put("drainToPerImageMedianRatio", round(perImageMedian));
        }
        figures.put("deviceReadSeconds", round(median.readSeconds()));
        figures.put("deviceReadCpuSeconds", round(median.readCpuSeconds()));
        System.out.printf("%n== loopback, median of %d runs ==%n", runs.size());
        System.out.printf("drain                   %.2f s%n", median.drainSeconds());
        System.out.printf("bulk upload, kept       %.2f s%n", median.keptSeconds());
        System.out.printf("drain / kept upload     %.2f   target <= %.2f   %s   (runs %s)%n", median.ratio(), RATIO_TARGET,
                verdict(median.ratio() <= RATIO_TARGET), runs.stream().map(t -> String.format("%.2f", t.ratio())).toList());
        System.out.printf("drain / discarded bulk  %.2f   (median; runs %s; the transfer alone, the baseline of 6 December 2026)%n",
                bulkMedian, runs.stream().map(t -> String.format("%.2f", t.bulkRatio())).toList());
        if (perImageBaseline) {
            System.out.printf("drain / a PUT an image  %.2f   (median; runs %s; the baseline before 6 December 2026)%n",
                    perImageMedian, runs.stream().map(t -> String.format("%.2f", t.perImageRatio())).toList());
        }
    }

    private static double medianOf(List<Timing> runs, java.util.function.ToDoubleFunction<Timing> figure) {
        double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** Drain and baseline on loopback, bytes counted at the client's sockets; a warm-up records nothing. */
    private Timing loopback(Path template, String name, Run kind) throws Exception {
        boolean measured = kind == Run.MEASURED;
        Path home = Backlog.copy(template, work.resolve("device-" + name));
        WireCounter wire = new WireCounter();
        OkHttpClient http = SyncWiring.httpClient().newBuilder().socketFactory(wire).build();
        try (Centre centre = Centre.start(work.resolve("centre-" + name));
             CoreServices core = Backlog.open(home)) {
            Backlog.Payload payload = Backlog.payload(core);
            List<OutgoingRecord> queued = new CoreDeviceLedger(core).outgoing(0, Integer.MAX_VALUE);
            Drains.enroll(core, http, centre.url(), centre.enrollmentToken());
            double settled = Settle.disk();
            wire.reset();
            System.out.printf("%n%s %d records (%d images, %.1f MB) on loopback...%n",
                    measured ? "draining" : "warm-up (not measured): draining", payload.records(), payload.images(),
                    payload.total() / 1e6);
            long cpu0 = Cpu.processNanos();
            long jit0 = Cpu.jitMillis();
            Phase phase = Phase.start("drain", measured);
            Duration drain = Drains.drain(core, http);
            phase.commit();
            double drainCpuS = (Cpu.processNanos() - cpu0) / 1e9;
            double drainJitS = (Cpu.jitMillis() - jit0) / 1e3;
            long sent = wire.sent();
            long received = wire.received();
            check(centre, payload);
            double drainS = drain.toNanos() / 1e9;
            if (kind == Run.JIT_SETTLE) {
                System.out.printf("JIT settling (not measured): drain %.2f s (%.2f CPU-s), %.2f s of it compiling%n",
                        drainS, drainCpuS, drainJitS);
                return Timing.drainOnly(drainS, drainCpuS, drainJitS);
            }

            System.out.println("plain HTTP uploads of the same bytes to the same server: in bulk kept, in bulk discarded"
                    + (perImageBaseline ? ", a PUT per image..." : "..."));
            settled += Settle.disk();
            wire.reset();
            phase = Phase.start("kept", measured);
            PlainUpload.Result kept = PlainUpload.run(core, queued, http, centre.url(), PlainUpload.Shape.KEPT);
            phase.commit();
            long keptSent = wire.sent();
            long keptReceived = wire.received();
            settled += Settle.disk();
            phase = Phase.start("bulk", measured);
            PlainUpload.Result bulk = PlainUpload.run(core, queued, http, centre.url(), PlainUpload.Shape.PER_ROUND);
            phase.commit();
            PlainUpload.Result perImage = null;
            if (perImageBaseline) {
                settled += Settle.disk();
                phase = Phase.start("per-image", measured);
                perImage = PlainUpload.run(core, queued, http, centre.url(), PlainUpload.Shape.PER_IMAGE);
                phase.commit();
            }
            for (PlainUpload.Result baseline : perImage == null ? List.of(kept, bulk) : List.of(kept, bulk, perImage)) {
                if (baseline.bytes() != payload.total()) {
                    throw new IllegalStateException("the baseline sent " + baseline.bytes() + " bytes, not " + payload.total());
                }
            }
            Timing timing = new Timing(drainS, drainCpuS, drainJitS, kept.nanos() / 1e9, kept.cpuNanos() / 1e9,
                    bulk.nanos() / 1e9, bulk.cpuNanos() / 1e9, perImage == null ? Double.NaN : perImage.nanos() / 1e9,
                    perImage == null ? Double.NaN : perImage.cpuNanos() / 1e9,
                    kept.readNanos() / 1e9, kept.readCpuNanos() / 1e9);
            if (!measured) {
                System.out.printf("warm-up run done: drain %.2f s (%.2f CPU-s, %.2f s of it compiling), kept bulk upload %.2f s"
                                + " (%.2f CPU-s), ratio %.2f; discarded bulk %.2f s%n", drainS, drainCpuS,
                        drainJitS, timing.keptSeconds(), timing.keptCpuSeconds(), timing.ratio(), timing.bulkSeconds());
                return timing;
            }
            double ratio = timing.ratio();
            double wirePerPayload = (double) (sent + received) / payload.total();
            double upPerPayload = (double) sent / payload.total();

            System.out.printf("%n== loopback: %d applications (after a warm-up of %d and %d unmeasured runs) ==%n",
                    apps, warmupApps, warmupRuns);
            System.out.printf("payload              %,d bytes (images %,d + record JSON %,d)%n",
                    payload.total(), payload.imageBytes(), payload.recordBytes());
            System.out.printf("drain                %.2f s (%.1f MB/s; %.2f CPU-s, %.2f of %d cores busy; %.2f s compiling)%n",
                    drainS, payload.total() / 1e6 / drainS, drainCpuS, drainCpuS / drainS, CORES, drainJitS);
            System.out.printf("bulk upload, kept    %.2f s (%.1f MB/s; %.2f CPU-s; a PUT per round of %d applications, forced to disk)%n",
                    timing.keptSeconds(), payload.total() / 1e6 / timing.keptSeconds(), timing.keptCpuSeconds(), PlainUpload.ROUND);
            System.out.printf("drain / kept upload  %.2f   target <= %.2f   %s%n", ratio, RATIO_TARGET, verdict(ratio <= RATIO_TARGET));
            System.out.printf("bulk, discarded      %.2f s (%.1f MB/s; %.2f CPU-s; the transfer alone); drain / that %.2f%n",
                    timing.bulkSeconds(), payload.total() / 1e6 / timing.bulkSeconds(), timing.bulkCpuSeconds(), timing.bulkRatio());
            if (perImage != null) {
                System.out.printf("a PUT per image      %.2f s (%.1f MB/s; %.2f CPU-s; discarded); drain / that %.2f%n",
                        timing.perImageSeconds(), payload.total() / 1e6 / timing.perImageSeconds(), timing.perImageCpuSeconds(),
                        timing.perImageRatio());
            }
            System.out.printf("disk settled         %.2f s of sync(1) before the timed phases, untimed in them%n", settled);
            System.out.printf("device read          %.2f s (%.2f CPU-s): the baselines' bytes out of the encrypted store, untimed in them%n",
                    timing.readSeconds(), timing.readCpuSeconds());
            System.out.printf("wire / payload       %.4f (sent %,d + received %,d; sent alone %.4f)   target <= %.2f   %s%n",
                    wirePerPayload, sent, received, upPerPayload, WIRE_TARGET, verdict(wirePerPayload <= WIRE_TARGET));
            System.out.printf("kept upload wire     %.4f (sent %,d + received %,d)%n",
                    (double) (keptSent + keptReceived) / payload.total(), keptSent, keptReceived);

            figures.put("payloadBytes", payload.total());
            figures.put("imageBytes", payload.imageBytes());
            figures.put("recordJsonBytes", payload.recordBytes());
            figures.put("records", payload.records());
            figures.put("images", payload.images());
            figures.put("wireBytesSent", sent);
            figures.put("wireBytesReceived", received);
            figures.put("wirePerPayload", round(wirePerPayload));
            figures.put("wireMet", wirePerPayload <= WIRE_TARGET);
            figures.put("keptUploadWireBytes", keptSent + keptReceived);
            return timing;
        } finally {
            SyncWiring.shutdown(http);
            Backlog.delete(home);
        }
    }

    /** The same drain through a proxy that paces each direction to the bandwidth. */
    private void throttled(Path template) throws Exception {
        Path home = Backlog.copy(template, work.resolve("device-throttled"));
        long bps = Math.round(bandwidthMbit * 1_000_000);
        OkHttpClient http = SyncWiring.httpClient();
        try (Centre centre = Centre.start(work.resolve("centre-throttled"));
             FaultProxy proxy = FaultProxy.start("127.0.0.1", 0, "127.0.0.1", centre.server.port());
             CoreServices core = Backlog.open(home)) {
            Backlog.Payload payload = Backlog.payload(core);
            Drains.enroll(core, http, HttpUrl.get("http://127.0.0.1:" + proxy.port() + "/"), centre.enrollmentToken());
            long up0 = proxy.forwarded(FaultProxy.Direction.REQUEST);
            long down0 = proxy.forwarded(FaultProxy.Direction.RESPONSE);
            proxy.throttle(bps);
            double ideal = payload.total() * 8.0 / bps;
            System.out.printf("%ndraining %d applications (%.1f MB) through a %.1f Mbit/s link; payload / bandwidth = %.0f s...%n",
                    throttledApps, payload.total() / 1e6, bandwidthMbit, ideal);
            Duration drain = Drains.drain(core, http);
            check(centre, payload);
            long up = proxy.forwarded(FaultProxy.Direction.REQUEST) - up0;
            long down = proxy.forwarded(FaultProxy.Direction.RESPONSE) - down0;
            double drainS = drain.toNanos() / 1e9;
            double factor = drainS / ideal;

            System.out.printf("%n== throttled: %d applications at %.1f Mbit/s ==%n", throttledApps, bandwidthMbit);
            System.out.printf("payload / bandwidth %.1f s (%,d bytes)%n", ideal, payload.total());
            System.out.printf("drain               %.1f s%n", drainS);
            System.out.printf("drain / ideal       %.3f   target <= %.2f   %s%n", factor, THROTTLED_TARGET, verdict(factor <= THROTTLED_TARGET));
            System.out.printf("wire / payload      %.4f (up %,d + down %,d through the proxy)%n",
                    (double) (up + down) / payload.total(), up, down);

            figures.put("throttledApps", throttledApps);
            figures.put("bandwidthMbit", bandwidthMbit);
            figures.put("throttledPayloadBytes", payload.total());
            figures.put("throttledIdealSeconds", round(ideal));
            figures.put("throttledDrainSeconds", round(drainS));
            figures.put("throttledToIdeal", round(factor));
            figures.put("throttledMet", factor <= THROTTLED_TARGET);
            figures.put("throttledWirePerPayload", round((double) (up + down) / payload.total()));
        } finally {
            SyncWiring.shutdown(http);
            Backlog.delete(home);
        }
    }

    /**
     * The desktop app drains a copy of the backlog to a centre of its own; its FX thread is watched.
     * The centre runs in a JVM of its own, as it does for a real counter (another machine), unless
     * {@code --fx-centre in-jvm} asks for the first runs' arrangement.
     */
    private void desktop(Path template) throws Exception {
        Path home = Backlog.copy(template, work.resolve("device-desktop"));
        OkHttpClient http = SyncWiring.httpClient();
        Path centreDir = work.resolve("centre-desktop");
        Centre inJvm = null;
        CentreProcess process = null;
        try {
            HttpUrl url;
            String token;
            LongSupplier records;
            if (fxCentre == FxCentre.PROCESS) {
                process = CentreProcess.start(centreDir, centreNice);
                url = process.url();
                token = process.enrollmentToken();
                records = process::records;
            } else {
                inJvm = Centre.start(centreDir);
                url = inJvm.url();
                token = inJvm.enrollmentToken();
                records = inJvm::records;
            }
            try (CoreServices core = Backlog.open(home)) {
                Drains.enroll(core, http, url, token);
            } finally {
                SyncWiring.shutdown(http);
            }
            // the copy of the backlog (about 700 MB) and any phase before this one leave dirty pages;
            // the kernel's flusher would write them back in the middle of the drain, on a core the
            // FX thread needs (on this server kernel, PREEMPT_NONE, for up to 30 ms at a stretch)
            double settled = Settle.disk();
            System.out.printf("%nthe desktop app drains %d applications (disk settled in %.2f s); watching its FX thread...%n",
                    apps, settled);
            DesktopStall.Gaps gaps = DesktopStall.measure(home, records, apps, Duration.ofHours(1));
            double max = gaps.maxMillis();

            System.out.printf("%n== desktop: FX thread while the app drained %d applications ==%n", apps);
            System.out.printf("pulses recorded     %d over %.1f s (drained %.1f s after launch)%n", gaps.sortedNanos().length,
                    gaps.measured().toNanos() / 1e9, gaps.drain().toNanos() / 1e9);
            System.out.printf("pulse gap           p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms; %d gaps over 50 ms%n",
                    gaps.percentileMillis(50), gaps.percentileMillis(99), gaps.percentileMillis(99.9), max, gaps.over(50));
            System.out.printf("longest stall       %.1f ms   target <= %.0f ms   %s%n", max, STALL_TARGET_MS, verdict(max <= STALL_TARGET_MS));
            System.out.printf("recorded            from %.3f s to %.3f s of JVM uptime; gaps of 40 ms or more: %s%n",
                    gaps.fromUptimeMillis() / 1e3, gaps.toUptimeMillis() / 1e3, gaps.longGaps().stream()
                            .map(g -> String.format(Locale.ROOT, "%.1f ms ending %.3f s (%s)", g.millis(),
                                    g.endUptimeMillis() / 1e3, g.fxThread()))
                            .toList());

            figures.put("fxPulses", gaps.sortedNanos().length);
            figures.put("fxMeasuredSeconds", round(gaps.measured().toNanos() / 1e9));
            figures.put("fxGapP50Ms", round(gaps.percentileMillis(50)));
            figures.put("fxGapP99Ms", round(gaps.percentileMillis(99)));
            figures.put("fxGapP999Ms", round(gaps.percentileMillis(99.9)));
            figures.put("fxGapMaxMs", round(max));
            figures.put("fxGapsOver50Ms", gaps.over(50));
            figures.put("fxRecordedFromUptimeMs", round(gaps.fromUptimeMillis()));
            figures.put("fxRecordedToUptimeMs", round(gaps.toUptimeMillis()));
            figures.put("fxGapsOf40MsOrMore", gaps.longGaps().stream()
                    .map(g -> Map.of("ms", round(g.millis()), "endUptimeMs", round(g.endUptimeMillis()),
                            "fxThread", g.fxThread())).toList());
            figures.put("fxStallMet", max <= STALL_TARGET_MS);
            figures.put("fxDiskSettledSeconds", round(settled));
            figures.put("fxCentre", fxCentre.name().toLowerCase(Locale.ROOT));
            figures.put("fxCentreNice", fxCentre == FxCentre.PROCESS ? centreNice : 0);
        } finally {
            if (process != null) {
                process.close();
            }
            if (inJvm != null) {
                inJvm.close();
            }
            Backlog.delete(home);
        }
    }

    /** The FX-stall phase alone, in a child JVM with the window's options; its figures join these. */
    private void desktopInAppJvm() throws Exception {
        Map<String, Object> child = DesktopJvm.run(work, List.of("--no-loopback", "--throttled-apps", "0",
                "--fx-jvm", "this", "--apps", Integer.toString(apps), "--seed", Long.toString(seed),
                "--work", work.toString(), "--fx-centre", DashedEnum.written(fxCentre),
                "--centre-nice", Integer.toString(centreNice)));
        child.forEach((key, value) -> {
            if (key.startsWith("fx")) {
                figures.put(key, value);
            }
        });
        figures.put("fxJvmOptions", DesktopJvm.options());
    }

    /** An enum option as written on the command line: lower case, '-' for '_' ({@code in-jvm} for IN_JVM). */
    abstract static class DashedEnum<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
        private final Class<E> type;

        DashedEnum(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** The value as the option takes it (the inverse of {@link #convert}). */
        static String written(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    static final class FxJvmConverter extends DashedEnum<FxJvm> {
        FxJvmConverter() {
            super(FxJvm.class);
        }
    }

    static final class FxCentreConverter extends DashedEnum<FxCentre> {
        FxCentreConverter() {
            super(FxCentre.class);
        }
    }

    /** Every record and every image at the centre, or the figures mean nothing. */
    private static void check(Centre centre, Backlog.Payload payload) {
        long records = centre.records();
        long blobs = centre.blobs();
        if (records != payload.records() || blobs != payload.images()) {
            throw new IllegalStateException("the centre holds " + records + " records and " + blobs
                    + " images; expected " + payload.records() + " and " + payload.images());
        }
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    private static String verdict(boolean met) {
        return met ? "MET" : "MISSED";
    }

    private static double round(double v) {
        return Double.isNaN(v) ? v : Double.parseDouble(String.format(Locale.ROOT, "%.4f", v));
    }
}
