package id.loket.sync.central.blob;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Streams an upload's chunks in offset order, one row at a time. */
final class Chunks {

    private Chunks() {
    }

    static void forEach(Connection c, String uploadId, Consumer<byte[]> sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT data FROM upload_chunk WHERE upload_id = ? ORDER BY start_offset")) {
            ps.setFetchSize(1);
            ps.setString(1, uploadId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs.getBytes(1));
                }
            }
        }
    }
}
