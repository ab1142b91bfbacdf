package id.loket.core.officer;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.store.Counters;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The officers who may use this device: the first administrator at setup, officers added by an
 * administrator, and login with lockout ({@value #MAX_FAILURES} failures lock the account for
 * 15 minutes). Usernames are unique regardless of case. Every login, failure, lockout and change
 * is written to the audit log in the same transaction; passwords never are.
 */
public final class OfficerService {

    /** Failed logins in a row that lock an account. */
    public static final int MAX_FAILURES = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,32}");
    private static final String COLUMNS = "id, username, full_name, role, active";

    private final LoketStore store;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final Clock clock;

    public OfficerService(LoketStore store, AuditLog audit, PasswordHasher hasher, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** False until the first administrator was created (the desktop then shows first-run setup). */
    public boolean hasOfficers() {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM officer");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    /**
     * Creates the device's first administrator.
     *
     * @throws OfficerRefusal once any officer exists, or for an invalid username, name or password
     */
    public Officer createFirstAdministrator(String username, String fullName, char[] password) {
        validate(username, fullName, password);
        String hash = hasher.hash(password);
        return store.inTransaction(c -> {
            if (Counters.next(c, "officer:first-administrator") != 1 || count(c) > 0) {
                throw new OfficerRefusal(Message.of("officer.firstAdministrator.exists"));
            }
            Officer created = insert(c, username.strip(), fullName.strip(), Role.ADMINISTRATOR, hash);
            audit.append(created.username(), "officer.created", created.username(),
                    Map.of("role", created.role().name(), "firstAdministrator", "true"));
            return created;
        });
    }

    /**
     * An administrator adds an officer.
     *
     * @throws OfficerRefusal when the actor is not an active administrator, the username is taken
     *                        (in any case), or the username, name or password is invalid
     */
    public Officer add(Officer actor, String username, String fullName, Role role, char[] password) {
        Objects.requireNonNull(role, "role");
        validate(username, fullName, password);
        String hash = hasher.hash(password);
        return store.inTransaction(c -> {
            requireAdministrator(c, actor);
            Officer created = insert(c, username.strip(), fullName.strip(), role, hash);
            audit.append(actor.username(), "officer.created", created.username(), Map.of("role", role.name()));
            return created;
        });
    }

    /**
     * An administrator activates or deactivates an officer (a deactivated officer cannot log in).
     *
     * @throws OfficerRefusal when the actor is not an active administrator, deactivates themself, or the officer is unknown
     */
    public Officer setActive(Officer actor, String username, boolean active) {
        return store.inTransaction(c -> {
            requireAdministrator(c, actor);
            Officer target = find(c, username)
                    .orElseThrow(() -> new OfficerRefusal(Message.of("officer.unknown", username)));
            if (!active && target.id().equals(actor.id())) {
                throw new OfficerRefusal(Message.of("officer.refused.self"));
            }
            try (PreparedStatement up = c.prepareStatement("UPDATE officer SET active = ? WHERE id = ?")) {
                up.setBoolean(1, active);
                up.setObject(2, target.id());
                up.executeUpdate();
            }
            audit.append(actor.username(), active ? "officer.activated" : "officer.deactivated",
                    target.username(), Map.of());
            return new Officer(target.id(), target.username(), target.fullName(), target.role(), active);
        });
    }

    /** Every officer, by username. */
    public List<Officer> list() {
        return store.read(c -> {
            List<Officer> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM officer ORDER BY username_key");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(officer(rs));
                }
            }
            return out;
        });
    }

    /** The officer with this username (any case). */
    public Optional<Officer> find(String username) {
        return store.read(c -> find(c, username));
    }

    /**
     * Checks a login. A locked account is refused without looking at the password; the
     * {@value #MAX_FAILURES}th failure in a row locks it for {@link #LOCKOUT}; success resets the count.
     */
    public LoginResult login(String username, char[] password) {
        return store.inTransaction(c -> {
            String name = username == null ? "" : username.strip();
            Instant now = clock.instant();
            try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS
                    + ", password_hash, failed_logins, locked_until FROM officer WHERE username_key = ? FOR UPDATE")) {
                q.setString(1, key(name));
                try (ResultSet rs = q.executeQuery()) {
                    if (!rs.next()) {
                        hasher.verify(password, hasher.hash("not-a-password".toCharArray()));
                        audit.append(name, "login.failed", name, Map.of("reason", "unknown username"));
                        return new LoginResult.Failed(MAX_FAILURES);
                    }
                    Officer officer = officer(rs);
                    String hash = rs.getString(6);
                    int failures = rs.getInt(7);
                    OffsetDateTime lockedUntil = rs.getObject(8, OffsetDateTime.class);
                    if (lockedUntil != null && lockedUntil.toInstant().isAfter(now)) {
                        audit.append(officer.username(), "login.refused.locked", officer.username(),
                                Map.of("lockedUntil", lockedUntil.toInstant().toString()));
                        return new LoginResult.LockedOut(lockedUntil.toInstant());
                    }
                    boolean matches = hasher.verify(password, hash);
                    if (matches && officer.active()) {
                        updateFailures(c, officer.id(), 0, null);
                        audit.append(officer.username(), "login.success", officer.username(),
                                Map.of("role", officer.role().name()));
                        return new LoginResult.Success(officer);
                    }
                    if (matches) {
                        audit.append(officer.username(), "login.refused.inactive", officer.username(), Map.of());
                        return new LoginResult.Failed(MAX_FAILURES - failures);
                    }
                    int failed = failures + 1;
                    if (failed >= MAX_FAILURES) {
                        Instant until = now.plus(LOCKOUT);
                        updateFailures(c, officer.id(), 0, until);
                        audit.append(officer.username(), "login.lockout", officer.username(),
                                Map.of("failures", String.valueOf(failed), "lockedUntil", until.toString()));
                        return new LoginResult.LockedOut(until);
                    }
                    updateFailures(c, officer.id(), failed, null);
                    audit.append(officer.username(), "login.failed", officer.username(),
                            Map.of("failures", String.valueOf(failed)));
                    return new LoginResult.Failed(MAX_FAILURES - failed);
                }
            }
        });
    }

    private void validate(String username, String fullName, char[] password) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new OfficerRefusal(Message.of("officer.username.invalid"));
        }
        if (fullName == null || fullName.isBlank()) {
            throw new OfficerRefusal(Message.of("officer.fullName.blank"));
        }
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new OfficerRefusal(Message.of("officer.password.tooShort", MIN_PASSWORD_LENGTH));
        }
    }

    private static void requireAdministrator(Connection c, Officer actor) throws SQLException {
        Optional<Officer> stored = actor == null ? Optional.empty() : find(c, actor.username());
        if (stored.isEmpty() || !stored.get().id().equals(actor.id()) || stored.get().role() != Role.ADMINISTRATOR
                || !stored.get().active()) {
            throw new OfficerRefusal(Message.of("officer.refused.notAdministrator"));
        }
    }

    private Officer insert(Connection c, String username, String fullName, Role role, String hash)
            throws SQLException {
        if (find(c, username).isPresent()) {
            throw new OfficerRefusal(Message.of("officer.username.taken", username));
        }
        Officer officer = new Officer(Ids.uuidV7(), username, fullName, role, true);
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO officer (id, username, username_key, full_name, "
                + "role, active, password_hash, failed_logins, locked_until, created_at) "
                + "VALUES (?, ?, ?, ?, ?, TRUE, ?, 0, NULL, ?)")) {
            ins.setObject(1, officer.id());
            ins.setString(2, username);
            ins.setString(3, key(username));
            ins.setString(4, fullName);
            ins.setString(5, role.name());
            ins.setString(6, hash);
            ins.setObject(7, clock.instant().atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new OfficerRefusal(Message.of("officer.username.taken", username));
            }
            throw e;
        }
        return officer;
    }

    private static void updateFailures(Connection c, UUID id, int failures, Instant lockedUntil) throws SQLException {
        try (PreparedStatement up = c.prepareStatement(
                "UPDATE officer SET failed_logins = ?, locked_until = ? WHERE id = ?")) {
            up.setInt(1, failures);
            up.setObject(2, lockedUntil == null ? null : lockedUntil.atOffset(ZoneOffset.UTC));
            up.setObject(3, id);
            up.executeUpdate();
        }
    }

    private static Optional<Officer> find(Connection c, String username) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS + " FROM officer WHERE username_key = ?")) {
            q.setString(1, key(username == null ? "" : username.strip()));
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(officer(rs)) : Optional.empty();
            }
        }
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM officer");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Officer officer(ResultSet rs) throws SQLException {
        return new Officer(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                Role.valueOf(rs.getString(4)), rs.getBoolean(5));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
