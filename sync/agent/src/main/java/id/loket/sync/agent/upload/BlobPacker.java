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
import java.util.concurrent.Future;
import java.util.function.LongSupplier;

/**
 * Sends small blobs whole, several per signed request ({@code POST /v1/blob-packs}, ADR 0015): a
 * pack holds at most one chunk's worth of bytes ({@link ChunkSizer#next()}), so a cut loses no more
 * than a cut chunk would, and the centre stores it in one transaction. Nothing is persisted on the
 * device: after a crash or a cut, "which are missing" finds the blobs the centre did not commit.
 *
 * <p>A full pack is handed to the {@link Lane} and the caller goes on reading (and decrypting) the
 * blobs of the next one; it waits only when the lane already has as many packs on their way as it
 * sends at once (two for a drain, ADR 21). The link meter and the chunk size follow each reply (on the
 * lane); a cut halves the next chunk. {@link #finish} (once every pack was handed over) counts what
 * the centre holds and sends the blobs it refused (bytes that do not match their address) again,
 * at most {@link BlobUploader#MAX_RESTARTS} times.
 */
final class BlobPacker {

    private final CentreClient centre;
    private final LinkMeter meter;
    private final ChunkSizer sizer;
    private final LongSupplier nanoTime;
    private final Lane lane;

    private final List<LocalBlob> open = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private long openBytes;
    private int stored;
    private long bytesSent;
    private int restarts;

    /** A pack handed to the lane, and its reply to come. */
    private record Sent(List<LocalBlob> blobs, Future<BlobPackReply> reply) {
    }

    BlobPacker(CentreClient centre, LinkMeter meter, ChunkSizer sizer, LongSupplier nanoTime, Lane lane) {
        this.centre = centre;
        this.meter = meter;
        this.sizer = sizer;
        this.nanoTime = nanoTime;
        this.lane = lane;
    }

    /** Adds a blob; hands the open pack over first when this one would overfill it. */
    void add(LocalBlob blob) throws IOException {
        if (!open.isEmpty() && (openBytes + blob.size() > sizer.next() || open.size() == BlobPack.MAX_BLOBS)) {
            dispatch();
        }
        open.add(blob);
        openBytes += blob.size();
    }

    /**
     * Hands the open pack, if any, to the lane, once the lane has room for it: with a lane of two,
     * once the pack two before it is through, so two are on their way while the next is read.
     */
    void dispatch() throws IOException {
        if (open.isEmpty()) {
            return;
        }
        List<LocalBlob> pack = List.copyOf(open);
        open.clear();
        openBytes = 0;
        if (sent.size() >= lane.requests()) {
            lane.await(sent.get(sent.size() - lane.requests()).reply());
        }
        sent.add(new Sent(pack, lane.submit(() -> send(pack))));
    }

    /**
     * Waits for every pack handed over, then sends the refused blobs again until the centre holds
     * them; call it after the last {@link #dispatch}, on the lane's thread or once nothing else is
     * on its way.
     */
    void finish() throws IOException {
        List<LocalBlob> refused = new ArrayList<>();
        for (Sent pack : sent) {
            refused.addAll(held(pack.blobs(), lane.await(pack.reply())));
        }
        sent.clear();
        while (!refused.isEmpty()) {
            if (++restarts > BlobUploader.MAX_RESTARTS) {
                throw new CentreException(422, ErrorCode.BLOB_HASH_MISMATCH, refused.size()
                        + " blobs of a pack were refused again: their bytes do not match their address", null);
            }
            List<LocalBlob> again = refused;
            refused = held(again, send(again));
        }
    }

    /** Sends one pack; the meter and the chunk size follow its reply, or a cut. */
    private BlobPackReply send(List<LocalBlob> blobs) throws IOException {
        List<BlobPack.Part> parts = blobs.stream().map(b -> BlobPack.Part.of(b.hash(), b.mediaType(), b.data())).toList();
        long started = nanoTime.getAsLong();
        BlobPackReply reply;
        try {
            reply = centre.sendPack(parts);
        } catch (IOException cut) {
            sizer.failed();
            throw cut;
        }
        meter.record(blobs.stream().mapToLong(LocalBlob::size).sum(), Duration.ofNanos(nanoTime.getAsLong() - started));
        sizer.succeeded(meter);
        return reply;
    }

    /** Counts what the centre holds of a pack; returns the blobs it refused. */
    private List<LocalBlob> held(List<LocalBlob> blobs, BlobPackReply reply) {
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
