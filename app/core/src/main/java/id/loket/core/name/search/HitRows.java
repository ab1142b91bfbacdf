package id.loket.core.name.search;

import id.loket.core.workflow.ApplicationState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Reads {@link ApplicationHit}s: the application columns, never the JSON body. */
final class HitRows {

    /** Highest score first, then by name and id (a stable order for equal scores). */
    static final Comparator<ApplicationHit> BEST_FIRST = Comparator.comparingDouble(ApplicationHit::score).reversed()
            .thenComparing(ApplicationHit::fullName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ApplicationHit::id);

    /** The columns, for "SELECT " + COLUMNS + " FROM application a ...". */
    static final String COLUMNS = "a.id, a.receipt_number, a.state, a.full_name, a.birth_date, a.nik";

    private HitRows() {
    }

    /** Runs {@code sql} (selecting {@link #COLUMNS}) with the parameters; every hit has score 1. */
    static List<ApplicationHit> query(Connection c, String sql, Object... params) throws SQLException {
        List<ApplicationHit> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                q.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new ApplicationHit(rs.getObject(1, UUID.class), rs.getString(2),
                            ApplicationState.valueOf(rs.getString(3)), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getString(6), 1));
                }
            }
        }
        return out;
    }

    /**
     * The hits with their applications' current receipt number and state (name-index hits carry
     * neither), in the same order; a hit whose application is gone is left out.
     */
    static List<ApplicationHit> current(Connection c, List<ApplicationHit> hits) throws SQLException {
        if (hits.isEmpty()) {
            return hits;
        }
        java.util.Map<UUID, String[]> now = new java.util.HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT id, receipt_number, state FROM application WHERE id = ANY(?)")) {
            q.setArray(1, c.createArrayOf("UUID", hits.stream().map(ApplicationHit::id).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    now.put(rs.getObject(1, UUID.class), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
        }
        List<ApplicationHit> out = new ArrayList<>(hits.size());
        for (ApplicationHit h : hits) {
            String[] row = now.get(h.id());
            if (row != null) {
                out.add(new ApplicationHit(h.id(), row[0], ApplicationState.valueOf(row[1]), h.fullName(),
                        h.birthDate(), h.nik(), h.score()));
            }
        }
        return out;
    }
}
