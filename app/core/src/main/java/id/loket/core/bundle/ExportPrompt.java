package id.loket.core.bundle;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.LoketStore;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When the app asks for a USB export: the oldest record that is neither acknowledged by the centre
 * nor carried by a bundle is older than a configurable age (default 24 hours). Nothing else nags:
 * a device may stay offline for days.
 */
public final class ExportPrompt {

    /** The age used until a supervisor sets another. */
    public static final Duration DEFAULT_AGE = Duration.ofHours(24);

    private final LoketStore store;
    private final BundleRows rows;
    private final AuditLog audit;
    private final Clock clock;

    public ExportPrompt(LoketStore store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.rows = new BundleRows(store);
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** When the oldest record neither delivered nor carried was queued, empty when there is none. */
    public Optional<Instant> oldestUnsent() {
        return rows.oldestUncarried();
    }

    /** The age of the oldest unsent record when it is past the threshold (the prompt is due), else empty. */
    public Optional<Duration> overdue() {
        Duration age = promptAfter();
        return oldestUnsent().map(t -> Duration.between(t, clock.instant())).filter(d -> d.compareTo(age) >= 0);
    }

    public Duration promptAfter() {
        return store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT prompt_after_minutes FROM bundle_setting WHERE id = 1");
                 ResultSet rs = q.executeQuery()) {
                return rs.next() ? Duration.ofMinutes(rs.getInt(1)) : DEFAULT_AGE;
            }
        });
    }

    /**
     * Sets the age (a supervisor's decision, audited).
     *
     * @throws BundleRefusal when the officer is not a supervisor or the age is under a minute
     */
    public void promptAfter(Duration age, Officer supervisor) {
        if (supervisor.role() == Role.OFFICER) {
            throw new BundleRefusal(Message.of("bundle.refused.supervisorOnly"));
        }
        if (age.toMinutes() < 1 || age.toMinutes() > Integer.MAX_VALUE) {
            throw new BundleRefusal(Message.of("bundle.refused.badAge"));
        }
        store.inTransaction(c -> {
            try (PreparedStatement up = c.prepareStatement(
                    "UPDATE bundle_setting SET prompt_after_minutes = ? WHERE id = 1")) {
                up.setInt(1, (int) age.toMinutes());
                up.executeUpdate();
            }
            audit.append(supervisor.username(), "bundle.prompt-age-changed", "bundle",
                    Map.of("minutes", Long.toString(age.toMinutes())));
            return null;
        });
    }
}
