package id.loket.core.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/** The images an outbox row references ({@code outbox_blob}): uploaded before the row is sent. */
final class OutboxBlobs {

    private OutboxBlobs() {
    }

    static void insert(Connection c, long deviceSeq, Collection<String> hashes) throws SQLException {
        if (hashes.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO outbox_blob (device_seq, blob_hash) VALUES (?, ?)")) {
            for (String hash : hashes) {
                ins.setLong(1, deviceSeq);
                ins.setString(2, hash);
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }
}
