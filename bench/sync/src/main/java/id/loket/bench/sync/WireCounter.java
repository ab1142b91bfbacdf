package id.loket.bench.sync;

import javax.net.SocketFactory;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes an HTTP client's sockets send and receive (HTTP headers and bodies, TLS if
 * there were any; not TCP/IP headers): given to OkHttp as its socket factory in place of the one
 * the client had, with that one's TCP_NODELAY setting, so the agent runs straight at the server
 * with nothing in between.
 */
final class WireCounter extends SocketFactory {

    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final boolean noDelay;

    WireCounter(SocketFactory replaced) throws IOException {
        try (Socket probe = replaced.createSocket()) {
            this.noDelay = probe.getTcpNoDelay();
        }
    }

    long sent() {
        return sent.sum();
    }

    long received() {
        return received.sum();
    }

    void reset() {
        sent.reset();
        received.reset();
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket s = new CountingSocket();
        s.setTcpNoDelay(noDelay);
        return s;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress to) throws IOException {
        Socket s = createSocket();
        s.connect(to);
        return s;
    }

    private final class CountingSocket extends Socket {

        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        received.increment();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = in.read(b, off, len);
                    if (n > 0) {
                        received.add(n);
                    }
                    return n;
                }
            };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sent.increment();
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    sent.add(len);
                }
            };
        }
    }
}
