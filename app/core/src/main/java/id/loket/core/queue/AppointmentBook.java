package id.loket.core.queue;

import id.loket.core.audit.AuditLog;
import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.store.Ids;
import id.loket.core.store.LoketStore;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The day's M-Paspor appointments on this device, so booked applicants are still served in
 * order while M-Paspor is unreachable. Appointments are typed in one by one or imported from a
 * CSV export (header row with name, date of birth, NIK, booking code; UTF-8; comma or semicolon;
 * quoted fields). Every row is checked by {@link AppointmentRules}; an import stores all good rows
 * in ONE transaction and reports each refused row with its reasons. Importing the same file again
 * stores nothing new: a booking code already stored for the day with the same data is reported as
 * already present, with different data as refused. Check-in is {@link QueueService#checkIn}.
 */
public final class AppointmentBook {

    private final LoketStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public AppointmentBook(LoketStore store, AuditLog audit, Clock clock, ZoneId zone) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The device's local date now. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Stores one typed-in appointment for today; the result says whether it was stored and why not. */
    public RowResult add(AppointmentInput input, Officer officer) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(officer, "officer");
        LocalDate today = today();
        return store.inTransaction(c -> {
            RowResult result = store(c, 0, input, today, AppointmentSource.MANUAL, officer, new HashMap<>());
            if (result.outcome() == RowOutcome.IMPORTED) {
                audit.append(officer.username(), "queue.appointment-added", result.bookingCode(),
                        Map.of("appointmentId", result.appointmentId().toString(), "date", today.toString()));
            }
            return result;
        });
    }

    /** Imports a UTF-8 CSV file of appointments for {@code date}. */
    public ImportReport importCsv(Path file, LocalDate date, Officer officer) {
        CsvFile read = CsvFile.read(file);
        return read.problem() != null ? refused(date, read.problem(), officer) : importCsv(read.text(), date, officer);
    }

    /** Imports CSV text read by the caller (already decoded) for {@code date}. */
    public ImportReport importCsv(Reader csv, LocalDate date, Officer officer) {
        StringWriter text = new StringWriter();
        try {
            csv.transferTo(text);
        } catch (IOException e) {
            return refused(date, Message.of("queue.import.unreadable", "CSV"), officer);
        }
        return importCsv(text.toString(), date, officer);
    }

    private ImportReport importCsv(String text, LocalDate date, Officer officer) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(officer, "officer");
        CsvTable table = CsvTable.parse(text);
        if (table.records().isEmpty()) {
            return refused(date, Message.of("queue.import.empty"), officer);
        }
        CsvHeader header = CsvHeader.of(table.records().getFirst().fields());
        if (!header.missing().isEmpty()) {
            return refused(date, header.missing(), officer);
        }
        LocalDate today = today();
        return store.inTransaction(c -> {
            List<RowResult> rows = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (CsvTable.Record r : table.records().subList(1, table.records().size())) {
                Optional<Message> shape = header.shapeProblem(r);
                if (shape.isPresent()) {
                    rows.add(rejected(r.line(), header.bookingCode(r), List.of(shape.get()), List.of()));
                } else {
                    rows.add(store(c, r.line(), header.input(r), date, AppointmentSource.CSV, officer, seen));
                }
            }
            ImportReport report = new ImportReport(date, List.of(), rows);
            audit(report, officer);
            return report;
        });
    }

    /**
     * Checks one row and stores it unless refused. {@code seen} maps booking codes already taken
     * in this import to their line, to refuse a second row with the same code.
     */
    private RowResult store(Connection c, int line, AppointmentInput input, LocalDate date, AppointmentSource source,
                            Officer officer, Map<String, Integer> seen) throws SQLException {
        AppointmentRules.Checked row = AppointmentRules.check(input, today());
        if (!row.valid()) {
            return rejected(line, row.bookingCode(), row.errors(), row.warnings());
        }
        Integer earlier = seen.get(row.bookingCode());
        if (earlier != null) {
            return rejected(line, row.bookingCode(),
                    List.of(Message.of("queue.import.duplicateInFile", row.bookingCode(), earlier)), row.warnings());
        }
        seen.put(row.bookingCode(), line);
        Optional<Appointment> stored = AppointmentRepository.findByCode(c, date, row.bookingCode());
        if (stored.isPresent()) {
            Appointment a = stored.get();
            if (a.fullName().equals(row.fullName()) && a.birthDate().equals(row.birthDate())
                    && a.nik().equals(row.nik())) {
                return new RowResult(line, row.bookingCode(), RowOutcome.ALREADY_PRESENT, List.of(), row.warnings(),
                        a.id());
            }
            return rejected(line, row.bookingCode(),
                    List.of(Message.of("queue.appointment.bookingCodeTaken", row.bookingCode(), date)), row.warnings());
        }
        Appointment a = new Appointment(Ids.uuidV7(), date, row.bookingCode(), row.fullName(), row.birthDate(),
                row.nik(), source, null, officer.username(), clock.instant(), null);
        AppointmentRepository.insert(c, a);
        return new RowResult(line, row.bookingCode(), RowOutcome.IMPORTED, List.of(), row.warnings(), a.id());
    }

    private static RowResult rejected(int line, String code, List<Message> reasons, List<Message> warnings) {
        return new RowResult(line, code, RowOutcome.REJECTED, reasons, warnings, null);
    }

    private ImportReport refused(LocalDate date, Message problem, Officer officer) {
        return refused(date, List.of(problem), officer);
    }

    private ImportReport refused(LocalDate date, List<Message> problems, Officer officer) {
        ImportReport report = new ImportReport(date, problems, List.of());
        audit(report, officer);
        return report;
    }

    private void audit(ImportReport report, Officer officer) {
        audit.append(officer.username(), "queue.appointments-imported", report.date().toString(), Map.of(
                "imported", String.valueOf(report.imported()),
                "alreadyPresent", String.valueOf(report.alreadyPresent()),
                "rejected", String.valueOf(report.rejected()),
                "fileErrors", String.join(",", report.fileErrors().stream().map(Message::key).toList())));
    }

    /** Appointments of a day, by name. */
    public List<Appointment> on(LocalDate date) {
        return store.read(c -> AppointmentRepository.onDate(c, date));
    }

    /** An appointment by id. */
    public Optional<Appointment> find(UUID id) {
        return store.read(c -> AppointmentRepository.find(c, id, false));
    }

    /** The appointment of a day with this booking code (as scanned from the M-Paspor QR code or typed). */
    public Optional<Appointment> findByBookingCode(LocalDate date, String bookingCode) {
        return store.read(c -> AppointmentRepository.findByCode(c, date, AppointmentRules.bookingCode(bookingCode)));
    }
}
