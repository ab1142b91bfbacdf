package id.loket.core.name.search;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Migration 18.1: files the names of the stored applications in {@code name_block} (V18) and drops
 * the name keys that {@code name_index} held per application before (it keeps the date-of-birth
 * and NIK keys).
 */
public final class NameBlockMigration extends BaseJavaMigration {

    @Override
    protected void init() {
        // the version and description are fixed below, not parsed from the class name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("18.1");
    }

    @Override
    public String getDescription() {
        return "name keys filed once per distinct name";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        try (PreparedStatement del = context.getConnection().prepareStatement(
                "DELETE FROM name_index WHERE block_key NOT LIKE 'D:%' AND block_key NOT LIKE 'N:%'")) {
            del.executeUpdate();
        }
        NameBlockIndex.fileAll(context.getConnection());
    }
}
