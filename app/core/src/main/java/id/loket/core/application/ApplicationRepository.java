package id.loket.core.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.loket.core.name.search.NameIndex;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ApplicationState;
import id.loket.sync.protocol.CanonicalJson;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Applications in the local store: the whole record as canonical JSON (exactly what is hashed
 * for the outbox) plus indexed columns for lookups (receipt number, state, NIK, name, dates).
 * Drafts are saved freely; once finalised, a record changes only through
 * {@link ApplicationService}, in the same transaction as its outbox row and audit entry.
 */
public final class ApplicationRepository {

    private final LoketStore store;
    private final ObjectMapper mapper = CanonicalJson.newMapper();

    public ApplicationRepository(LoketStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * Inserts or replaces a draft (in the caller's transaction if any), e.g. together with the
     * images it references.
     *
     * @throws IllegalStateException if the application is not a draft, or the stored one no longer is
     */
    public void saveDraft(Application application) {
        Objects.requireNonNull(application, "application");
        if (application.state() != ApplicationState.DRAFT) {
            throw new IllegalStateException("only drafts are saved directly; " + application.id() + " is "
                    + application.state());
        }
        store.inTransaction(c -> {
            Optional<Application> stored = find(c, application.id(), true);
            if (stored.isPresent() && stored.get().state() != ApplicationState.DRAFT) {
                throw new IllegalStateException("application " + application.id() + " is already "
                        + stored.get().state());
            }
            write(c, application);
            return null;
        });
    }

    /** The application with this id. */
    public Optional<Application> find(UUID id) {
        return store.read(c -> find(c, id, false));
    }

    /** The application with this receipt number. */
    public Optional<Application> findByReceiptNumber(String receiptNumber) {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT body FROM application WHERE receipt_number = ?")) {
                q.setString(1, receiptNumber);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.<Application>empty();
                }
            }
        });
    }

    /** How many applications created on {@code date} (in {@code zone}) are in each state; absent states are 0. */
    public Map<ApplicationState, Long> countByStateCreatedOn(LocalDate date, ZoneId zone) {
        return store.read(c -> {
            Map<ApplicationState, Long> out = new EnumMap<>(ApplicationState.class);
            try (PreparedStatement q = c.prepareStatement("SELECT state, COUNT(*) FROM application "
                    + "WHERE created_at >= ? AND created_at < ? GROUP BY state")) {
                q.setObject(1, date.atStartOfDay(zone).toOffsetDateTime());
                q.setObject(2, date.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.put(ApplicationState.valueOf(rs.getString(1)), rs.getLong(2));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Drafts created on {@code date} (in {@code zone}), most recently changed first: the counter's
     * unfinished captures of the day, offered for resuming on the home screen.
     */
    public List<Application> draftsCreatedOn(LocalDate date, ZoneId zone) {
        return store.read(c -> {
            List<Application> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT body FROM application WHERE state = ? "
                    + "AND created_at >= ? AND created_at < ? ORDER BY updated_at DESC, id DESC")) {
                q.setString(1, ApplicationState.DRAFT.name());
                q.setObject(2, date.atStartOfDay(zone).toOffsetDateTime());
                q.setObject(3, date.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(parse(rs.getString(1)));
                    }
                }
            }
            return out;
        });
    }

    /** Reads and row-locks an application inside the caller's transaction (for state changes made with other features' rows). */
    public Optional<Application> findForUpdate(Connection c, UUID id) throws SQLException {
        return find(c, id, true);
    }

    /** Inserts or replaces the record, and its name's search keys, inside the caller's transaction. */
    public void write(Connection c, Application a) throws SQLException {
        Applicant applicant = a.applicant();
        try (PreparedStatement m = c.prepareStatement("MERGE INTO application (id, receipt_number, state, nik, "
                + "full_name, birth_date, created_at, updated_at, body) KEY (id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            m.setObject(1, a.id());
            m.setString(2, a.receiptNumber());
            m.setString(3, a.state().name());
            m.setString(4, applicant == null ? null : applicant.nik());
            m.setString(5, applicant == null ? null : applicant.fullName());
            m.setObject(6, applicant == null ? null : applicant.birthDate());
            m.setObject(7, a.createdAt().atOffset(ZoneOffset.UTC));
            m.setObject(8, a.updatedAt().atOffset(ZoneOffset.UTC));
            m.setString(9, new String(CanonicalJson.bytes(a), StandardCharsets.UTF_8));
            m.executeUpdate();
        }
        NameIndex.write(c, new NameIndex.Entry(a.id(), applicant == null ? null : applicant.fullName(), applicant == null ? null : applicant.birthDate(),
                applicant == null ? null : applicant.nik()));
    }

    private Optional<Application> find(Connection c, UUID id, boolean lock) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT body FROM application WHERE id = ?"
                + (lock ? " FOR UPDATE" : ""))) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(parse(rs.getString(1))) : Optional.empty();
            }
        }
    }

    private Application parse(String json) throws SQLException {
        try {
            return mapper.readValue(json, Application.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored application is not readable JSON", e);
        }
    }
}
