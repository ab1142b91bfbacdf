package id.loket.sync.central.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** One proxied connection: a virtual thread per direction copies bytes through the proxy's faults. */
final class ProxyLink {

    private static final Logger LOG = LoggerFactory.getLogger(ProxyLink.class);
    private static final int BUFFER = 16 * 1024;

    private final FaultProxy proxy;
    private final Socket client;
    private final Socket target;
    private final AtomicInteger open = new AtomicInteger(2);

    ProxyLink(FaultProxy proxy, Socket client, Socket target) {
        this.proxy = proxy;
        this.client = client;
        this.target = target;
    }

    void start() {
        Thread.ofVirtual().name("proxy-request").start(() -> pump(FaultProxy.Direction.REQUEST, client, target));
        Thread.ofVirtual().name("proxy-response").start(() -> pump(FaultProxy.Direction.RESPONSE, target, client));
    }

    private void pump(FaultProxy.Direction direction, Socket from, Socket to) {
        byte[] buffer = new byte[BUFFER];
        try {
            // closing a socket's stream closes the socket: the streams are left open for the half-close
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            while (true) {
                int n = in.read(buffer, 0, proxy.throttle(direction).sliceBytes(BUFFER));
                if (n < 0) {
                    to.shutdownOutput();
                    break;
                }
                proxy.awaitNotStalled();
                FaultProxy.Pass pass = proxy.admit(direction, n);
                proxy.throttle(direction).pass(pass.bytes());
                out.write(buffer, 0, pass.bytes());
                out.flush();
                proxy.forwarded(direction, pass.bytes());
                if (pass.cut()) {
                    LOG.info("proxy: cut the connection in the {} direction as armed", direction);
                    reset();
                    return;
                }
            }
        } catch (IOException e) {
            LOG.debug("proxy link closed: {}", e.getMessage());
            reset();
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reset();
            return;
        }
        if (open.decrementAndGet() == 0) {
            close(client);
            close(target);
            proxy.forget(this);
        }
    }

    /** Drops both sides at once with a TCP reset. */
    void reset() {
        for (Socket s : new Socket[] {client, target}) {
            try {
                s.setSoLinger(true, 0);
            } catch (IOException e) {
                LOG.trace("linger not set", e);
            }
            close(s);
        }
        proxy.forget(this);
    }

    private static void close(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.trace("close failed", e);
        }
    }
}
