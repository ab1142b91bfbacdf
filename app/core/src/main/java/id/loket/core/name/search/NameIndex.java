package id.loket.core.name.search;

import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Keeps {@code name_index} (migration V10) in step with the applications and reads it: each
 * application is filed under its date of birth and NIK ({@link NameBlocks}), with the columns a
 * duplicate check compares and shows; its name is filed once per distinct name in
 * {@code name_block} ({@link NameBlockIndex}, V18). Row keys are clustered by block ({@link Slots}),
 * so reading a block is one primary-key range. {@code ApplicationRepository} calls {@link #write}
 * in the transaction that writes the application, so the index never lags.
 */
public final class NameIndex {

    private NameIndex() {
    }

    /**
     * What an application is filed with: the fields a duplicate check compares and shows. Its keys
     * ({@link #keys}) come from the date of birth and the NIK; its name's keys are filed with the
     * name ({@link NameBlockIndex}). The receipt number and state are not copied here: they change
     * when an application is finalised, and updating randomly placed rows then made finalising slow
     * (V12); searches read them for their hits.
     */
    public record Entry(UUID applicationId, String fullName, LocalDate birthDate, String nik) {

        public Entry {
            Objects.requireNonNull(applicationId, "applicationId");
        }

        /** The per-application keys this application is filed under (date of birth, NIK). */
        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>();
            String date = NameBlocks.birthDate(birthDate);
            String number = NameBlocks.nik(nik);
            if (date != null) {
                keys.add(date);
            }
            if (number != null) {
                keys.add(number);
            }
            return keys;
        }
    }

    /**
     * Files one application inside the caller's transaction. Nothing is written when its name,
     * date of birth and NIK are as filed (every save but the first, as a rule); otherwise the
     * application is filed anew, and its name too unless another application has it already.
     */
    public static void write(Connection c, Entry entry) throws SQLException {
        if (writeApplication(c, entry)) {
            NameBlockIndex.file(c, List.of(entry.fullName()));
        }
    }

    /** As {@link #write}, without filing the name; true when the application was filed anew. */
    static boolean writeApplication(Connection c, Entry entry) throws SQLException {
        Set<String> keys = entry.keys();
        Set<String> filedKeys = new HashSet<>();
        boolean sameFields = true;
        boolean any = false;
        try (PreparedStatement q = c.prepareStatement("SELECT block_key, full_name, birth_date, nik "
                + "FROM name_index WHERE application_id = ?")) {
            q.setObject(1, entry.applicationId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    any = true;
                    filedKeys.add(rs.getString(1));
                    sameFields &= Objects.equals(rs.getString(2), entry.fullName())
                            && Objects.equals(rs.getObject(3, LocalDate.class), entry.birthDate())
                            && Objects.equals(rs.getString(4), entry.nik());
                }
            }
        }
        if (filedKeys.equals(keys) && sameFields && (any || entry.fullName() == null)) {
            return false;
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM name_index WHERE application_id = ?")) {
            del.setObject(1, entry.applicationId());
            del.executeUpdate();
        }
        insertApplications(c, List.of(entry));
        return true;
    }

    /** Files applications that have no rows yet, and their names (for bulk loads). */
    public static void insert(Connection c, List<Entry> entries) throws SQLException {
        insertApplications(c, entries);
        NameBlockIndex.file(c, entries.stream().map(Entry::fullName).toList());
    }

    private static void insertApplications(Connection c, List<Entry> entries) throws SQLException {
        List<Slots.Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            long member = Slots.mix(e.applicationId().getMostSignificantBits() ^ e.applicationId().getLeastSignificantBits());
            for (String key : e.keys()) {
                rows.add(new Slots.Row(Slots.base(key), member, ins -> {
                    ins.setString(2, key);
                    ins.setObject(3, e.applicationId());
                    ins.setString(4, e.fullName());
                    ins.setObject(5, e.birthDate());
                    ins.setString(6, e.nik());
                }));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO name_index (slot, block_key, application_id, "
                + "full_name, birth_date, nik) VALUES (?, ?, ?, ?, ?, ?)")) {
            Slots.insert(ins, rows);
        }
    }

    /**
     * The applications filed under any of {@code keys} (date of birth, NIK), at most {@code max},
     * each once (score 1, no receipt number or state yet: see {@link HitRows#current}): one
     * primary-key range per key, no application row read.
     */
    static List<ApplicationHit> members(Connection c, Collection<String> keys, int max) throws SQLException {
        Map<UUID, ApplicationHit> out = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT application_id, full_name, birth_date, nik "
                + "FROM name_index WHERE slot BETWEEN ? AND ? AND block_key = ?")) {
            Slots.readBlocks(q, keys, rs -> {
                if (out.size() >= max) {
                    return false;
                }
                UUID id = rs.getObject(1, UUID.class);
                out.putIfAbsent(id, new ApplicationHit(id, null, null, rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), 1));
                return true;
            });
        }
        return List.copyOf(out.values());
    }

    /**
     * Re-indexes every application, e.g. those stored before migration V10, in transactions of
     * {@code batch} applications (in id order); returns how many applications were indexed.
     */
    public static int rebuild(LoketStore store, int batch) {
        int total = 0;
        Progress p = new Progress(new UUID(0, 0), 0);
        do {
            UUID from = p.last();
            p = store.inTransaction(c -> indexAfter(c, from, batch, true));
            total += p.count();
        } while (p.count() == batch);
        return total;
    }

    /**
     * Files every application's own keys on one connection, in the caller's transaction (migration
     * 12.1, before {@code name_block} exists; its names are filed by 18.1); returns how many.
     */
    static int fileAll(Connection c) throws SQLException {
        int total = 0;
        Progress p = new Progress(new UUID(0, 0), 0);
        do {
            p = indexAfter(c, p.last(), 1_000, false);
            total += p.count();
        } while (p.count() == 1_000);
        return total;
    }

    private record Progress(UUID last, int count) {
    }

    /** Indexes up to {@code batch} applications whose id (as H2 orders UUIDs) follows {@code after}. */
    private static Progress indexAfter(Connection c, UUID after, int batch, boolean names) throws SQLException {
        UUID last = after;
        int count = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT id, full_name, birth_date, nik "
                + "FROM application WHERE id > ? ORDER BY id LIMIT ?")) {
            q.setObject(1, after);
            q.setInt(2, batch);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    last = rs.getObject(1, UUID.class);
                    Entry entry = new Entry(last, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4));
                    if (names) {
                        write(c, entry);
                    } else {
                        writeApplication(c, entry);
                    }
                    count++;
                }
            }
        }
        return new Progress(last, count);
    }
}
