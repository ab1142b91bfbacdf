package id.loket.core.booth;

import id.loket.core.application.Applicant;
import id.loket.core.application.Application;
import id.loket.core.application.ApplicationKind;
import id.loket.core.application.ApplicationRepository;
import id.loket.core.application.Lane;
import id.loket.core.application.NikVerification;
import id.loket.core.application.PassportType;
import id.loket.core.application.Purpose;
import id.loket.core.application.ServiceLevel;
import id.loket.core.audit.AuditLog;
import id.loket.core.biometric.FingerSet;
import id.loket.core.i18n.Message;
import id.loket.core.name.PassportName;
import id.loket.core.officer.Officer;
import id.loket.core.queue.AppointmentRules;
import id.loket.core.queue.CsvFile;
import id.loket.core.queue.CsvHeader;
import id.loket.core.queue.CsvTable;
import id.loket.core.queue.RowOutcome;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;
import id.loket.core.workflow.ApplicationState;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A booth event's list of applicants and its captures. The organiser's list (UTF-8 CSV with name,
 * date of birth and NIK, comma or semicolon) is checked row by row like appointments are: good
 * rows are stored in one transaction, a bad row is reported with its line and reasons, a NIK
 * already on the list is not added twice. Starting a capture for a listed person creates the draft
 * with name, birth date and NIK filled in, in the collective (Eazy Paspor) lane, and takes one of
 * the event's places; when none is left the capture is refused with the counts, and a supervisor
 * raises the quota ({@link BoothEvents#raiseQuota}). All of it works offline and is audited.
 */
public final class BoothList {

    static final List<CsvHeader.Column> COLUMNS = List.of(CsvHeader.NAME, CsvHeader.BIRTH_DATE, CsvHeader.NIK);

    private final LoketStore store;
    private final ApplicationRepository applications;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public BoothList(LoketStore store, ApplicationRepository applications, AuditLog audit, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.applications = Objects.requireNonNull(applications, "applications");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The event's list by name, each person with the state of their capture. */
    public List<ListedApplicant> list(UUID eventId) {
        return store.read(c -> BoothRepository.list(c, eventId));
    }

    /** The event against its quota. */
    public BoothProgress progress(UUID eventId) {
        return store.read(c -> progress(c, event(c, eventId, false)));
    }

    private static BoothProgress progress(Connection c, BoothEvent event) throws SQLException {
        return BoothProgress.of(event.quota(), BoothRepository.list(c, event.id()));
    }

    /** Imports the organiser's list from a UTF-8 CSV file. */
    public ListImportReport importCsv(UUID eventId, Path file, Officer officer) {
        CsvFile read = CsvFile.read(file);
        if (read.problem() != null) {
            return refused(eventId, List.of(read.problem()), officer);
        }
        return importCsv(eventId, read.text(), officer);
    }

    /** Imports the organiser's list from CSV text. */
    public ListImportReport importCsv(UUID eventId, String text, Officer officer) {
        Objects.requireNonNull(officer, "officer");
        CsvTable table = CsvTable.parse(text);
        if (table.records().isEmpty()) {
            return refused(eventId, List.of(Message.of("queue.import.empty")), officer);
        }
        CsvHeader header = CsvHeader.of(table.records().getFirst().fields(), COLUMNS);
        if (!header.missing().isEmpty()) {
            return refused(eventId, header.missing(), officer);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return store.inTransaction(c -> {
            BoothEvent event = event(c, eventId, true);
            List<ListRow> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CsvTable.Record r : table.records().subList(1, table.records().size())) {
                Optional<Message> shape = header.shapeProblem(r);
                String name = header.field(r, CsvHeader.NAME).strip();
                if (shape.isPresent()) {
                    rows.add(rejected(r.line(), name, List.of(shape.get()), List.of()));
                    continue;
                }
                AppointmentRules.Person person = AppointmentRules.checkPerson(name,
                        header.field(r, CsvHeader.BIRTH_DATE), header.field(r, CsvHeader.NIK), today);
                rows.add(store(c, event, r.line(), person, seen, officer));
            }
            ListImportReport report = new ListImportReport(List.of(), rows);
            audit(event.name(), eventId, report, officer);
            return report;
        });
    }

    private ListRow store(Connection c, BoothEvent event, int line, AppointmentRules.Person person,
                          Map<String, Integer> seen, Officer officer) throws SQLException {
        String name = person.fullName() == null ? "" : person.fullName();
        if (!person.valid()) {
            return rejected(line, name, person.errors(), person.warnings());
        }
        Integer earlier = seen.putIfAbsent(person.nik(), line);
        if (earlier != null) {
            return rejected(line, name, List.of(Message.of("booth.import.duplicateInFile", person.nik(), earlier)),
                    person.warnings());
        }
        Optional<ListedApplicant> stored = BoothRepository.byNik(c, event.id(), person.nik());
        if (stored.isPresent()) {
            ListedApplicant s = stored.get();
            if (s.fullName().equals(name) && s.birthDate().equals(person.birthDate())) {
                return new ListRow(line, name, RowOutcome.ALREADY_PRESENT, List.of(), person.warnings(), s.id());
            }
            return rejected(line, name, List.of(Message.of("booth.import.nikTaken", person.nik(), s.fullName())),
                    person.warnings());
        }
        ListedApplicant listed = new ListedApplicant(Ids.uuidV7(), event.id(), line, name, person.birthDate(),
                person.nik(), null, null);
        BoothRepository.insert(c, listed, officer.username(), clock.instant());
        return new ListRow(line, name, RowOutcome.IMPORTED, List.of(), person.warnings(), listed.id());
    }

    private static ListRow rejected(int line, String name, List<Message> reasons, List<Message> warnings) {
        return new ListRow(line, name, RowOutcome.REJECTED, reasons, warnings, null);
    }

    private ListImportReport refused(UUID eventId, List<Message> problems, Officer officer) {
        ListImportReport report = new ListImportReport(problems, List.of());
        audit(eventId.toString(), eventId, report, officer);
        return report;
    }

    private void audit(String subject, UUID eventId, ListImportReport report, Officer officer) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("eventId", eventId.toString());
        details.put("imported", String.valueOf(report.imported()));
        details.put("alreadyPresent", String.valueOf(report.alreadyPresent()));
        details.put("rejected", String.valueOf(report.rejected()));
        details.put("fileErrors", String.join(",", report.fileErrors().stream().map(Message::key).toList()));
        audit.append(officer.username(), "booth.list-imported", subject, details);
    }

    /**
     * Starts (or resumes) the capture of a listed person: their draft if one is open, otherwise a new
     * draft with name, passport name, birth date and NIK filled in, in the collective lane.
     *
     * @throws BoothRefusal when the person is unknown, their capture was already finalised, or the
     *                      event has no place left (with the counts, so a supervisor can decide)
     */
    public Application startCapture(UUID eventId, UUID listedId, FingerSet fingers, Officer officer) {
        Objects.requireNonNull(fingers, "fingers");
        Objects.requireNonNull(officer, "officer");
        return store.inTransaction(c -> {
            BoothEvent event = event(c, eventId, true);
            ListedApplicant person = BoothRepository.listed(c, listedId)
                    .filter(p -> p.eventId().equals(eventId))
                    .orElseThrow(() -> new BoothRefusal(Message.of("booth.capture.unknownPerson")));
            if (person.state() == ApplicationState.DRAFT) {
                return applications.find(person.applicationId()).orElseThrow();
            }
            if (person.holdsPlace()) {
                throw new BoothRefusal(Message.of("booth.capture.alreadyCaptured", person.fullName(),
                        person.state()));
            }
            BoothProgress progress = progress(c, event);
            if (progress.full()) {
                throw new BoothRefusal(Message.of("booth.capture.quotaFull", event.name(), progress.started(),
                        progress.quota()));
            }
            Applicant applicant = new Applicant(person.nik(), NikVerification.UNVERIFIED, person.fullName(),
                    PassportName.derive(person.fullName()), null, person.birthDate(), null, null, null, false);
            Application draft = Application.draft(Ids.uuidV7(), applicant, ApplicationKind.NEW,
                    PassportType.ELECTRONIC, ServiceLevel.REGULAR, Purpose.TOURISM, Lane.COLLECTIVE, fingers,
                    officer.username(), clock.instant());
            applications.saveDraft(draft);
            BoothRepository.setApplication(c, person.id(), draft.id());
            Map<String, String> details = new LinkedHashMap<>();
            details.put("eventId", eventId.toString());
            details.put("listedId", person.id().toString());
            details.put("line", String.valueOf(person.line()));
            details.put("placesTaken", (progress.started() + 1) + "/" + progress.quota());
            audit.append(officer.username(), "booth.capture-started", draft.id().toString(), details);
            return draft;
        });
    }

    private static BoothEvent event(Connection c, UUID eventId, boolean forUpdate) throws SQLException {
        return BoothRepository.event(c, eventId, forUpdate)
                .orElseThrow(() -> new BoothRefusal(Message.of("booth.event.unknown")));
    }
}
