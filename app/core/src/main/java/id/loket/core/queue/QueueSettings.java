package id.loket.core.queue;

import id.loket.core.application.Lane;
import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.LoketStore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The queue rules of this office, stored on the device: the daily quota per lane and whether
 * weekend sessions serve hajj/umrah applicants only. Unset values fall back to
 * {@link LaneQuotas#defaults()} and "weekend rule off". Only a supervisor or an administrator may
 * change them, and every change is audited.
 */
public final class QueueSettings {

    static final String WEEKEND_RULE = "weekendHajjUmrahOnly";
    private static final String QUOTA_PREFIX = "quota.";

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;

    public QueueSettings(LoketStore store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Today's quotas: the stored ones, defaults for lanes never set. */
    public LaneQuotas quotas() {
        return store.read(QueueSettings::quotas);
    }

    /** True when Saturday and Sunday serve the hajj/umrah lane only. */
    public boolean weekendHajjUmrahOnly() {
        return store.read(QueueSettings::weekendHajjUmrahOnly);
    }

    /**
     * Replaces the quotas of every lane.
     *
     * @throws QueueRefusal when {@code supervisor} is neither a supervisor nor an administrator
     */
    public LaneQuotas setQuotas(LaneQuotas quotas, Officer supervisor) {
        Objects.requireNonNull(quotas, "quotas");
        requireSupervisor(supervisor);
        return writeQuotas(quotas, supervisor.username());
    }

    /**
     * Replaces the quotas of every lane as part of provisioning the device, audited under
     * {@code actor}. Only for {@code ProvisioningService}, which decides who may provision (the
     * first run, or an administrator); everyone else goes through {@link #setQuotas}.
     */
    public LaneQuotas provisionQuotas(LaneQuotas quotas, String actor) {
        Objects.requireNonNull(quotas, "quotas");
        Objects.requireNonNull(actor, "actor");
        return writeQuotas(quotas, actor);
    }

    private LaneQuotas writeQuotas(LaneQuotas quotas, String actor) {
        return store.inTransaction(c -> {
            Map<String, String> details = new LinkedHashMap<>();
            for (Lane lane : Lane.values()) {
                put(c, QUOTA_PREFIX + lane.name(), String.valueOf(quotas.of(lane)), actor);
                details.put(lane.name(), String.valueOf(quotas.of(lane)));
            }
            audit.append(actor, "queue.quotas-changed", "queue", details);
            return quotas;
        });
    }

    /**
     * Turns the weekend hajj/umrah-only rule on or off.
     *
     * @throws QueueRefusal when {@code supervisor} is neither a supervisor nor an administrator
     */
    public void setWeekendHajjUmrahOnly(boolean on, Officer supervisor) {
        requireSupervisor(supervisor);
        store.inTransaction(c -> {
            put(c, WEEKEND_RULE, String.valueOf(on), supervisor.username());
            audit.append(supervisor.username(), "queue.weekend-rule-changed", "queue",
                    Map.of(WEEKEND_RULE, String.valueOf(on)));
            return null;
        });
    }

    static LaneQuotas quotas(Connection c) throws SQLException {
        Map<String, String> stored = all(c);
        Map<Lane, Integer> daily = new EnumMap<>(Lane.class);
        for (Lane lane : Lane.values()) {
            String value = stored.get(QUOTA_PREFIX + lane.name());
            if (value != null) {
                daily.put(lane, Integer.parseInt(value));
            }
        }
        return new LaneQuotas(daily);
    }

    static boolean weekendHajjUmrahOnly(Connection c) throws SQLException {
        return Boolean.parseBoolean(all(c).get(WEEKEND_RULE));
    }

    private static Map<String, String> all(Connection c) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement q = c.prepareStatement("SELECT name, setting_value FROM queue_setting");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private void put(Connection c, String name, String value, String by) throws SQLException {
        try (PreparedStatement m = c.prepareStatement("MERGE INTO queue_setting (name, setting_value, updated_by, "
                + "updated_at) KEY (name) VALUES (?, ?, ?, ?)")) {
            m.setString(1, name);
            m.setString(2, value);
            m.setString(3, by);
            m.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
            m.executeUpdate();
        }
    }

    private static void requireSupervisor(Officer officer) {
        Objects.requireNonNull(officer, "supervisor");
        if (officer.role() != Role.SUPERVISOR && officer.role() != Role.ADMINISTRATOR) {
            throw new QueueRefusal(Message.of("queue.refused.supervisorOnly"));
        }
    }
}
