package id.loket.sync.agent.http;

import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A request body made of byte ranges already in memory (a pack's head and its blobs, a chunk of a
 * blob, a batch), written in slices of at most one okio segment. Each slice goes on at once (to the
 * socket, to the signer's digest) and its segment goes back to okio's pool for the next one, so
 * sending a 4 MiB pack allocates nothing: {@link RequestBody#create(byte[], MediaType)} copies the
 * whole body into fresh segments on every write, twice per request (the signer's hash, the
 * socket), and a pack first had to be copied into one array of its own. On the desktop those
 * copies were most of the drain's garbage and, at 4 MiB, G1 humongous objects (docs/benchmarks.md,
 * "The FX stall, profiled"). The arrays are not copied: they must not change until the request
 * is done. The body can be written any number of times.
 */
public final class SlicedBody extends RequestBody {

    /** One okio segment: larger writes are buffered whole before anything is emitted. */
    static final int SLICE = 8 * 1024;

    private record Range(byte[] data, int from, int length) {
    }

    private final MediaType type;
    private final List<Range> ranges;
    private final long length;

    private SlicedBody(MediaType type, List<Range> ranges) {
        this.type = type;
        this.ranges = List.copyOf(ranges);
        this.length = this.ranges.stream().mapToLong(Range::length).sum();
    }

    /** The arrays, one after another. */
    public static SlicedBody of(MediaType type, List<byte[]> parts) {
        List<Range> ranges = new ArrayList<>(parts.size());
        for (byte[] part : parts) {
            ranges.add(new Range(Objects.requireNonNull(part, "part"), 0, part.length));
        }
        return new SlicedBody(type, ranges);
    }

    /** The whole array. */
    public static SlicedBody of(MediaType type, byte[] data) {
        return of(type, List.of(data));
    }

    /** {@code length} bytes of {@code data} from {@code from}. */
    public static SlicedBody of(MediaType type, byte[] data, int from, int length) {
        Objects.checkFromIndexSize(from, length, data.length);
        return new SlicedBody(type, List.of(new Range(data, from, length)));
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws java.io.IOException {
        for (Range r : ranges) {
            int end = r.from() + r.length();
            for (int at = r.from(); at < end; at += SLICE) {
                sink.write(r.data(), at, Math.min(SLICE, end - at));
            }
        }
    }
}
