package id.loket.core.calllist;

import id.loket.core.application.Application;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.i18n.Messages;
import id.loket.core.officer.Officer;
import id.loket.core.queue.Appointment;
import id.loket.core.queue.Rescheduling;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ApplicationState;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who to contact now that something changed: applications the centre approved, printed (ready to
 * collect) or rejected, taken from the decisions the status feed applied, and M-Paspor appointments
 * moved to a later day. Each comes with the applicant's phone and the message in Bahasa Indonesia
 * (from the core bundle, per status). A contact handed to a {@link CallSender} is recorded (who,
 * what, how, when) and audited, and the applicant is not listed again for that status.
 */
public final class CallList {

    /** The list and its messages are in Bahasa Indonesia: they are for the applicants. */
    public static final Messages LANGUAGE = Messages.INDONESIAN;
    private static final String APPLIED = "('APPLIED', 'ALREADY_APPLIED')";

    private final LoketStore store;
    private final ApplicationRepository applications;
    private final Rescheduling rescheduling;
    private final AuditLog audit;
    private final Clock clock;

    public CallList(LoketStore store, ApplicationRepository applications, Rescheduling rescheduling, AuditLog audit,
                    Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.rescheduling = Objects.requireNonNull(rescheduling, "rescheduling");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The message's text as sent. */
    public static String text(Contact contact) {
        return LANGUAGE.render(contact.message());
    }

    /** Everyone still to contact, by name. */
    public List<Contact> pending() {
        Set<String> done = store.read(CallList::contacted);
        List<Contact> out = new ArrayList<>();
        for (Decided d : store.read(CallList::latestDecisions)) {
            decisionContact(d).filter(c -> !done.contains(key(c))).ifPresent(out::add);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        for (Appointment a : rescheduling.rescheduled()) {
            if (!a.checkedIn() && !a.date().isBefore(today)) {
                Contact c = new Contact(a.id(), CallStatus.MUST_RESCHEDULE, CallStatus.MUST_RESCHEDULE + ":" + a.date(),
                        a.fullName(), phoneOf(a.nik()), a.bookingCode(), Message.of("calllist.message.MUST_RESCHEDULE",
                        a.fullName(), a.bookingCode(), a.date()));
                if (!done.contains(key(c))) {
                    out.add(c);
                }
            }
        }
        out.sort(Comparator.comparing((Contact c) -> c.fullName() == null ? "" : c.fullName())
                .thenComparing(Contact::statusKey));
        return out;
    }

    /**
     * Hands each contact to the sender and records it once the sender accepted it. Stops at the
     * first contact the sender could not deliver; those before it stay recorded.
     *
     * @return how many were recorded
     */
    public int send(List<Contact> contacts, CallSender sender, Officer officer) throws IOException {
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(officer, "officer");
        int sent = 0;
        for (Contact contact : contacts) {
            sender.send(contact, text(contact));
            record(List.of(contact), sender.channel(), officer);
            sent++;
        }
        return sent;
    }

    /**
     * Writes everyone still to contact to a CSV file for the staff who phone by hand, and records
     * them as handed over (channel CSV). The file is complete before anything is recorded: it is
     * written beside the target and moved into place.
     *
     * @return the contacts written
     */
    public List<Contact> exportCsv(Path file, Officer officer) throws IOException {
        Objects.requireNonNull(officer, "officer");
        List<Contact> contacts = pending();
        Path partial = file.toAbsolutePath().resolveSibling(file.getFileName() + ".part");
        String channel;
        try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
             CsvCallSender csv = new CsvCallSender(writer, LANGUAGE)) {
            channel = csv.channel();
            for (Contact contact : contacts) {
                csv.send(contact, text(contact));
            }
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        record(contacts, channel, officer);
        return contacts;
    }

    /** Every recorded contact, the latest first. */
    public List<SentContact> sent() {
        return store.read(c -> {
            List<SentContact> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("SELECT subject_id, status, full_name, phone, message, "
                    + "channel, sent_by, sent_at FROM call_contact ORDER BY sent_at DESC, full_name");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(new SentContact(rs.getObject(1, UUID.class), CallStatus.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
            return out;
        });
    }

    private void record(List<Contact> contacts, String channel, Officer officer) {
        store.inTransaction(c -> {
            Set<String> done = contacted(c);
            for (Contact contact : contacts) {
                if (!done.add(key(contact))) {
                    continue;
                }
                insert(c, contact, channel, officer);
                Map<String, String> details = new LinkedHashMap<>();
                details.put("status", contact.status().name());
                details.put("channel", channel);
                details.put("reference", String.valueOf(contact.reference()));
                audit.append(officer.username(), "calllist.contacted", contact.subjectId().toString(), details);
            }
            return null;
        });
    }

    private void insert(Connection c, Contact contact, String channel, Officer officer) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO call_contact (id, subject_id, status_key, "
                + "status, full_name, phone, message, channel, sent_by, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ins.setObject(1, Ids.uuidV7());
            ins.setObject(2, contact.subjectId());
            ins.setString(3, contact.statusKey());
            ins.setString(4, contact.status().name());
            ins.setString(5, contact.fullName());
            ins.setString(6, contact.phone());
            String text = text(contact);
            ins.setString(7, text.length() > 1000 ? text.substring(0, 1000) : text);
            ins.setString(8, channel);
            ins.setString(9, officer.username());
            ins.setObject(10, clock.instant().atOffset(ZoneOffset.UTC));
            ins.executeUpdate();
        }
    }

    private static String key(Contact c) {
        return c.subjectId() + "|" + c.statusKey();
    }

    private static Set<String> contacted(Connection c) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement q = c.prepareStatement("SELECT subject_id, status_key FROM call_contact");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getObject(1, UUID.class) + "|" + rs.getString(2));
            }
        }
        return out;
    }

    /** A record's latest decision that the device applied. */
    private record Decided(UUID recordId, String decision, String reason) {
    }

    private static List<Decided> latestDecisions(Connection c) throws SQLException {
        List<Decided> out = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement("SELECT d.record_id, d.decision, d.reason FROM centre_decision d "
                + "WHERE d.outcome IN " + APPLIED + " AND d.feed_cursor = (SELECT MAX(x.feed_cursor) "
                + "FROM centre_decision x WHERE x.record_id = d.record_id AND x.outcome IN " + APPLIED + ")");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                out.add(new Decided(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** The contact for a decision, unless the application has moved on (e.g. handed over). */
    private Optional<Contact> decisionContact(Decided d) {
        CallStatus status = switch (d.decision()) {
            case "APPROVED" -> CallStatus.APPROVED;
            case "PRINTED" -> CallStatus.READY_TO_COLLECT;
            case "REJECTED" -> CallStatus.REJECTED;
            default -> null;
        };
        ApplicationState expected = status == null ? null : switch (status) {
            case APPROVED -> ApplicationState.APPROVED;
            case READY_TO_COLLECT -> ApplicationState.PRINTED;
            default -> ApplicationState.REJECTED;
        };
        Optional<Application> found = applications.find(d.recordId());
        if (status == null || found.isEmpty() || found.get().state() != expected || found.get().applicant() == null) {
            return Optional.empty();
        }
        Application app = found.get();
        String name = app.applicant().fullName();
        String reference = app.receiptNumber() == null ? app.id().toString() : app.receiptNumber();
        Object reason = d.reason() == null || d.reason().isBlank() ? Message.of("calllist.noReason") : d.reason();
        Message message = switch (status) {
            case APPROVED -> Message.of("calllist.message.APPROVED", name, reference);
            case READY_TO_COLLECT -> Message.of("calllist.message.READY_TO_COLLECT", name, reference);
            default -> Message.of("calllist.message.REJECTED", name, reference, reason);
        };
        return Optional.of(new Contact(app.id(), status, status.name(), name, blankToNull(app.applicant().phone()),
                reference, message));
    }

    /** The phone captured on the applicant's latest application with this NIK, if any. */
    private String phoneOf(String nik) {
        Optional<UUID> latest = store.read(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT id FROM application WHERE nik = ? "
                    + "ORDER BY created_at DESC FETCH FIRST 1 ROW ONLY")) {
                q.setString(1, nik);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.<UUID>empty();
                }
            }
        });
        return latest.flatMap(applications::find).map(a -> a.applicant() == null ? null : a.applicant().phone())
                .map(CallList::blankToNull).orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
