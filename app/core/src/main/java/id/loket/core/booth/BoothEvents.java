package id.loket.core.booth;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.officer.Role;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Booth events on this laptop: set up before the team leaves the office (name, place, days,
 * quota), listed, and their quota raised by a supervisor when the organiser brings more people and
 * the team has the booklets. Works without the centre; every change is audited.
 */
public final class BoothEvents {

    /** Longest name and place stored. */
    public static final int MAX_TEXT = 200;

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;

    public BoothEvents(LoketStore store, AuditLog audit, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an event.
     *
     * @throws BoothRefusal with every problem found (name or place missing or too long, a day missing,
     *                      the last day before the first, a quota outside 1-9,999)
     */
    public BoothEvent create(String name, String place, LocalDate start, LocalDate end, int quota, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        List<Message> problems = new ArrayList<>();
        String cleanName = text(name, "booth.event.nameRequired", problems);
        String cleanPlace = text(place, "booth.event.placeRequired", problems);
        if (start == null || end == null) {
            problems.add(Message.of("booth.event.datesRequired"));
        } else if (end.isBefore(start)) {
            problems.add(Message.of("booth.event.endBeforeStart", start, end));
        }
        if (quota < 1 || quota > BoothEvent.MAX_QUOTA) {
            problems.add(Message.of("booth.event.quotaRange", BoothEvent.MAX_QUOTA));
        }
        if (!problems.isEmpty()) {
            throw new BoothRefusal(problems);
        }
        BoothEvent event = new BoothEvent(Ids.uuidV7(), cleanName, cleanPlace, start, end, quota, officer.username(),
                clock.instant());
        return store.inTransaction(c -> {
            BoothRepository.insert(c, event);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("eventId", event.id().toString());
            details.put("place", event.place());
            details.put("start", start.toString());
            details.put("end", end.toString());
            details.put("quota", String.valueOf(quota));
            audit.append(officer.username(), "booth.event-created", event.name(), details);
            return event;
        });
    }

    /** Every event, the latest first. */
    public List<BoothEvent> events() {
        return store.read(BoothRepository::events);
    }

    public Optional<BoothEvent> find(UUID eventId) {
        return store.read(c -> BoothRepository.event(c, eventId, false));
    }

    /**
     * Raises an event's quota: only a supervisor or an administrator, only upwards, with a reason
     * (audited with the old and new quota).
     *
     * @throws BoothRefusal when one of those rules is broken
     */
    public BoothEvent raiseQuota(UUID eventId, int newQuota, String reason, Officer supervisor) {
        Objects.requireNonNull(supervisor, "supervisor");
        if (supervisor.role() != Role.SUPERVISOR && supervisor.role() != Role.ADMINISTRATOR) {
            throw new BoothRefusal(Message.of("booth.quota.supervisorOnly"));
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BoothRefusal(Message.of("booth.quota.reasonRequired"));
        }
        return store.inTransaction(c -> {
            BoothEvent event = BoothRepository.event(c, eventId, true)
                    .orElseThrow(() -> new BoothRefusal(Message.of("booth.event.unknown")));
            if (newQuota <= event.quota() || newQuota > BoothEvent.MAX_QUOTA) {
                throw new BoothRefusal(Message.of("booth.quota.notHigher", event.quota(), BoothEvent.MAX_QUOTA));
            }
            BoothRepository.setQuota(c, eventId, newQuota);
            Map<String, String> details = new LinkedHashMap<>();
            details.put("eventId", eventId.toString());
            details.put("from", String.valueOf(event.quota()));
            details.put("to", String.valueOf(newQuota));
            details.put("reason", why.length() > 500 ? why.substring(0, 500) : why);
            audit.append(supervisor.username(), "booth.quota-raised", event.name(), details);
            return BoothRepository.event(c, eventId, false).orElseThrow();
        });
    }

    private static String text(String raw, String missingKey, List<Message> problems) {
        String s = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            problems.add(Message.of(missingKey));
        } else if (s.length() > MAX_TEXT) {
            problems.add(Message.of("booth.event.tooLong", MAX_TEXT));
        }
        return s;
    }
}
