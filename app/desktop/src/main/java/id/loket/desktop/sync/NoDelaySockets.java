package id.loket.desktop.sync;

import javax.net.SocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * Plain sockets with Nagle's algorithm off (TCP_NODELAY). OkHttp leaves it on, and every request
 * the agent sends is a small head followed by a body: the body's last partial segment then waits
 * for the centre's delayed ACK, about 40 ms on Linux, per request (a 1,400-application backlog is
 * some 17,000 requests). bench/sync measured the drain and a plain upload much slower with it.
 * Open for extension only so a benchmark can count the bytes of the same sockets.
 */
public class NoDelaySockets extends SocketFactory {

    /** The unconnected socket before TCP_NODELAY is set (a subclass may wrap its streams). */
    protected Socket newSocket() {
        return new Socket();
    }

    @Override
    public final Socket createSocket() throws IOException {
        Socket s = newSocket();
        s.setTcpNoDelay(true);
        return s;
    }

    @Override
    public final Socket createSocket(String host, int port) throws IOException {
        return open(null, new InetSocketAddress(host, port));
    }

    @Override
    public final Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return open(new InetSocketAddress(localHost, localPort), new InetSocketAddress(host, port));
    }

    @Override
    public final Socket createSocket(InetAddress host, int port) throws IOException {
        return open(null, new InetSocketAddress(host, port));
    }

    @Override
    public final Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return open(new InetSocketAddress(localAddress, localPort), new InetSocketAddress(address, port));
    }

    private Socket open(InetSocketAddress local, InetSocketAddress remote) throws IOException {
        Socket s = createSocket();
        if (local != null) {
            s.bind(local);
        }
        s.connect(remote);
        return s;
    }
}
