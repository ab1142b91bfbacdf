package id.loket.sync.central.cli;

import id.loket.sync.central.fault.FaultProxy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code loket-central proxy --listen 9480 --target 127.0.0.1:8480 --throttle-kbit 2000}. */
@Command(name = "proxy", mixinStandardHelpOptions = true,
        description = "Run the fault proxy (a throttled TCP link) in front of a centre until stopped.")
public final class ProxyCommand implements Callable<Integer> {

    @Option(names = "--listen", required = true, paramLabel = "[HOST:]PORT", description = "Where to listen (host default 127.0.0.1).")
    String listen;

    @Option(names = "--target", required = true, paramLabel = "HOST:PORT", description = "The centre to forward to.")
    String target;

    @Option(names = "--throttle-kbit", defaultValue = "0", description = "Limit each direction to this many kbit/s (0: off).")
    long throttleKbit;

    @Override
    public Integer call() throws Exception {
        String[] from = listen.contains(":") ? listen.split(":", 2) : new String[] {"127.0.0.1", listen};
        String[] to = target.split(":", 2);
        if (to.length != 2) {
            throw new IllegalArgumentException("--target must be HOST:PORT");
        }
        FaultProxy proxy = FaultProxy.start(from[0], Integer.parseInt(from[1]), to[0], Integer.parseInt(to[1]));
        proxy.throttle(throttleKbit * 1000);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            try {
                proxy.close();
            } catch (Exception e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        System.out.printf("Loket fault proxy %s:%d -> %s%s%n", from[0], proxy.port(), target,
                throttleKbit > 0 ? " at " + throttleKbit + " kbit/s" : "");
        stopped.await();
        return 0;
    }
}
