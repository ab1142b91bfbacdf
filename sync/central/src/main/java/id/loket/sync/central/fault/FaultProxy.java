package id.loket.sync.central.fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy in front of the centre that makes the network misbehave, switchable at run time:
 * refuse connections, stall (accept, forward nothing), cut a connection after N bytes of the
 * request or response direction, and throttle to a bit rate (the benchmark's 2 Mbit/s link).
 * Plain sockets, a virtual thread per direction and connection; bytes pass through untouched.
 */
public final class FaultProxy implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FaultProxy.class);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    /** REQUEST: client to centre; RESPONSE: centre to client. */
    public enum Direction { REQUEST, RESPONSE }

    /** How many of the bytes read may pass, and whether to cut the connection after them. */
    record Pass(int bytes, boolean cut) {
    }

    private final InetSocketAddress listen;
    private final InetSocketAddress target;
    private final Map<Direction, Throttle> throttles = new EnumMap<>(Map.of(
            Direction.REQUEST, new Throttle(), Direction.RESPONSE, new Throttle()));
    private final Map<Direction, AtomicLong> forwarded = new EnumMap<>(Map.of(
            Direction.REQUEST, new AtomicLong(), Direction.RESPONSE, new AtomicLong()));
    private final Set<ProxyLink> links = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Object stallLock = new Object();
    private boolean stalled;
    private Direction cutDirection;
    private long cutEvery;
    private long cutLeft;
    private int cutsLeft;
    private volatile ServerSocket server;
    private Thread acceptor;
    private volatile int boundPort;
    private volatile boolean closed;

    private FaultProxy(InetSocketAddress listen, InetSocketAddress target) {
        this.listen = listen;
        this.target = target;
    }

    /** Starts a proxy on {@code listenHost:listenPort} (port 0: any free one) in front of the target. */
    public static FaultProxy start(String listenHost, int listenPort, String targetHost, int targetPort) throws IOException {
        FaultProxy proxy = new FaultProxy(new InetSocketAddress(InetAddress.getByName(listenHost), listenPort),
                new InetSocketAddress(targetHost, targetPort));
        proxy.open(proxy.listen);
        return proxy;
    }

    /** The port it listens on (kept while refusing, so it listens there again). */
    public int port() {
        return boundPort;
    }

    /** On: the listening socket is closed (connects are refused) and open connections are reset. Off: listen again. */
    public synchronized void refuseConnections(boolean refuse) throws IOException {
        if (refuse && server != null) {
            stopListening();
            List.copyOf(links).forEach(ProxyLink::reset);
            LOG.info("proxy: refusing connections on port {}", boundPort);
        } else if (!refuse && server == null && !closed) {
            open(new InetSocketAddress(listen.getAddress(), boundPort));
        }
    }

    /** On: connections are accepted but no byte is forwarded in either direction until it is switched off. */
    public void stall(boolean on) {
        synchronized (stallLock) {
            stalled = on;
            stallLock.notifyAll();
        }
    }

    /** Arms a cut: after {@code bytes} more bytes in that direction (over any connections) the connection is reset; {@code times} cuts. */
    public synchronized void cutAfter(Direction direction, long bytes, int times) {
        if (bytes < 0 || times < 1) {
            throw new IllegalArgumentException("bytes must be >= 0 and times >= 1");
        }
        cutDirection = direction;
        cutEvery = bytes;
        cutLeft = bytes;
        cutsLeft = times;
    }

    /** Limits each direction to this many bits per second (0: unthrottled). */
    public void throttle(long bitsPerSecond) {
        throttles.values().forEach(t -> t.rate(bitsPerSecond));
    }

    /** Switches every fault off (listening again if it was refusing). */
    public void clear() throws IOException {
        stall(false);
        synchronized (this) {
            cutsLeft = 0;
        }
        throttle(0);
        refuseConnections(false);
    }

    public long forwarded(Direction direction) {
        return forwarded.get(direction).get();
    }

    /** Connections accepted since the start. */
    public int connectionsAccepted() {
        return accepted.get();
    }

    Throttle throttle(Direction direction) {
        return throttles.get(direction);
    }

    void forwarded(Direction direction, int bytes) {
        forwarded.get(direction).addAndGet(bytes);
    }

    void awaitNotStalled() throws InterruptedException {
        synchronized (stallLock) {
            while (stalled) {
                stallLock.wait();
            }
        }
    }

    synchronized Pass admit(Direction direction, int n) {
        if (cutsLeft == 0 || direction != cutDirection) {
            return new Pass(n, false);
        }
        if (n < cutLeft) {
            cutLeft -= n;
            return new Pass(n, false);
        }
        int allowed = (int) cutLeft;
        cutsLeft--;
        cutLeft = cutEvery;
        return new Pass(allowed, true);
    }

    void forget(ProxyLink link) {
        links.remove(link);
    }

    private void open(InetSocketAddress address) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(address);
        server = socket;
        boundPort = socket.getLocalPort();
        acceptor = Thread.ofVirtual().name("proxy-accept").start(() -> acceptLoop(socket));
        LOG.info("proxy: {} -> {}", socket.getLocalSocketAddress(), target);
    }

    private void acceptLoop(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            Socket upstream = new Socket();
            try {
                upstream.setTcpNoDelay(true);
                client.setTcpNoDelay(true);
                upstream.connect(target, CONNECT_TIMEOUT_MILLIS);
            } catch (IOException e) {
                LOG.warn("proxy: cannot reach {}: {}", target, e.getMessage());
                new ProxyLink(this, client, upstream).reset();
                continue;
            }
            ProxyLink link = new ProxyLink(this, client, upstream);
            links.add(link);
            link.start();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        stall(false);
        if (server != null) {
            stopListening();
        }
        List.copyOf(links).forEach(ProxyLink::reset);
    }

    /**
     * Closes the listening socket and waits for the accept loop to end: while a virtual thread is
     * blocked in {@code accept}, the JDK closes the socket only when that thread has left it, so
     * until then the port still accepts connections and cannot be bound again.
     */
    private void stopListening() throws IOException {
        server.close();
        server = null;
        try {
            if (!acceptor.join(Duration.ofSeconds(5))) {
                LOG.warn("proxy: the accept loop on port {} did not end", boundPort);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while closing the listening socket");
        }
    }
}
