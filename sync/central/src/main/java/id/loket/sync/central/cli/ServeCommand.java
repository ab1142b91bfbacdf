package id.loket.sync.central.cli;

import id.loket.sync.central.CentralServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code loket-central serve}: runs the server until it is stopped (Ctrl+C, SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the central server.")
public final class ServeCommand implements Callable<Integer> {

    static final String ADMIN_TOKEN_ENV = "LOKET_CENTRAL_ADMIN_TOKEN";

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8480", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--admin-token-file", paramLabel = "FILE",
            description = "File holding the administrator Bearer token (else env " + ADMIN_TOKEN_ENV + "; else no admin endpoints).")
    Path adminTokenFile;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() throws IOException, InterruptedException {
        String adminToken = adminTokenFile != null
                ? Files.readString(adminTokenFile, StandardCharsets.UTF_8).strip()
                : System.getenv(ADMIN_TOKEN_ENV);
        CentralServer server = CentralServer.builder().database(database.settings()).blobDirectory(database.blobDirectory())
                .adminToken(adminToken).build()
                .start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.printf("Loket central listening on http://%s:%d (%s; images in %s; administrator endpoints %s)%n",
                host, server.port(), database.settings().vendor(),
                database.blobDirectory() == null ? "the database" : database.blobDirectory().toAbsolutePath().normalize(),
                adminToken == null || adminToken.isBlank() ? "off" : "on");
        stopped.await();
        return 0;
    }
}
