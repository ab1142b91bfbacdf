package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;
import id.loket.core.store.LoketStore;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
 * application is filed under the blocking keys of its name, date of birth and NIK
 * ({@link NameBlocks}), with the columns a search shows. The row key clusters a block: 43 bits from
 * the block key ({@link #base}) above a 20-bit member slot (a hash of the application id, probing
 * upwards on a clash), so reading a block is one primary-key range. {@code ApplicationRepository}
 * calls {@link #write} in the transaction that writes the application, so the index never lags.
 */
public final class NameIndex {

    private static final int MEMBER_BITS = 20;
    private static final long MEMBER_MASK = (1L << MEMBER_BITS) - 1;
    private static final String DUPLICATE_KEY = "23505";

    private NameIndex() {
    }

    /**
     * What an application is filed with: the fields a search compares and shows. Its keys
     * ({@link #keys}) come from the name, the date of birth and the NIK. The receipt number and
     * state are not copied here: they change when an application is finalised, and updating ~15
     * randomly placed rows then made finalising slow (V12); searches read them for their hits.
     */
    public record Entry(UUID applicationId, String fullName, LocalDate birthDate, String nik) {

        public Entry {
            Objects.requireNonNull(applicationId, "applicationId");
        }

        /** The keys this application is filed under ({@link NameBlocks}). */
        public Set<String> keys() {
            Set<String> keys = new LinkedHashSet<>(NameBlocks.stored(IndonesianNameNormaliser.normalise(fullName)));
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
     * application is filed anew.
     */
    public static void write(Connection c, Entry entry) throws SQLException {
        Set<String> keys = entry.keys();
        Set<String> filedKeys = new HashSet<>();
        boolean sameFields = true;
        try (PreparedStatement q = c.prepareStatement("SELECT block_key, full_name, birth_date, nik "
                + "FROM name_index WHERE application_id = ?")) {
            q.setObject(1, entry.applicationId());
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    filedKeys.add(rs.getString(1));
                    sameFields &= Objects.equals(rs.getString(2), entry.fullName())
                            && Objects.equals(rs.getObject(3, LocalDate.class), entry.birthDate())
                            && Objects.equals(rs.getString(4), entry.nik());
                }
            }
        }
        if (!filedKeys.equals(keys) || !sameFields) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM name_index WHERE application_id = ?")) {
                del.setObject(1, entry.applicationId());
                del.executeUpdate();
            }
            insert(c, List.of(entry));
        }
    }

    /**
     * Files applications that have no rows yet: one batch in slot order (for bulk loads), then each
     * row whose slot was taken again, probing upwards.
     */
    public static void insert(Connection c, List<Entry> entries) throws SQLException {
        List<Row> rows = new ArrayList<>();
        for (Entry e : entries) {
            long member = mix(e.applicationId().getMostSignificantBits() ^ e.applicationId().getLeastSignificantBits());
            for (String key : e.keys()) {
                rows.add(new Row(base(key), member & MEMBER_MASK, key, e));
            }
        }
        rows.sort(Comparator.comparingLong(Row::slot));
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO name_index (slot, block_key, application_id, "
                + "full_name, birth_date, nik) VALUES (?, ?, ?, ?, ?, ?)")) {
            int[] counts;
            try {
                for (Row r : rows) {
                    set(ins, r, r.slot());
                    ins.addBatch();
                }
                counts = ins.executeBatch();
            } catch (BatchUpdateException e) {
                counts = e.getUpdateCounts();
            }
            for (int i = 0; i < rows.size(); i++) {
                if (i >= counts.length || counts[i] == Statement.EXECUTE_FAILED) {
                    probe(ins, rows.get(i));
                }
            }
        }
    }

    private record Row(long base, long member, String key, Entry entry) {
        long slot() {
            return base | member;
        }
    }

    private static void set(PreparedStatement ins, Row r, long slot) throws SQLException {
        Entry e = r.entry();
        ins.setLong(1, slot);
        ins.setString(2, r.key());
        ins.setObject(3, e.applicationId());
        ins.setString(4, e.fullName());
        ins.setObject(5, e.birthDate());
        ins.setString(6, e.nik());
    }

    /** Inserts a row at the first free slot of its block from its own slot on. */
    private static void probe(PreparedStatement ins, Row r) throws SQLException {
        for (long probe = 0; ; probe++) {
            set(ins, r, r.base() | ((r.member() + probe) & MEMBER_MASK));
            try {
                ins.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!DUPLICATE_KEY.equals(e.getSQLState()) || probe == MEMBER_MASK) {
                    throw e;
                }
            }
        }
    }

    /**
     * The applications filed under any of {@code keys}, at most {@code max}, each once (score 1,
     * no receipt number or state yet: see {@link HitRows#current}): one primary-key range per key,
     * no application row read.
     */
    static List<ApplicationHit> members(Connection c, Collection<String> keys, int max) throws SQLException {
        Map<UUID, ApplicationHit> out = new LinkedHashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT application_id, full_name, birth_date, nik "
                + "FROM name_index WHERE slot BETWEEN ? AND ? AND block_key = ?")) {
            for (String key : keys) {
                long base = base(key);
                q.setLong(1, base);
                q.setLong(2, base | MEMBER_MASK);
                q.setString(3, key);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        if (out.size() >= max) {
                            return List.copyOf(out.values());
                        }
                        UUID id = rs.getObject(1, UUID.class);
                        out.putIfAbsent(id, new ApplicationHit(id, null, null, rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getString(4), 1));
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * The first slot of a block. A pair key ({@code P:} / {@code V:}, first word + second word) is
     * clustered by its first word (28 bits), then the second word's first letter (5 bits) and a hash
     * of it (10 bits), so a word's pairs lie together and "Budi + Santoso" lies beside "Budi + S.".
     * Other keys: 43 bits of their hash. The low 20 bits are the member slot.
     */
    static long base(String key) {
        int plus = key.indexOf('+');
        if (plus < 0 || !(key.startsWith("P:") || key.startsWith("V:"))) {
            return hash(key) & 0x7FFF_FFFF_FFF0_0000L;
        }
        String second = key.substring(plus + 1);
        char letter = second.charAt(0);
        long letterBits = letter >= 'A' && letter <= 'Z' ? letter - 'A' : 31;
        return (hash(key.substring(0, plus)) & 0x7FFF_FFF8_0000_0000L)
                | letterBits << 30 | (hash(second) & 0x3FF) << MEMBER_BITS;
    }

    /** A 64-bit FNV-1a hash of the text, mixed. */
    private static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The MurmurHash3 64-bit finaliser: spreads every input bit over the whole value. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
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
            p = store.inTransaction(c -> indexAfter(c, from, batch));
            total += p.count();
        } while (p.count() == batch);
        return total;
    }

    /** Re-indexes every application on one connection, in the caller's transaction; returns how many. */
    static int fileAll(Connection c) throws SQLException {
        int total = 0;
        Progress p = new Progress(new UUID(0, 0), 0);
        do {
            p = indexAfter(c, p.last(), 1_000);
            total += p.count();
        } while (p.count() == 1_000);
        return total;
    }

    private record Progress(UUID last, int count) {
    }

    /** Indexes up to {@code batch} applications whose id (as H2 orders UUIDs) follows {@code after}. */
    private static Progress indexAfter(Connection c, UUID after, int batch) throws SQLException {
        UUID last = after;
        int count = 0;
        try (PreparedStatement q = c.prepareStatement("SELECT id, full_name, birth_date, nik "
                + "FROM application WHERE id > ? ORDER BY id LIMIT ?")) {
            q.setObject(1, after);
            q.setInt(2, batch);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    last = rs.getObject(1, UUID.class);
                    write(c, new Entry(last, rs.getString(2), rs.getObject(3, LocalDate.class), rs.getString(4)));
                    count++;
                }
            }
        }
        return new Progress(last, count);
    }
}
