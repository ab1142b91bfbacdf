package id.loket.desktop.queue;

import id.loket.core.i18n.Message;
import id.loket.core.officer.Officer;
import id.loket.core.queue.Appointment;
import id.loket.core.queue.AppointmentBook;
import id.loket.core.queue.ImportReport;
import id.loket.core.queue.QueueService;
import id.loket.core.queue.Rescheduling;
import id.loket.core.queue.RowOutcome;
import id.loket.core.queue.RowResult;
import id.loket.core.queue.Ticket;
import id.loket.desktop.concurrent.TaskRunner;
import id.loket.desktop.shell.CoreCalls;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Today's M-Paspor appointments while the centre's feed is not available: the list with check-in
 * (which issues the APPOINTMENT-lane ticket) and rescheduling to a later day, one appointment typed in by hand with the core's
 * messages per field, and a CSV import with its report row by row.
 */
public final class AppointmentsViewModel {

    private final ObservableList<AppointmentRow> appointments = FXCollections.observableArrayList();
    private final ObservableList<RowResult> report = FXCollections.observableArrayList();
    private final ObjectProperty<ImportReport> lastImport = new SimpleObjectProperty<>();
    private final AppointmentForm form = new AppointmentForm();

    private final AppointmentBook book;
    private final QueueService tickets;
    private final Rescheduling rescheduling;
    private final CoreCalls calls;
    private Officer officer;

    public AppointmentsViewModel(AppointmentBook book, QueueService tickets, Rescheduling rescheduling,
                                 TaskRunner tasks) {
        this.book = Objects.requireNonNull(book, "book");
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.rescheduling = Objects.requireNonNull(rescheduling, "rescheduling");
        this.calls = new CoreCalls(tasks);
    }

    /** Opens the appointments for this officer and loads today's list. */
    public void open(Officer signedIn) {
        officer = Objects.requireNonNull(signedIn, "officer");
        calls.clear();
        refresh();
    }

    /** Reloads today's appointments with the ticket number of those who checked in. */
    public void refresh() {
        calls.load(() -> {
            LocalDate today = book.today();
            Map<UUID, String> numbers = tickets.ticketsOn(today).stream()
                    .collect(Collectors.toMap(Ticket::id, Ticket::number));
            return book.on(today).stream()
                    .map(a -> new AppointmentRow(a, a.ticketId() == null ? null : numbers.get(a.ticketId())))
                    .toList();
        }, appointments::setAll);
    }

    /** Checks the applicant in: the core issues the APPOINTMENT-lane ticket. */
    public void checkIn(AppointmentRow row) {
        Objects.requireNonNull(row, "row");
        run(() -> tickets.checkIn(row.appointment().id(), officer),
                t -> calls.notice(Message.of("queue.notice.checkedIn", row.appointment().bookingCode(), t.number())));
    }

    /** Moves the appointment to a later day within that day's M-Paspor quota, or shows why not. */
    public void reschedule(AppointmentRow row, LocalDate newDate) {
        Objects.requireNonNull(row, "row");
        run(() -> rescheduling.reschedule(row.appointment().id(), newDate, officer),
                moved -> calls.notice(Message.of("queue.notice.rescheduled", moved.bookingCode(), moved.date())));
    }

    /** Stores the typed-in appointment for today, or shows the core's reasons at their fields. */
    public void save() {
        var input = form.input();
        run(() -> book.add(input, officer), result -> {
            if (result.outcome() == RowOutcome.REJECTED) {
                List<Message> general = form.show(result.reasons(), result.warnings());
                calls.error(general.isEmpty() ? Message.of("queue.form.fixFields") : general.getFirst());
            } else {
                form.clear();
                List<Message> general = form.show(List.of(), result.warnings());
                calls.notice(result.outcome() == RowOutcome.IMPORTED
                        ? Message.of("queue.notice.appointmentAdded", result.bookingCode())
                        : Message.of("queue.notice.appointmentPresent", result.bookingCode()));
                if (!general.isEmpty()) {
                    calls.error(general.getFirst());
                }
            }
        });
    }

    /** Imports today's appointments from a UTF-8 CSV file and shows the report row by row. */
    public void importCsv(Path file) {
        Objects.requireNonNull(file, "file");
        run(() -> book.importCsv(file, book.today(), officer), result -> {
            lastImport.set(result);
            report.setAll(result.rows());
            if (!result.fileErrors().isEmpty()) {
                calls.error(result.fileErrors().getFirst());
            } else {
                calls.notice(Message.of("queue.report.summary", result.imported(), result.alreadyPresent(),
                        result.rejected()));
            }
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        calls.act(work, then, this::refresh);
    }

    /** Today's appointments, by name. */
    public ObservableList<AppointmentRow> appointments() {
        return appointments;
    }

    /** The rows of the last CSV import. */
    public ObservableList<RowResult> report() {
        return report;
    }

    /** The last CSV import, or null. */
    public ObjectProperty<ImportReport> lastImportProperty() {
        return lastImport;
    }

    public AppointmentForm form() {
        return form;
    }

    public ObjectProperty<Message> errorProperty() {
        return calls.errorProperty();
    }

    public ObjectProperty<Message> noticeProperty() {
        return calls.noticeProperty();
    }

    public BooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    /** All messages of a report row (reasons first, then warnings), for its reasons column. */
    public static List<Message> messages(RowResult row) {
        return Stream.of(row.reasons(), row.warnings()).flatMap(List::stream).toList();
    }

    /**
     * One appointment in today's list.
     *
     * @param ticketNumber the ticket issued at check-in, null before
     */
    public record AppointmentRow(Appointment appointment, String ticketNumber) {

        /** True once checked in. */
        public boolean checkedIn() {
            return appointment.checkedIn();
        }
    }
}
