package id.loket.core.store;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * Migration 11 (ADR 9): images leave the database for {@link SealedFiles}. Every row of table
 * {@code blob} is sealed into its file (and forced to disk) before the table is dropped, so an
 * interrupted migration loses nothing: it is rerun from the start and skips files already there.
 * {@code outbox_blob} keeps each image's size (for the sync progress figures), and its index on
 * the hash, which made every finalisation rewrite eleven random pages, goes.
 */
final class BlobFilesMigration extends BaseJavaMigration {

    private static final int BATCH = 500;
    private final SealedFiles files;

    BlobFilesMigration(SealedFiles files) {
        this.files = Objects.requireNonNull(files, "files");
    }

    @Override
    protected void init() {
        // the version and description are fixed below, not parsed from the class name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "images as sealed files beside the database";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (PreparedStatement q = c.prepareStatement("SELECT hash, media_type, data FROM blob");
             ResultSet rs = q.executeQuery()) {
            java.util.List<SealedFiles.Item> batch = new java.util.ArrayList<>();
            while (rs.next()) {
                batch.add(new SealedFiles.Item(rs.getString(1), rs.getString(2), rs.getBytes(3)));
                if (batch.size() == BATCH) {
                    files.writeAll(batch);
                    batch.clear();
                }
            }
            files.writeAll(batch);
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE outbox_blob ADD COLUMN size BIGINT");
            s.execute("UPDATE outbox_blob ob SET size = (SELECT b.size FROM blob b WHERE b.hash = ob.blob_hash)");
            s.execute("DROP INDEX outbox_blob_hash");
            s.execute("DROP TABLE blob");
        }
    }
}
