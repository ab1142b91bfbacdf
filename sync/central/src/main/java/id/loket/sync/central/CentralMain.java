package id.loket.sync.central;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code loket-central serve}: runs the reference central server until it is stopped. */
@Command(name = "loket-central", mixinStandardHelpOptions = true,
        description = "Loket reference central server (receiving end of the sync protocol).")
public final class CentralMain implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8480", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port;

    @Override
    public Integer call() throws InterruptedException {
        CentralServer server = new CentralServer(Clock.systemUTC()).start(host, port);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            server.close();
            stopped.countDown();
        }));
        System.out.printf("Loket central listening on http://%s:%d%n", host, server.port());
        stopped.await();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CentralMain()).execute(args));
    }
}
