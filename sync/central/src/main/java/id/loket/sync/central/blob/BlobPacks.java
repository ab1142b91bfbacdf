package id.loket.sync.central.blob;

import id.loket.sync.central.http.PackBody;
import id.loket.sync.central.store.Database;
import id.loket.sync.central.store.Sql;
import id.loket.sync.protocol.ErrorCode;
import id.loket.sync.protocol.Sha256;
import id.loket.sync.protocol.blob.BlobPack;
import id.loket.sync.protocol.blob.BlobPackReply;
import id.loket.sync.protocol.blob.PackOutcome;
import id.loket.sync.protocol.blob.PackedBlobResult;
import id.loket.sync.protocol.blob.UploadCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores the blobs of a pack (ADR 0015): each is hashed against its address as it arrives, then
 * every verified one is indexed in ONE transaction, so a pack costs the centre one durable commit
 * however many blobs it carries. With a blob directory (ADR 0017) each verified blob is appended
 * to a segment as soon as it is read (ADR 0020), the segment is forced once after the last, then
 * the index rows commit; without one, the blobs are kept and stored in the database in that
 * transaction. A blob whose bytes do not match its address is refused with its reason and never
 * indexed; the others of the pack are stored all the same. Sending the same pack again answers
 * {@link PackOutcome#HELD} for each blob and writes nothing.
 */
public final class BlobPacks {

    private static final Logger LOG = LoggerFactory.getLogger(BlobPacks.class);

    private final Database db;
    private final BlobSegments segments;
    private final Clock clock;
    private final KnownBlobs known;

    /**
     * Packs stored in {@code segments} (ADR 0017), or in the database when it is null; what a pack
     * finds or leaves held goes into {@code known} once committed.
     */
    public BlobPacks(Database db, BlobSegments segments, Clock clock, KnownBlobs known) {
        this.db = db;
        this.segments = segments;
        this.clock = clock;
        this.known = known;
    }

    /**
     * Reads the pack's blobs as they arrive, each hashed against its address and, when the centre
     * lacks it, stored at once (appended to a segment, ADR 0020), while the next is still on the
     * wire; then one force of the segments and one transaction for the index rows. Answers in
     * manifest order once committed.
     *
     * @throws id.loket.sync.central.http.ApiException 400 when an entry is malformed (bad hash syntax,
     *                                                 media type; then nothing is stored) or the body
     *                                                 ends early or runs on (then nothing is indexed)
     */
    public BlobPackReply store(String deviceId, PackBody pack) {
        List<BlobPack.Entry> entries = pack.entries();
        entries.forEach(e -> UploadRules.validate(new UploadCreate(e.hash(), e.size(), e.mediaType())));
        Set<String> absent = new HashSet<>(db.read(c -> BlobStore.missing(c,
                entries.stream().map(BlobPack.Entry::hash).toList())));
        byte[] buffer = new byte[(int) entries.stream().mapToLong(BlobPack.Entry::size).max().orElseThrow()];
        Set<Integer> mismatched = new HashSet<>();
        Set<String> taken = new HashSet<>();
        List<SegmentRows.Placed> placed = new ArrayList<>();
        List<BlobPack.Part> whole = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            BlobPack.Entry e = entries.get(i);
            int size = (int) e.size();
            pack.next(buffer, size);
            if (!Sha256.hex(buffer, 0, size).equals(e.hash())) {
                mismatched.add(i);
            } else if (absent.contains(e.hash()) && taken.add(e.hash())) {
                if (segments != null) {
                    placed.add(new SegmentRows.Placed(e.hash(), size, e.mediaType(), segments.append(buffer, 0, size)));
                } else {
                    whole.add(new BlobPack.Part(e, Arrays.copyOf(buffer, size)));
                }
            }
        }
        pack.end();
        if (!placed.isEmpty()) {
            segments.force();
        }
        Instant now = Sql.micros(clock.instant());
        Set<String> stored = db.inTransaction(c -> {
            Set<String> done = new HashSet<>();
            if (!placed.isEmpty()) {
                placed.forEach(p -> done.add(p.hash()));
                done.removeAll(SegmentRows.indexAll(c, deviceId, placed, now));
            }
            for (BlobPack.Part p : whole) {
                if (WholeBlobs.store(c, null, deviceId, p.entry().hash(), p.entry().mediaType(), p.data(), now)) {
                    done.add(p.entry().hash());
                }
            }
            return done;
        });
        known.held(entries.stream().map(BlobPack.Entry::hash)
                .filter(h -> stored.contains(h) || !absent.contains(h)).distinct().toList());
        List<PackedBlobResult> results = new ArrayList<>(entries.size());
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String hash = entries.get(i).hash();
            if (mismatched.contains(i)) {
                results.add(new PackedBlobResult(hash, PackOutcome.REFUSED, ErrorCode.BLOB_HASH_MISMATCH,
                        "the bytes do not hash to the blob's address; nothing was stored, send it again"));
            } else if (stored.contains(hash) && answered.add(hash)) {
                results.add(new PackedBlobResult(hash, PackOutcome.STORED, null, null));
            } else {
                results.add(new PackedBlobResult(hash, PackOutcome.HELD, null, null));
            }
        }
        long refused = results.stream().filter(r -> r.outcome() == PackOutcome.REFUSED).count();
        if (refused > 0) {
            LOG.warn("pack from {}: {} of {} blobs refused (hash mismatch)", deviceId, refused, entries.size());
        }
        LOG.debug("pack from {}: {} blobs, {} refused", deviceId, entries.size(), refused);
        return new BlobPackReply(results);
    }
}
