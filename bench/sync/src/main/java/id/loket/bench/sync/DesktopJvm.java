package id.loket.bench.sync;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The FX-stall phase in a JVM of its own, started with the window's JVM options (app/desktop's
 * {@code jvm.options}, the file the installers and the Maven run profile use, ADR 0024): the
 * collector and flags the FX thread is measured under are those an officer's installed app runs
 * with, not whatever this benchmark's JVM was started with.
 */
final class DesktopJvm {

    /** The window's JVM options in the desktop jar (java's {@code @file} syntax). */
    static final String OPTIONS = "/id/loket/desktop/jvm.options";

    private DesktopJvm() {
    }

    /**
     * Runs this benchmark with {@code arguments} (the FX-stall phase alone) in a child JVM with the
     * window's options, its output passed through; returns the figures its JSON holds.
     */
    static Map<String, Object> run(Path work, List<String> arguments) throws IOException, InterruptedException {
        Path options = work.resolve("desktop-jvm.options");
        Files.writeString(options, text());
        Path json = work.resolve("desktop-phase.json");
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(CentreProcess.javaCommand(), "@" + options.toAbsolutePath(),
                "-cp", System.getProperty("java.class.path"), SyncBenchmark.class.getName()));
        command.addAll(arguments);
        command.addAll(List.of("--json", json.toAbsolutePath().toString()));
        System.out.printf("%nthe FX-stall phase in a JVM with the window's options %s%n", options());
        Process child = new ProcessBuilder(command).inheritIO().start();
        if (!child.waitFor(2, TimeUnit.HOURS)) {
            child.destroyForcibly();
            throw new IOException("the FX-stall phase did not end within two hours");
        }
        if (child.exitValue() != 0) {
            throw new IOException("the FX-stall phase ended with exit " + child.exitValue());
        }
        return new ObjectMapper().readValue(json.toFile(), new TypeReference<LinkedHashMap<String, Object>>() {
        });
    }

    /** The options one by one, comments dropped (for the report). */
    static List<String> options() throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : text().split("\n")) {
            int comment = line.indexOf('#');
            String kept = (comment < 0 ? line : line.substring(0, comment)).strip();
            if (!kept.isEmpty()) {
                options.addAll(Arrays.asList(kept.split("\\s+")));
            }
        }
        return options;
    }

    private static String text() throws IOException {
        try (InputStream in = DesktopJvm.class.getResourceAsStream(OPTIONS)) {
            if (in == null) {
                throw new IOException(OPTIONS + " is not on the class path: is the desktop jar?");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
