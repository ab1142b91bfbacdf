package id.loket.bench.sync;

import id.loket.desktop.sync.NoDelaySockets;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes an HTTP client's sockets send and receive (HTTP headers and bodies, TLS if
 * there were any; not TCP/IP headers): the desktop's own {@link NoDelaySockets} with counting
 * streams, given to the same OkHttp client, so the agent runs straight at the server with
 * nothing in between.
 */
final class WireCounter extends NoDelaySockets {

    private final LongAdder sent = new LongAdder();
    private final LongAdder received = new LongAdder();

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
    protected Socket newSocket() {
        return new CountingSocket();
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
