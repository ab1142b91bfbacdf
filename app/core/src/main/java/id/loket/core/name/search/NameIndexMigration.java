package id.loket.core.name.search;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.SQLException;

/**
 * Migration 12.1: files the applications stored before version 10 in {@code name_index}, so name
 * search and the duplicate finder see them. It runs after 12, which gave the index its present
 * columns (applications already filed are skipped by {@link NameIndex#write}).
 */
public final class NameIndexMigration extends BaseJavaMigration {

    @Override
    protected void init() {
        // the version and description are fixed below, not parsed from the class name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12.1");
    }

    @Override
    public String getDescription() {
        return "name index of applications stored before version 10";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        NameIndex.fileAll(context.getConnection());
    }
}
