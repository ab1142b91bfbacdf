package id.loket.sync.agent.upload;

import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.PackedBlobResult;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Sends small blobs whole, several per signed request ({@code POST /v1/blob-packs}, ADR 0015): a
 * pack holds at most one chunk's worth of bytes ({@link ChunkSizer#next()}), so a cut loses no more
 * than a cut chunk would, and the centre stores it in one transaction. Nothing is persisted on the
 * device: after a crash or a cut, "which are missing" finds the blobs the centre did not commit.
 * A blob the centre refuses (its bytes do not match its address) is sent again, at most
 * {@link BlobUploader#MAX_RESTARTS} times per pass.
 *
 * <p>One pack is in flight while the caller reads (and decrypts) the blobs of the next: a full
 * pack is handed to a sender thread, and the caller waits for it only when the next one is full
 * too. So the device's reading and the centre's storing overlap instead of taking turns. Replies
 * are handled on the caller's thread (the link meter, the chunk size, the counts); a failure of
 * the pack in flight is thrown by the next {@link #add} or by {@link #flush}. {@link #close} stops
 * the sender (interrupting a pack still in flight).
 */
final class BlobPacker implements AutoCloseable {

    private final CentreClient centre;
    private final LinkMeter meter;
    private final ChunkSizer sizer;
    private final LongSupplier nanoTime;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(Thread.ofPlatform()
            .name("loket-blob-pack-sender").daemon(true).factory());

    private final List<LocalBlob> open = new ArrayList<>();
    private long openBytes;
    private InFlight inFlight;
    private int stored;
    private long bytesSent;
    private int restarts;

    /** A pack handed to the sender, and its reply (or failure) to come. */
    private record InFlight(List<LocalBlob> blobs, Future<Sent> reply) {
    }

    /** A pack's reply and how long it took. */
    private record Sent(BlobPackReply reply, long nanos) {
    }

    BlobPacker(CentreClient centre, LinkMeter meter, ChunkSizer sizer, LongSupplier nanoTime) {
        this.centre = centre;
        this.meter = meter;
        this.sizer = sizer;
        this.nanoTime = nanoTime;
    }

    /** Adds a blob; hands the open pack to the sender first when this one would overfill it. */
    void add(LocalBlob blob) throws IOException {
        if (!open.isEmpty() && (openBytes + blob.size() > sizer.next() || open.size() == BlobPack.MAX_BLOBS)) {
            dispatch();
        }
        open.add(blob);
        openBytes += blob.size();
    }

    /** Sends the open pack, if any, and waits until the centre holds every blob sent. */
    void flush() throws IOException {
        dispatch();
        await();
    }

    /** Hands the open pack to the sender, once the pack before it is through. */
    private void dispatch() throws IOException {
        if (open.isEmpty()) {
            return;
        }
        List<LocalBlob> pack = List.copyOf(open);
        open.clear();
        openBytes = 0;
        await();
        inFlight = new InFlight(pack, sender.submit(() -> send(pack)));
    }

    /** Waits for the pack in flight, then sends its refused blobs again until the centre holds them. */
    private void await() throws IOException {
        if (inFlight == null) {
            return;
        }
        InFlight pack = inFlight;
        inFlight = null;
        List<LocalBlob> pending = held(pack.blobs(), reply(pack.reply()));
        while (!pending.isEmpty()) {
            if (++restarts > BlobUploader.MAX_RESTARTS) {
                throw new CentreException(422, ErrorCode.BLOB_HASH_MISMATCH, pending.size()
                        + " blobs of a pack were refused again: their bytes do not match their address", null);
            }
            List<LocalBlob> again = pending;
            pending = held(again, send(again));
        }
    }

    /** Sends one pack (on the sender thread, or the caller's for a resend). */
    private Sent send(List<LocalBlob> blobs) throws IOException {
        List<BlobPack.Part> parts = blobs.stream().map(b -> BlobPack.Part.of(b.hash(), b.mediaType(), b.data())).toList();
        long started = nanoTime.getAsLong();
        return new Sent(centre.sendPack(parts), nanoTime.getAsLong() - started);
    }

    /** The reply of the pack in flight; a cut halves the next chunk and is thrown as it was. */
    private Sent reply(Future<Sent> reply) throws IOException {
        try {
            return reply.get();
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while a blob pack was in flight");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException cut) {
                sizer.failed();
                throw cut;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IOException(e.getCause());
        }
    }

    /** Counts what the centre holds of a pack; returns the blobs it refused. */
    private List<LocalBlob> held(List<LocalBlob> blobs, Sent sent) {
        meter.record(blobs.stream().mapToLong(LocalBlob::size).sum(), Duration.ofNanos(sent.nanos()));
        sizer.succeeded(meter);
        List<LocalBlob> refused = new ArrayList<>();
        for (int i = 0; i < blobs.size(); i++) {
            PackedBlobResult result = sent.reply().results().get(i);
            if (result.outcome().held()) {
                stored++;
                bytesSent += blobs.get(i).size();
            } else {
                refused.add(blobs.get(i));
            }
        }
        return refused;
    }

    int stored() {
        return stored;
    }

    long bytesSent() {
        return bytesSent;
    }

    int restarts() {
        return restarts;
    }

    @Override
    public void close() {
        if (inFlight != null) {
            inFlight.reply().cancel(true);
            inFlight = null;
        }
        sender.shutdownNow();
    }
}
