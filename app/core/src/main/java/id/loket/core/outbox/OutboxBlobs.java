package id.loket.core.outbox;

import id.loket.core.store.SealedFiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.OptionalLong;
import java.util.Collection;

/** The images an outbox row references ({@code outbox_blob}): uploaded before the row is sent. */
final class OutboxBlobs {

    private OutboxBlobs() {
    }

    /** Records the images of row {@code deviceSeq} with their sizes (null for an image not stored here). */
    static void insert(Connection c, long deviceSeq, Collection<String> hashes, SealedFiles files) throws SQLException {
        if (hashes.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO outbox_blob (device_seq, blob_hash, size) VALUES (?, ?, ?)")) {
            for (String hash : hashes) {
                ins.setLong(1, deviceSeq);
                ins.setString(2, hash);
                OptionalLong size = files.size(hash);
                if (size.isPresent()) {
                    ins.setLong(3, size.getAsLong());
                } else {
                    ins.setNull(3, Types.BIGINT);
                }
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
