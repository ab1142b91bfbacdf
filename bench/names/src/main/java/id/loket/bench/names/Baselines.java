package id.loket.bench.names;

import id.loket.core.name.PassportName;
import id.loket.core.store.LoketStore;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a name search would be without the name index: a plain SQL LIKE scan (every word of the
 * query, in any position, case-insensitive) and H2's built-in full-text search (FT_SEARCH_DATA on an
 * FT_CREATE_INDEX over application.full_name), on the same store.
 */
final class Baselines {

    private Baselines() {
    }

    /** The words a plain search would look for: the passport form of the query, initials left out. */
    static List<String> words(String query) {
        List<String> out = new ArrayList<>();
        for (String w : PassportName.words(PassportName.derive(query))) {
            if (w.length() > 1) {
                out.add(w);
            }
        }
        return out;
    }

    /** Ids of the applications whose name contains every word (a full scan: no index serves LIKE '%w%'). */
    static List<UUID> like(LoketStore store, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT id FROM application WHERE ");
        for (int i = 0; i < words.size(); i++) {
            sql.append(i == 0 ? "" : " AND ").append("UPPER(full_name) LIKE ?");
        }
        return store.read(c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < words.size(); i++) {
                    q.setString(i + 1, "%" + words.get(i) + "%");
                }
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            return ids;
        });
    }

    /** Creates H2's native full-text index on application.full_name unless it exists; true when it was created. */
    static boolean ensureFullText(LoketStore store) {
        return store.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE ALIAS IF NOT EXISTS FT_INIT FOR 'org.h2.fulltext.FullText.init'");
                s.execute("CALL FT_INIT()");
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM FT.INDEXES WHERE \"TABLE\" = 'APPLICATION'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return false;
                    }
                }
                s.execute("CALL FT_CREATE_INDEX('PUBLIC', 'APPLICATION', 'FULL_NAME')");
                return true;
            }
        });
    }

    /** Ids of the applications H2's full-text search finds for the words of the query (all words must occur). */
    static List<UUID> fullText(LoketStore store, String query) {
        String text = String.join(" ", words(query));
        if (text.isEmpty()) {
            return List.of();
        }
        return store.read(c -> fullText(c, text));
    }

    private static List<UUID> fullText(Connection c, String text) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT \"KEYS\" FROM FT_SEARCH_DATA(?, 0, 0)")) {
            q.setString(1, text);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    Array keys = rs.getArray(1);
                    for (Object k : (Object[]) keys.getArray()) {
                        ids.add(k instanceof UUID u ? u : UUID.fromString(k.toString()));
                    }
                }
            }
        }
        return ids;
    }
}
