package id.loket.sync.agent.http;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import okio.Okio;
import okio.Sink;
import okio.Timeout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlicedBodyTest {

    private static final MediaType TYPE = MediaType.get("application/octet-stream");

    /** Records how many bytes reach the sink under the buffer at each write, and keeps them. */
    private static final class Recording implements Sink {
        final List<Long> writes = new ArrayList<>();
        final Buffer received = new Buffer();

        @Override
        public void write(Buffer source, long byteCount) {
            writes.add(byteCount);
            received.write(source, byteCount);
        }

        @Override
        public void flush() {
        }

        @Override
        public Timeout timeout() {
            return Timeout.NONE;
        }

        @Override
        public void close() {
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Recording write(RequestBody body) throws IOException {
        Recording recording = new Recording();
        try (BufferedSink sink = Okio.buffer(recording)) {
            body.writeTo(sink);
        }
        return recording;
    }

    @Test
    void writesItsPartsInOrderExactlyAndAgain() throws IOException {
        byte[] head = random(37, 1);
        byte[] photo = random(300_001, 2);
        byte[] print = random(15_000, 3);
        SlicedBody body = SlicedBody.of(TYPE, List.of(head, photo, print));
        byte[] expected = new byte[head.length + photo.length + print.length];
        System.arraycopy(head, 0, expected, 0, head.length);
        System.arraycopy(photo, 0, expected, head.length, photo.length);
        System.arraycopy(print, 0, expected, head.length + photo.length, print.length);

        assertThat(body.contentLength()).isEqualTo(expected.length);
        assertThat(body.contentType()).isEqualTo(TYPE);
        assertThat(body.isOneShot()).isFalse();
        assertThat(write(body).received.readByteArray()).isEqualTo(expected);
        assertThat(write(body).received.readByteArray()).as("written a second time (signer, then socket)").isEqualTo(expected);
    }

    @Test
    void aRangeIsJustThoseBytes() throws IOException {
        byte[] blob = random(100_000, 4);
        SlicedBody chunk = SlicedBody.of(TYPE, blob, 40_000, 30_000);
        assertThat(chunk.contentLength()).isEqualTo(30_000);
        assertThat(write(chunk).received.readByteArray()).isEqualTo(Arrays.copyOfRange(blob, 40_000, 70_000));
        assertThatThrownBy(() -> SlicedBody.of(TYPE, blob, 90_000, 20_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aLargeBodyGoesOnSegmentBySegmentNotBufferedWhole() throws IOException {
        byte[] pack = random(4 * 1024 * 1024, 5);
        Recording sliced = write(SlicedBody.of(TYPE, List.of(random(100, 6), pack)));
        // okio's own byte-array body buffers all 4 MiB (512 fresh segments) before the sink sees any
        Recording whole = write(RequestBody.create(pack, TYPE));

        assertThat(sliced.writes).hasSizeGreaterThan(500).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(2L * SlicedBody.SLICE));
        assertThat(whole.writes.getFirst()).isGreaterThan(1024L * 1024);
    }
}
