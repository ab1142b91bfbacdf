package id.loket.bench.names;

import id.loket.core.name.search.NameIndex;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ApplicationState;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Fills a store with synthetic applicants by direct batched inserts into {@code application} and
 * {@code name_index} ({@link NameIndex#insert}, the rows the repository would write):
 * the records carry only the indexed columns and an empty JSON body, which no search reads.
 */
final class Loader {

    private static final int BATCH = 20_000;

    private Loader() {
    }

    static long count(LoketStore store) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM application");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** H2's page cache in MB (16 by default); {@link #setCacheMb} changes it for the database, persistently. */
    static int cacheMb(LoketStore store) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                    + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'"); ResultSet rs = q.executeQuery()) {
                return rs.next() ? Integer.parseInt(rs.getString(1)) : -1;
            }
        });
    }

    static void setCacheMb(LoketStore store, int mb) {
        store.inTransaction(c -> c.createStatement().execute("SET CACHE_SIZE " + mb * 1024));
    }

    /** Adds applicants {@code from} (inclusive) to {@code to} (exclusive); reports progress after each batch. */
    static void load(LoketStore store, SyntheticNames names, long from, long to, LongConsumer progress) {
        OffsetDateTime created = OffsetDateTime.of(2026, 1, 5, 1, 0, 0, 0, ZoneOffset.UTC);
        for (long start = from; start < to; start += BATCH) {
            long end = Math.min(to, start + BATCH);
            List<NameIndex.Entry> entries = new ArrayList<>();
            for (long i = start; i < end; i++) {
                SyntheticNames.Person p = names.person(i);
                entries.add(new NameIndex.Entry(p.id(), p.fullName(), p.birthDate(), p.nik()));
            }
            long first = start;
            store.inTransaction(c -> {
                try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, receipt_number, state, "
                        + "nik, full_name, birth_date, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}')")) {
                    for (int k = 0; k < entries.size(); k++) {
                        NameIndex.Entry e = entries.get(k);
                        long i = first + k;
                        app.setObject(1, e.applicationId());
                        app.setString(2, i % 10 == 0 ? null : "BEN-01-260105-" + i);
                        app.setString(3, (i % 10 == 0 ? ApplicationState.DRAFT : ApplicationState.APPROVED).name());
                        app.setString(4, e.nik());
                        app.setString(5, e.fullName());
                        app.setObject(6, e.birthDate());
                        app.setObject(7, created);
                        app.setObject(8, created);
                        app.addBatch();
                    }
                    app.executeBatch();
                }
                NameIndex.insert(c, entries);
                return null;
            });
            progress.accept(end);
        }
    }
}
