package id.loket.bench.sync;

import okhttp3.HttpUrl;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference centre in a JVM of its own ({@link CentreMain}, started from this benchmark's own
 * class path), as a counter meets it: another machine, whose heap, GC pauses and threads are not
 * the desktop's. Used by the FX-stall phase, where a centre in the desktop's JVM would put every
 * image through both ends' heaps and stop both ends' threads for each of its collections. The
 * child ends with this object, and also on its own when its input closes (this JVM died).
 */
final class CentreProcess implements AutoCloseable {

    private final Process process;
    private final PrintStream requests;
    private final BufferedReader replies;
    private final int port;

    private CentreProcess(Process process) throws IOException {
        this.process = process;
        this.requests = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.port = Integer.parseInt(next(CentreMain.READY));
    }

    /**
     * Starts the centre on an H2 file in {@code dir}; returns once it listens. With {@code nice}
     * above 0 (and a {@code nice} command on the path) the child runs at that lower CPU priority:
     * on a two-core test machine a separate process still takes the desktop's cores, which a
     * centre on another machine never does; at a lower priority it still gets all the CPU the
     * desktop leaves idle, so the drain still runs as fast as the centre can store.
     */
    static CentreProcess start(Path dir, int nice) throws IOException {
        String java = javaCommand();
        List<String> command = new ArrayList<>();
        if (nice > 0) {
            Optional<Path> niceCommand = onPath("nice");
            if (niceCommand.isPresent()) {
                command.addAll(List.of(niceCommand.get().toString(), "-n", Integer.toString(nice)));
            } else {
                System.out.println("no nice command on the path: the centre runs at the desktop's priority");
            }
        }
        command.add(java);
        command.add("--enable-native-access=ALL-UNNAMED");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CentreMain.class.getName());
        command.add(dir.toAbsolutePath().toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            return new CentreProcess(process);
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    /** The java executable this JVM runs on, for a child JVM. */
    static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The first executable of that name on the PATH. */
    static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Arrays.stream(path.split(File.pathSeparator)).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    HttpUrl url() {
        return HttpUrl.get("http://127.0.0.1:" + port + "/");
    }

    String enrollmentToken() {
        return ask("token");
    }

    /** Records the centre committed. */
    long records() {
        return Long.parseLong(ask("records"));
    }

    /** Blobs the centre holds complete. */
    long blobs() {
        return Long.parseLong(ask("blobs"));
    }

    private synchronized String ask(String request) {
        requests.println(request);
        try {
            return next(CentreMain.REPLY);
        } catch (IOException e) {
            throw new UncheckedIOException("the centre process did not answer " + request, e);
        }
    }

    /** The next line with this prefix (anything else the child prints is passed on). */
    private String next(String prefix) throws IOException {
        for (String line = replies.readLine(); line != null; line = replies.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
            System.out.println("centre: " + line);
        }
        throw new IOException("the centre process ended (exit " + (process.isAlive() ? "?" : process.exitValue()) + ")");
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            requests.println("stop");
            requests.close();
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
