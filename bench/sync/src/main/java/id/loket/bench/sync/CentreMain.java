package id.loket.bench.sync;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The reference centre on its own, for {@link CentreProcess}: starts a {@link Centre} in the
 * directory given as the only argument, prints {@code port N} and answers one line per request on
 * its standard input ({@code token}, {@code records}, {@code blobs}); it stops on {@code stop} or
 * when its input closes (the benchmark ended, however it ended).
 */
public final class CentreMain {

    static final String READY = "centre-port ";
    static final String REPLY = "centre-reply ";

    private CentreMain() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "bench-sync-logback.xml");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Centre centre = Centre.start(Path.of(args[0]));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            out.println(READY + centre.server.port());
            for (String line = in.readLine(); line != null && !line.equals("stop"); line = in.readLine()) {
                out.println(REPLY + switch (line) {
                    case "token" -> centre.enrollmentToken();
                    case "records" -> Long.toString(centre.records());
                    case "blobs" -> Long.toString(centre.blobs());
                    default -> "unknown request " + line;
                });
            }
        }
        System.exit(0);
    }
}
