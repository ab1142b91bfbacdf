package id.loket.core.sync;

import id.loket.core.store.LoketStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Resumable uploads as the device knows them (table {@code sync_upload}): where each blob's upload
 * lives at the centre and the last offset the centre confirmed. The location is persisted before
 * the first byte is sent and the offset after every confirmed chunk, so a cut, a crash or a
 * restart resumes where the centre stands instead of at byte zero.
 */
public final class UploadLedger {

    private final LoketStore store;
    private final Clock clock;

    public UploadLedger(LoketStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Optional<UploadEntry> find(String blobHash) {
        return findAll(List.of(blobHash)).stream().findFirst();
    }

    /** The entries of these blobs (those that have one), read in one query (one statement text, whatever their number). */
    public List<UploadEntry> findAll(Collection<String> blobHashes) {
        List<String> asked = List.copyOf(new LinkedHashSet<>(blobHashes));
        return store.read(c -> {
            List<UploadEntry> found = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT blob_hash, location, size, acked_offset, updated_at "
                    + "FROM sync_upload WHERE blob_hash = ANY(?)")) {
                q.setArray(1, c.createArrayOf("VARCHAR", asked.toArray(new String[0])));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        found.add(new UploadEntry(rs.getString(1), rs.getString(2), rs.getLong(3),
                                rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return found;
        });
    }

    /** Inserts or replaces the entry of {@code blobHash}, stamped now. */
    public UploadEntry save(String blobHash, String location, long size, long ackedOffset) {
        UploadEntry entry = new UploadEntry(blobHash, location, size, ackedOffset, clock.instant());
        store.inTransaction(c -> {
            try (PreparedStatement m = c.prepareStatement("MERGE INTO sync_upload (blob_hash, location, size, "
                    + "acked_offset, updated_at) KEY (blob_hash) VALUES (?, ?, ?, ?, ?)")) {
                m.setString(1, entry.blobHash());
                m.setString(2, entry.location());
                m.setLong(3, entry.size());
                m.setLong(4, entry.ackedOffset());
                m.setObject(5, entry.updatedAt().atOffset(ZoneOffset.UTC));
                m.executeUpdate();
            }
            return null;
        });
        return entry;
    }

    /** Forgets the upload of a blob (the centre discarded it, or lost it): the next attempt starts anew. */
    public void forget(String blobHash) {
        store.inTransaction(c -> {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM sync_upload WHERE blob_hash = ?")) {
                d.setString(1, blobHash);
                d.executeUpdate();
            }
            return null;
        });
    }
}
