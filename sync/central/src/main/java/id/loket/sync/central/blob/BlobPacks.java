package id.loket.sync.central.blob;

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
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores the blobs of a pack (ADR 0015): each is hashed against its address first, then every
 * verified one is stored in ONE transaction, so a pack costs the centre one durable commit however
 * many blobs it carries (with a blob directory, ADR 0017: one append and one force of the segment,
 * then the commit of the index rows). A blob whose bytes do not match its address is refused with its reason and
 * never written; the others of the pack are stored all the same. Sending the same pack again
 * answers {@link PackOutcome#HELD} for each blob and writes nothing.
 */
public final class BlobPacks {

    private static final Logger LOG = LoggerFactory.getLogger(BlobPacks.class);

    private final Database db;
    private final BlobSegments segments;
    private final Clock clock;

    /** Packs stored in {@code segments} (ADR 0017), or in the database when it is null. */
    public BlobPacks(Database db, BlobSegments segments, Clock clock) {
        this.db = db;
        this.segments = segments;
        this.clock = clock;
    }

    /** The verified blobs the centre lacked, each once, into segments; returns those another writer stored first. */
    private Set<String> inSegments(Connection c, String deviceId, List<BlobPack.Slice> parts, List<Boolean> verified,
                                   Set<String> absent, Instant now) throws SQLException {
        List<BlobPack.Slice> fresh = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String hash = parts.get(i).entry().hash();
            if (verified.get(i) && absent.contains(hash) && taken.add(hash)) {
                fresh.add(parts.get(i));
            }
        }
        return fresh.isEmpty() ? Set.of() : SegmentRows.storeAll(c, segments, deviceId, fresh, now);
    }

    /**
     * Verifies and stores the parts; answers in their order once committed.
     *
     * @throws id.loket.sync.central.http.ApiException 400 when an entry is malformed (bad hash syntax,
     *                                                 media type); then nothing is stored
     */
    public BlobPackReply store(String deviceId, List<BlobPack.Slice> parts) {
        parts.forEach(p -> UploadRules.validate(
                new UploadCreate(p.entry().hash(), p.entry().size(), p.entry().mediaType())));
        List<Boolean> verified = parts.stream()
                .map(p -> Sha256.hex(p.body(), p.offset(), p.length()).equals(p.entry().hash())).toList();
        Instant now = Sql.micros(clock.instant());
        List<PackedBlobResult> results = db.inTransaction(c -> {
            Set<String> absent = new HashSet<>(BlobStore.missing(c,
                    parts.stream().map(p -> p.entry().hash()).toList()));
            Set<String> lost = segments == null ? Set.of() : inSegments(c, deviceId, parts, verified, absent, now);
            List<PackedBlobResult> out = new ArrayList<>(parts.size());
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < parts.size(); i++) {
                BlobPack.Slice p = parts.get(i);
                String hash = p.entry().hash();
                if (!verified.get(i)) {
                    out.add(new PackedBlobResult(hash, PackOutcome.REFUSED, ErrorCode.BLOB_HASH_MISMATCH,
                            "the bytes do not hash to the blob's address; nothing was stored, send it again"));
                } else if (!absent.contains(hash) || lost.contains(hash) || !answered.add(hash)) {
                    out.add(new PackedBlobResult(hash, PackOutcome.HELD, null, null));
                } else if (segments != null
                        || WholeBlobs.store(c, null, deviceId, hash, p.entry().mediaType(), p.copy(), now)) {
                    out.add(new PackedBlobResult(hash, PackOutcome.STORED, null, null));
                } else {
                    out.add(new PackedBlobResult(hash, PackOutcome.HELD, null, null));
                }
            }
            if (segments != null) {
                segments.force();
            }
            return out;
        });
        long refused = results.stream().filter(r -> r.outcome() == PackOutcome.REFUSED).count();
        if (refused > 0) {
            LOG.warn("pack from {}: {} of {} blobs refused (hash mismatch)", deviceId, refused, parts.size());
        }
        LOG.debug("pack from {}: {} blobs, {} refused", deviceId, parts.size(), refused);
        return new BlobPackReply(results);
    }
}
