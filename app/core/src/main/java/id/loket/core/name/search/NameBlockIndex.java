package id.loket.core.name.search;

import id.loket.core.name.match.IndonesianNameNormaliser;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Files each distinct full name (as written) under the name keys of {@link NameBlocks} in
 * {@code name_block} (migration V18) and reads the names under a query's keys. A search scores
 * names, not applications: a common name shared by hundreds of applicants is read and scored once.
 * Names are only added: one whose applications were all renamed finds no application when searched.
 */
final class NameBlockIndex {

    private NameBlockIndex() {
    }

    /** Files the names not filed yet (nulls and blanks ignored), inside the caller's transaction. */
    static void file(Connection c, Collection<String> fullNames) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        for (String n : fullNames) {
            if (n != null && !n.isBlank()) {
                names.add(n);
            }
        }
        if (names.isEmpty()) {
            return;
        }
        List<Slots.Row> rows = new ArrayList<>();
        try (PreparedStatement known = c.prepareStatement("SELECT 1 FROM name_block WHERE full_name = ? LIMIT 1")) {
            for (String name : names) {
                known.setString(1, name);
                try (ResultSet rs = known.executeQuery()) {
                    if (!rs.next()) {
                        long member = Slots.hash(name);
                        for (String key : NameBlocks.stored(IndonesianNameNormaliser.normalise(name))) {
                            rows.add(new Slots.Row(Slots.base(key), member, ins -> {
                                ins.setString(2, key);
                                ins.setString(3, name);
                            }));
                        }
                    }
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO name_block (slot, block_key, full_name) VALUES (?, ?, ?)")) {
            Slots.insert(ins, rows);
        }
    }

    /**
     * The distinct names filed under any of {@code keys}, in the order of the keys (the most
     * selective first), at most {@code max}: one primary-key range per key.
     */
    static List<String> names(Connection c, Collection<String> keys, int max) throws SQLException {
        Set<String> out = new LinkedHashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT full_name FROM name_block WHERE slot BETWEEN ? AND ? "
                + "AND block_key = ?")) {
            Slots.readBlocks(q, keys, rs -> {
                out.add(Objects.requireNonNull(rs.getString(1)));
                return out.size() < max;
            });
        }
        return List.copyOf(out);
    }

    /** Files the names of every application (migration 18.1); returns how many distinct names there are. */
    static int fileAll(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT DISTINCT full_name FROM application WHERE full_name IS NOT NULL");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        for (int from = 0; from < names.size(); from += 1_000) {
            file(c, names.subList(from, Math.min(names.size(), from + 1_000)));
        }
        return names.size();
    }
}
