package id.loket.core.name.search;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The clustered row keys of {@code name_index} and {@code name_block}: 43 bits from the block key
 * ({@link #base}) above a 20-bit member slot (a hash of the member, probing upwards on a clash), so
 * reading a block is one primary-key range; and inserting rows in slot order with that probing.
 */
final class Slots {

    static final int MEMBER_BITS = 20;
    static final long MEMBER_MASK = (1L << MEMBER_BITS) - 1;
    private static final String DUPLICATE_KEY = "23505";

    /** One row to insert: its block's first slot, its member hash, and how to set its other columns. */
    record Row(long base, long member, Binder binder) {
        long slot() {
            return base | (member & MEMBER_MASK);
        }
    }

    /** Sets a row's parameters after the slot (parameter 1). */
    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement ins) throws SQLException;
    }

    /** Takes one row of a block; false stops the reading. */
    @FunctionalInterface
    interface BlockRow {
        boolean take(ResultSet rs) throws SQLException;
    }

    private Slots() {
    }

    /**
     * Reads the blocks of {@code keys} in order with {@code q}, a query whose parameters are the
     * first slot, the last slot and the block key ({@code WHERE slot BETWEEN ? AND ? AND block_key = ?}:
     * one primary-key range, the key telling apart the rare blocks whose 43 bits clash), handing each
     * row to {@code row} until it returns false.
     */
    static void readBlocks(PreparedStatement q, Collection<String> keys, BlockRow row) throws SQLException {
        for (String key : keys) {
            long base = base(key);
            q.setLong(1, base);
            q.setLong(2, base | MEMBER_MASK);
            q.setString(3, key);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    if (!row.take(rs)) {
                        return;
                    }
                }
            }
        }
    }

    /**
     * Inserts the rows with {@code ins} (slot first): one batch in slot order (for bulk loads), then
     * each row whose slot was taken, at the first free slot of its block from its own on.
     */
    static void insert(PreparedStatement ins, List<Row> rows) throws SQLException {
        List<Row> sorted = rows.stream().sorted(Comparator.comparingLong(Row::slot)).toList();
        int[] counts;
        try {
            for (Row r : sorted) {
                ins.setLong(1, r.slot());
                r.binder().bind(ins);
                ins.addBatch();
            }
            counts = ins.executeBatch();
        } catch (BatchUpdateException e) {
            counts = e.getUpdateCounts();
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (i >= counts.length || counts[i] == Statement.EXECUTE_FAILED) {
                probe(ins, sorted.get(i));
            }
        }
    }

    private static void probe(PreparedStatement ins, Row r) throws SQLException {
        for (long probe = 0; ; probe++) {
            ins.setLong(1, r.base() | ((r.member() + probe) & MEMBER_MASK));
            r.binder().bind(ins);
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
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The MurmurHash3 64-bit finaliser: spreads every input bit over the whole value. */
    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
