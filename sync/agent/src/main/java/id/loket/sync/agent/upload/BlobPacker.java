package id.loket.sync.agent.upload;

import id.loket.sync.agent.http.CentreClient;
import id.loket.sync.agent.http.CentreException;
import id.loket.sync.agent.ledger.LocalBlob;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.PackedBlobResult;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Sends small blobs whole, several per signed request ({@code POST /v1/blob-packs}, ADR 0015): a
 * pack holds at most one chunk's worth of bytes ({@link ChunkSizer#next()}), so a cut loses no more
 * than a cut chunk would, and the centre stores it in one transaction. Nothing is persisted on the
 * device: after a crash or a cut, "which are missing" finds the blobs the centre did not commit.
 * A blob the centre refuses (its bytes do not match its address) is sent again, at most
 * {@link BlobUploader#MAX_RESTARTS} times per pass.
 */
final class BlobPacker {

    private final CentreClient centre;
    private final LinkMeter meter;
    private final ChunkSizer sizer;
    private final LongSupplier nanoTime;

    private final List<LocalBlob> open = new ArrayList<>();
    private long openBytes;
    private int stored;
    private long bytesSent;
    private int restarts;

    BlobPacker(CentreClient centre, LinkMeter meter, ChunkSizer sizer, LongSupplier nanoTime) {
        this.centre = centre;
        this.meter = meter;
        this.sizer = sizer;
        this.nanoTime = nanoTime;
    }

    /** Adds a blob; sends the open pack first when this one would overfill it. */
    void add(LocalBlob blob) throws IOException {
        if (!open.isEmpty() && (openBytes + blob.size() > sizer.next() || open.size() == BlobPack.MAX_BLOBS)) {
            flush();
        }
        open.add(blob);
        openBytes += blob.size();
    }

    /** Sends the open pack, if any, until the centre holds every blob of it. */
    void flush() throws IOException {
        List<LocalBlob> pending = List.copyOf(open);
        open.clear();
        openBytes = 0;
        while (!pending.isEmpty()) {
            pending = send(pending);
            if (!pending.isEmpty() && ++restarts > BlobUploader.MAX_RESTARTS) {
                throw new CentreException(422, ErrorCode.BLOB_HASH_MISMATCH, pending.size()
                        + " blobs of a pack were refused again: their bytes do not match their address", null);
            }
        }
    }

    /** Sends one pack; returns the blobs the centre refused. */
    private List<LocalBlob> send(List<LocalBlob> blobs) throws IOException {
        List<BlobPack.Part> parts = blobs.stream().map(b -> BlobPack.Part.of(b.hash(), b.mediaType(), b.data())).toList();
        long bytes = blobs.stream().mapToLong(LocalBlob::size).sum();
        long started = nanoTime.getAsLong();
        BlobPackReply reply;
        try {
            reply = centre.sendPack(parts);
        } catch (IOException cut) {
            sizer.failed();
            throw cut;
        }
        meter.record(bytes, Duration.ofNanos(nanoTime.getAsLong() - started));
        sizer.succeeded(meter);
        List<LocalBlob> refused = new ArrayList<>();
        for (int i = 0; i < blobs.size(); i++) {
            PackedBlobResult result = reply.results().get(i);
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
}
